using Hadath.Cli;
using Hadath.Store.Model;

namespace Hadath.Store.Tests;

/// <summary>The store verbs run in-process against a store built from sample events.</summary>
public sealed class CliVerbTests : IDisposable
{
    private readonly Backends _backends = new();

    public CliVerbTests()
    {
        using var store = StoreFactory.Open("hadath.duckdb", StoreMode.Write, _backends.Folder);
        store.Write(
        [
            Sample.Coded(Sample.Article("a1", "زار وزير الخارجية القاهرة، وخرجت المظاهرات"), Sample.Event("a1", date: new DateOnly(2015, 7, 1))),
            Sample.Coded(Sample.Article("a2", "قصفت الطائرات المدينة"), Sample.Event("a2", source: "IRNMIL", target: "YEM", cameo: "195", quad: 4, goldstein: -10, date: new DateOnly(2015, 8, 2))),
        ]);
    }

    public void Dispose() => _backends.Dispose();

    private async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new StringReader(string.Empty), TestPaths.Data, _backends.Folder);
        var code = await HadathCli.RunAsync(args, context);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Query_CsvWithActorFilter_OnlyMatchingRows()
    {
        var (code, output, _) = await Run("query", "--format", "csv", "--actor", "irn");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(",IRNMIL,", lines[1]);
    }

    [Fact]
    public async Task Query_Table_ShowsCountLine()
    {
        var (code, output, _) = await Run("query");

        Assert.Equal(0, code);
        Assert.Contains("(2 events)", output);
    }

    [Theory]
    [InlineData("query", "--quad", "7")]
    [InlineData("query", "--root", "1")]
    [InlineData("query", "--from", "2015/07/01")]
    [InlineData("export", "--format", "parquet", "--out", "-")]
    public async Task Verbs_BadArguments_UsageErrorExitTwo(params string[] args)
    {
        var (code, _, error) = await Run(args);

        Assert.Equal(2, code);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Stats_TimelineByMonth_OneRowPerMonth()
    {
        var (code, output, _) = await Run("stats", "timeline", "--by", "month");

        Assert.Equal(0, code);
        Assert.Equal(["period\tquad1\tquad2\tquad3\tquad4\tevents\tmentions", "2015-07-01\t1\t0\t0\t0\t1\t1", "2015-08-01\t0\t0\t0\t1\t1\t1"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("tsv")]
    [InlineData("parquet")]
    public async Task Export_ToFile_CompleteFileAndNoPartialLeft(string format)
    {
        var (code, _, error) = await Run("export", "--format", format, "--out", "events." + format, "--quad", "4");

        Assert.Equal(0, code);
        Assert.Contains("1 events as " + format, error);
        Assert.True(File.Exists(Path.Combine(_backends.Folder, "events." + format)));
        Assert.False(File.Exists(Path.Combine(_backends.Folder, "events." + format + ".partial")));
    }

    [Fact]
    public async Task Search_NoIndexYet_BuildsItAndFindsByStem()
    {
        var (code, output, error) = await Run("search", "مظاهرة");

        Assert.Equal(0, code);
        Assert.Contains("indexed 2 articles", error);
        Assert.StartsWith("a1\t2015-07-21\t1 events", output);
        Assert.Contains("[المظاهرات]", output);
    }

    [Fact]
    public async Task Query_MissingStore_ClearErrorExitOne()
    {
        var (code, _, error) = await Run("query", "--db", "elsewhere.duckdb");

        Assert.Equal(1, code);
        Assert.Contains("run 'hadath ingest' first", error);
        Assert.False(File.Exists(Path.Combine(_backends.Folder, "elsewhere.duckdb")));
    }

    [Fact]
    public async Task Query_UnreachablePostgres_ClearErrorExitOne()
    {
        var (code, _, error) = await Run("query", "--db", "postgres://nobody:secret@127.0.0.1:1/none");

        Assert.Equal(1, code);
        Assert.Contains("cannot reach PostgreSQL", error);
        Assert.DoesNotContain("secret", error);
    }

    [Fact]
    public async Task Search_PostgresStore_BuildsLocalIndexOnFirstSearch()
    {
        var db = _backends.NewDb("postgres");
        using (var store = _backends.Open(db))
        {
            store.Write([Sample.Coded(Sample.Article("p1", "وزير الخارجية يصل إلى الرياض"), Sample.Event("p1"))]);
        }

        var (code, output, error) = await Run("search", "الخارجية", "--db", db);
        var (again, _, secondError) = await Run("search", "الخارجية", "--db", db);

        using (var store = _backends.Open(db))
        {
            store.Write([Sample.Coded(Sample.Article("p2", "الخارجية تستدعي السفير"))]);
        }

        var (third, later, thirdError) = await Run("search", "الخارجية", "--db", db);

        Assert.Equal((0, 0, 0), (code, again, third));
        Assert.Contains("indexed 1 articles", error);
        Assert.DoesNotContain("indexed", secondError);
        Assert.StartsWith("p1\t", output);
        Assert.Contains("indexed 2 articles", thirdError);
        Assert.Contains("p2\t", later);
    }
}
