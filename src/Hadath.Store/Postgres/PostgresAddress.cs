using System.Globalization;
using Npgsql;

namespace Hadath.Store.Postgres;

/// <summary>Reads <c>postgres://user[:password]@host[:port]/database[?key=value…]</c> into an Npgsql connection string.</summary>
internal static class PostgresAddress
{
    public static bool Matches(string argument)
        => argument.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static NpgsqlConnectionStringBuilder Parse(string argument)
    {
        if (!Uri.TryCreate(argument, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw Sql.StoreErrors.Error("--db", $"'{Redact(argument)}' is not a PostgreSQL address (expected postgres://user@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
            Timeout = 10,
            CommandTimeout = 600,
            KeepAlive = 10,
            ApplicationName = "hadath",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
        }

        return builder;
    }

    /// <summary>The address without its password, for messages.</summary>
    public static string Redact(string argument)
    {
        if (!Uri.TryCreate(argument, UriKind.Absolute, out var uri))
        {
            return "postgres://?";
        }

        var user = uri.UserInfo.Split(':', 2)[0];
        var port = uri.Port > 0 ? ":" + uri.Port.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return $"{uri.Scheme}://{(user.Length > 0 ? user + "@" : string.Empty)}{uri.Host}{port}{uri.AbsolutePath}";
    }
}
