namespace Hadath.Evaluation;

/// <summary>Guide §7 results, one row per scored type (ASSAULT, PROTEST) in ordinal order.</summary>
public sealed record GsrScore(IReadOnlyList<GsrTypeScore> PerType)
{
    /// <summary>The row for <paramref name="eventType"/>, or null when no sentence of that type was scored.</summary>
    public GsrTypeScore? ForType(string eventType)
        => PerType.FirstOrDefault(t => string.Equals(t.EventType, eventType, StringComparison.OrdinalIgnoreCase));
}
