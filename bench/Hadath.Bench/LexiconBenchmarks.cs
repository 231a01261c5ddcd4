using BenchmarkDotNet.Attributes;
using Hadath.Coding;
using Hadath.Lexicon.Recognition;
using Hadath.Text;

namespace Hadath.Bench;

/// <summary>Lexicon: compiling it from data/ (target &lt; 300 ms) and longest-match actor matching over analysed text (target ≥ 10 MB/s).</summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    private List<AnalyzedText> _analyzed = [];
    private ActorRecognizer _recognizer = null!;

    [Params(1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var engine = HadathEngine.Load(Corpus.DataDirectory);
        _recognizer = engine.Recognizer;
        _analyzed = Corpus.Load(Articles).Select(t => engine.Analyzer.Analyze(t)).ToList();
    }

    [Benchmark]
    public int MatchLexicon()
    {
        var found = 0;
        foreach (var text in _analyzed)
        {
            found += _recognizer.Matches(text, 0, text.Tokens.Count).Count;
        }

        return found;
    }

    [Benchmark]
    public int LoadEngine() => HadathEngine.Load(Corpus.DataDirectory).Lexicon.FormCount;
}
