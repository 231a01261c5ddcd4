using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Cli;

/// <summary>Builds the segmenter's vocabulary from the word lists in <c>data/text</c> plus any extra forms (lexicon names).</summary>
internal static class VocabularyLoader
{
    public static Vocabulary Load(string dataDirectory, ArabicNormalizer normalizer, IEnumerable<string> extraForms)
    {
        var folder = Path.Combine(dataDirectory, "text");
        var words = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).SelectMany(Vocabulary.ReadWordList)
            : [];
        return Vocabulary.Create(words.Concat(extraForms), normalizer);
    }
}
