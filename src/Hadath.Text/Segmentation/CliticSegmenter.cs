namespace Hadath.Text.Segmentation;

/// <summary>
/// Splits proclitics (و ف ب ل ك س ال لل) and enclitic pronouns (ه ها هم هما هن ك كم كما ي نا) off
/// a normalised Arabic word. Decisions come from a <see cref="Vocabulary"/> first, so that words
/// whose letters merely look like clitics stay whole (وزير، بريطانيا، لبنان، كوريا، فلسطين، والي،
/// كابول، اتجاه), and from the regularities of Arabic orthography only when the vocabulary knows
/// neither the word nor any of its possible stems:
/// <list type="number">
/// <item>a known word is kept whole (a preposition or particle with a pronoun is split: فيه، منها، إليه، أنه);</item>
/// <item>otherwise the reading whose stem is known wins, the longest stem first;</item>
/// <item>otherwise the article (ال، لل) with any clitics before it is split when two or more letters remain;</item>
/// <item>otherwise و/ف is split before three or more letters, and a plural or dual pronoun (ها هم هما هن كم كما)
/// or ه after three or more letters.</item>
/// </list>
/// </summary>
public sealed class CliticSegmenter
{
    private const char Waw = '\u0648';
    private const char Fa = '\u0641';
    private const char Ba = '\u0628';
    private const char Lam = '\u0644';
    private const char Kaf = '\u0643';
    private const char Sin = '\u0633';
    private const char Alef = '\u0627';
    private const char Ya = '\u064A';
    private const char Ta = '\u062A';
    private const char Nun = '\u0646';

    // Longest first, so هما is tried before ها and ه.
    private static readonly string[] Pronouns = ["\u0647\u0645\u0627", "\u0643\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627", "\u0643\u0645", "\u0646\u0627", "\u0647", "\u0643", "\u064A"];

    // Prepositions and particles that take pronoun suffixes: في+ه، من+ها، إلى+ه (اليه), على+ه (عليه), أن+ه.
    private static readonly string[] PronounHosts =
    [
        "\u0641\u064A", "\u0645\u0646", "\u0639\u0646", "\u0627\u0644\u064A", "\u0639\u0644\u064A", "\u0644\u062F\u064A", "\u0645\u0639",
        "\u0639\u0646\u062F", "\u0628\u064A\u0646", "\u062D\u0648\u0644", "\u0636\u062F", "\u062F\u0648\u0646", "\u0627\u0646",
        "\u0644\u0643\u0646", "\u0644\u0627\u0646", "\u0643\u0627\u0646", "\u0645\u0646\u0630", "\u0644", "\u0628", "\u0639\u0628\u0631",
        "\u0627\u0645\u0627\u0645", "\u062E\u0644\u0627\u0644", "\u0628\u0639\u062F", "\u0642\u0628\u0644", "\u062A\u062C\u0627\u0647",
        "\u0645\u062B\u0644", "\u0639\u0628\u0631", "\u0644\u062F\u0649",
    ];

    private readonly Vocabulary _vocabulary;

    public CliticSegmenter(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
    }

    public Vocabulary Vocabulary => _vocabulary;

    /// <summary>Segments one normalised Arabic word. Pure: the result depends only on the word and the vocabulary.</summary>
    public WordSegmentation Segment(ReadOnlySpan<char> word) => Compute(word);

    private WordSegmentation Compute(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 64)
        {
            return WordSegmentation.None;
        }

        // A conjunction may precede a preposition+pronoun (وفيه، ومنها، ولهم).
        var conj = word[0] is Waw or Fa && word.Length > 2 ? 1 : 0;
        for (var c = 0; c <= conj; c++)
        {
            var host = PronounHostSplit(word[c..]);
            if (host > 0)
            {
                return new WordSegmentation(c == 1 ? ConjFlag(word[0]) : Proclitics.None, (byte)c, (byte)host);
            }
        }

        if (_vocabulary.Contains(word))
        {
            return WordSegmentation.None;
        }

        var best = WordSegmentation.None;
        var bestStem = -1;
        var bestClitics = int.MaxValue;
        Span<Prefix> prefixes = stackalloc Prefix[16];
        var prefixCount = EnumeratePrefixes(word, prefixes);

        // Pass 1: readings whose stem the vocabulary knows.
        for (var p = 0; p < prefixCount; p++)
        {
            var prefix = prefixes[p];
            for (var s = -1; s < Pronouns.Length; s++)
            {
                // ي "my" and ك "your" are rare in news while nisba ي and root ك are everywhere: only hosts take them.
                if (s >= 0 && Pronouns[s].Length == 1 && Pronouns[s][0] != '\u0647')
                {
                    continue;
                }

                var suffixLength = s < 0 ? 0 : Pronouns[s].Length;
                if (s >= 0 && (prefix.HasArticle || !word.EndsWith(Pronouns[s], StringComparison.Ordinal)))
                {
                    continue;
                }

                var stemLength = word.Length - prefix.Length - suffixLength;
                if (stemLength < 2 || (prefix.Length == 0 && suffixLength == 0))
                {
                    continue;
                }

                var stem = word.Slice(prefix.Length, stemLength);
                if (!IsPlausibleStem(prefix, stem) || !_vocabulary.ContainsStem(stem))
                {
                    continue;
                }

                var clitics = prefix.Count + (suffixLength > 0 ? 1 : 0);
                if (stemLength > bestStem || (stemLength == bestStem && clitics < bestClitics))
                {
                    best = new WordSegmentation(prefix.Flags, (byte)prefix.Length, (byte)suffixLength);
                    bestStem = stemLength;
                    bestClitics = clitics;
                }
            }
        }

        if (bestStem >= 0)
        {
            return best;
        }

        return Fallback(word, prefixes[..prefixCount]);
    }

    private static WordSegmentation Fallback(ReadOnlySpan<char> word, ReadOnlySpan<Prefix> prefixes)
    {
        // The article is the most reliable clitic: take the longest prefix chain that ends in it.
        foreach (var prefix in prefixes)
        {
            if (prefix.HasArticle && word.Length - prefix.Length >= 2)
            {
                return new WordSegmentation(prefix.Flags, (byte)prefix.Length, 0);
            }
        }

        var prefixLength = 0;
        var flags = Proclitics.None;
        if (word[0] is Waw or Fa && word.Length - 1 >= 3)
        {
            prefixLength = 1;
            flags = ConjFlag(word[0]);
        }

        var suffixLength = 0;
        foreach (var pronoun in Pronouns)
        {
            if (pronoun.Length == 1 && pronoun[0] != '\u0647')
            {
                continue; // ك and ي are too often part of the word (nisba ي) to split blind.
            }

            if (pronoun == "\u0646\u0627")
            {
                continue; // نا ends too many adverbs (أحيانا) to split blind.
            }

            if (word.EndsWith(pronoun, StringComparison.Ordinal) && word.Length - prefixLength - pronoun.Length >= 3
                && !word.EndsWith("\u0644\u0644\u0647", StringComparison.Ordinal))
            {
                suffixLength = pronoun.Length;
                break;
            }
        }

        return new WordSegmentation(flags, (byte)prefixLength, (byte)suffixLength);
    }

    private int PronounHostSplit(ReadOnlySpan<char> word)
    {
        foreach (var host in PronounHosts)
        {
            if (word.Length <= host.Length || !word.StartsWith(host, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = word[host.Length..];
            foreach (var pronoun in Pronouns)
            {
                if (rest.SequenceEqual(pronoun))
                {
                    // لكن، كان and the like are whole words too; only split when the whole is unknown.
                    return _vocabulary.Contains(word) && host.Length > 2 ? 0 : pronoun.Length;
                }
            }
        }

        return 0;
    }

    private static bool IsPlausibleStem(Prefix prefix, ReadOnlySpan<char> stem)
    {
        if ((prefix.Flags & Proclitics.Sa) != 0)
        {
            return stem.Length >= 3 && stem[0] is Ya or Ta or Nun or Alef;
        }

        return stem.Length >= 3 || prefix.HasArticle || prefix.Count == 1;
    }

    private static Proclitics ConjFlag(char c) => c == Waw ? Proclitics.Wa : Proclitics.Fa;

    /// <summary>Every proclitic chain the word's first letters allow, longest first.</summary>
    private static int EnumeratePrefixes(ReadOnlySpan<char> word, Span<Prefix> output)
    {
        var count = 0;
        var conjLength = word[0] is Waw or Fa ? 1 : 0;
        for (var c = conjLength; c >= 0; c--)
        {
            var conjFlags = c == 1 ? ConjFlag(word[0]) : Proclitics.None;
            var rest = word[c..];

            // لل: ل + ال with the alef elided.
            if (rest.Length > 2 && rest[0] == Lam && rest[1] == Lam)
            {
                output[count++] = new Prefix(c + 2, conjFlags | Proclitics.Li | Proclitics.Al, c + 2);
            }

            if (rest.Length > 1)
            {
                var prep = rest[0] switch
                {
                    Ba => Proclitics.Bi,
                    Lam => Proclitics.Li,
                    Kaf => Proclitics.Ka,
                    Sin => Proclitics.Sa,
                    _ => Proclitics.None,
                };
                if (prep != Proclitics.None)
                {
                    if (prep != Proclitics.Sa && rest.Length > 3 && rest[1] == Alef && rest[2] == Lam)
                    {
                        output[count++] = new Prefix(c + 3, conjFlags | prep | Proclitics.Al, c + 2);
                    }

                    output[count++] = new Prefix(c + 1, conjFlags | prep, c + 1);
                }
            }

            if (rest.Length > 2 && rest[0] == Alef && rest[1] == Lam)
            {
                output[count++] = new Prefix(c + 2, conjFlags | Proclitics.Al, c + 1);
            }

            if (c == 1)
            {
                output[count++] = new Prefix(1, conjFlags, 1);
            }
        }

        output[count++] = new Prefix(0, Proclitics.None, 0);
        output[..count].Sort(static (a, b) => b.Length.CompareTo(a.Length));
        return count;
    }

    private readonly record struct Prefix(int Length, Proclitics Flags, int Count)
    {
        public bool HasArticle => (Flags & Proclitics.Al) != 0;
    }
}
