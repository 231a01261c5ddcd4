using System.CommandLine;
using System.Globalization;
using System.Text;
using Hadath.Cli.Store;
using Hadath.Store;
using Hadath.Store.Export;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath export --format jsonl|tsv|parquet --out PATH [filters]</c>: PLOVER-style JSON lines,
/// a GDELT 2.0-style table, or Parquet. The file appears only when complete (written beside it,
/// then renamed), so an interrupted export never leaves a half file under the wanted name.
/// </summary>
internal static class ExportCommand
{
    public static Command Build(CliContext context)
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format") { Description = "jsonl (PLOVER fields, with every mention's evidence), tsv (GDELT 2.0 columns) or parquet.", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "tsv", "parquet");
        var output = new Option<string>("--out") { Description = "The file to write (- for standard output, except parquet).", Required = true };
        var limit = new Option<int>("--limit") { Description = "At most this many events (0: all).", DefaultValueFactory = _ => 0 };
        var command = new Command("export", "Export stored events for R, Python and other tools.") { format, output, limit };
        store.AddDb(command);
        store.AddFilters(command);
        command.SetAction((parse, cancellation) => StoreErrorsGuard.Run(async () =>
        {
            var filter = store.Filter(parse);
            var chosen = parse.GetValue(format)!;
            var target = parse.GetValue(output)!;
            if (target == "-" && chosen == "parquet")
            {
                throw StoreOptions.Usage("parquet needs a file: --out PATH");
            }

            using var db = store.Open(parse, context, StoreMode.Read);
            var max = parse.GetValue(limit);
            long count;
            if (target == "-")
            {
                count = chosen == "jsonl" ? PloverJsonExporter.Write(db.QueryWithMentions(filter, max), context.Out) : GdeltTsvExporter.Write(db.QueryWithMentions(filter, max), context.Out);
            }
            else
            {
                var path = context.ResolvePath(target);
                var partial = path + ".partial";
                try
                {
                    await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
                    {
                        if (chosen == "parquet")
                        {
                            count = await ParquetExporter.WriteAsync(db.Query(filter, max), stream, cancellation).ConfigureAwait(false);
                        }
                        else
                        {
                            await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                            count = chosen == "jsonl" ? PloverJsonExporter.Write(db.QueryWithMentions(filter, max), writer) : GdeltTsvExporter.Write(db.QueryWithMentions(filter, max), writer);
                        }
                    }

                    File.Move(partial, path, overwrite: true);
                }
                finally
                {
                    File.Delete(partial);
                }
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"hadath export: {count} events as {chosen} to {target}")).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
