using Npgsql;

namespace Hadath.Store.Tests;

/// <summary>Several <c>hadath ingest</c> processes sharing one input through PostgreSQL, with failures. Need HADATH_TEST_PG.</summary>
public sealed class PostgresWorkerTests : IDisposable
{
    private const int Articles = 3000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly Backends _backends = new();

    public void Dispose() => _backends.Dispose();

    private static long Scalar(string db, string sql)
    {
        using var c = new NpgsqlConnection(Store.Postgres.PostgresAddress.Parse(db).ConnectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for " + what);
            Thread.Sleep(50);
        }
    }

    private static long StoredArticles(string db)
    {
        try
        {
            return Scalar(db, "SELECT CASE WHEN to_regclass('articles') IS NULL THEN 0 ELSE (SELECT count(*) FROM articles) END");
        }
        catch (NpgsqlException)
        {
            return 0;
        }
    }

    private string Reference(string corpus)
    {
        var db = _backends.NewDb("postgres");
        Assert.Equal(0, CliProcess.Run(_backends.Folder, Timeout, out var log, "ingest", corpus, "--db", db, "--progress", "none"));
        Assert.Contains($"{Articles} new articles stored", log);
        return db;
    }

    private string Digest(string db)
    {
        using var store = _backends.Open(db, StoreMode.Read);
        return store.Digest();
    }

    [Fact]
    public void Ingest_ThreeWorkersOneKilled_EveryArticleCountedOnce()
    {
        Backends.RequirePostgres();
        var corpus = Corpus.Write(Path.Combine(_backends.Folder, "corpus.jsonl"), Articles);
        var reference = Reference(corpus);
        var db = _backends.NewDb("postgres");

        var workers = Enumerable.Range(0, 3).Select(_ => new CliProcess(_backends.Folder, "ingest", corpus, "--db", db, "--workers", "1", "--progress", "none")).ToList();
        try
        {
            WaitFor(() => StoredArticles(db) > 300, "the workers to store some articles");
            workers[0].Kill();
            Assert.True(StoredArticles(db) < Articles, "the workers finished before one could be killed");
            Assert.Equal(0, workers[1].Wait(Timeout));
            Assert.Equal(0, workers[2].Wait(Timeout));
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }

        Assert.Equal(Articles, Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM work_items WHERE NOT done"));
        Assert.Equal(0, Scalar(db, "SELECT count(*) FROM (SELECT article_key, ordinal FROM mentions GROUP BY 1, 2 HAVING count(*) > 1) d"));
        Assert.Equal(Digest(reference), Digest(db));
    }

    [Fact]
    public void Ingest_ServerGoesAwayThenComesBack_ClearErrorAndRerunResumes()
    {
        var address = Backends.RequirePostgres();
        var corpus = Corpus.Write(Path.Combine(_backends.Folder, "corpus.jsonl"), Articles);
        var reference = Reference(corpus);
        var db = _backends.NewDb("postgres");
        var target = new Uri(address);
        using var proxy = new TcpProxy(target.Host, target.Port);
        var viaProxy = new UriBuilder(db) { Port = proxy.Port }.Uri.ToString();

        using (var run = new CliProcess(_backends.Folder, "ingest", corpus, "--db", viaProxy, "--progress", "none"))
        {
            WaitFor(() => StoredArticles(db) > 300, "some articles to be stored");
            proxy.Stop();
            Assert.Equal(1, run.Wait(Timeout));
            Assert.Contains("lost the connection to PostgreSQL", run.Output);
            Assert.Contains("rerun the same command to resume", run.Output);
            Assert.DoesNotContain("   at ", run.Output);
        }

        Assert.True(StoredArticles(db) < Articles, "the ingest finished before the server went away");
        proxy.Start();
        Assert.Equal(0, CliProcess.Run(_backends.Folder, Timeout, out var rerun, "ingest", corpus, "--db", viaProxy, "--progress", "none"));
        Assert.Equal(Articles, Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal(Digest(reference), Digest(db));
    }
}
