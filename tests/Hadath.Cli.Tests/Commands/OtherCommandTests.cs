using System.Text.Json;

namespace Hadath.Cli.Tests.Commands;

public sealed class OtherCommandTests
{
    [Fact]
    public async Task Actor_Text_PrintsCodeSurfaceAndOffsets()
    {
        const string text = "أعرب وزير الخارجية الإيطالي عن قلقه";
        var r = await CliRunner.RunAsync("actor", text, "--date", "2019-12-21");
        Assert.Equal(0, r.ExitCode);
        var fields = r.Out.Trim().Split('\t');
        Assert.Equal("ITAGOV", fields[0]);
        Assert.Equal("وزير الخارجية الإيطالي", fields[1]);
        var range = fields[2].Split('-').Select(int.Parse).ToArray();
        Assert.Equal(fields[1], text[range[0]..range[1]]);
    }

    [Fact]
    public async Task Actor_PersonOnDate_UsesDatedRole()
    {
        var during = await CliRunner.RunAsync("actor", "فائز السراج", "--date", "2019-12-21");
        var after = await CliRunner.RunAsync("actor", "فائز السراج", "--date", "2023-06-01");
        Assert.StartsWith("LBYGOV\t", during.Out, StringComparison.Ordinal);
        Assert.StartsWith("LBYELI\t", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_Seed_ShowsDatelineAndSegments()
    {
        var r = await CliRunner.RunAsync("tokens", CliRunner.Sample);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("# dateline", r.Out, StringComparison.Ordinal);
        Assert.Contains("و+ال+اتحاد", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LexiconCheck_BundledLexicon_HasNoErrors()
    {
        var r = await CliRunner.RunAsync("lexicon", "check");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("0 errors", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LexiconStats_Bundled_PrintsCoverage()
    {
        var r = await CliRunner.RunAsync("lexicon", "stats");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("with dated roles", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_Sentence_ShowsSegmentationActorsAndPatterns()
    {
        var r = await CliRunner.RunAsync("explain", "لم ينتقد الرئيس التركي ليبيا، لكنه انتقد مصر.", "--published", "2019-12-21");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("segmentation:", r.Out, StringComparison.Ordinal);
        Assert.Contains("actor TURGOV", r.Out, StringComparison.Ordinal);
        Assert.Contains("negated", r.Out, StringComparison.Ordinal);
        Assert.Contains("EVENT", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_HandMadeGold_PrintsGuideFigures()
    {
        var dir = Directory.CreateTempSubdirectory("hadath-gold-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.json"), """
                {"id":"a","published":"2019-12-21","title":"","text":"انتقدت مصر تركيا الجمعة.",
                 "events":[{"source":["EGY"],"target":["TUR"],"cameo":["111"],"date":"2019-12-20","place":null,"evidence":"انتقدت مصر تركيا","optional":false}]}
                """);
            var r = await CliRunner.RunAsync("eval", "--gold", dir.FullName, "--json");
            Assert.Equal(0, r.ExitCode);
            var json = JsonDocument.Parse(r.Out).RootElement;
            foreach (var key in new[] { "articles", "gold_events", "predicted", "matched", "precision", "recall", "f1", "full_code_accuracy", "role_accuracy", "date_accuracy" })
            {
                Assert.True(json.TryGetProperty(key, out _), key);
            }

            Assert.Equal(1.0, json.GetProperty("f1").GetDouble());
            Assert.Equal(1.0, json.GetProperty("date_accuracy").GetDouble());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Runs <c>eval --json</c> on a folder of ../shared, or skips with <paramref name="absent"/> when it is not here.</summary>
    private static async Task<(JsonElement Json, string Out)> EvalSharedAsync(string absent, params string[] folder)
    {
        var shared = Hadath.Testing.BundledData.Shared;
        Assert.SkipWhen(shared is null, absent);
        var r = await CliRunner.RunAsync("eval", "--gold", Path.Combine([shared!, .. folder]), "--json");
        Assert.Equal(0, r.ExitCode);
        return (JsonDocument.Parse(r.Out).RootElement, r.Out);
    }

    // A regression floor under the figures of the closing notes (dev F1 0.753, dates 0.819, seed 0.944 at the end of
    // session 6), not a target: a change that loses this much has broken something general.
    [Fact]
    public async Task Eval_DevGold_StaysAboveTheRegressionFloor()
    {
        var (json, output) = await EvalSharedAsync("../shared is absent: the dev gold articles are not on this machine.", "gold", "dev");
        Assert.True(json.GetProperty("f1").GetDouble() >= 0.72, output);
        Assert.True(json.GetProperty("date_accuracy").GetDouble() >= 0.78, output);
    }

    // The same for the §7 sentence sets (ASSAULT F1 0.558, PROTEST 0.455, source match 0.77 at the end of session 6).
    [Fact]
    public async Task Eval_SentenceSets_StayAboveTheRegressionFloor()
    {
        var (json, output) = await EvalSharedAsync("../shared is absent: the arabic_event_gsr sentences are not on this machine.", "peer", "arabic_event_gsr");
        Assert.True(json.GetProperty("ASSAULT").GetProperty("f1").GetDouble() >= 0.52, output);
        Assert.True(json.GetProperty("ASSAULT").GetProperty("source_match").GetDouble() >= 0.6, output);
        Assert.True(json.GetProperty("PROTEST").GetProperty("f1").GetDouble() >= 0.42, output);
    }

    [Fact]
    public async Task Eval_SentenceJudgementsWithWorst_ListsFalseAlarmsAndMisses()
    {
        using var dir = new Hadath.Testing.TempFolder();
        File.WriteAllText(dir.File("protest_gsr.csv"), """
            accept,event_type,id,label,reject,text,total
            0,PROTEST,AAW_ARB_20191221.0001-1,easy no,3,تظاهر آلاف في ليبيا.,3
            3,PROTEST,AAW_ARB_20191221.0001-2,yes,0,انتقدت مصر تركيا.,3
            """);
        var r = await CliRunner.RunAsync("eval", "--gold", dir.Path, "--worst", "5");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("PROTEST: first 1 of 1 false alarms", r.Out, StringComparison.Ordinal);
        Assert.Contains("AAW_ARB_20191221.0001-1 [easy no]", r.Out, StringComparison.Ordinal);
        Assert.Contains("PROTEST: first 1 of 1 misses", r.Out, StringComparison.Ordinal);
        Assert.Contains("AAW_ARB_20191221.0001-2: انتقدت مصر تركيا.", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingFolder_IsBadInput()
    {
        var r = await CliRunner.RunAsync("eval", "--gold", "/no/such/gold");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("/no/such/gold", r.Error, StringComparison.Ordinal);
    }
}
