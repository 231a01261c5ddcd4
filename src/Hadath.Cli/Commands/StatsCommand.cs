using System.CommandLine;
using System.Globalization;
using Hadath.Cli.Store;
using Hadath.Store;
using Hadath.Store.Model;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath stats timeline|dyads|actors [filters] [--by day|week|month]</c>: events per period by
/// QuadClass, mean Goldstein per dyad, and the most frequent actors. Counts are of deduplicated
/// events, so one story told by many papers counts once (its mentions are shown beside).
/// </summary>
internal static class StatsCommand
{
    public static Command Build(CliContext context)
    {
        var store = new StoreOptions();
        var kind = new Argument<string>("kind") { Description = "timeline, dyads or actors." };
        kind.AcceptOnlyFromAmong("timeline", "dyads", "actors");
        var by = new Option<string>("--by") { Description = "Timeline period: day, week or month.", DefaultValueFactory = _ => "day" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var limit = new Option<int>("--limit") { Description = "Rows for dyads and actors (0: all).", DefaultValueFactory = _ => 20 };
        var command = new Command("stats", "Aggregate stored events: timeline, dyads or actors.") { kind, by, limit };
        store.AddDb(command);
        store.AddFilters(command);
        command.SetAction(parse => StoreErrorsGuard.Run(() =>
        {
            var filter = store.Filter(parse);
            using var db = store.Open(parse, context, StoreMode.Read);
            var inv = CultureInfo.InvariantCulture;
            var output = context.Out;
            switch (parse.GetValue(kind))
            {
                case "timeline":
                    var bucket = Enum.Parse<TimeBucket>(parse.GetValue(by)!, ignoreCase: true);
                    output.WriteLine("period\tquad1\tquad2\tquad3\tquad4\tevents\tmentions");
                    foreach (var r in db.Timeline(filter, bucket))
                    {
                        output.WriteLine(string.Create(inv, $"{r.Period:yyyy-MM-dd}\t{r.Quad1}\t{r.Quad2}\t{r.Quad3}\t{r.Quad4}\t{r.Events}\t{r.Mentions}"));
                    }

                    break;
                case "dyads":
                    output.WriteLine("source\ttarget\tevents\tmean_goldstein\tmentions");
                    foreach (var r in db.Dyads(filter, parse.GetValue(limit)))
                    {
                        output.WriteLine(string.Create(inv, $"{r.Source}\t{r.Target}\t{r.Events}\t{r.MeanGoldstein:F2}\t{r.Mentions}"));
                    }

                    break;
                default:
                    output.WriteLine("actor\tname\tas_source\tas_target\ttotal");
                    foreach (var r in db.Actors(filter, parse.GetValue(limit)))
                    {
                        output.WriteLine(string.Create(inv, $"{r.Code}\t{r.Name}\t{r.AsSource}\t{r.AsTarget}\t{r.Total}"));
                    }

                    break;
            }

            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
