using Hadath.Coding;

namespace Hadath.Cli;

/// <summary>
/// Loads the engine from the data folder once, and only when a verb needs it, so that
/// <c>--help</c> and usage errors cost nothing.
/// </summary>
internal sealed class EngineProvider
{
    private readonly CliContext _context;
    private readonly Lazy<HadathEngine> _engine;

    public EngineProvider(CliContext context)
    {
        _context = context;
        _engine = new Lazy<HadathEngine>(() => HadathEngine.Load(DataDirectory));
    }

    public string DataDirectory => _context.DataDirectory;

    public string LexiconDirectory => Path.Combine(DataDirectory, "lexicon");

    public HadathEngine Engine => _engine.Value;

    public Hadath.Text.TextAnalyzer Analyzer => Engine.Analyzer;

    public Hadath.Lexicon.CompiledLexicon Lexicon => Engine.Lexicon;

    public Hadath.Lexicon.Recognition.ActorRecognizer Recognizer => Engine.Recognizer;

    public EventCoder Coder => Engine.Coder;
}
