using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Collections.Concurrent;
using Hadath.Coding;
using Hadath.Coding.Input;
using Hadath.Coding.Model;
using Hadath.Text.Diagnostics;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath bench [INPUT] [--limit N]</c>: codes a corpus (by default the SaudiNewsNet corpus in
/// ../shared) on one thread and then on all cores, streaming articles through a bounded channel so
/// memory stays flat, and prints sentences/s, articles/s, events and peak memory.
/// </summary>
internal static class BenchCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var input = new Argument<string?>("input") { Description = "Articles to code (.jsonl.gz, .jsonl, folder…). Default: corpus/saudinewsnet/articles.jsonl.gz in $HADATH_SHARED, else in the nearest shared/ folder above the working folder.", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit") { Description = "Code at most this many articles per run (0 = all).", DefaultValueFactory = _ => 0 };
        var threads = new Option<int>("--threads") { Description = "Worker threads for the parallel run (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("bench", "Measure coding speed: sentences/s on one thread and on all cores, and peak memory.") { input, limit, threads };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input) is { } p ? context.ResolvePath(p) : DefaultCorpus(context);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new HadathException(ErrorCatalog.Create(DiagnosticCode.FileNotFound, path, null));
            }

            var load = Stopwatch.StartNew();
            var coder = engine.Coder;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine loaded in {load.ElapsedMilliseconds} ms"));
            var n = parse.GetValue(limit);

            // Warm-up: JIT and the word memo, so the first measured run is not charged for them.
            Run(coder, path, context, Math.Max(200, n / 10), 1);
            // One thread twice: the first pass also fills the per-thread word memo with the words it meets for the
            // first time; the second shows the steady state of a long run, where most words have been seen.
            var passes = new List<(int Workers, string Label)> { (1, "first pass"), (1, "second pass") };
            var many = Math.Max(1, parse.GetValue(threads));
            if (many > 1)
            {
                passes.Add((many, "after the single-thread passes"));
            }

            foreach (var (workers, label) in passes)
            {
                var pausedBefore = GC.GetTotalPauseDuration();
                var result = Run(coder, path, context, n, workers);
                var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{workers} thread(s), {label}: {result.Articles} articles, {result.Sentences} sentences, {result.Events} events in {result.Seconds:F1} s → {result.Sentences / result.Seconds:F0} sentences/s, {result.Articles / result.Seconds:F0} articles/s (GC pauses {paused:F2} s)"));
            }

            using var process = Process.GetCurrentProcess();
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap now {GC.GetTotalMemory(false) / 1048576.0:F0} MB"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string DefaultCorpus(CliContext context)
    {
        // An explicit shared folder wins, so a clone outside the team's layout (say /tmp/fresh) still finds the corpus.
        if (context.SharedDirectory is { } shared)
        {
            return Path.Combine(context.ResolvePath(shared), "corpus", "saudinewsnet", "articles.jsonl.gz");
        }

        var dir = new DirectoryInfo(context.WorkingDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "saudinewsnet", "articles.jsonl.gz");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return Path.GetFullPath(Path.Combine(context.WorkingDirectory, "..", "shared", "corpus", "saudinewsnet", "articles.jsonl.gz"));
    }

    // 32 articles a batch and 8 batches queued: the same 256 articles in flight as before, so memory stays flat, and
    // small enough that two workers still share the last batches of a short run.
    private const int BatchSize = 32;
    private const int QueuedBatches = 8;

    private sealed record Result(long Articles, long Sentences, long Events, double Seconds);

    private static Result Run(EventCoder coder, string path, CliContext context, int limit, int workers)
    {
        // Threads, not pool tasks: an awaited channel hands a worker's loop from one pool thread to another, so its
        // per-thread word memo is built again on each and the figure swings with the scheduler rather than the coder.
        // Articles go over in batches: with the reader ahead, every article taken from a full queue woke the blocked
        // reader, and a profile of the one-thread pass put a tenth of the coder thread's time in that futex wake-up.
        using var queue = new BlockingCollection<Article[]>(QueuedBatches);
        long articles = 0, sentences = 0, events = 0;
        var watch = Stopwatch.StartNew();
        Exception? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                var count = 0;
                var batch = new List<Article>(BatchSize);
                foreach (var article in new ArticleReader().Read(path, TextReader.Null, d => context.Error.WriteLine(d.ToString())))
                {
                    if (limit > 0 && count++ >= limit)
                    {
                        break;
                    }

                    batch.Add(article);
                    if (batch.Count == BatchSize)
                    {
                        queue.Add(batch.ToArray());
                        batch.Clear();
                    }
                }

                if (batch.Count > 0)
                {
                    queue.Add(batch.ToArray());
                }
            }
#pragma warning disable CA1031 // Reported after the threads are joined, on the command's own thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
            finally
            {
                queue.CompleteAdding();
            }
        }) { IsBackground = true, Name = "bench reader" };

        void Consume()
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var article in batch)
                {
                    var coded = coder.Code(article, null, out var read);
                    Interlocked.Increment(ref articles);
                    Interlocked.Add(ref events, coded.Count);
                    Interlocked.Add(ref sentences, read);
                }
            }
        }

        // The first worker is the calling thread, the same for every pass, so the one-thread passes share its word memo
        // the way a long run does.
        var helpers = Enumerable.Range(1, workers - 1).Select(i => new Thread(Consume) { IsBackground = true, Name = $"bench coder {i + 1}" }).ToArray();
        producer.Start();
        foreach (var helper in helpers)
        {
            helper.Start();
        }

        Consume();
        producer.Join();
        foreach (var helper in helpers)
        {
            helper.Join();
        }

        if (failure is not null)
        {
            // As thrown, so a bad corpus still reaches the CLI's catalogue of errors and exit codes.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return new Result(articles, sentences, events, watch.Elapsed.TotalSeconds);
    }
}
