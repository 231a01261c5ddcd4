using Hadath.Store.Model;

namespace Hadath.Store.Tests;

/// <summary>The behaviour both stores promise (DuckDB always; PostgreSQL when a server is configured).</summary>
public sealed class EventStoreContractTests : IDisposable
{
    private readonly Backends _backends = new();

    public void Dispose() => _backends.Dispose();

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Write_SameEventInTwoArticles_OneEventCountedTwice(string kind)
    {
        using var store = _backends.Open(_backends.NewDb(kind));
        var a = Sample.Article("a1", "نص أول", source: "paper-a");
        var b = Sample.Article("b1", "نص ثان", source: "paper-b");
        var c = Sample.Article("c1", "نص ثالث", source: "paper-a");
        store.Write([Sample.Coded(a, Sample.Event("a1", mentions: 2))]);
        store.Write([Sample.Coded(b, Sample.Event("b1")), Sample.Coded(c, Sample.Event("c1"))]);

        var e = Assert.Single(store.Query(EventFilter.None, 0));
        Assert.Equal(4, e.NumMentions);
        Assert.Equal(3, e.NumArticles);
        Assert.Equal(2, e.NumSources);
        Assert.Equal("a1", e.FirstArticle);
        Assert.Equal(4, store.Counts().Mentions);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Write_DifferentDatePlaceOrTarget_SeparateEvents(string kind)
    {
        using var store = _backends.Open(_backends.NewDb(kind));
        store.Write(
        [
            Sample.Coded(Sample.Article("1"), Sample.Event("1")),
            Sample.Coded(Sample.Article("2"), Sample.Event("2", date: new DateOnly(2015, 7, 22))),
            Sample.Coded(Sample.Article("3"), Sample.Event("3", place: "riyadh")),
            Sample.Coded(Sample.Article("4"), Sample.Event("4", target: "IRN")),
            Sample.Coded(Sample.Article("5"), Sample.Event("5", cameo: "043")),
        ]);

        Assert.Equal(5, store.Counts().Events);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Write_SameBatchTwice_ChangesNothing(string kind)
    {
        using var store = _backends.Open(_backends.NewDb(kind));
        CodedArticle[] batch = [Sample.Coded(Sample.Article("1"), Sample.Event("1")), Sample.Coded(Sample.Article("2"), Sample.Event("2"))];
        Assert.Equal(2, store.Write(batch));
        var digest = store.Digest();

        Assert.Equal(0, store.Write(batch));
        Assert.Equal(digest, store.Digest());
        Assert.Equal(2, Assert.Single(store.Query(EventFilter.None, 0)).NumArticles);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Write_SameArticlesInAnotherOrderAndBatching_SameDigest(string kind)
    {
        var articles = Enumerable.Range(0, 30).Select(i => Sample.Coded(
            Sample.Article("x" + i, "نص " + i, source: "paper-" + (i % 3)),
            Sample.Event("x" + i, target: i % 2 == 0 ? "EGY" : "IRN", mentions: 1 + (i % 3)),
            Sample.Event("x" + i, cameo: "043", place: i % 4 == 0 ? "riyadh" : "jeddah"))).ToList();
        using var first = _backends.Open(_backends.NewDb(kind));
        first.Write(articles);
        using var second = _backends.Open(_backends.NewDb(kind));
        foreach (var chunk in Enumerable.Reverse(articles).Chunk(7))
        {
            second.Write(chunk);
        }

        Assert.Equal(first.Digest(), second.Digest());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Write_FailureBeforeCommit_LeavesNoPartialArticle(string kind)
    {
        var db = _backends.NewDb(kind);
        using (var store = _backends.Open(db))
        {
            store.Write([Sample.Coded(Sample.Article("kept"), Sample.Event("kept"))]);
            var before = store.Digest();
            ((Sql.SqlEventStore)store).BeforeCommit = () => throw new IOException("disk full (simulated)");
            Assert.Throws<IOException>(() => store.Write([Sample.Coded(Sample.Article("lost"), Sample.Event("lost", target: "IRN"), Sample.Event("lost", cameo: "190"))]));
            Assert.Equal(before, store.Digest());

            ((Sql.SqlEventStore)store).BeforeCommit = null;
            Assert.Equal(1, store.Write([Sample.Coded(Sample.Article("lost"), Sample.Event("lost", target: "IRN"))]));
        }

        using var reopened = _backends.Open(db, StoreMode.Read);
        Assert.Equal(new StoreCounts(2, 2, 2, 2, 2), reopened.Counts());
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Query_EachFilter_SelectsItsEvents(string kind)
    {
        using var store = _backends.Open(_backends.NewDb(kind));
        store.Write(
        [
            Sample.Coded(Sample.Article("1"), Sample.Event("1", source: "SAUGOV", target: "EGY", cameo: "042", date: new DateOnly(2015, 7, 1), quad: 1)),
            Sample.Coded(Sample.Article("2"), Sample.Event("2", source: "IRNMIL", target: "SAU", cameo: "190", date: new DateOnly(2015, 7, 15), quad: 4, goldstein: -10)),
            Sample.Coded(Sample.Article("3"), Sample.Event("3", source: "EGYGOV", target: "IRN", cameo: "1411", date: new DateOnly(2015, 8, 1), quad: 3, place: "cairo")),
        ]);

        string[] Ids(EventFilter f) => store.Query(f, 0).Select(e => e.SourceCode).ToArray();
        Assert.Equal(["SAUGOV", "IRNMIL"], Ids(new EventFilter { Actor = "SAU" }));
        Assert.Equal(["EGYGOV"], Ids(new EventFilter { Source = "EGY" }));
        Assert.Equal(["EGYGOV"], Ids(new EventFilter { Target = "IRN" }));
        Assert.Equal(["IRNMIL"], Ids(new EventFilter { Root = "19" }));
        Assert.Equal(["EGYGOV"], Ids(new EventFilter { Code = "14" }));
        Assert.Equal(["IRNMIL"], Ids(new EventFilter { Quad = 4 }));
        Assert.Equal(["IRNMIL", "EGYGOV"], Ids(new EventFilter { From = new DateOnly(2015, 7, 15) }));
        Assert.Equal(["SAUGOV", "IRNMIL"], Ids(new EventFilter { To = new DateOnly(2015, 7, 15) }));
        Assert.Equal(["EGYGOV"], Ids(new EventFilter { Place = "cairo" }));
        Assert.Equal(["EGYGOV"], Ids(new EventFilter { Place = "cai" }));
        Assert.Empty(Ids(new EventFilter { Actor = "'; DROP TABLE events; --" }));
        Assert.Equal(2, store.Query(EventFilter.None, 2).Count());
        Assert.Equal(3, store.Counts().Events);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Stats_TimelineDyadsActors_CountDeduplicatedEvents(string kind)
    {
        using var store = _backends.Open(_backends.NewDb(kind));
        store.Write(
        [
            Sample.Coded(Sample.Article("1"), Sample.Event("1", date: new DateOnly(2015, 7, 1), quad: 1, goldstein: 2)),
            Sample.Coded(Sample.Article("1b"), Sample.Event("1b", date: new DateOnly(2015, 7, 1), quad: 1, goldstein: 2)),
            Sample.Coded(Sample.Article("2"), Sample.Event("2", cameo: "190", date: new DateOnly(2015, 7, 2), quad: 4, goldstein: -10)),
            Sample.Coded(Sample.Article("3"), Sample.Event("3", source: "IRN", cameo: "111", date: new DateOnly(2015, 8, 3), quad: 3, goldstein: -2)),
        ]);

        var days = store.Timeline(EventFilter.None, TimeBucket.Day);
        Assert.Equal(3, days.Count);
        Assert.Equal(new TimelineRow(new DateOnly(2015, 7, 1), 1, 0, 0, 0, 1, 2), days[0]);
        var months = store.Timeline(EventFilter.None, TimeBucket.Month);
        Assert.Equal([new DateOnly(2015, 7, 1), new DateOnly(2015, 8, 1)], months.Select(m => m.Period));
        Assert.Equal([2L, 1L], months.Select(m => m.Events));
        Assert.Equal(new DateOnly(2015, 6, 29), store.Timeline(EventFilter.None, TimeBucket.Week)[0].Period);

        var dyad = store.Dyads(EventFilter.None, 10)[0];
        Assert.Equal(("SAUGOV", "EGY", 2L, -4.0), (dyad.Source, dyad.Target, dyad.Events, dyad.MeanGoldstein));
        var actors = store.Actors(EventFilter.None, 10);
        Assert.Equal("EGY", actors[0].Code);
        Assert.Equal(3, actors[0].AsTarget);
        Assert.Equal(2, actors.Single(a => a.Code == "SAUGOV").AsSource);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void QueryWithMentions_EventFromTwoArticles_ListsEveryMention(string kind)
    {
        using var store = _backends.Open(_backends.NewDb(kind));
        store.Write([Sample.Coded(Sample.Article("1", published: new DateOnly(2015, 7, 2)), Sample.Event("1", mentions: 2)), Sample.Coded(Sample.Article("2", published: new DateOnly(2015, 7, 1)), Sample.Event("2"))]);

        var item = Assert.Single(store.QueryWithMentions(EventFilter.None, 0));
        Assert.Equal(3, item.Mentions.Count);
        Assert.Equal("2", item.Mentions[0].ArticleId);
        Assert.Equal("2", item.Event.FirstArticle);
        Assert.Equal([0, 10], item.Mentions.Where(m => m.ArticleId == "1").Select(m => m.Start));
        Assert.All(item.Mentions, m => Assert.Null(m.SentenceText));
        var counts = store.EventCounts([CodedArticle.Create(Sample.Article("1", published: new DateOnly(2015, 7, 2)), []).Key]);
        Assert.Equal(1, Assert.Single(counts).Value);
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void QueryWithMentions_SentencesStored_EachMentionHasItsSentence(string kind)
    {
        using var store = _backends.Open(_backends.NewDb(kind));
        var article = Sample.Article("1", "جملة أولى. زار الوزير القاهرة. جملة ثالثة.");
        var coded = Sample.Coded(article, Sample.Event("1", mentions: 2)) with { Sentences = [new SentenceSpan("text", 0, 10, "جملة أولى."), new SentenceSpan("text", 10, 30, "زار الوزير القاهرة.")] };

        store.Write([coded]);

        var item = Assert.Single(store.QueryWithMentions(EventFilter.None, 0));
        Assert.Equal(["جملة أولى.", "زار الوزير القاهرة."], item.Mentions.Select(m => m.SentenceText));
    }
}
