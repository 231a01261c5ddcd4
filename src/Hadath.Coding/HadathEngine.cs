using Hadath.Coding.Cameo;
using Hadath.Coding.Patterns;
using Hadath.Lexicon;
using Hadath.Lexicon.Model;
using Hadath.Lexicon.Recognition;
using Hadath.Text;
using Hadath.Text.Diagnostics;
using Hadath.Text.Normalization;

namespace Hadath.Coding;

/// <summary>
/// Everything the coder needs, built from a data folder in one visible place: word lists and
/// lexicon names → vocabulary → analysis chain → compiled lexicon → patterns → coder. Immutable and
/// thread-safe once built; build it once per process and share it.
/// </summary>
public sealed record HadathEngine(
    TextAnalyzer Analyzer,
    CompiledLexicon Lexicon,
    ActorRecognizer Recognizer,
    CameoCatalog Cameo,
    PatternSet Patterns,
    EventCoder Coder,
    LexiconData Data,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Loads the engine from <paramref name="dataDirectory"/> (with <c>text/</c>, <c>lexicon/</c>,
    /// <c>cameo/</c> and <c>patterns/</c>). With <paramref name="strict"/>, any error in the lexicon or
    /// the patterns throws a <see cref="HadathException"/> listing every one: the coder refuses to
    /// start on a broken lexicon.
    /// </summary>
    public static HadathEngine Load(string dataDirectory, bool strict = true, string? lexiconDirectory = null)
    {
        var normalizer = new ArabicNormalizer();
        var (data, parseDiagnostics) = new LexiconLoader().Load(lexiconDirectory ?? Path.Combine(dataDirectory, "lexicon"));
        var forms = data.Countries.SelectMany(c => c.Names.Concat(c.Adjectives).Concat(c.Capitals))
            .Concat(data.Actors.SelectMany(a => a.Names))
            .Concat(data.Places.SelectMany(p => p.Names));
        var analyzer = TextAnalyzer.Create(VocabularyLoader.Load(dataDirectory, normalizer, forms, PatternLoader.ReadForms(Path.Combine(dataDirectory, "patterns"))));
        var (lexicon, compileDiagnostics) = new LexiconCompiler(analyzer).Compile(data);
        var cameo = CameoCatalog.Load(Path.Combine(dataDirectory, "cameo", "cameo-codes.tsv"));
        var (patterns, patternDiagnostics) = new PatternLoader(analyzer, cameo).LoadDirectory(Path.Combine(dataDirectory, "patterns"));
        var diagnostics = parseDiagnostics.Concat(compileDiagnostics).Concat(patternDiagnostics).ToList();
        if (strict && diagnostics.Any(d => d.IsError))
        {
            throw new HadathException(diagnostics.Where(d => d.IsError).ToList());
        }

        var recognizer = new ActorRecognizer(lexicon);
        return new HadathEngine(analyzer, lexicon, recognizer, cameo, patterns, new EventCoder(analyzer, recognizer, patterns, cameo), data, diagnostics);
    }
}
