namespace Hadath.Text.Normalization;

/// <summary>
/// The normalised form of one original string, with a map from every normalised character back
/// to the original character that produced it. The original is never rewritten: callers keep
/// offsets into it and use <see cref="ToOriginalStart"/> and <see cref="ToOriginalEnd"/> to go back.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _map;

    private NormalizedText(string original, string normalized, int[] map)
    {
        Original = original;
        Normalized = normalized;
        _map = map;
    }

    public string Original { get; }

    public string Normalized { get; }

    /// <summary>Normalises <paramref name="original"/> with <paramref name="normalizer"/>, keeping the offset map.</summary>
    public static NormalizedText Create(string original, ArabicNormalizer normalizer)
    {
        var buffer = new char[original.Length * ArabicNormalizer.MaxExpansion];
        var map = new int[(original.Length * ArabicNormalizer.MaxExpansion) + 1];
        var n = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            var mapped = normalizer.Map(c);
            if (mapped is null)
            {
                map[n] = i;
                buffer[n++] = c;
            }
            else
            {
                foreach (var m in mapped)
                {
                    map[n] = i;
                    buffer[n++] = m;
                }
            }
        }

        map[n] = original.Length;
        Array.Resize(ref map, n + 1);
        return new NormalizedText(original, new string(buffer, 0, n), map);
    }

    /// <summary>The original offset where the normalised character at <paramref name="normIndex"/> comes from.</summary>
    public int ToOriginalStart(int normIndex) => _map[normIndex];

    /// <summary>
    /// The original offset just after the normalised range ending at <paramref name="normEnd"/>,
    /// extended over the marks that vanished under normalisation and belong to the last character
    /// (harakat, shadda, tatweel), but not over invisible controls that stand between words.
    /// </summary>
    public int ToOriginalEnd(int normEnd, ArabicNormalizer normalizer)
    {
        if (normEnd <= 0)
        {
            return 0;
        }

        var end = _map[normEnd - 1] + 1;
        var limit = _map[normEnd];
        while (end < limit && IsAttachedMark(Original[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsAttachedMark(char c)
        => c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u0610' and <= '\u061A') or (>= '\u06D6' and <= '\u06ED');
}
