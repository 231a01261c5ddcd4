namespace Hadath.Evaluation;

/// <summary>
/// Sentence-level detection (guide §7). A sentence counts as detected for its type when any
/// predicted event's CAMEO root maps to that type: ASSAULT = 18, 19, 20; PROTEST = 14. Sentences
/// of other types are not scored.
/// <para>
/// Actors are judged on positives that were detected and have spans; a sentence the coder missed
/// is already counted by recall and is not charged a second time. The predicted actor is taken
/// from the first event, in the coder's order, whose root maps to the sentence's type: the coder
/// emits events in text order and the first is the one a reader would compare. Its country is the
/// first three letters of the code ("IGO" for any IGO code), or none when the code is empty or
/// only a role ("CVL", "UAF"). A sentence may carry several spans (several annotators, or several
/// events): the source matches when it equals the country of any span that annotates a source,
/// "None" matching a prediction without country; spans that leave the source unannotated are
/// ignored, and a sentence none of whose spans annotates a source is not judged on it. Targets
/// likewise.
/// </para>
/// </summary>
public sealed class GsrScorer
{
    private static readonly Dictionary<string, string[]> RootsByType = new(StringComparer.Ordinal)
    {
        ["ASSAULT"] = ["18", "19", "20"],
        ["PROTEST"] = ["14"],
    };

    /// <summary>The PLOVER type (ASSAULT, PROTEST) a CAMEO code's root detects, or null.</summary>
    public static string? TypeOf(string? cameo)
    {
        if (string.IsNullOrWhiteSpace(cameo))
        {
            return null;
        }

        var root = Codes.Root(cameo);
        foreach (var (type, roots) in RootsByType)
        {
            if (roots.Contains(root))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Scores <paramref name="predictions"/>, whose <see cref="PredictedEvent.ArticleId"/> holds the sentence id; their order is kept per sentence.</summary>
    public GsrScore Score(IReadOnlyList<GsrSentence> sentences, IEnumerable<PredictedEvent> predictions)
    {
        var bySentence = new Dictionary<string, IReadOnlyList<PredictedEvent>>(StringComparer.Ordinal);
        foreach (var group in predictions.GroupBy(p => p.ArticleId, StringComparer.Ordinal))
        {
            bySentence[group.Key] = [.. group];
        }

        return Score(sentences, bySentence);
    }

    /// <summary>Scores the events predicted for each sentence id; a sentence absent from the dictionary has none.</summary>
    public GsrScore Score(IReadOnlyList<GsrSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<PredictedEvent>> predictions)
    {
        var rows = sentences
            .Where(s => RootsByType.ContainsKey(s.EventType))
            .GroupBy(s => s.EventType, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ScoreType(g.Key, [.. g], predictions))
            .ToList();
        return new GsrScore(rows);
    }

    private static GsrTypeScore ScoreType(string type, List<GsrSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<PredictedEvent>> predictions)
    {
        var misses = new List<string>();
        var falseAlarms = new List<string>();
        int truePositives = 0, positivesWithSpans = 0, sourceJudged = 0, sourceMatched = 0, targetJudged = 0, targetMatched = 0;
        foreach (var sentence in sentences)
        {
            var events = predictions.TryGetValue(sentence.Id, out var list) ? list : [];
            var fired = events.FirstOrDefault(e => TypeOf(e.Cameo) == type);
            if (sentence.IsNegative && fired is not null)
            {
                falseAlarms.Add(sentence.Id);
            }

            if (!sentence.IsPositive)
            {
                continue;
            }

            if (sentence.Spans.Count > 0)
            {
                positivesWithSpans++;
            }

            if (fired is null)
            {
                misses.Add(sentence.Id);
                continue;
            }

            truePositives++;
            if (Judge(Codes.Country(fired.Source), sentence.Spans.Select(s => s.Source)) is { } sourceOk)
            {
                sourceJudged++;
                sourceMatched += sourceOk ? 1 : 0;
            }

            if (Judge(Codes.Country(fired.Target), sentence.Spans.Select(s => s.Target)) is { } targetOk)
            {
                targetJudged++;
                targetMatched += targetOk ? 1 : 0;
            }
        }

        return new GsrTypeScore
        {
            EventType = type,
            Positives = sentences.Count(s => s.IsPositive),
            Negatives = sentences.Count(s => s.IsNegative),
            Ambiguous = sentences.Count(s => s.Label == GsrLabel.Ambiguous),
            TruePositives = truePositives,
            FalsePositives = falseAlarms.Count,
            PositivesWithSpans = positivesWithSpans,
            SourceJudged = sourceJudged,
            SourceMatched = sourceMatched,
            TargetJudged = targetJudged,
            TargetMatched = targetMatched,
            Misses = misses,
            FalseAlarms = falseAlarms,
        };
    }

    /// <summary>Null when no span annotates this side; otherwise whether the predicted country is any annotated one.</summary>
    private static bool? Judge(string? predictedCountry, IEnumerable<GsrActor?> gold)
    {
        var annotated = gold.OfType<GsrActor>().ToList();
        if (annotated.Count == 0)
        {
            return null;
        }

        return annotated.Exists(a => string.Equals(a.Country, predictedCountry, StringComparison.Ordinal));
    }
}
