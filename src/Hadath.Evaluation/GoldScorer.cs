namespace Hadath.Evaluation;

/// <summary>Scores a coder's output against a gold set (guide §6), micro-averaged over articles.</summary>
public sealed class GoldScorer
{
    private readonly ArticleScorer _articleScorer;

    public GoldScorer()
        : this(new ArticleScorer())
    {
    }

    public GoldScorer(ArticleScorer articleScorer)
    {
        _articleScorer = articleScorer;
    }

    /// <summary>
    /// Scores every gold article against the predictions carrying its id; an article without
    /// predictions scores zero keys. Predictions for articles outside the gold set are counted in
    /// <see cref="GoldScore.IgnoredPredictions"/> and otherwise left alone.
    /// </summary>
    public GoldScore Score(IReadOnlyList<GoldArticle> gold, IEnumerable<PredictedEvent> predictions)
    {
        var byArticle = new Dictionary<string, List<PredictedEvent>>(StringComparer.Ordinal);
        foreach (var article in gold)
        {
            if (!byArticle.TryAdd(article.Id, []))
            {
                throw new ArgumentException($"gold article id '{article.Id}' occurs twice", nameof(gold));
            }
        }

        var ignored = 0;
        foreach (var prediction in predictions)
        {
            if (byArticle.TryGetValue(prediction.ArticleId, out var list))
            {
                list.Add(prediction);
            }
            else
            {
                ignored++;
            }
        }

        var perArticle = gold.Select(a => _articleScorer.Score(a, byArticle[a.Id])).ToList();
        return new GoldScore
        {
            Articles = gold.Count,
            GoldEvents = perArticle.Sum(a => a.GoldEvents),
            OptionalEvents = perArticle.Sum(a => a.OptionalEvents),
            Predicted = perArticle.Sum(a => a.Predicted),
            Dropped = perArticle.Sum(a => a.Dropped),
            Matched = perArticle.Sum(a => a.Matched),
            FullCodeCorrect = perArticle.Sum(a => a.FullCodeCorrect),
            RoleCorrect = perArticle.Sum(a => a.RoleCorrect),
            DateJudged = perArticle.Sum(a => a.DateJudged),
            DateCorrect = perArticle.Sum(a => a.DateCorrect),
            StrictPredicted = perArticle.Sum(a => a.StrictPredicted),
            StrictOptionalOnly = perArticle.Sum(a => a.StrictOptionalOnly),
            StrictMatched = perArticle.Sum(a => a.StrictMatched),
            StrictRecalled = perArticle.Sum(a => a.StrictRecalled),
            IgnoredPredictions = ignored,
            PerRoot = ScorePerRoot(perArticle),
            PerArticle = perArticle,
        };
    }

    private static List<RootScore> ScorePerRoot(List<ArticleScore> articles)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var matchedKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        var required = new Dictionary<string, int>(StringComparer.Ordinal);
        var matchedRequired = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var match in article.Matches)
            {
                Increment(keys, match.Key.Root);
                Increment(matchedKeys, match.Key.Root);
                Increment(required, PrimaryRoot(match.Entry));
                Increment(matchedRequired, PrimaryRoot(match.Entry));
            }

            foreach (var key in article.FalsePositives)
            {
                Increment(keys, key.Root);
            }

            foreach (var miss in article.Misses)
            {
                Increment(required, PrimaryRoot(miss));
            }
        }

        return [.. keys.Keys.Union(required.Keys)
            .Order(StringComparer.Ordinal)
            .Select(r => new RootScore(r, keys.GetValueOrDefault(r), matchedKeys.GetValueOrDefault(r), required.GetValueOrDefault(r), matchedRequired.GetValueOrDefault(r)))];
    }

    private static string PrimaryRoot(GoldEvent entry) => entry.Cameo.Count == 0 ? string.Empty : Codes.Root(entry.Cameo[0]);

    private static void Increment(Dictionary<string, int> counts, string root)
        => counts[root] = counts.GetValueOrDefault(root) + 1;
}
