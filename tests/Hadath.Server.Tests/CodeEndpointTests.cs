using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hadath.Coding.Input;
using Hadath.Coding.Output;
using Hadath.Server.Api;

namespace Hadath.Server.Tests;

public sealed class CodeEndpointTests : IDisposable
{
    private readonly EngineFixture _engine;
    private readonly ServerFactory _factory;
    private readonly HttpClient _client;

    public CodeEndpointTests(EngineFixture engine)
    {
        _engine = engine;
        _factory = new ServerFactory(engine.Engine);
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task Code_SeedArticle_ReturnsEachEventAsHadathCodeWritesIt()
    {
        var json = TestCorpus.SeedJson();
        using var response = await _client.PostAsync("/api/code", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var expected = _engine.Engine.Coder.Code(ArticleReader.Parse("request", 1, json, null)).Select(EventJson.Serialize).ToList();
        var actual = body.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Code_PlainFormPost_IsReadAsJsonAnyway()
    {
        // `curl -d '{...}'` sends form content type; the body is what counts.
        using var response = await _client.PostAsync("/api/code", new StringContent("""{"text":"أعربت روسيا عن قلقها من التدخل التركي في ليبيا","id":"x"}""", Encoding.UTF8, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.All(events.EnumerateArray(), e => Assert.Equal("x", e.GetProperty("article_id").GetString()));
    }

    [Fact]
    public async Task Code_NoId_NamesTheArticleRequest()
    {
        using var response = await _client.PostAsync("/api/code", Json("""{"text":"أعربت روسيا عن قلقها من التدخل التركي في ليبيا","published":"2019-12-20"}"""), TestContext.Current.CancellationToken);

        var events = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.NotEqual(0, events.GetArrayLength());
        Assert.All(events.EnumerateArray(), e => Assert.Equal("request", e.GetProperty("article_id").GetString()));
    }

    [Theory]
    [InlineData("""{"text": "نص" """, "malformed JSON")]
    [InlineData("""{"title": "عنوان"}""", "no 'text' field")]
    [InlineData("""["text"]""", "expected an article object")]
    [InlineData("""{"text": "نص", "published": "20 July"}""", "not a date")]
    [InlineData("", "the input is empty")]
    public async Task Code_BadBody_Returns400WithMessage(string body, string message)
    {
        using var response = await _client.PostAsync("/api/code", Json(body), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<ApiError>(TestContext.Current.CancellationToken);
        Assert.Contains(message, error!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_InvalidUtf8_Returns400NamingTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"text": "نص"}""").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        using var content = new ByteArrayContent(bytes);
        using var response = await _client.PostAsync("/api/code", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", (await response.Content.ReadFromJsonAsync<ApiError>(TestContext.Current.CancellationToken))!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_BodyOverOneMegabyte_Returns413()
    {
        var text = new string('ب', 600_000); // two bytes each in UTF-8: 1.2 MB
        using var response = await _client.PostAsync("/api/code", Json($$"""{"text":"{{text}}"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 1048576 bytes", (await response.Content.ReadFromJsonAsync<ApiError>(TestContext.Current.CancellationToken))!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_OversizedBodyWithoutLength_Returns413()
    {
        // Chunked: no Content-Length to refuse up front, so the limit must hold while reading.
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"text":"{{new string('x', 1_100_000)}}"}""")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/code") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Code_BodyJustUnderLimit_IsCoded()
    {
        var text = new string('x', 1024 * 1024 - 20);
        using var response = await _client.PostAsync("/api/code", Json($$"""{"text":"{{text}}"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
