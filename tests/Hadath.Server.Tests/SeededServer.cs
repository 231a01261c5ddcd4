using System.Net.Http.Json;
using System.Text;
using Hadath.Server.Api;

namespace Hadath.Server.Tests;

/// <summary>
/// A server whose store holds the test corpus, ingested through <c>POST /api/ingest</c> (so every
/// read test also stands on a real ingest). Shared by the tests of one class; they only read.
/// </summary>
public sealed class SeededServer : IAsyncLifetime
{
    public const string Key = "test-key-7f3a";

    private readonly ServerFactory _factory;

    public SeededServer(EngineFixture engine)
    {
        _factory = new ServerFactory(engine.Engine, Key);
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    public IngestResult Ingested { get; private set; } = null!;

    internal ServerSettings Settings => _factory.Settings;

    public async ValueTask InitializeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(TestCorpus.JsonLines, Encoding.UTF8, "application/x-ndjson") };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Ingested = (await response.Content.ReadFromJsonAsync<IngestResult>(Json.Options))!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
