using Hadath.Testing;
using System.Diagnostics;
using Hadath.Store.Search;

namespace Hadath.Store.Tests;

/// <summary>kill -9 in the middle of <c>hadath ingest</c>, then a rerun, must end exactly like an uninterrupted run.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Articles = 3000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_KilledMidwayThenRerun_SameAsUninterrupted()
    {
        var corpus = Corpus.Write(_folder.File("corpus.jsonl"), Articles);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, CliProcess.Run(_folder.Path, Timeout, out var log, "ingest", corpus, "--db", "reference.duckdb", "--batch", "64", "--progress", "none"));
        var uninterrupted = clock.Elapsed;
        Assert.Contains($"{Articles} new articles stored", log);

        // Kill part-way: try a few moments until the store holds some but not all articles.
        var partial = false;
        foreach (var fraction in new[] { 0.6, 0.4, 0.8, 0.25 })
        {
            var db = _folder.File("crashed.duckdb");
            DeleteStore(db);
            using (var run = new CliProcess(_folder.Path, "ingest", corpus, "--db", "crashed.duckdb", "--batch", "64", "--progress", "none"))
            {
                Thread.Sleep(uninterrupted * fraction);
                run.Kill();
            }

            using var store = StoreFactory.Open(db, StoreMode.Read, _folder.Path);
            var stored = store.Counts().Articles;
            if (stored is > 0 and < Articles)
            {
                partial = true;
                break;
            }
        }

        Assert.True(partial, "could not kill hadath ingest while it was part-way through");
        Assert.Equal(0, CliProcess.Run(_folder.Path, Timeout, out var rerun, "ingest", corpus, "--db", "crashed.duckdb", "--batch", "64", "--progress", "none"));
        Assert.Contains("already stored", rerun);

        using var reference = StoreFactory.Open("reference.duckdb", StoreMode.Read, _folder.Path);
        using var resumed = StoreFactory.Open("crashed.duckdb", StoreMode.Read, _folder.Path);
        Assert.Equal(reference.Counts(), resumed.Counts());
        Assert.Equal(reference.Digest(), resumed.Digest());
        var analyzer = Hadath.Coding.HadathEngine.Load(TestPaths.Data).Analyzer;
        using var referenceIndex = SearchIndex.Open(reference.IndexDirectory, analyzer);
        using var resumedIndex = SearchIndex.Open(resumed.IndexDirectory, analyzer);
        Assert.Equal(Articles, referenceIndex.DocumentCount);
        Assert.Equal(Articles, resumedIndex.DocumentCount);
    }

    [Fact]
    public void Ingest_SameInputTwice_SecondRunStoresNothing()
    {
        var corpus = Corpus.Write(_folder.File("corpus.jsonl"), 200);
        Assert.Equal(0, CliProcess.Run(_folder.Path, Timeout, out _, "ingest", corpus, "--progress", "none"));
        using (var store = StoreFactory.Open("hadath.duckdb", StoreMode.Read, _folder.Path))
        {
            Assert.Equal(200, store.Counts().Articles);
        }

        var digest = Digest("hadath.duckdb");
        Assert.Equal(0, CliProcess.Run(_folder.Path, Timeout, out var second, "ingest", corpus, "--progress", "lines"));

        Assert.Contains("0 new articles stored, 200 already stored", second);
        Assert.Equal(digest, Digest("hadath.duckdb"));
    }

    [Fact]
    public void Query_CorruptStore_ClearErrorExitOne()
    {
        File.WriteAllText(_folder.File("hadath.duckdb"), "this is not a database");

        var code = CliProcess.Run(_folder.Path, Timeout, out var output, "query");

        Assert.Equal(1, code);
        Assert.Contains("not a readable Hadath store", output);
        Assert.DoesNotContain("   at ", output);
    }

    private string Digest(string db)
    {
        using var store = StoreFactory.Open(db, StoreMode.Read, _folder.Path);
        return store.Digest();
    }

    private static void DeleteStore(string db)
    {
        File.Delete(db);
        File.Delete(db + ".wal");
        if (Directory.Exists(db + ".index"))
        {
            Directory.Delete(db + ".index", recursive: true);
        }
    }
}
