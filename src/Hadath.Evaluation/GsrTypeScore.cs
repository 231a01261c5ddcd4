namespace Hadath.Evaluation;

/// <summary>
/// Guide §7 for one PLOVER type. Detection counts positives ("yes") and negatives (the two
/// "no"s); ambiguous sentences are only counted. The actor figures are judged on detected
/// positives whose spans annotate that side (see <see cref="GsrScorer"/> for the exact rule).
/// </summary>
public sealed record GsrTypeScore
{
    public required string EventType { get; init; }

    public required int Positives { get; init; }

    public required int Negatives { get; init; }

    /// <summary>Sentences labelled ambiguous: left out of every figure.</summary>
    public required int Ambiguous { get; init; }

    /// <summary>Positives detected.</summary>
    public required int TruePositives { get; init; }

    /// <summary>Negatives detected.</summary>
    public required int FalsePositives { get; init; }

    /// <summary>Positives with at least one span record, detected or not.</summary>
    public required int PositivesWithSpans { get; init; }

    /// <summary>Detected positives whose spans annotate a source: the denominator of <see cref="SourceMatch"/>.</summary>
    public required int SourceJudged { get; init; }

    public required int SourceMatched { get; init; }

    public required int TargetJudged { get; init; }

    public required int TargetMatched { get; init; }

    /// <summary>Ids of positives not detected, in file order.</summary>
    public required IReadOnlyList<string> Misses { get; init; }

    /// <summary>Ids of negatives detected, in file order.</summary>
    public required IReadOnlyList<string> FalseAlarms { get; init; }

    public double Precision => Metrics.Rate(TruePositives, TruePositives + FalsePositives);

    public double Recall => Metrics.Rate(TruePositives, Positives);

    public double F1 => Metrics.F1(Precision, Recall);

    public double SourceMatch => Metrics.Accuracy(SourceMatched, SourceJudged);

    public double TargetMatch => Metrics.Accuracy(TargetMatched, TargetJudged);
}
