using Hadath.Store;
using Microsoft.Extensions.Configuration;

namespace Hadath.Server;

/// <summary>
/// What a server instance serves: the store, the data folder the engine is built from, and the
/// API key that unlocks ingest (none: the ingest endpoint does not exist).
/// </summary>
public sealed record ServerSettings
{
    /// <summary>Largest body <c>POST /api/code</c> accepts; a larger one gets 413.</summary>
    public const long DefaultMaxCodeBody = 1024 * 1024;

    /// <summary>Largest body <c>POST /api/ingest</c> accepts (bigger corpora go through <c>hadath ingest</c>).</summary>
    public const long DefaultMaxIngestBody = 64L * 1024 * 1024;

    /// <summary>The store: a DuckDB file or a postgres:// address, as <c>--db</c> takes it.</summary>
    public string Db { get; init; } = StoreFactory.DefaultFile;

    /// <summary>The folder relative store paths are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The folder with <c>text/</c>, <c>lexicon/</c>, <c>cameo/</c> and <c>patterns/</c>.</summary>
    public string DataDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The key ingest requires in <c>X-Api-Key</c>; null or empty turns ingest off.</summary>
    public string? ApiKey { get; init; }

    public long MaxCodeBody { get; init; } = DefaultMaxCodeBody;

    public long MaxIngestBody { get; init; } = DefaultMaxIngestBody;

    public bool IngestEnabled => !string.IsNullOrEmpty(ApiKey);

    /// <summary>
    /// Reads <c>Hadath:Db</c>, <c>Hadath:Data</c> (or <c>HADATH_DATA</c>) and <c>HADATH_API_KEY</c>
    /// (or <c>Hadath:ApiKey</c>) from configuration, which includes the environment and the command line.
    /// </summary>
    public static ServerSettings From(IConfiguration configuration)
    {
        var defaults = new ServerSettings();
        string? Value(params string[] keys) => keys.Select(k => configuration[k]).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return new ServerSettings
        {
            Db = Value("Hadath:Db") ?? defaults.Db,
            DataDirectory = Value("Hadath:Data", "HADATH_DATA") ?? defaults.DataDirectory,
            WorkingDirectory = Value("Hadath:WorkingDirectory") ?? defaults.WorkingDirectory,
            ApiKey = Value("HADATH_API_KEY", "Hadath:ApiKey"),
        };
    }
}
