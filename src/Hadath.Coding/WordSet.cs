using System.Collections.Frozen;

namespace Hadath.Coding;

/// <summary>An immutable set of normalised words that answers for spans, so hot loops never allocate a string to ask.</summary>
public sealed class WordSet
{
    // The longest ending IsInflection knows.
    private const int MaxEnding = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // The words of four letters or more without a final «ة», which inflect by adding an ending: looking up what is
    // left of a word once an ending is taken off costs three lookups, not a scan of the list per word.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bases;

    public WordSet(IEnumerable<string> words)
    {
        Words = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var bases = Words.Select(w => w.EndsWith('\u0629') ? w[..^1] : w).Where(b => b.Length >= 4).ToList();
        _bases = (bases.Count == 0 ? FrozenSet<string>.Empty : bases.ToFrozenSet(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>
    /// Whether <paramref name="word"/> is a listed word of four letters or more (without its «ة») plus an ending of
    /// number, gender or case: «اتفاقية» → «اتفاقيتين», «اتفاقيات»; never «مالي» → «ماليزيا».
    /// </summary>
    public bool HasInflectionOf(ReadOnlySpan<char> word)
    {
        for (var n = 1; n <= MaxEnding && word.Length - n >= 4; n++)
        {
            if (IsInflection(word[^n..]) && _bases.Contains(word[..^n]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The endings of number, gender and case a noun takes.</summary>
    private static bool IsInflection(ReadOnlySpan<char> ending) => ending switch
    {
        "\u0629" or "\u0627\u062A" or "\u0627\u0646" or "\u064A\u0646" or "\u062A\u0627\u0646" or "\u062A\u064A\u0646" or "\u0648\u0646"
            or "\u064A" or "\u064A\u0629" or "\u064A\u0627\u062A" or "\u064A\u064A\u0646" or "\u064A\u0648\u0646" or "\u0627" => true,
        _ => false,
    };
}
