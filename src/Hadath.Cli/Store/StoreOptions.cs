using System.CommandLine;
using Hadath.Store;
using Hadath.Store.Model;

namespace Hadath.Cli.Store;

/// <summary>The options every store verb shares: <c>--db</c> and the event filters.</summary>
internal sealed class StoreOptions
{
    public Option<string> Db { get; } = new("--db") { Description = "The store: a DuckDB file (default hadath.duckdb here) or postgres://user@host:port/database.", DefaultValueFactory = _ => StoreFactory.DefaultFile };

    public Option<string?> Actor { get; } = new("--actor") { Description = "Source or target actor code (prefix: SAU matches SAUGOV)." };

    public Option<string?> Source { get; } = new("--source") { Description = "Source actor code (prefix)." };

    public Option<string?> Target { get; } = new("--target") { Description = "Target actor code (prefix)." };

    public Option<string?> Root { get; } = new("--root") { Description = "CAMEO root code, two digits (e.g. 14 protest)." };

    public Option<string?> Code { get; } = new("--code") { Description = "CAMEO event code (prefix: 19 matches 190 and 1901)." };

    public Option<int?> Quad { get; } = new("--quad") { Description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict." };

    public Option<string?> From { get; } = new("--from") { Description = "First event date, YYYY-MM-DD (inclusive)." };

    public Option<string?> To { get; } = new("--to") { Description = "Last event date, YYYY-MM-DD (inclusive)." };

    public Option<string?> Place { get; } = new("--place") { Description = "Place name as stored, or its country code." };

    public void AddDb(Command command) => command.Options.Add(Db);

    public void AddFilters(Command command)
    {
        foreach (var option in new Option[] { Actor, Source, Target, Root, Code, Quad, From, To, Place })
        {
            command.Options.Add(option);
        }
    }

    public EventFilter Filter(ParseResult parse)
    {
        var quad = parse.GetValue(Quad);
        if (quad is < 1 or > 4)
        {
            throw Usage($"--quad must be 1, 2, 3 or 4, not {quad}");
        }

        var root = parse.GetValue(Root);
        if (root is not null && (root.Length != 2 || !root.All(char.IsAsciiDigit)))
        {
            throw Usage($"--root takes a two-digit CAMEO root such as 14, not '{root}'");
        }

        return new EventFilter
        {
            Actor = Upper(parse.GetValue(Actor)),
            Source = Upper(parse.GetValue(Source)),
            Target = Upper(parse.GetValue(Target)),
            Root = root,
            Code = parse.GetValue(Code),
            Quad = quad,
            From = DateArgument.Parse(parse.GetValue(From), "--from"),
            To = DateArgument.Parse(parse.GetValue(To), "--to"),
            Place = parse.GetValue(Place),
        };
    }

    public IEventStore Open(ParseResult parse, CliContext context, StoreMode mode)
        => StoreFactory.Open(parse.GetValue(Db), mode, context.WorkingDirectory);

    private static string? Upper(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    public static Hadath.Text.Diagnostics.HadathException Usage(string message)
        => new(Hadath.Text.Diagnostics.ErrorCatalog.Create(Hadath.Text.Diagnostics.DiagnosticCode.UsageError, null, null, message));
}
