using Hadath.Text.Diagnostics;

namespace Hadath.Store.Sql;

/// <summary>The store's errors, as diagnostics the CLI prints as one readable line (exit code 1).</summary>
internal static class StoreErrors
{
    public static HadathException NotAStore(string location, string detail)
        => Error(location, $"not a readable Hadath store ({detail}); the file was not changed");

    public static HadathException Missing(string location)
        => Error(location, "no store here yet; run 'hadath ingest' first, or pass --db");

    public static HadathException ServerGone(string location, string detail)
        => Error(location, $"lost the connection to PostgreSQL ({detail}); nothing half-written was kept: rerun the same command to resume");

    public static HadathException Error(string location, string message)
        => new(ErrorCatalog.Create(DiagnosticCode.UnreadableInput, location, null, message));
}
