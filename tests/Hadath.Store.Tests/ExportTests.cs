using System.Text.Json;
using Hadath.Store.Export;
using Hadath.Store.Model;
using Parquet.Serialization;

namespace Hadath.Store.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly Backends _backends = new();

    public void Dispose() => _backends.Dispose();

    private IEventStore Store()
    {
        var store = _backends.Open(_backends.NewDb("duckdb"));
        store.Write(
        [
            Sample.Coded(Sample.Article("a1", source: "okaz"), Sample.Event("a1", place: "riyadh", mentions: 2, evidence: "زار الوزير")),
            Sample.Coded(Sample.Article("a2", source: "riyadh"), Sample.Event("a2", place: "riyadh", evidence: "زار الوزير")),
            Sample.Coded(Sample.Article("a3"), Sample.Event("a3", target: null, cameo: "190", quad: 4, goldstein: -10)),
        ]);
        return store;
    }

    [Fact]
    public void PloverJson_Event_HasPloverFieldsAndOffsets()
    {
        using var store = Store();
        var output = new StringWriter();

        Assert.Equal(2, PloverJsonExporter.Write(store.QueryWithMentions(EventFilter.None, 0), output));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var doc = JsonDocument.Parse(lines.Single(l => l.Contains("\"recipient\":\"EGY\"", StringComparison.Ordinal)));
        var e = doc.RootElement;
        foreach (var field in new[] { "id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text_info", "location" })
        {
            Assert.True(e.TryGetProperty(field, out _), field);
        }

        Assert.Equal("CONSULT", e.GetProperty("event").GetString());
        Assert.Equal("2015-07-21", e.GetProperty("date").GetString());
        Assert.Equal("زار الوزير", e.GetProperty("event_text").GetString());
        var info = e.GetProperty("text_info");
        Assert.Equal(3, info.GetArrayLength());
        var a1 = info.EnumerateArray().Where(i => i.GetProperty("story_id").GetString() == "a1").ToList();
        Assert.Equal([0, 10], a1.Select(i => i.GetProperty("start").GetInt32()));
        Assert.Equal([10, 20], a1.Select(i => i.GetProperty("end").GetInt32()));
        Assert.Equal("okaz", a1[0].GetProperty("publisher").GetString());
        Assert.Equal(3, e.GetProperty("num_mentions").GetInt32());
        Assert.Equal(2, e.GetProperty("num_sources").GetInt32());
    }

    [Fact]
    public void GdeltTsv_Header_UsesGdeltNamesAndRowsAlign()
    {
        using var store = Store();
        var output = new StringWriter();

        GdeltTsvExporter.Write(store.QueryWithMentions(EventFilter.None, 0), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        Assert.Equal(["GLOBALEVENTID", "SQLDATE"], header[..2]);
        Assert.Contains("Actor1Code", header);
        Assert.Contains("NumArticles", header);
        Assert.All(lines.Skip(1), l => Assert.Equal(header.Length, l.Split('\t').Length));
        var row = lines.Skip(1).Select(l => l.Split('\t')).Single(r => r[Array.IndexOf(header, "EventCode")] == "190");
        Assert.Equal("20150721", row[1]);
        Assert.Equal("4", row[Array.IndexOf(header, "QuadClass")]);
    }

    [Fact]
    public async Task Parquet_Events_ReadBackWithSameValues()
    {
        using var store = Store();
        using var stream = new MemoryStream();

        Assert.Equal(2, await ParquetExporter.WriteAsync(store.Query(EventFilter.None, 0), stream, TestContext.Current.CancellationToken));

        stream.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<ParquetEventRow>(stream, cancellationToken: TestContext.Current.CancellationToken)).Data;
        Assert.Equal(2, rows.Count);
        var visit = rows.Single(r => r.Cameo == "042");
        Assert.Equal(("SAUGOV", "EGY", 3, 2), (visit.SourceCode, visit.TargetCode, visit.NumMentions, visit.NumArticles));
        Assert.Null(rows.Single(r => r.Cameo == "190").TargetCode);
    }

    [Theory]
    [InlineData(QueryFormat.Csv, ',')]
    [InlineData(QueryFormat.Tsv, '\t')]
    public void QueryWriter_Delimited_OneHeaderAndOneLinePerEvent(QueryFormat format, char separator)
    {
        using var store = Store();
        var output = new StringWriter();

        QueryWriter.Write(store.Query(EventFilter.None, 0), format, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("id" + separator + "date", lines[0]);
    }
}
