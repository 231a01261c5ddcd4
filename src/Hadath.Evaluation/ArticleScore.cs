namespace Hadath.Evaluation;

/// <summary>Guide §6 for one article: the shared counts and rates, plus what a report lists.</summary>
public sealed record ArticleScore : ScoreTotals
{
    public required string ArticleId { get; init; }

    public required IReadOnlyList<KeyMatch> Matches { get; init; }

    /// <summary>Keys counted against precision: unmatched and not absorbed by an optional entry.</summary>
    public required IReadOnlyList<EventKey> FalsePositives { get; init; }

    public required IReadOnlyList<EventKey> DroppedKeys { get; init; }

    /// <summary>Required entries no key was matched to, in gold order.</summary>
    public required IReadOnlyList<GoldEvent> Misses { get; init; }

    /// <summary>False positives plus misses: the number of things a reader of the report would have to fix.</summary>
    public int Errors => FalsePositives.Count + Misses.Count;
}
