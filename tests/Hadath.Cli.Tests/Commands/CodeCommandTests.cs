using Hadath.Testing;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Hadath.Cli.Tests.Commands;

public sealed class CodeCommandTests
{
    private static List<JsonElement> Events(string output)
        => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Code_Seed_MatchesGoldenFile()
    {
        var r = await CliRunner.RunAsync("code", CliRunner.Sample, "--published", "2019-12-21");
        Assert.Equal(0, r.ExitCode);
        Golden.Check("seed-events.jsonl", r.Out);
    }

    [Fact]
    public async Task Code_Seed_EvidenceIsExactSliceOfOriginalField()
    {
        var r = await CliRunner.RunAsync("code", CliRunner.Sample, "--published", "2019-12-21");
        var raw = File.ReadAllText(CliRunner.Sample);
        var newline = raw.IndexOf('\n', StringComparison.Ordinal);
        var fields = new Dictionary<string, string> { ["title"] = raw[..newline], ["text"] = raw[(newline + 1)..] };
        var events = Events(r.Out);
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var evidence = e.GetProperty("evidence");
            var field = fields[evidence.GetProperty("field").GetString()!];
            var (start, end) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
            Assert.Equal(field[start..end], evidence.GetProperty("text").GetString());
            var source = e.GetProperty("source");
            Assert.Equal(field[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()], source.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Code_Seed_HasEveryOutputField()
    {
        var r = await CliRunner.RunAsync("code", CliRunner.Sample, "--published", "2019-12-21");
        var e = Events(r.Out)[0];
        foreach (var field in new[] { "article_id", "sentence", "source", "target", "cameo", "cameo_name", "root", "quad_class", "goldstein", "plover", "date", "date_precision", "place", "evidence", "modality", "confidence", "mentions" })
        {
            Assert.True(e.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Code_TsvFormat_WritesGdeltHeaderAndRows()
    {
        var r = await CliRunner.RunAsync("code", CliRunner.Sample, "--published", "2019-12-21", "--format", "tsv");
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("GLOBALEVENTID\tSQLDATE\tActor1Code", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Equal(lines[0].Split('\t').Length, l.Split('\t').Length));
    }

    [Fact]
    public async Task Code_JsonArticle_UsesItsPublicationDate()
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes("""{"id":"x","published":"2019-12-21","title":"","text":"انتقدت مصر تركيا الجمعة.","events":[]}"""), ".json");
        var path = file.Path;
        var r = await CliRunner.RunAsync("code", path);
        var e = Assert.Single(Events(r.Out));
        Assert.Equal("x", e.GetProperty("article_id").GetString());
        Assert.Equal("2019-12-20", e.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Code_GzippedJsonlAndFolder_AreRead()
    {
        var dir = Directory.CreateTempSubdirectory("hadath-code-");
        try
        {
            var nested = Directory.CreateDirectory(Path.Combine(dir.FullName, "nested"));
            using (var gz = new GZipStream(File.Create(Path.Combine(nested.FullName, "a.jsonl.gz")), CompressionLevel.Fastest))
            {
                gz.Write(Encoding.UTF8.GetBytes("{\"id\":\"g1\",\"published\":\"2019-12-21\",\"text\":\"انتقدت مصر تركيا.\"}\n"));
            }

            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), "انتقدت اليونان تركيا\nنص.");
            var r = await CliRunner.RunAsync("code", dir.FullName, "--published", "2019-12-21");
            var ids = Events(r.Out).Select(e => e.GetProperty("article_id").GetString()).ToHashSet();
            Assert.Contains("g1", ids);
            Assert.Contains("b", ids);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Code_Stdin_ReadsTitleThenBody()
    {
        var r = await CliRunner.RunWithStdinAsync("عنوان\nانتقدت مصر تركيا.", "code", "-", "--published", "2019-12-21");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("EGY", Assert.Single(Events(r.Out)).GetProperty("source").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Code_NoPublicationDate_WarnsAndLeavesRelativeDatesUnresolved()
    {
        var r = await CliRunner.RunWithStdinAsync("عنوان\nانتقدت مصر تركيا الجمعة.", "code", "-");
        Assert.Contains("no publication date", r.Error, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, Assert.Single(Events(r.Out)).GetProperty("date").ValueKind);
    }
}
