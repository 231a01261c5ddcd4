using System.CommandLine;
using Hadath.Cli.Store;
using Hadath.Store;
using Hadath.Store.Export;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath query [filters] [--format table|jsonl|tsv|csv] [--limit N]</c>: list stored events.</summary>
internal static class QueryCommand
{
    public static Command Build(CliContext context)
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format") { Description = "table (for reading), jsonl, tsv or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "tsv", "csv");
        var limit = new Option<int>("--limit") { Description = "At most this many events (0: all).", DefaultValueFactory = _ => 100 };
        var command = new Command("query", "List stored events matching filters, by date.") { format, limit };
        store.AddDb(command);
        store.AddFilters(command);
        command.SetAction(parse => StoreErrorsGuard.Run(() =>
        {
            var filter = store.Filter(parse);
            var chosen = Enum.Parse<QueryFormat>(parse.GetValue(format)!, ignoreCase: true);
            using var db = store.Open(parse, context, StoreMode.Read);
            QueryWriter.Write(db.Query(filter, parse.GetValue(limit)), chosen, context.Out);
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
