namespace Hadath.Evaluation;

/// <summary>Scores one article's predictions against its gold entries exactly as guide §6 defines.</summary>
public sealed class ArticleScorer
{
    /// <summary>
    /// Scores <paramref name="predictions"/>, which must all carry <paramref name="article"/>'s id.
    /// The result depends only on the set of predictions, never on their order.
    /// </summary>
    public ArticleScore Score(GoldArticle article, IEnumerable<PredictedEvent> predictions)
    {
        var normalized = Normalize(article, predictions);
        var entries = article.Events.Select((e, i) => new GoldEntry(e, i)).ToList();
        var required = entries.Where(e => !e.Event.Optional).ToList();
        var optional = entries.Where(e => e.Event.Optional).ToList();

        // Keys an optional entry can absorb go last, so the greedy matching (see BipartiteMatcher)
        // matches as many of the others as any maximum matching can and leaves absorbable keys to be
        // dropped. Inside each group the ordinal order of the keys, not the coder's output order,
        // breaks ties: the result then depends only on the set of keys.
        var candidates = normalized
            .GroupBy(p => new EventKey(Codes.Identity(p.Source), Codes.Identity(p.Target), Codes.Root(p.Cameo)))
            .Select(g => new Candidate(g.Key, [.. g], optional.Any(o => o.Matches(g.Key))))
            .OrderBy(c => c.Absorbable)
            .ThenBy(c => c.Key.Source, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Target, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Root, StringComparer.Ordinal)
            .ToList();

        // Among the entries a key can take, those its predictions also get right (code, actors,
        // date) are tried first, so that where the maximum matching has a choice it pairs keys with
        // the entries they fit best. That choice never changes the counts of the primary metric.
        var adjacency = candidates
            .Select(c => (IReadOnlyList<int>)[.. Enumerable.Range(0, required.Count)
                .Where(j => required[j].Matches(c.Key))
                .OrderByDescending(j => Quality(c, required[j]))
                .ThenBy(j => j)])
            .ToList();
        var matchOf = BipartiteMatcher.Match(adjacency, required.Count);

        var matches = new List<KeyMatch>();
        var falsePositives = new List<EventKey>();
        var dropped = new List<EventKey>();
        var matchedEntries = new bool[required.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (matchOf[i] >= 0)
            {
                var entry = required[matchOf[i]];
                matchedEntries[matchOf[i]] = true;
                matches.Add(new KeyMatch(
                    candidate.Key,
                    entry.Event,
                    entry.Index,
                    candidate.Predictions.Any(p => entry.HasCode(p.Cameo)),
                    candidate.Predictions.Any(p => entry.HasActors(p.Source, p.Target)),
                    entry.Event.Date is { } date ? candidate.Predictions.Any(p => Codes.DateMatches(date, p.Date)) : null));
            }
            else if (candidate.Absorbable)
            {
                dropped.Add(candidate.Key);
            }
            else
            {
                falsePositives.Add(candidate.Key);
            }
        }

        matches.Sort((a, b) => a.EntryIndex.CompareTo(b.EntryIndex));
        var strict = ScoreStrict(normalized, required, optional);
        return new ArticleScore
        {
            ArticleId = article.Id,
            GoldEvents = required.Count,
            OptionalEvents = optional.Count,
            Predicted = candidates.Count,
            Dropped = dropped.Count,
            Matched = matches.Count,
            FullCodeCorrect = matches.Count(m => m.FullCodeCorrect),
            RoleCorrect = matches.Count(m => m.RoleCorrect),
            DateJudged = matches.Count(m => m.DateCorrect is not null),
            DateCorrect = matches.Count(m => m.DateCorrect == true),
            StrictPredicted = strict.Keys,
            StrictOptionalOnly = strict.OptionalOnly,
            StrictMatched = strict.Matched,
            StrictRecalled = strict.Recalled,
            Matches = matches,
            FalsePositives = falsePositives,
            DroppedKeys = dropped,
            Misses = [.. required.Where((_, j) => !matchedEntries[j]).Select(e => e.Event)],
        };
    }

    private static List<Prediction> Normalize(GoldArticle article, IEnumerable<PredictedEvent> predictions)
    {
        var normalized = new List<Prediction>();
        foreach (var p in predictions)
        {
            if (!string.Equals(p.ArticleId, article.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"a prediction for article '{p.ArticleId}' was passed to the scorer of article '{article.Id}'", nameof(predictions));
            }

            if (string.IsNullOrWhiteSpace(p.Cameo))
            {
                throw new ArgumentException($"a prediction for article '{p.ArticleId}' has no CAMEO code", nameof(predictions));
            }

            normalized.Add(new Prediction(Codes.Normalize(p.Source), Codes.Normalize(p.Target), p.Cameo.Trim(), p.Date));
        }

        return normalized;
    }

    private static int Quality(Candidate candidate, GoldEntry entry)
    {
        var quality = 0;
        if (candidate.Predictions.Any(p => entry.HasCode(p.Cameo)))
        {
            quality += 4;
        }

        if (candidate.Predictions.Any(p => entry.HasActors(p.Source, p.Target)))
        {
            quality += 2;
        }

        if (entry.Event.Date is { } date && candidate.Predictions.Any(p => Codes.DateMatches(date, p.Date)))
        {
            quality += 1;
        }

        return quality;
    }

    /// <summary>
    /// Guide §6, last paragraph: whole codes instead of identities, and no one-to-one constraint,
    /// because one gold entry may fold several finer events (LBYMIL→LBYREB and LBYREB→LBYMIL in
    /// one LBY→LBY entry).
    /// </summary>
    private static StrictCounts ScoreStrict(List<Prediction> predictions, List<GoldEntry> required, List<GoldEntry> optional)
    {
        var keys = predictions.Select(p => new EventKey(p.Source, p.Target, Codes.Root(p.Cameo))).Distinct().ToList();
        var matched = 0;
        var optionalOnly = 0;
        var recalled = new HashSet<int>();
        foreach (var key in keys)
        {
            var hits = Enumerable.Range(0, required.Count).Where(j => required[j].MatchesStrict(key)).ToList();
            if (hits.Count > 0)
            {
                matched++;
                recalled.UnionWith(hits);
            }
            else if (optional.Any(o => o.MatchesStrict(key)))
            {
                optionalOnly++;
            }
        }

        return new StrictCounts(keys.Count, optionalOnly, matched, recalled.Count);
    }

    /// <summary>A prediction with its codes normalised; source and target are "" for no actor.</summary>
    private sealed record Prediction(string Source, string Target, string Cameo, string? Date);

    private sealed record Candidate(EventKey Key, IReadOnlyList<Prediction> Predictions, bool Absorbable);

    private sealed record StrictCounts(int Keys, int OptionalOnly, int Matched, int Recalled);
}
