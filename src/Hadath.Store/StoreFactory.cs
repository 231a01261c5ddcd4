using Hadath.Store.DuckDb;
using Hadath.Store.Postgres;

namespace Hadath.Store;

/// <summary>
/// Opens the store a <c>--db</c> argument names: <c>postgres://…</c> or <c>postgresql://…</c> is a
/// PostgreSQL server, anything else a DuckDB file (default <c>hadath.duckdb</c> in the current folder).
/// </summary>
public static class StoreFactory
{
    public const string DefaultFile = "hadath.duckdb";

    public static IEventStore Open(string dbArgument) => Open(dbArgument, StoreMode.Write, Environment.CurrentDirectory);

    public static IEventStore Open(string? dbArgument, StoreMode mode, string workingDirectory)
    {
        var argument = string.IsNullOrWhiteSpace(dbArgument) ? DefaultFile : dbArgument.Trim();
        if (IsPostgres(argument))
        {
            return PostgresEventStore.Open(argument, mode, workingDirectory);
        }

        var path = Path.IsPathRooted(argument) ? argument : Path.GetFullPath(Path.Combine(workingDirectory, argument));
        return DuckDbEventStore.Open(path, mode);
    }

    public static bool IsPostgres(string dbArgument) => PostgresAddress.Matches(dbArgument);
}
