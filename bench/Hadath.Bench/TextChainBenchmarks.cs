using BenchmarkDotNet.Attributes;
using Hadath.Coding;
using Hadath.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Hadath.Bench;

/// <summary>
/// Text layer throughput on real news, single thread: Hadath's normalise + split + tokenise +
/// segment + stem against Lucene.Net's ArabicAnalyzer (standard tokeniser, lower-casing, stop
/// words, normalisation, light stemming) on the same articles in the same run.
/// </summary>
[MemoryDiagnoser]
public class TextChainBenchmarks
{
    private List<string> _texts = [];
    private TextAnalyzer _analyzer = null!;
    private ArabicAnalyzer _lucene = null!;

    [Params(1000)]
    public int Articles { get; set; }

    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Load(Articles);
        Bytes = _texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
        _analyzer = HadathEngine.Load(Corpus.DataDirectory).Analyzer;
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    [Benchmark(Baseline = true)]
    public long LuceneArabicAnalyzer()
    {
        long tokens = 0;
        foreach (var text in _texts)
        {
            using var stream = _lucene.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length;
            }

            stream.End();
        }

        return tokens;
    }

    [Benchmark]
    public long HadathTextChain()
    {
        long tokens = 0;
        foreach (var text in _texts)
        {
            var analyzed = _analyzer.Analyze(text);
            tokens += analyzed.Tokens.Count + analyzed.Sentences.Count;
        }

        return tokens;
    }
}
