namespace Hadath.Evaluation;

/// <summary>
/// Guide §6 over a gold set: counts summed over articles (micro-averaging) and the rates that
/// follow from them, with per-root and per-article breakdowns for the report.
/// </summary>
public sealed record GoldScore
{
    public required int Articles { get; init; }

    /// <summary>Required gold entries.</summary>
    public required int GoldEvents { get; init; }

    public required int OptionalEvents { get; init; }

    /// <summary>Distinct predicted keys, summed over articles; includes <see cref="Dropped"/>.</summary>
    public required int Predicted { get; init; }

    public required int Dropped { get; init; }

    public required int Matched { get; init; }

    public required int FullCodeCorrect { get; init; }

    public required int RoleCorrect { get; init; }

    /// <summary>Matched pairs whose gold date is not null: pairs with a null gold date are not judged on date.</summary>
    public required int DateJudged { get; init; }

    public required int DateCorrect { get; init; }

    public required int StrictPredicted { get; init; }

    public required int StrictOptionalOnly { get; init; }

    public required int StrictMatched { get; init; }

    public required int StrictRecalled { get; init; }

    /// <summary>Predictions whose article id is not in the gold set: not scored, reported so a mix-up is visible.</summary>
    public required int IgnoredPredictions { get; init; }

    /// <summary>One row per CAMEO root seen in keys or gold, ordered by root.</summary>
    public required IReadOnlyList<RootScore> PerRoot { get; init; }

    /// <summary>One score per gold article, in gold order.</summary>
    public required IReadOnlyList<ArticleScore> PerArticle { get; init; }

    public double Precision => Metrics.Rate(Matched, Predicted - Dropped);

    public double Recall => Metrics.Rate(Matched, GoldEvents);

    public double F1 => Metrics.F1(Precision, Recall);

    public double FullCodeAccuracy => Metrics.Accuracy(FullCodeCorrect, Matched);

    public double RoleAccuracy => Metrics.Accuracy(RoleCorrect, Matched);

    public double DateAccuracy => Metrics.Accuracy(DateCorrect, DateJudged);

    public double StrictPrecision => Metrics.Rate(StrictMatched, StrictPredicted - StrictOptionalOnly);

    public double StrictRecall => Metrics.Rate(StrictRecalled, GoldEvents);

    public double StrictF1 => Metrics.F1(StrictPrecision, StrictRecall);

    /// <summary>
    /// The <paramref name="count"/> articles most worth a look: lowest F1 first, then most errors
    /// (false positives plus misses), then id, so the list is stable from run to run.
    /// </summary>
    public IReadOnlyList<ArticleScore> WorstArticles(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. PerArticle
            .OrderBy(a => a.F1)
            .ThenByDescending(a => a.Errors)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .Take(count)];
    }
}
