using System.Collections.Frozen;
using Hadath.Text;
using Hadath.Text.Segmentation;
using Hadath.Text.Tokenization;

namespace Hadath.Lexicon.Matching;

/// <summary>
/// An immutable trie over word keys: the clitic-free core of each token, so that one entry
/// «الاتحاد الأوروبي» matches «والاتحاد الأوروبي», «للاتحاد الأوروبي» and «الاتحاد الأوروبي» alike.
/// A core that ends in ت before a pronoun suffix is looked up with ة (حكومته → حكومة). The
/// first word of a match may carry any proclitic; a later word's proclitics other than the article
/// are part of its key, so «مصر والسعودية» is two phrases and «حزب العدالة والتنمية» one. Lookups take
/// spans and allocate nothing.
/// </summary>
public sealed class PhraseTrie
{
    private readonly Node[] _nodes;

    private PhraseTrie(Node[] nodes)
    {
        _nodes = nodes;
    }

    public int NodeCount => _nodes.Length;

    /// <summary>Finds the longest match starting at token <paramref name="first"/>, not crossing <paramref name="limit"/> (exclusive).</summary>
    public PhraseMatch? LongestMatch(AnalyzedText text, int first, int limit)
    {
        var match = Walk(text, first, limit, innerFirst: false, Proclitics.None);

        // «وام» (the Emirati agency) reads as «و+ام»: a name whose own first letter looks like a proclitic is keyed
        // with it (see LexiconCompiler.KeyOf), so that «أم» (or) alone is not the agency. Before such a name a
        // conjunction may stand too («وكمالا هاريس» reads «و+ك+مالا»), so the key is also tried without «و/ف».
        var clitics = first < limit ? text.Tokens[first].Proclitics & ~Proclitics.Al : Proclitics.None;
        if (clitics != Proclitics.None)
        {
            foreach (var drop in (ReadOnlySpan<Proclitics>)[Proclitics.None, Proclitics.Wa | Proclitics.Fa])
            {
                if ((drop == Proclitics.None || (clitics & ~drop) != Proclitics.None)
                    && Walk(text, first, limit, innerFirst: true, drop) is { } whole && (match is null || whole.Last > match.Last))
                {
                    match = whole;
                }
            }
        }

        return match;
    }

    private PhraseMatch? Walk(AnalyzedText text, int first, int limit, bool innerFirst, Proclitics drop)
    {
        var node = 0;
        PhraseMatch? best = null;
        Span<char> buffer = stackalloc char[64];
        for (var i = first; i < limit; i++)
        {
            var token = text.Tokens[i];
            if (!token.IsWord && token.Kind != TokenKind.Number && !(i > first && IsJoiner(text, token)))
            {
                break;
            }

            // A detached «و» inside a name («البوسنة و الهرسك») is written apart by mistake: step over it.
            if (i > first && IsDetachedWaw(text, token))
            {
                continue;
            }

            // Inside a match a proclitic is part of the key («حزب العدالة والتنمية», «الجبهة الشعبية لتحرير
            // فلسطين»): a «و» that no name continues with starts a new phrase («مصر والسعودية»).
            var next = _nodes[node].Child(i > first ? InnerKey(text, token, buffer) : innerFirst ? InnerKey(text, token, buffer, drop) : Key(text, token, buffer));
            if (next < 0)
            {
                break;
            }

            node = next;
            if (_nodes[node].Hits.Length > 0)
            {
                best = new PhraseMatch(first, i, _nodes[node].Hits);
            }
        }

        return best;
    }

    /// <summary>A «+» inside a name («مجموعة 5+1»): part of the name, not a break between words.</summary>
    public static bool IsJoiner(AnalyzedText text, in Token token) => token.Kind is TokenKind.Punctuation or TokenKind.Symbol && text.Form(token) is ['+'];

    /// <summary>A token that is the conjunction و standing alone.</summary>
    public static bool IsDetachedWaw(AnalyzedText text, in Token token) => text.Form(token) is ['\u0648'];

    /// <summary>The lookup key of a token: its core, with ة restored before a pronoun suffix.</summary>
    public static ReadOnlySpan<char> Key(AnalyzedText text, in Token token, Span<char> buffer)
    {
        var core = text.Core(token);
        if (token.SuffixLength > 0 && core.Length >= 2 && core.Length <= buffer.Length && core[^1] == '\u062A')
        {
            core.CopyTo(buffer);
            buffer[core.Length - 1] = '\u0629';
            return buffer[..core.Length];
        }

        return core;
    }

    /// <summary>
    /// The lookup key of a token after the first of a phrase: its proclitics other than the article, «+», then
    /// <see cref="Key"/> («والتنمية» → «و+تنمية»); just <see cref="Key"/> when it has none.
    /// </summary>
    public static ReadOnlySpan<char> InnerKey(AnalyzedText text, in Token token, Span<char> buffer, Proclitics drop = Proclitics.None)
    {
        var clitics = token.Proclitics & ~Proclitics.Al & ~drop;
        if (clitics == Proclitics.None)
        {
            return Key(text, token, buffer);
        }

        var length = 0;
        foreach (var (flag, letter) in InnerClitics)
        {
            if ((clitics & flag) != 0 && length < buffer.Length)
            {
                buffer[length++] = letter;
            }
        }

        buffer[length++] = '+';
        var key = Key(text, token, buffer[length..]);
        if (length + key.Length > buffer.Length)
        {
            return key;
        }

        if (!key.Overlaps(buffer))
        {
            key.CopyTo(buffer[length..]);
        }

        return buffer[..(length + key.Length)];
    }

    private static readonly (Proclitics Flag, char Letter)[] InnerClitics =
        [(Proclitics.Wa, '\u0648'), (Proclitics.Fa, '\u0641'), (Proclitics.Bi, '\u0628'), (Proclitics.Li, '\u0644'), (Proclitics.Ka, '\u0643'), (Proclitics.Sa, '\u0633')];

    /// <summary>Collects phrases and their hits, then freezes them into a <see cref="PhraseTrie"/>.</summary>
    public sealed class Builder
    {
        private readonly List<Dictionary<string, int>> _children = [new(StringComparer.Ordinal)];
        private readonly List<List<LexiconHit>> _hits = [[]];

        public void Add(IReadOnlyList<string> words, LexiconHit hit)
        {
            var node = 0;
            foreach (var word in words)
            {
                if (!_children[node].TryGetValue(word, out var next))
                {
                    next = _children.Count;
                    _children.Add(new Dictionary<string, int>(StringComparer.Ordinal));
                    _hits.Add([]);
                    _children[node][word] = next;
                }

                node = next;
            }

            if (!_hits[node].Contains(hit))
            {
                _hits[node].Add(hit);
            }
        }

        /// <summary>The hits already stored under <paramref name="words"/>, for duplicate and conflict checks.</summary>
        public IReadOnlyList<LexiconHit> HitsOf(IReadOnlyList<string> words)
        {
            var node = 0;
            foreach (var word in words)
            {
                if (!_children[node].TryGetValue(word, out node))
                {
                    return [];
                }
            }

            return _hits[node];
        }

        public PhraseTrie Build()
        {
            var nodes = new Node[_children.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = new Node(_children[i].ToFrozenDictionary(StringComparer.Ordinal), [.. _hits[i]]);
            }

            return new PhraseTrie(nodes);
        }
    }

    private readonly struct Node
    {
        private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Node(FrozenDictionary<string, int> children, LexiconHit[] hits)
        {
            _lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
            Hits = hits;
        }

        public LexiconHit[] Hits { get; }

        public int Child(ReadOnlySpan<char> key) => _lookup.TryGetValue(key, out var next) ? next : -1;
    }
}
