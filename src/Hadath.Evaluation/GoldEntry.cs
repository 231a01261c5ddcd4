namespace Hadath.Evaluation;

/// <summary>A gold event with its accepted codes normalised once, so matching a key is a few set look-ups.</summary>
internal sealed class GoldEntry
{
    public GoldEntry(GoldEvent gold, int index)
    {
        Event = gold;
        Index = index;
        SourceCodes = new HashSet<string>(gold.Sources.Select(Codes.Normalize), StringComparer.Ordinal);
        // Guide §5: `target: []` means the event has no target, so "no target" is what it accepts.
        TargetCodes = gold.Targets.Count == 0
            ? new HashSet<string>([string.Empty], StringComparer.Ordinal)
            : new HashSet<string>(gold.Targets.Select(Codes.Normalize), StringComparer.Ordinal);
        SourceIdentities = new HashSet<string>(SourceCodes.Select(Codes.Identity), StringComparer.Ordinal);
        TargetIdentities = new HashSet<string>(TargetCodes.Select(Codes.Identity), StringComparer.Ordinal);
        CameoCodes = new HashSet<string>(gold.Cameo.Select(c => c.Trim()), StringComparer.Ordinal);
        Roots = new HashSet<string>(CameoCodes.Select(Codes.Root), StringComparer.Ordinal);
    }

    public GoldEvent Event { get; }

    public int Index { get; }

    private HashSet<string> SourceCodes { get; }

    private HashSet<string> TargetCodes { get; }

    private HashSet<string> SourceIdentities { get; }

    private HashSet<string> TargetIdentities { get; }

    private HashSet<string> CameoCodes { get; }

    private HashSet<string> Roots { get; }

    public bool Matches(EventKey key)
        => SourceIdentities.Contains(key.Source) && TargetIdentities.Contains(key.Target) && Roots.Contains(key.Root);

    /// <summary>Strict matching: the key's actor fields are whole codes.</summary>
    public bool MatchesStrict(EventKey key)
        => SourceCodes.Contains(key.Source) && TargetCodes.Contains(key.Target) && Roots.Contains(key.Root);

    public bool HasCode(string cameo) => CameoCodes.Contains(cameo);

    public bool HasActors(string source, string target) => SourceCodes.Contains(source) && TargetCodes.Contains(target);
}
