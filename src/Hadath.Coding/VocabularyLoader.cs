using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Coding;

/// <summary>
/// Builds the segmenter's vocabulary from the word lists in <c>data/text</c> plus the words of the
/// lexicon's names. A name word that is only a clitic plus a known word («لحكومة» in «موالية
/// لحكومة الوفاق») is not taught as a word of its own, or it would stop the segmenter from
/// splitting that clitic everywhere else.
/// </summary>
public static class VocabularyLoader
{
    public static Vocabulary Load(string dataDirectory, ArabicNormalizer normalizer, IEnumerable<string> extraForms)
    {
        var folder = Path.Combine(dataDirectory, "text");
        var words = (Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).SelectMany(Vocabulary.ReadWordList)
            : []).ToList();
        var baseVocabulary = Vocabulary.Create(words, normalizer);
        var taught = extraForms.SelectMany(f => Vocabulary.StemsOfPhrase(f, normalizer)).ToList();

        // «القائد العام للحرس الثوري» next to «الحرس الثوري»: a «لل» form is checked against the other names' words
        // too, so «للحرس» is not taught whole when «حرس» is a word of the lexicon. «لل» is never the start of a
        // word; «و», «ف», «ب» are («فاسو», «والي»), so those are checked against the word lists alone.
        var known = Vocabulary.Create(words.Concat(taught), normalizer);
        var extras = taught.Where(w => !IsCliticPlusKnown(w, baseVocabulary) && !(w.StartsWith("\u0644\u0644", StringComparison.Ordinal) && !baseVocabulary.Contains(w) && known.Contains(w.AsSpan(2))));
        return Vocabulary.Create(words.Concat(extras), normalizer);
    }

    private static bool IsCliticPlusKnown(string word, Vocabulary known)
    {
        if (word.Length < 3 || known.Contains(word))
        {
            return false;
        }

        // لل + known («للحكومة»), clitic + known («لحكومة»), clitic + ال + known («والحكومة»).
        if (word.StartsWith("\u0644\u0644", StringComparison.Ordinal))
        {
            return known.Contains(word.AsSpan(2));
        }

        if (word[0] is not ('\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643'))
        {
            return false;
        }

        var rest = word.AsSpan(1);
        return known.Contains(rest) || (rest.StartsWith("\u0627\u0644", StringComparison.Ordinal) && rest.Length > 4 && known.Contains(rest[2..]));
    }
}
