using System.Collections.Frozen;
using Hadath.Text.Normalization;

namespace Hadath.Text.Segmentation;

/// <summary>
/// An immutable set of known normalised word forms (without clitics). The segmenter consults it
/// so that words and names whose first or last letters look like clitics (وزير, بريطانيا, اتجاه)
/// stay whole, and so that a remainder is accepted as a word (وقال → و+قال). Lookups take spans
/// and allocate nothing.
/// </summary>
public sealed class Vocabulary
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private Vocabulary(FrozenSet<string> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Vocabulary Empty { get; } = new(FrozenSet<string>.Empty);

    public int Count => _words.Count;

    /// <summary>Builds a vocabulary from raw forms, normalising each; multi-word forms add each of their words.</summary>
    public static Vocabulary Create(IEnumerable<string> words, ArabicNormalizer normalizer)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in words)
        {
            foreach (var part in normalizer.Normalize(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                set.Add(part);
            }
        }

        return new Vocabulary(set.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Reads word-list files: one word per line, '#' starts a comment.</summary>
    public static IEnumerable<string> ReadWordList(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var word = (hash >= 0 ? line[..hash] : line).Trim();
            if (word.Length > 0)
            {
                yield return word;
            }
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>
    /// The words of a name or phrase as the vocabulary should know them: the article is taken off
    /// («الولايات المتحدة» teaches ولايات and متحدة), so that «للولايات» still splits into ل+ال+ولايات.
    /// Short words keep it (الله).
    /// </summary>
    public static IEnumerable<string> StemsOfPhrase(string phrase, ArabicNormalizer normalizer)
    {
        foreach (var word in normalizer.Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return word.Length >= 5 && word.StartsWith("\u0627\u0644", StringComparison.Ordinal) ? word[2..] : word;
        }
    }

    /// <summary>
    /// True when <paramref name="stem"/> is known as it is, or when it ends in ت and is known with
    /// ة instead: Arabic writes ة as ت before a pronoun suffix (حكومة → حكومته).
    /// </summary>
    public bool ContainsStem(ReadOnlySpan<char> stem)
    {
        if (_lookup.Contains(stem))
        {
            return true;
        }

        if (stem.Length >= 3 && stem[^1] == '\u062A' && stem.Length <= 64)
        {
            Span<char> buffer = stackalloc char[stem.Length];
            stem.CopyTo(buffer);
            buffer[^1] = '\u0629';
            if (_lookup.Contains(buffer))
            {
                return true;
            }
        }

        // Final ى is written ي (after normalisation) and the alef of verbs like دعا before a suffix: both already folded.
        return false;
    }
}
