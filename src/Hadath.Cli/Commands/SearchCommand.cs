using System.CommandLine;
using System.Globalization;
using Hadath.Cli.Store;
using Hadath.Store;
using Hadath.Store.Search;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath search "QUERY" [--limit N]</c>: Arabic full-text search over ingested articles, by
/// stem (so «مظاهرة» finds «المظاهرات»), with highlighted snippets and each article's event count.
/// </summary>
internal static class SearchCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var store = new StoreOptions();
        var query = new Argument<string>("query") { Description = "Words to find (all required; Lucene syntax such as OR, \"phrases\" and title:word also works)." };
        var limit = new Option<int>("--limit") { Description = "At most this many articles.", DefaultValueFactory = _ => 10 };
        var reindex = new Option<bool>("--reindex") { Description = "Rebuild the search index from the store first (PostgreSQL stores build it on first search)." };
        var command = new Command("search", "Search ingested articles; prints highlighted snippets and each article's event count.") { query, limit, reindex };
        store.AddDb(command);
        command.SetAction(parse => StoreErrorsGuard.Run(() =>
        {
            using var db = store.Open(parse, context, StoreMode.Read);
            var folder = db.IndexDirectory;
            if (parse.GetValue(reindex) || !SearchIndex.Exists(folder) || Behind(folder, db, engine))
            {
                var n = SearchIndex.Rebuild(db, folder, engine.Analyzer);
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hadath search: indexed {n} articles into {folder}"));
            }

            using var index = SearchIndex.Open(folder, engine.Analyzer);
            var hits = index.Search(parse.GetValue(query)!, Math.Max(1, parse.GetValue(limit)), db);
            var inv = CultureInfo.InvariantCulture;
            foreach (var hit in hits)
            {
                context.Out.WriteLine(string.Create(inv, $"{hit.ArticleId}\t{hit.Published:yyyy-MM-dd}\t{hit.EventCount} events\tscore {hit.Score:F2}\t{hit.Title}"));
                foreach (var snippet in hit.Snippets)
                {
                    context.Out.WriteLine("    … " + snippet + " …");
                }
            }

            context.Error.WriteLine(string.Create(inv, $"hadath search: {hits.Count} articles shown"));
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    /// <summary>
    /// True when the store has articles the index lacks. Ingest keeps a DuckDB store's index
    /// complete; a PostgreSQL store's index is local to this folder and falls behind when workers
    /// elsewhere add articles, so it is rebuilt then.
    /// </summary>
    private static bool Behind(string folder, IEventStore db, EngineProvider engine)
    {
        using var index = SearchIndex.Open(folder, engine.Analyzer);
        return index.DocumentCount < db.Counts().Articles;
    }
}
