using System.Diagnostics;
using System.Globalization;
using Hadath.Coding;
using Hadath.Text.Normalization;
using Hadath.Text.Tokenization;

namespace Hadath.Bench;

/// <summary>A quick per-stage timing of the text chain (normalise, tokenise, full chain), to see where time goes.</summary>
public static class Phases
{
    public static void Run()
    {
        var texts = Corpus.Load(1000);
        var bytes = texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
        var engine = HadathEngine.Load(Corpus.DataDirectory);
        var normalizer = new ArabicNormalizer();
        var tokenizer = new Tokenizer(normalizer);
        void Time(string name, Action<string> action)
        {
            for (var warm = 0; warm < 2; warm++)
            {
                texts.ForEach(action);
            }

            var sw = Stopwatch.StartNew();
            for (var r = 0; r < 5; r++)
            {
                texts.ForEach(action);
            }

            var seconds = sw.Elapsed.TotalSeconds / 5;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {bytes / 1e6 / seconds,8:F1} MB/s"));
        }

        Time("normalise", t => NormalizedText.Create(t, normalizer));
        Time("normalise+tokenise", t => tokenizer.Tokenize(NormalizedText.Create(t, normalizer), new List<Token>(t.Length / 4)));
        Time("full chain", t => engine.Analyzer.Analyze(t));
    }
}
