using System.CommandLine;
using System.Globalization;
using Hadath.Cli.Store;
using Hadath.Coding.Input;
using Hadath.Coding.Model;
using Hadath.Store;
using Hadath.Store.Ingest;
using Hadath.Store.Model;
using Hadath.Store.Search;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath ingest INPUT... [--db PATH|postgres://…]</c>: code articles on all cores and store
/// them. Idempotent (articles are keyed by content) and crash-safe (one transaction per batch):
/// rerunning after an interruption finishes the job and changes nothing already stored.
/// </summary>
internal static class IngestCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var store = new StoreOptions();
        var inputs = new Argument<string[]>("input") { Description = ".txt, .json, .jsonl, .jsonl.gz, folders (recursive), or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };
        var workers = new Option<int>("--workers") { Description = "Coder threads (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction.", DefaultValueFactory = _ => 1000 };
        var progress = new Option<string>("--progress") { Description = "auto (a bar on a terminal, plain lines otherwise), bar, lines or none.", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "bar", "lines", "none");
        var command = new Command("ingest", "Code articles and store their events, deduplicated across articles, with evidence and a search index.") { inputs, published, workers, batch, progress };
        store.AddDb(command);
        command.SetAction((parse, cancellation) => StoreErrorsGuard.Run(async () =>
        {
            var day = DateArgument.Parse(parse.GetValue(published), "--published");
            if (parse.GetValue(workers) < 1 || parse.GetValue(batch) < 1)
            {
                throw StoreOptions.Usage("--workers and --batch must be at least 1");
            }

            var paths = parse.GetValue(inputs)!.Select(i => i == "-" ? i : context.ResolvePath(i)).ToList();
            foreach (var path in paths.Where(p => p != "-" && !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new Hadath.Text.Diagnostics.HadathException(Hadath.Text.Diagnostics.ErrorCatalog.Create(Hadath.Text.Diagnostics.DiagnosticCode.FileNotFound, path, null));
            }

            var coder = engine.Coder;
            using var db = store.Open(parse, context, StoreMode.Write);
            using var index = db is IWorkQueue ? null : new LuceneIndexWriter(db.IndexDirectory, engine.Analyzer);
            var problems = 0;
            var reader = new ArticleReader();
            IEnumerable<Article> Articles()
            {
                foreach (var path in paths)
                {
                    foreach (var article in reader.Read(path, context.In, d => { Interlocked.Increment(ref problems); Report(context, d.ToString()); }, day))
                    {
                        yield return article;
                    }
                }
            }

            var counters = new IngestCounters();
            using var counting = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            if (db is not IWorkQueue)
            {
                _ = Task.Run(() => counters.Total = InputCounter.Count(paths, counting.Token), counting.Token);
            }

            var mode = parse.GetValue(progress);
            var interactive = mode == "bar" || (mode == "auto" && !Console.IsErrorRedirected);
            var locator = new SentenceLocator(engine.Analyzer);
            var ingestor = new Ingestor(db, a => coder.Code(a), index, new IngestOptions { Workers = parse.GetValue(workers), BatchSize = parse.GetValue(batch) }, w => Report(context, w), locator.Locate);
            TimeSpan elapsed;
            await using (var display = mode == "none" ? null : new ProgressDisplay(counters, context.Error, interactive, interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5)))
            {
                elapsed = await ingestor.RunAsync(Articles(), InputFingerprint.Of(paths), counters, cancellation).ConfigureAwait(false);
            }

            await counting.CancelAsync().ConfigureAwait(false);
            var c = db.Counts();
            var inv = CultureInfo.InvariantCulture;
            var rate = counters.Stored / Math.Max(0.001, elapsed.TotalSeconds);
            await context.Error.WriteLineAsync(string.Create(inv,
                $"hadath ingest: {counters.Stored} new articles stored, {counters.Skipped} already stored, {counters.Failed} failed; {counters.Events} events in {elapsed.TotalSeconds:F1} s ({rate:F0} articles/s). Store {db.Location}: {c.Articles} articles, {c.Events} events, {c.Mentions} mentions.")).ConfigureAwait(false);
            return problems > 0 || counters.Failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }));
        return command;
    }

    private static void Report(CliContext context, string line)
    {
        lock (context.Error)
        {
            context.Error.WriteLine(line);
        }
    }
}
