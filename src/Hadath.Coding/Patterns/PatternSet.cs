using System.Collections.Frozen;

namespace Hadath.Coding.Patterns;

/// <summary>The compiled patterns, indexed by verb stem and by noun core for constant-time trigger lookup. Immutable.</summary>
public sealed class PatternSet
{
    private readonly FrozenDictionary<string, EventPattern[]>.AlternateLookup<ReadOnlySpan<char>> _byStem;
    private readonly FrozenDictionary<string, EventPattern[]>.AlternateLookup<ReadOnlySpan<char>> _byNoun;
    private readonly FrozenDictionary<string, EventPattern[]>.AlternateLookup<ReadOnlySpan<char>> _byVerbWord;

    public PatternSet(IReadOnlyList<EventPattern> patterns)
    {
        Patterns = patterns;
        var triggers = patterns.Where(p => !p.About).ToList();
        _byStem = Index(triggers, p => p.VerbStems).GetAlternateLookup<ReadOnlySpan<char>>();
        _byNoun = Index(triggers, p => p.NounCores).GetAlternateLookup<ReadOnlySpan<char>>();
        _byVerbWord = Index(triggers, p => p.VerbWords).GetAlternateLookup<ReadOnlySpan<char>>();
        Statements = [.. patterns.Where(p => p.About).OrderByDescending(p => p.NeedsWith)];
    }

    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>The <see cref="EventPattern.About"/> patterns, which no word triggers; those with 'with' words first.</summary>
    public IReadOnlyList<EventPattern> Statements { get; }

    public EventPattern[] ByVerbStem(ReadOnlySpan<char> stem) => _byStem.TryGetValue(stem, out var p) ? p : [];

    public EventPattern[] ByNoun(ReadOnlySpan<char> core) => _byNoun.TryGetValue(core, out var p) ? p : [];

    /// <summary>The patterns that list this whole word as a verb form.</summary>
    public EventPattern[] ByVerbWord(ReadOnlySpan<char> core) => _byVerbWord.TryGetValue(core, out var p) ? p : [];

    /// <summary>Whether some pattern lists this whole word as a circumstantial participle («مطالبا»).</summary>
    public bool IsHalWord(ReadOnlySpan<char> core)
    {
        foreach (var pattern in ByVerbWord(core))
        {
            if (pattern.HalWords.Contains(core))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, EventPattern[]> Index(IReadOnlyList<EventPattern> patterns, Func<EventPattern, WordSet> keys)
    {
        var map = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            foreach (var key in keys(pattern).Words)
            {
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add(pattern);
            }
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(p => p.Priority).ThenByDescending(p => p.NeedsWith).ToArray(), StringComparer.Ordinal);
    }
}
