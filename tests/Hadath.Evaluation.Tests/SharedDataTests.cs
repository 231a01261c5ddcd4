namespace Hadath.Evaluation.Tests;

/// <summary>
/// The readers on the team's real data in ../shared (skipped when it is absent). The expected
/// counts are those of shared/README.md and of Python's csv/json modules on the same files, so
/// they also cross-check the CSV parser against an independent implementation.
/// </summary>
public sealed class SharedDataTests
{
    private readonly ITestOutputHelper _output;

    public SharedDataTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void GoldReader_DevSet_LoadsEveryArticle()
    {
        var folder = SharedFolder("gold", "dev");
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Length;

        var gold = GoldReader.ReadFolder(folder);

        var required = gold.Sum(a => a.Events.Count(e => !e.Optional));
        var optional = gold.Sum(a => a.Events.Count(e => e.Optional));
        Report($"gold/dev: {gold.Count} articles from {files} files, {required} required and {optional} optional events, "
            + $"{gold.Sum(a => a.Events.Count(e => e.Date is { Length: 7 }))} month-precision dates, "
            + $"{gold.Sum(a => a.Events.Count(e => e.Targets.Count == 0 || e.Targets.Contains("")))} entries accepting no target");
        Assert.Equal(files, gold.Count);
        Assert.Equal(35, gold.Count);
        Assert.Equal(183, required);
        Assert.All(gold, a => Assert.NotNull(a.Published));
    }

    [Fact]
    public void GoldScorer_DevSetAgainstItsOwnFirstAlternatives_ScoresPerfect()
    {
        // Coding every required entry by its best-listed codes must score 1 everywhere: a check on
        // the scorer and on the gold's own consistency (no two required entries share a key).
        var gold = GoldReader.ReadFolder(SharedFolder("gold", "dev"));
        var predictions = gold.SelectMany(a => a.Events
            .Where(e => !e.Optional)
            .Select(e => new PredictedEvent(a.Id, e.Sources[0], e.Targets.Count == 0 ? null : e.Targets[0], e.Cameo[0], e.Date)));

        var score = new GoldScorer().Score(gold, predictions);

        Report($"gold/dev against itself: P {score.Precision:F3} R {score.Recall:F3} F1 {score.F1:F3}, strict F1 {score.StrictF1:F3}, "
            + $"full-code {score.FullCodeAccuracy:F3}, role {score.RoleAccuracy:F3}, date {score.DateAccuracy:F3} ({score.DateJudged} dated pairs)");
        Assert.Equal((1.0, 1.0), (score.Precision, score.Recall));
        Assert.Equal((1.0, 1.0), (score.StrictPrecision, score.StrictRecall));
        Assert.Equal((1.0, 1.0, 1.0), (score.FullCodeAccuracy, score.RoleAccuracy, score.DateAccuracy));
    }

    [Fact]
    public void GsrReader_SharedSets_LoadsEverySentence()
    {
        var set = GsrReader.ReadFolder(SharedFolder("peer", "arabic_event_gsr"));

        foreach (var group in set.Sentences.GroupBy(s => s.EventType))
        {
            Report($"{group.Key}: {group.Count()} sentences, {group.Count(s => s.IsPositive)} yes, {group.Count(s => s.Label == GsrLabel.EasyNo)} easy no, "
                + $"{group.Count(s => s.Label == GsrLabel.DifficultNo)} difficult no, {group.Count(s => s.Label == GsrLabel.Ambiguous)} ambiguous, "
                + $"{group.Count(s => s.IsPositive && s.Spans.Count > 0)} positives with spans");
        }

        Report($"span records not joined to any sentence: {set.OrphanSpanRecords}");
        var assault = set.Sentences.Where(s => s.EventType == "ASSAULT").ToList();
        var protest = set.Sentences.Where(s => s.EventType == "PROTEST").ToList();
        Assert.Equal((1599, 172, 1093, 259, 75), Counts(assault));
        Assert.Equal((1291, 50, 853, 219, 169), Counts(protest));
        Assert.Equal(172, assault.Count(s => s.IsPositive && s.Spans.Count > 0));
        Assert.Equal(37, protest.Count(s => s.IsPositive && s.Spans.Count > 0));
        Assert.Equal(33, set.OrphanSpanRecords);
        Assert.Contains(protest, s => s.Text.Contains('"', StringComparison.Ordinal));
    }

    private static (int All, int Yes, int EasyNo, int DifficultNo, int Ambiguous) Counts(List<GsrSentence> sentences) => (
        sentences.Count,
        sentences.Count(s => s.Label == GsrLabel.Yes),
        sentences.Count(s => s.Label == GsrLabel.EasyNo),
        sentences.Count(s => s.Label == GsrLabel.DifficultNo),
        sentences.Count(s => s.Label == GsrLabel.Ambiguous));

    private static string SharedFolder(params string[] parts)
    {
        var shared = TestPaths.Shared;
        Assert.SkipWhen(shared is null, "../shared is absent: the gold and judgement sets are not on this machine.");
        var folder = Path.Combine([shared!, .. parts]);
        Assert.SkipUnless(Directory.Exists(folder), $"{folder} is absent.");
        return folder;
    }

    private void Report(string line)
    {
        _output.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
    }
}
