using static Hadath.Evaluation.Tests.Build;

namespace Hadath.Evaluation.Tests;

/// <summary>
/// Checks the matching against an exhaustive search on many small random articles: the scorer
/// must find a maximum matching that, among maximum matchings, matches as many keys no optional
/// entry can absorb as possible, and give the same answer for every order of its input.
/// </summary>
public sealed class MatchingPropertyTests
{
    private const string Id = "r";

    private static readonly string[] Actors = ["RUS", "TUR", "LBY"];

    private static readonly string[] Codes = ["010", "012", "042", "190"];

    [Fact]
    public void Score_RandomSmallArticles_AgreesWithExhaustiveSearch()
    {
        var random = new Random(42);
        var scorer = new ArticleScorer();
        for (var run = 0; run < 2000; run++)
        {
            var gold = Article(Id, [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => RandomEntry(random))]);
            var predictions = Enumerable.Range(0, random.Next(0, 7)).Select(_ => RandomPrediction(random)).ToArray();

            var (matched, dropped) = Exhaustive(gold, predictions);
            var score = scorer.Score(gold, predictions);
            Assert.True((matched, dropped) == (score.Matched, score.Dropped), $"run {run}: expected matched {matched}, dropped {dropped}; got {score.Matched}, {score.Dropped}");

            random.Shuffle(predictions);
            var again = scorer.Score(gold, predictions);
            Assert.Equal(score.Matches.Select(m => (m.Key, m.EntryIndex)), again.Matches.Select(m => (m.Key, m.EntryIndex)));
            Assert.Equal(score.FalsePositives, again.FalsePositives);
        }
    }

    private static GoldEvent RandomEntry(Random random)
    {
        string[] sources = [.. random.GetItems(Actors, random.Next(1, 3)).Distinct()];
        string[] targets = random.Next(4) switch
        {
            0 => [],
            1 => [random.GetItems(Actors, 1)[0], ""],
            _ => [.. random.GetItems(Actors, random.Next(1, 3)).Distinct()],
        };
        string[] cameo = [.. random.GetItems(Codes, random.Next(1, 3)).Distinct()];
        return random.Next(3) == 0 ? Optional(sources, targets, cameo) : Required(sources, targets, cameo);
    }

    private static PredictedEvent RandomPrediction(Random random)
        => Event(Id, random.GetItems(Actors, 1)[0] + "GOV", random.Next(4) == 0 ? null : random.GetItems(Actors, 1)[0], random.GetItems(Codes, 1)[0]);

    /// <summary>Tries every one-to-one assignment and keeps the best (matched, then non-absorbable matched).</summary>
    private static (int Matched, int Dropped) Exhaustive(GoldArticle gold, PredictedEvent[] predictions)
    {
        var keys = predictions
            .Select(p => (Source: p.Source![..3], Target: p.Target ?? "", Root: p.Cameo[..2]))
            .Distinct()
            .ToList();
        var required = gold.Events.Where(e => !e.Optional).ToList();
        var optional = gold.Events.Where(e => e.Optional).ToList();
        var absorbable = keys.Select(k => optional.Any(o => Matches(o, k))).ToList();

        var best = (Matched: 0, Plain: 0);
        var used = new bool[required.Count];
        void Search(int i, int matched, int plain)
        {
            if (i == keys.Count)
            {
                if (matched > best.Matched || (matched == best.Matched && plain > best.Plain))
                {
                    best = (matched, plain);
                }

                return;
            }

            Search(i + 1, matched, plain);
            for (var j = 0; j < required.Count; j++)
            {
                if (!used[j] && Matches(required[j], keys[i]))
                {
                    used[j] = true;
                    Search(i + 1, matched + 1, plain + (absorbable[i] ? 0 : 1));
                    used[j] = false;
                }
            }
        }

        Search(0, 0, 0);
        var absorbableMatched = best.Matched - best.Plain;
        return (best.Matched, absorbable.Count(a => a) - absorbableMatched);
    }

    private static bool Matches(GoldEvent entry, (string Source, string Target, string Root) key)
        => entry.Sources.Contains(key.Source)
           && (entry.Targets.Count == 0 ? key.Target.Length == 0 : entry.Targets.Contains(key.Target))
           && entry.Cameo.Any(c => c[..2] == key.Root);
}
