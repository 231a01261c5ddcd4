namespace Hadath.Text.Stemming;

/// <summary>
/// A light stemmer in the Larkey tradition (light10), extended with the verb inflections that
/// event triggers need: it strips at most one or two inflectional suffixes and then the
/// imperfect/form-IV prefix, so أعربت، أعرب، يعرب، تعرب، أعربوا all give عرب. It works on a word
/// whose clitics the segmenter has already removed, and returns the stem as a range inside it:
/// stripping only ever shortens the ends, so no new string is needed.
/// </summary>
public sealed class LightStemmer
{
    private const int MinStem = 3;

    // Longest first; each removal must leave at least MinStem letters.
    private static readonly string[] Suffixes =
    [
        "\u062A\u0645\u0627", // تما
        "\u0627\u062A", // ات
        "\u0648\u0646", // ون
        "\u064A\u0646", // ين
        "\u0627\u0646", // ان
        "\u0648\u0627", // وا
        "\u064A\u0629", // ية
        "\u062A\u0627", // تا
        "\u062A\u0645", // تم
        "\u0646\u0627", // نا
        "\u0629", // ة
        "\u062A", // ت
        "\u064A", // ي
        "\u0627", // ا
    ];

    /// <summary>Returns the stem of <paramref name="word"/> as (start, length) within it.</summary>
    public (int Start, int Length) Stem(ReadOnlySpan<char> word)
    {
        var start = 0;
        var end = word.Length;

        foreach (var suffix in Suffixes)
        {
            if (end - start - suffix.Length >= MinStem && word[start..end].EndsWith(suffix, StringComparison.Ordinal))
            {
                end -= suffix.Length;
                break;
            }
        }

        // The imperfect prefixes ي ت ن and the form-IV/first-person أ (ا after normalisation).
        if (end - start - 1 >= MinStem && word[start] is '\u064A' or '\u062A' or '\u0646' or '\u0627')
        {
            var first = word[start];
            start++;

            // Forms V and VI add ت after the imperfect prefix: يتظاهر → ظاهر, like the perfect تظاهر.
            if (first != '\u0627' && end - start - 1 >= MinStem + 1 && word[start] == '\u062A')
            {
                start++;
            }
        }

        return (start, end - start);
    }

    /// <summary>The stem as a new string, for building lookup tables (not for the hot path).</summary>
    public string StemToString(ReadOnlySpan<char> word)
    {
        var (start, length) = Stem(word);
        return new string(word.Slice(start, length));
    }
}
