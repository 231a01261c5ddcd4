namespace Hadath.Evaluation;

/// <summary>
/// Guide §6 over a gold set: counts summed over articles (micro-averaging) and the rates that
/// follow from them, with per-root and per-article breakdowns for the report.
/// </summary>
public sealed record GoldScore : ScoreTotals
{
    public required int Articles { get; init; }

    /// <summary>Predictions whose article id is not in the gold set: not scored, reported so a mix-up is visible.</summary>
    public required int IgnoredPredictions { get; init; }

    /// <summary>One row per CAMEO root seen in keys or gold, ordered by root.</summary>
    public required IReadOnlyList<RootScore> PerRoot { get; init; }

    /// <summary>One score per gold article, in gold order.</summary>
    public required IReadOnlyList<ArticleScore> PerArticle { get; init; }

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
