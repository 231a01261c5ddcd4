using Hadath.Coding;
using Hadath.Coding.Cameo;
using Hadath.Coding.Patterns;
using Hadath.Lexicon;
using Hadath.Lexicon.Model;
using Hadath.Lexicon.Recognition;
using Hadath.Text;
using Hadath.Text.Diagnostics;
using Hadath.Text.Normalization;

namespace Hadath.Cli;

/// <summary>
/// Builds the engine parts a verb needs from the data folder, once and only when a verb asks,
/// so that <c>--help</c> and usage errors cost nothing. The lexicon's forms join the segmenter's
/// vocabulary first, so names that begin with clitic letters (بريطانيا) are never cut.
/// </summary>
internal sealed class EngineProvider
{
    private readonly CliContext _context;
    private readonly Lazy<Engine> _engine;

    public EngineProvider(CliContext context)
    {
        _context = context;
        _engine = new Lazy<Engine>(() => Build(LexiconDirectory, strict: true).Engine!);
    }

    public string DataDirectory => _context.DataDirectory;

    public string LexiconDirectory => Path.Combine(DataDirectory, "lexicon");

    public TextAnalyzer Analyzer => _engine.Value.Analyzer;

    public CompiledLexicon Lexicon => _engine.Value.Lexicon;

    public ActorRecognizer Recognizer => _engine.Value.Recognizer;

    public EventCoder Coder => _engine.Value.Coder;

    public PatternSet Patterns => _engine.Value.Patterns;

    /// <summary>Loads and compiles a lexicon folder. With <paramref name="strict"/>, any error stops here with every diagnostic named.</summary>
    public (Engine? Engine, IReadOnlyList<Diagnostic> Diagnostics, LexiconData Data) Build(string lexiconDirectory, bool strict)
    {
        var normalizer = new ArabicNormalizer();
        var (data, parseDiagnostics) = new LexiconLoader().Load(lexiconDirectory);
        var forms = data.Countries.SelectMany(c => c.Names.Concat(c.Adjectives).Concat(c.Capitals))
            .Concat(data.Actors.SelectMany(a => a.Names))
            .Concat(data.Places.SelectMany(p => p.Names));
        var analyzer = TextAnalyzer.Create(VocabularyLoader.Load(DataDirectory, normalizer, forms));
        var (lexicon, compileDiagnostics) = new LexiconCompiler(analyzer).Compile(data);
        var cameo = CameoCatalog.Load(Path.Combine(DataDirectory, "cameo", "cameo-codes.tsv"));
        var (patterns, patternDiagnostics) = new PatternLoader(analyzer, cameo).LoadDirectory(Path.Combine(DataDirectory, "patterns"));
        var diagnostics = parseDiagnostics.Concat(compileDiagnostics).Concat(patternDiagnostics).ToList();
        if (strict && diagnostics.Any(d => d.IsError))
        {
            throw new HadathException(diagnostics.Where(d => d.IsError).ToList());
        }

        var recognizer = new ActorRecognizer(lexicon);
        return (new Engine(analyzer, lexicon, recognizer, patterns, new EventCoder(analyzer, recognizer, patterns, cameo)), diagnostics, data);
    }

    internal sealed record Engine(TextAnalyzer Analyzer, CompiledLexicon Lexicon, ActorRecognizer Recognizer, PatternSet Patterns, EventCoder Coder);
}
