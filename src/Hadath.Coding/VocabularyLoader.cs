using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Coding;

/// <summary>
/// Builds the segmenter's vocabulary from the word lists in <c>data/text</c> plus the words of the
/// lexicon's names. A name word that is only a clitic plus a known word («لحكومة» in «موالية
/// لحكومة الوفاق», «غاراتها» in a pattern) is not taught as a word of its own, or it would stop the
/// segmenter from splitting that clitic everywhere else.
/// </summary>
public static class VocabularyLoader
{
    /// <param name="dataDirectory">The data folder, whose <c>text</c> folder holds the word lists.</param>
    /// <param name="normalizer">The text's normaliser.</param>
    /// <param name="extraForms">The lexicon's names.</param>
    /// <param name="patternWords">The words the patterns list; a known noun with a pronoun among them is not taught whole.</param>
    public static Vocabulary Load(string dataDirectory, ArabicNormalizer normalizer, IEnumerable<string> extraForms, IEnumerable<string>? patternWords = null)
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
        var extras = taught.Where(w => !IsCliticPlusKnown(w, baseVocabulary) && !IsLamLamOfKnown(w, baseVocabulary, known));

        // Names keep a final «ه» of their own («ماليه»); a pattern's «غاراتها» or «زيارته» is a noun with its pronoun.
        var listed = (patternWords ?? []).SelectMany(f => Vocabulary.StemsOfPhrase(f, normalizer)).ToList();
        var withPatterns = Vocabulary.Create(words.Concat(extras).Concat(listed), normalizer);
        var patternExtras = listed.Where(w => !IsCliticPlusKnown(w, baseVocabulary) && !IsNounPlusPronoun(w, withPatterns, baseVocabulary)
                                              && !IsLamLamOfKnown(w, baseVocabulary, withPatterns));
        return Vocabulary.Create(words.Concat(extras).Concat(patternExtras), normalizer);
    }

    // The pronouns a noun takes («غاراتها», «زيارته», «مواقعهم»); not ي and ك, which end too many words.
    private static readonly string[] Pronouns = ["\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0646\u0627", "\u0647"];

    /// <summary>
    /// A known noun with a pronoun («غاراتها», «زيارته» of «زيارة»): taught whole, it would stop the segmenter from
    /// finding the noun in that word everywhere else. A word of the word lists themselves stays.
    /// </summary>
    private static bool IsNounPlusPronoun(string word, Vocabulary known, Vocabulary lists)
    {
        if (lists.Contains(word))
        {
            return false;
        }

        foreach (var pronoun in Pronouns)
        {
            if (word.Length - pronoun.Length >= 3 && word.EndsWith(pronoun, StringComparison.Ordinal))
            {
                var noun = word[..^pronoun.Length];
                if (known.Contains(noun) || (noun[^1] == '\u062A' && known.Contains(string.Concat(noun.AsSpan(0, noun.Length - 1), "\u0629"))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>«للحرس», «للتنديد»: «لل» before a word known elsewhere, which the word lists do not hold whole.</summary>
    private static bool IsLamLamOfKnown(string word, Vocabulary lists, Vocabulary known)
        => word.StartsWith("\u0644\u0644", StringComparison.Ordinal) && !lists.Contains(word) && known.Contains(word.AsSpan(2));

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
