using Hadath.Coding.Model;
using Hadath.Store.Ingest;
using Hadath.Store.Model;

namespace Hadath.Store.Tests;

public sealed class IngestorTests : IDisposable
{
    private readonly Backends _backends = new();

    public void Dispose() => _backends.Dispose();

    private static IReadOnlyList<CodedEvent> FakeCoder(Article a)
        => a.Text.Contains("fail", StringComparison.Ordinal) ? throw new InvalidOperationException("boom")
            : [Sample.Event(a.Id, target: a.Text.Length % 2 == 0 ? "EGY" : "IRN", date: a.Published)];

    private static List<Article> Corpus(int n) => Enumerable.Range(0, n)
        .Select(i => Sample.Article("id" + i, "نص رقم " + i + new string('ا', i % 5), source: "paper-" + (i % 4), published: new DateOnly(2015, 7, 1).AddDays(i % 20))).ToList();

    private static async Task<IngestCounters> Run(IEventStore store, IEnumerable<Article> articles, int workers = 2, int batch = 16, List<string>? warnings = null)
    {
        var counters = new IngestCounters();
        var ingestor = new Ingestor(store, FakeCoder, null, new IngestOptions { Workers = workers, BatchSize = batch }, w => warnings?.Add(w));
        await ingestor.RunAsync(articles, "test", counters, TestContext.Current.CancellationToken);
        return counters;
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Run_Twice_SecondRunChangesNothing(string kind)
    {
        using var store = _backends.Open(_backends.NewDb(kind));
        var corpus = Corpus(300);

        var first = await Run(store, corpus);
        var digest = store.Digest();
        var second = await Run(store, corpus);

        Assert.Equal(300, first.Stored);
        Assert.Equal(0, second.Stored);
        Assert.Equal(digest, store.Digest());
        Assert.Equal(300, store.Counts().Articles);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Run_DifferentWorkersAndBatches_SameStore(string kind)
    {
        var corpus = Corpus(200);
        using var one = _backends.Open(_backends.NewDb(kind));
        using var many = _backends.Open(_backends.NewDb(kind));

        await Run(one, corpus, workers: 1, batch: 200);
        await Run(many, corpus.AsEnumerable().Reverse(), workers: 4, batch: 7);

        Assert.Equal(one.Digest(), many.Digest());
    }

    [Fact]
    public async Task Run_DuplicateArticlesInInput_StoredOnce()
    {
        using var store = _backends.Open(_backends.NewDb("duckdb"));
        var corpus = Corpus(50);

        var counters = await Run(store, corpus.Concat(corpus).Concat(corpus.Take(10)), batch: 8);

        Assert.Equal(50, counters.Stored);
        Assert.Equal(50, store.Counts().Articles);
        Assert.Equal(50, store.Query(EventFilter.None, 0).Sum(e => e.NumArticles));
    }

    [Fact]
    public async Task Run_CoderThrowsOnOneArticle_OthersStoredAndFailureReported()
    {
        using var store = _backends.Open(_backends.NewDb("duckdb"));
        var warnings = new List<string>();
        var corpus = Corpus(20).Append(Sample.Article("bad", "this will fail")).ToList();

        var counters = await Run(store, corpus, warnings: warnings);

        Assert.Equal(20, counters.Stored);
        Assert.Equal(1, counters.Failed);
        Assert.Contains(warnings, w => w.StartsWith("bad: warning: the coder failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_InputThrowsHalfWay_CommittedBatchesKeptAndRerunCompletes()
    {
        var db = _backends.NewDb("duckdb");
        var corpus = Corpus(100);
        IEnumerable<Article> Broken()
        {
            foreach (var a in corpus.Take(60))
            {
                yield return a;
            }

            throw new IOException("the disk went away (simulated)");
        }

        using (var store = _backends.Open(db))
        {
            await Assert.ThrowsAsync<IOException>(() => Run(store, Broken(), batch: 10));
            Assert.InRange(store.Counts().Articles, 0, 60);
        }

        using var resumed = _backends.Open(db);
        await Run(resumed, corpus);
        using var clean = _backends.Open(_backends.NewDb("duckdb"));
        await Run(clean, corpus);
        Assert.Equal(clean.Digest(), resumed.Digest());
    }
}
