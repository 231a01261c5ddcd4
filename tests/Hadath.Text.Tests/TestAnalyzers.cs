using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Text.Tests;

/// <summary>Analysers built the way the product builds them, from the bundled word lists.</summary>
internal static class TestAnalyzers
{
    private static readonly Lazy<TextAnalyzer> Bundled = new(() => TextAnalyzer.Create(BundledVocabulary(new ArabicNormalizer())));

    public static TextAnalyzer WithBundledVocabulary => Bundled.Value;

    public static TextAnalyzer With(params string[] words)
        => TextAnalyzer.Create(Vocabulary.Create(words, new ArabicNormalizer()));

    public static Vocabulary BundledVocabulary(ArabicNormalizer normalizer)
    {
        var folder = Path.Combine(TestPaths.Data, "text");
        var words = Directory.EnumerateFiles(folder, "*.txt").SelectMany(Vocabulary.ReadWordList);
        return Vocabulary.Create(words, normalizer);
    }
}
