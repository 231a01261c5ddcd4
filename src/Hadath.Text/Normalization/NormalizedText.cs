using System.Buffers;

namespace Hadath.Text.Normalization;

/// <summary>
/// The normalised form of one original string, with a map from every normalised character back
/// to the original character that produced it. The original is never rewritten: callers keep
/// offsets into it and use <see cref="ToOriginalStart"/> and <see cref="ToOriginalEnd"/> to go back.
/// </summary>
/// <remarks>
/// Most news text normalises one character to one, so the map is stored sparsely: only the
/// normalised positions where the distance to the original changes (a dropped mark, an expanded
/// ligature) are kept, and a lookup is a binary search over those few change points.
/// </remarks>
public sealed class NormalizedText
{
    // Change points: from _at[k] on (normalised index), original = normalised + _delta[k].
    private readonly int[] _at;
    private readonly int[] _delta;

    private NormalizedText(string original, string normalized, int[] at, int[] delta)
    {
        Original = original;
        Normalized = normalized;
        _at = at;
        _delta = delta;
    }

    public string Original { get; }

    public string Normalized { get; }

    /// <summary>Normalises <paramref name="original"/> with <paramref name="normalizer"/>, keeping the offset map.</summary>
    public static NormalizedText Create(string original, ArabicNormalizer normalizer)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length * ArabicNormalizer.MaxExpansion));
        var at = new List<int>(4) { 0 };
        var delta = new List<int>(4) { 0 };
        try
        {
            var n = 0;
            var currentDelta = 0;
            for (var i = 0; i < original.Length; i++)
            {
                var c = original[i];
                var mapped = normalizer.Map(c);
                if (mapped is null)
                {
                    Note(n, i - n);
                    buffer[n++] = c;
                    continue;
                }

                foreach (var m in mapped)
                {
                    Note(n, i - n);
                    buffer[n++] = m;
                }
            }

            Note(n, original.Length - n);
            return new NormalizedText(original, new string(buffer, 0, n), [.. at], [.. delta]);

            void Note(int normIndex, int d)
            {
                if (d != currentDelta)
                {
                    if (at[^1] == normIndex)
                    {
                        delta[^1] = d;
                    }
                    else
                    {
                        at.Add(normIndex);
                        delta.Add(d);
                    }

                    currentDelta = d;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The original offset where the normalised character at <paramref name="normIndex"/> comes from (the original length at the end).</summary>
    public int ToOriginalStart(int normIndex)
    {
        var k = Array.BinarySearch(_at, normIndex);
        if (k < 0)
        {
            k = ~k - 1;
        }

        return normIndex + _delta[k];
    }

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

        var end = ToOriginalStart(normEnd - 1) + 1;
        var limit = ToOriginalStart(normEnd);
        while (end < limit && IsAttachedMark(Original[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsAttachedMark(char c)
        => c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u0610' and <= '\u061A') or (>= '\u06D6' and <= '\u06ED');
}
