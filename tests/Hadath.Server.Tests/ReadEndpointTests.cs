using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hadath.Server.Api;
using Hadath.Store.Model;

namespace Hadath.Server.Tests;

/// <summary>The read endpoints over the test corpus, ingested once through the API; run once per store kind.</summary>
public abstract class ReadEndpointTests
{
    private readonly SeededServer _server;

    protected ReadEndpointTests(SeededServer server)
    {
        _server = server;
    }

    /// <summary>The server's client; every test reaches the server through here, so each skips when its store is not available.</summary>
    private HttpClient Client
    {
        get
        {
            _server.SkipUnlessAvailable();
            return _server.Client;
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<T> Get<T>(string url) => (await Client.GetFromJsonAsync<T>(url, Json.Options, Cancel))!;

    private async Task<List<StoredEvent>> All(string query = "")
        => (await Get<EventPage>("/api/events?limit=1000" + query)).Events.ToList();

    [Fact]
    public async Task Events_NoFilter_ReturnsEveryStoredEventWithTotal()
    {
        var info = await Get<StoreInfo>("/api/info");
        var page = await Get<EventPage>("/api/events?limit=1000");

        Assert.True(info.Counts.Events > 10, "the test corpus should code into more than ten events");
        Assert.Equal(info.Counts.Events, page.Total);
        Assert.Equal(info.Counts.Events, page.Events.Count);
    }

    [Fact]
    public async Task Events_Pages_CoverEveryEventOnceInOrder()
    {
        var all = await All();
        var paged = new List<StoredEvent>();
        for (var offset = 0; offset < all.Count; offset += 4)
        {
            var page = await Get<EventPage>($"/api/events?offset={offset}&limit=4");
            Assert.Equal(all.Count, page.Total);
            paged.AddRange(page.Events);
        }

        Assert.Equal(all.Select(e => e.Id), paged.Select(e => e.Id));
    }

    [Theory]
    [InlineData("root=19", "root")]
    [InlineData("actor=tur", "actor")]
    [InlineData("source=SAU", "source")]
    [InlineData("quad=4", "quad")]
    [InlineData("plover=protest", "plover")]
    [InlineData("from=2015-07-21&to=2015-07-23", "dates")]
    public async Task Events_Filter_ReturnsOnlyMatchingEvents(string query, string kind)
    {
        var all = await All();
        var filtered = await All("&" + query);

        Func<StoredEvent, bool> matches = kind switch
        {
            "root" => e => e.Root == "19",
            "actor" => e => e.SourceCode.StartsWith("TUR", StringComparison.Ordinal) || e.TargetCode.StartsWith("TUR", StringComparison.Ordinal),
            "source" => e => e.SourceCode.StartsWith("SAU", StringComparison.Ordinal),
            "quad" => e => e.QuadClass == 4,
            "plover" => e => e.PloverType == "PROTEST",
            _ => e => e.Date >= new DateOnly(2015, 7, 21) && e.Date <= new DateOnly(2015, 7, 23),
        };
        Assert.NotEmpty(filtered);
        Assert.Equal(all.Where(matches).Select(e => e.Id), filtered.Select(e => e.Id));
    }

    [Fact]
    public async Task Events_CountryFilter_MatchesPlaceCountry()
    {
        var all = await All();
        var withPlace = all.First(e => e.PlaceCountry is not null);

        var filtered = await All("&country=" + withPlace.PlaceCountry!.ToLowerInvariant());

        Assert.Equal(all.Where(e => e.PlaceCountry == withPlace.PlaceCountry).Select(e => e.Id), filtered.Select(e => e.Id));
    }

    [Theory]
    [InlineData("/api/events?quad=5", "quad must be 1, 2, 3 or 4")]
    [InlineData("/api/events?root=1", "two-digit CAMEO root")]
    [InlineData("/api/events?code=19x", "code takes a CAMEO code")]
    [InlineData("/api/events?from=2015-13-01", "from takes a date")]
    [InlineData("/api/events?limit=0", "limit must be")]
    [InlineData("/api/events?limit=5000", "limit must be")]
    [InlineData("/api/events?offset=-1", "offset must be")]
    [InlineData("/api/events?place=Riyadh&country=YEM", "not both")]
    [InlineData("/api/stats/timeline?by=year", "by must be day, week or month")]
    [InlineData("/api/stats/timeline?by=1", "by must be day, week or month")]
    [InlineData("/api/stats/dyads?limit=many", "limit must be")]
    [InlineData("/api/network?nodes=0", "nodes must be")]
    [InlineData("/api/search", "q is required")]
    [InlineData("/api/search?q=%22unclosed", "cannot read the query")]
    public async Task Get_BadQuery_Returns400WithMessage(string url, string message)
    {
        using var response = await Client.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<ApiError>(Cancel))!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_ByDay_SplitsDatedEventsByQuadClass()
    {
        var all = await All();
        var timeline = await Get<List<TimelineRow>>("/api/stats/timeline");

        Assert.Equal(all.Count(e => e.Date is not null), timeline.Sum(r => r.Events));
        Assert.All(timeline, r => Assert.Equal(r.Events, r.Quad1 + r.Quad2 + r.Quad3 + r.Quad4));
        Assert.Equal(timeline.OrderBy(r => r.Period).Select(r => r.Period), timeline.Select(r => r.Period));
        var day = timeline[0].Period;
        Assert.Equal(all.Count(e => e.Date == day && e.QuadClass == 4), timeline[0].Quad4);
    }

    [Fact]
    public async Task Timeline_ByMonth_CountsTheSameEvents()
    {
        var days = await Get<List<TimelineRow>>("/api/stats/timeline?by=day");
        var months = await Get<List<TimelineRow>>("/api/stats/timeline?by=month&quad=");

        Assert.Equal(days.Sum(d => d.Events), months.Sum(m => m.Events));
        Assert.All(months, m => Assert.Equal(1, m.Period.Day));
    }

    [Fact]
    public async Task Dyads_AreSourceTargetPairsWithMeanGoldstein()
    {
        var all = await All();
        var dyads = await Get<List<DyadRow>>("/api/stats/dyads?limit=0");

        var expected = all.Where(e => e.TargetCode.Length > 0).GroupBy(e => (e.SourceCode, e.TargetCode)).ToDictionary(g => g.Key, g => (Count: g.LongCount(), Mean: g.Average(e => e.Goldstein)));
        Assert.Equal(expected.Count, dyads.Count);
        Assert.All(dyads, d =>
        {
            var (count, mean) = expected[(d.Source, d.Target)];
            Assert.Equal(count, d.Events);
            Assert.Equal(mean, d.MeanGoldstein, 9);
        });
    }

    [Fact]
    public async Task Actors_CountSourceAndTargetRoles()
    {
        var all = await All();
        var actors = await Get<List<ActorRow>>("/api/stats/actors?limit=0");

        var tur = actors.Single(a => a.Code == "TUR");
        Assert.Equal(all.Count(e => e.SourceCode == "TUR"), tur.AsSource);
        Assert.Equal(all.Count(e => e.TargetCode == "TUR"), tur.AsTarget);
    }

    [Fact]
    public async Task Countries_CountEventsByPlaceCountry()
    {
        var all = await All();
        var countries = await Get<List<CountryRow>>("/api/stats/countries");

        Assert.NotEmpty(countries);
        Assert.Equal(
            all.Where(e => !string.IsNullOrEmpty(e.PlaceCountry)).GroupBy(e => e.PlaceCountry!).ToDictionary(g => g.Key, g => g.LongCount()),
            countries.ToDictionary(c => c.Country, c => c.Events));
    }

    [Fact]
    public async Task Network_EdgesJoinOnlyListedNodes()
    {
        var all = await All();
        var graph = await Get<NetworkGraph>("/api/network?nodes=6");
        var codes = graph.Nodes.Select(n => n.Code).ToHashSet();

        Assert.Equal(6, graph.Nodes.Count);
        Assert.NotEmpty(graph.Edges);
        Assert.All(graph.Edges, e =>
        {
            Assert.Contains(e.Source, codes);
            Assert.Contains(e.Target, codes);
            var pair = all.Where(x => x.SourceCode == e.Source && x.TargetCode == e.Target).ToList();
            Assert.Equal(pair.Count, e.Events);
            Assert.Equal(pair.Average(x => x.Goldstein), e.MeanGoldstein, 9);
        });
    }

    [Fact]
    public async Task Network_Filter_AppliesToNodesAndEdges()
    {
        var graph = await Get<NetworkGraph>("/api/network?actor=RUS");

        Assert.Contains(graph.Nodes, n => n.Code == "RUS");
        Assert.DoesNotContain(graph.Nodes, n => n.Code.StartsWith("SAU", StringComparison.Ordinal));
        Assert.All(graph.Edges, e => Assert.True(e.Source.StartsWith("RUS", StringComparison.Ordinal) || e.Target.StartsWith("RUS", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Info_ListsCountsIngestStateAndVocabularies()
    {
        var info = await Get<StoreInfo>("/api/info");

        Assert.Equal(TestCorpus.Lines.Count, info.Counts.Articles);
        Assert.True(info.IngestEnabled);
        Assert.True(info.Store == "test.duckdb" || info.Store.Contains("/hadath_server_test_", StringComparison.Ordinal), info.Store);
        Assert.Equal(20, info.Roots.Count);
        Assert.Contains(info.PloverTypes, p => p.Code == "PROTEST");
        Assert.Equal(["1", "2", "3", "4"], info.QuadClasses.Select(q => q.Code));
    }

    [Fact]
    public async Task Article_ById_HasTextEventsEvidenceAndActorsWithExactOffsets()
    {
        var article = await Get<ArticleView>("/api/articles/" + TestCorpus.SeedId);

        Assert.Equal(TestCorpus.SeedId, article.Id);
        Assert.Equal(new DateOnly(2019, 12, 20), article.Published);
        Assert.StartsWith("موسكو", article.Text.TrimStart(), StringComparison.Ordinal);
        Assert.NotEmpty(article.Events);
        foreach (var m in article.Events.SelectMany(e => e.Mentions))
        {
            var field = m.Field == "title" ? article.Title : article.Text;
            Assert.Equal(m.Evidence, field[m.Start..m.End]);
        }

        Assert.Contains(article.Actors, a => a.Code == "RUS" && a.Field == "title");
        Assert.All(article.Actors, a => Assert.Equal(a.Text, (a.Field == "title" ? article.Title : article.Text)[a.Start..a.End]));
        // Every event first reported by this article is listed with it (events are shared across articles, so there may be more).
        var first = (await All()).Where(e => e.FirstArticle == TestCorpus.SeedId).Select(e => e.Id).ToHashSet();
        Assert.Subset(article.Events.Select(e => e.Event.Id).ToHashSet(), first);
    }

    [Fact]
    public async Task Article_ByKey_IsTheSameArticle()
    {
        var byId = await Get<ArticleView>("/api/articles/t-004");

        var byKey = await Get<ArticleView>("/api/articles/" + byId.Key);

        Assert.Equal(byId.Id, byKey.Id);
        Assert.Equal("http://example.org/t-004", byKey.Url);
        Assert.Equal(64, byKey.Key.Length);
    }

    [Fact]
    public async Task Article_Unknown_Returns404WithMessage()
    {
        using var response = await Client.GetAsync("/api/articles/no-such-article", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-article", (await response.Content.ReadFromJsonAsync<ApiError>(Cancel))!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Stem_FindsArticleWithMarkedEscapedSnippet()
    {
        // «مظاهرة» (singular) finds «مظاهرات» by stem.
        var result = await Get<SearchResult>("/api/search?q=" + Uri.EscapeDataString("مظاهرة"));

        var hit = Assert.Single(result.Hits);
        Assert.Equal("t-003", hit.Id);
        Assert.True(hit.EventCount > 0);
        Assert.Contains(hit.SnippetsHtml, s => s.Contains("<mark>مظاهرات</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_NoMatch_ReturnsNoHits()
    {
        var result = await Get<SearchResult>("/api/search?q=" + Uri.EscapeDataString("زلزال"));

        Assert.Empty(result.Hits);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpoint()
    {
        using var doc = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json", Cancel));
        var paths = doc.RootElement.GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/api/code", "post"), ("/api/events", "get"), ("/api/stats/timeline", "get"), ("/api/stats/dyads", "get"), ("/api/stats/actors", "get"),
            ("/api/stats/countries", "get"), ("/api/network", "get"), ("/api/articles/{id}", "get"), ("/api/search", "get"), ("/api/ingest", "post"), ("/api/info", "get"),
        })
        {
            Assert.True(paths.GetProperty(path).TryGetProperty(method, out _), $"{method} {path} missing from the OpenAPI document");
        }

        var code = paths.GetProperty("/api/code").GetProperty("post");
        var schema = code.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.True(code.GetProperty("responses").TryGetProperty("413", out _));
        Assert.NotEqual(JsonValueKind.Undefined, schema.ValueKind);
    }

    [Fact]
    public async Task Dashboard_Root_ServesPageWhoseAssetsExist()
    {
        using var response = await Client.GetAsync("/", Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"(/assets/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            using var file = await Client.GetAsync(asset, Cancel);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Contains("immutable", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }
    }
}
