using System.Collections.Frozen;

namespace Hadath.Coding;

/// <summary>An immutable set of normalised words that answers for spans, so hot loops never allocate a string to ask.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        Words = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new([]);

    public FrozenSet<string> Words { get; }

    public int Count => Words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string word) => Words.Contains(word);

    /// <summary>The stored string equal to <paramref name="word"/>, without allocating one.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out string? stored)
    {
        if (_lookup.TryGetValue(word, out var actual))
        {
            stored = actual;
            return true;
        }

        stored = null;
        return false;
    }
}
