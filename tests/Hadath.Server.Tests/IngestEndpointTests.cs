using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hadath.Server.Api;

namespace Hadath.Server.Tests;

public sealed class IngestEndpointTests
{
    private const string Key = "s3cret-key";
    private readonly EngineFixture _engine;

    public IngestEndpointTests(EngineFixture engine)
    {
        _engine = engine;
    }

    [Fact]
    public async Task Ingest_NoKeyConfigured_Returns404()
    {
        using var factory = new ServerFactory(_engine.Engine, apiKey: null);
        using var client = factory.CreateClient();

        using var response = await Send(client, TestCorpus.JsonLines, key: "anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("HADATH_API_KEY", (await response.Content.ReadFromJsonAsync<ApiError>(TestContext.Current.CancellationToken))!.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s3cret-kez")]
    [InlineData("s3cret-key ")]
    public async Task Ingest_WithoutTheRightKey_Returns401AndStoresNothing(string? key)
    {
        using var factory = new ServerFactory(_engine.Engine, Key);
        using var client = factory.CreateClient();

        using var response = await Send(client, TestCorpus.JsonLines, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await Articles(client));
    }

    [Fact]
    public async Task Ingest_JsonLines_StoresEveryArticle()
    {
        using var factory = new ServerFactory(_engine.Engine, Key);
        using var client = factory.CreateClient();

        using var response = await Send(client, TestCorpus.JsonLines, Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<IngestResult>(Json.Options, TestContext.Current.CancellationToken))!;
        Assert.Equal(TestCorpus.Lines.Count, result.Received);
        Assert.Equal(TestCorpus.Lines.Count, result.Stored);
        Assert.True(result.Events > 0);
        Assert.Equal(TestCorpus.Lines.Count, await Articles(client));
    }

    [Fact]
    public async Task Ingest_SameBodyTwice_SkipsWhatIsStored()
    {
        using var factory = new ServerFactory(_engine.Engine, Key);
        using var client = factory.CreateClient();
        (await Send(client, TestCorpus.JsonLines, Key)).Dispose();

        using var again = await Send(client, TestCorpus.JsonLines, Key);

        var result = (await again.Content.ReadFromJsonAsync<IngestResult>(Json.Options, TestContext.Current.CancellationToken))!;
        Assert.Equal(0, result.Stored);
        Assert.Equal(TestCorpus.Lines.Count, result.Skipped);
    }

    [Fact]
    public async Task Ingest_JsonArrayAndSingleObject_AreAccepted()
    {
        using var factory = new ServerFactory(_engine.Engine, Key);
        using var client = factory.CreateClient();
        var lines = TestCorpus.Lines;

        using var array = await Send(client, "[" + string.Join(",\n", lines.Take(2)) + "]", Key);
        using var single = await Send(client, "\n  " + lines[2] + "\n", Key);

        Assert.Equal(HttpStatusCode.OK, array.StatusCode);
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Equal(3, await Articles(client));
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":\"نص\"}\n{\"id\":\"b\",\"text\":", "request:2")]
    [InlineData("{\"id\":\"a\",\"text\":\"نص\"}\n{\"id\":\"b\"}", "no 'text' field")]
    [InlineData("[{\"id\":\"a\",\"text\":\"نص\"}, {\"id\":\"b\"}]", "request item:2")]
    [InlineData("[{\"id\":\"a\",\"text\":\"نص\"}", "malformed JSON")]
    [InlineData("text, not JSON", "expected an article object")]
    public async Task Ingest_MalformedArticle_Returns400AndStoresNothing(string body, string message)
    {
        using var factory = new ServerFactory(_engine.Engine, Key);
        using var client = factory.CreateClient();

        using var response = await Send(client, body, Key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<ApiError>(TestContext.Current.CancellationToken))!.Error;
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", error, StringComparison.Ordinal);
        Assert.Equal(0, await Articles(client));
    }

    [Fact]
    public async Task Ingest_BodyOverLimit_Returns413()
    {
        using var factory = new ServerFactory(_engine.Engine, Key, maxIngestBody: 1000);
        using var client = factory.CreateClient();

        using var response = await Send(client, TestCorpus.JsonLines, Key);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_NewArticles_AreFoundBySearchAfterwards()
    {
        using var factory = new ServerFactory(_engine.Engine, Key);
        using var client = factory.CreateClient();
        (await Send(client, TestCorpus.Lines[0], Key)).Dispose();
        var before = await client.GetFromJsonAsync<SearchResult>("/api/search?q=" + Uri.EscapeDataString("مظاهرات"), Json.Options, TestContext.Current.CancellationToken);

        (await Send(client, TestCorpus.Lines[2], Key)).Dispose();
        var after = await client.GetFromJsonAsync<SearchResult>("/api/search?q=" + Uri.EscapeDataString("مظاهرات"), Json.Options, TestContext.Current.CancellationToken);

        Assert.Empty(before!.Hits);
        Assert.Equal("t-003", Assert.Single(after!.Hits).Id);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(body, Encoding.UTF8, "application/x-ndjson") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<long> Articles(HttpClient client)
        => (await client.GetFromJsonAsync<StoreInfo>("/api/info", Json.Options, TestContext.Current.CancellationToken))!.Counts.Articles;
}
