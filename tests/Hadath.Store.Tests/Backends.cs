using Hadath.Testing;
using Hadath.Store.Postgres;
using Npgsql;

namespace Hadath.Store.Tests;

/// <summary>
/// The stores a contract test runs against: DuckDB always; PostgreSQL when HADATH_TEST_PG names a
/// reachable server (scripts/start-postgres.sh starts one), each test in a database of its own.
/// </summary>
internal sealed class Backends : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<string> _databases = [];

    public static TheoryData<string> All => new("duckdb", "postgres");

    public string Folder => _folder.Path;

    /// <summary>A --db argument for a new, empty store of <paramref name="kind"/>.</summary>
    public string NewDb(string kind) => kind == "duckdb" ? _folder.File(Guid.NewGuid().ToString("N")[..8] + ".duckdb") : NewPostgresDb();

    public IEventStore Open(string db, StoreMode mode = StoreMode.Write) => StoreFactory.Open(db, mode, _folder.Path);

    public static string? PostgresAddress => Environment.GetEnvironmentVariable("HADATH_TEST_PG");

    /// <summary>Skips the test, with the reason, when no PostgreSQL server is available.</summary>
    public static string RequirePostgres()
    {
        var address = PostgresAddress;
        Assert.SkipWhen(string.IsNullOrWhiteSpace(address), "HADATH_TEST_PG is not set: PostgreSQL tests need a server (run scripts/start-postgres.sh and export the address it prints)");
        var error = Probe(address!);
        Assert.SkipWhen(error is not null, $"HADATH_TEST_PG={Store.Postgres.PostgresAddress.Redact(address!)} is unreachable: {error}");
        return address!;
    }

    private static readonly Dictionary<string, string?> Probes = [];

    private static string? Probe(string address)
    {
        lock (Probes)
        {
            if (!Probes.TryGetValue(address, out var error))
            {
                try
                {
                    using var c = new NpgsqlConnection(Store.Postgres.PostgresAddress.Parse(address).ConnectionString);
                    c.Open();
                    error = null;
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
                {
                    error = e.Message;
                }

                Probes[address] = error;
            }

            return error;
        }
    }

    private string NewPostgresDb()
    {
        var address = RequirePostgres();
        var name = "hadath_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var c = new NpgsqlConnection(Store.Postgres.PostgresAddress.Parse(address).ConnectionString))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {name}";
            cmd.ExecuteNonQuery();
        }

        _databases.Add(name);
        var uri = new UriBuilder(address) { Path = "/" + name };
        return uri.Uri.ToString();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (_databases.Count > 0 && PostgresAddress is { } address)
        {
            try
            {
                using var c = new NpgsqlConnection(Store.Postgres.PostgresAddress.Parse(address).ConnectionString);
                c.Open();
                foreach (var name in _databases)
                {
                    using var cmd = c.CreateCommand();
                    cmd.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
                    cmd.ExecuteNonQuery();
                }
            }
            catch (NpgsqlException)
            {
                // A test that stopped the server leaves its database behind; the cluster is throwaway.
            }
        }

        _folder.Dispose();
    }
}
