using Hadath.Coding.Model;
using Hadath.Store.Model;

namespace Hadath.Store.Tests;

/// <summary>The reads the HTTP API adds to the store contract: pages, counts, countries, one article and its events, the PLOVER filter.</summary>
public sealed class ServerReadsTests : IDisposable
{
    private readonly Backends _backends = new();

    public void Dispose() => _backends.Dispose();

    private IEventStore Seeded(string kind)
    {
        var store = _backends.Open(_backends.NewDb(kind));
        var protest = Sample.Event("a2", cameo: "141", quad: 3, date: new DateOnly(2015, 7, 23)) with { Plover = new Plover("PROTEST", "demonstrate", null) };
        store.Write(
        [
            Sample.Coded(Sample.Article("a1"), Sample.Event("a1", place: "riyadh"), Sample.Event("a1", target: "IRN", mentions: 2, date: new DateOnly(2015, 7, 22))),
            Sample.Coded(Sample.Article("a2", text: "نص آخر"), protest, Sample.Event("a2", place: "sanaa", date: new DateOnly(2015, 7, 20))),
            Sample.Coded(Sample.Article("a3", text: "نص ثالث"), Sample.Event("a3", target: null, place: "sanaa", date: new DateOnly(2015, 7, 24))),
        ]);
        return store;
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Page_OffsetAndLimit_SliceTheQueryOrder(string kind)
    {
        using var store = Seeded(kind);
        var all = store.Query(EventFilter.None, 0).Select(e => e.Id).ToList();

        var pages = Enumerable.Range(0, 3).SelectMany(i => store.Page(EventFilter.None, i * 2, 2)).Select(e => e.Id).ToList();

        Assert.Equal(5, all.Count);
        Assert.Equal(all, pages);
        Assert.Empty(store.Page(EventFilter.None, 5, 2));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Count_Filter_CountsWhatQueryReturns(string kind)
    {
        using var store = Seeded(kind);

        foreach (var filter in new[] { EventFilter.None, new EventFilter { Target = "IRN" }, new EventFilter { From = new DateOnly(2015, 7, 22) }, new EventFilter { Place = "yem" } })
        {
            Assert.Equal(store.Query(filter, 0).Count(), store.Count(filter));
        }
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Countries_EventsByPlaceCountry_WithoutPlacelessEvents(string kind)
    {
        using var store = Seeded(kind);

        var countries = store.Countries(EventFilter.None);

        Assert.Equal([("SAN", 2L), ("RIY", 1L)], countries.Select(c => (c.Country, c.Events)));
        Assert.Equal([("SAN", 1L)], store.Countries(new EventFilter { Target = "EGY", To = new DateOnly(2015, 7, 20) }).Select(c => (c.Country, c.Events)));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void Filter_Plover_MatchesTypeWhateverItsCase(string kind)
    {
        using var store = Seeded(kind);

        var protests = store.Query(new EventFilter { Plover = "protest" }, 0).ToList();

        Assert.Equal("141", Assert.Single(protests).Cameo);
        Assert.Equal(4, store.Count(new EventFilter { Plover = "CONSULT" }));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void FindArticle_ByKeyOrId_FindsItAndUnknownIsNull(string kind)
    {
        using var store = Seeded(kind);
        var key = ArticleKey.Of(Sample.Article("a2", text: "نص آخر"));

        var byId = store.FindArticle("a2");
        var byKey = store.FindArticle(key);

        Assert.Equal(key, byId!.Key);
        Assert.Equal("نص آخر", byKey!.Text);
        Assert.Equal(2, byKey.NumEvents);
        Assert.Null(store.FindArticle("a9"));
    }

    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void ArticleEvents_OnlyThatArticlesMentions_InTextOrder(string kind)
    {
        using var store = Seeded(kind);
        // The same event reported by a second article: it is listed for both, each with its own mentions.
        store.Write([Sample.Coded(Sample.Article("a4", text: "نص رابع"), Sample.Event("a4", target: "IRN", date: new DateOnly(2015, 7, 22)))]);

        var events = store.ArticleEvents(ArticleKey.Of(Sample.Article("a1")));

        Assert.Equal(2, events.Count);
        var shared = events.Single(e => e.Event.TargetCode == "IRN");
        Assert.Equal(2, shared.Event.NumArticles);
        Assert.Equal(2, shared.Mentions.Count);
        Assert.All(events.SelectMany(e => e.Mentions), m => Assert.Equal("a1", m.ArticleId));
        Assert.Equal([0, 0, 10], events.SelectMany(e => e.Mentions).Select(m => m.Start));
        Assert.Empty(store.ArticleEvents("no-such-key"));
    }
}
