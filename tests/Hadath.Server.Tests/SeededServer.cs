using System.Net.Http.Json;
using System.Text;
using Hadath.Server.Api;
using Npgsql;

namespace Hadath.Server.Tests;

/// <summary>
/// A server whose store holds the test corpus, ingested through <c>POST /api/ingest</c> (so every
/// read test also stands on a real ingest). Shared by the tests of one class; they only read.
/// The store is a DuckDB file, or a new PostgreSQL database when <paramref name="postgres"/> and
/// HADATH_TEST_PG names a reachable server (scripts/start-postgres.sh starts one).
/// </summary>
public abstract class SeededServer : IAsyncLifetime
{
    public const string Key = "test-key-7f3a";

    private readonly EngineFixture _engine;
    private readonly bool _postgres;
    private ServerFactory? _factory;

    protected SeededServer(EngineFixture engine, bool postgres)
    {
        _engine = engine;
        _postgres = postgres;
    }

    /// <summary>Why the tests of this store cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    public HttpClient Client { get; private set; } = null!;

    public IngestResult Ingested { get; private set; } = null!;

    /// <summary>Skips the calling test, with the reason, when this store is not available.</summary>
    public void SkipUnlessAvailable() => Assert.SkipWhen(Unavailable is not null, Unavailable ?? string.Empty);

    public async ValueTask InitializeAsync()
    {
        string? db = null;
        if (_postgres)
        {
            (db, Unavailable) = await NewPostgresDatabase();
            if (Unavailable is not null)
            {
                return;
            }
        }

        _factory = new ServerFactory(_engine.Engine, Key, db: db);
        Client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(TestCorpus.JsonLines, Encoding.UTF8, "application/x-ndjson") };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Ingested = (await response.Content.ReadFromJsonAsync<IngestResult>(Json.Options))!;
    }

    private static async Task<(string? Db, string? Unavailable)> NewPostgresDatabase()
    {
        var address = Environment.GetEnvironmentVariable("HADATH_TEST_PG");
        if (string.IsNullOrWhiteSpace(address))
        {
            return (null, "HADATH_TEST_PG is not set: the PostgreSQL server tests need a server (run scripts/start-postgres.sh and export the address it prints)");
        }

        var name = "hadath_server_test_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            var uri = new Uri(address);
            var user = uri.UserInfo.Split(':');
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.IsDefaultPort ? 5432 : uri.Port,
                Username = Uri.UnescapeDataString(user[0]),
                Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
                Database = uri.AbsolutePath.Trim('/'),
            };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException or UriFormatException)
        {
            return (null, $"HADATH_TEST_PG is unreachable: {e.Message}");
        }

        return (new UriBuilder(address) { Path = "/" + name }.Uri.ToString(), null);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
