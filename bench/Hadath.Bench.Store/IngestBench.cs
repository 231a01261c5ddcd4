using System.Diagnostics;
using System.Globalization;
using Hadath.Coding;
using Hadath.Coding.Input;
using Hadath.Store;
using Hadath.Store.Ingest;
using Hadath.Store.Model;
using Hadath.Store.Search;

namespace Hadath.Bench.Store;

/// <summary>The embedded ingest end to end, as <c>hadath ingest</c> runs it: read, code on all cores, store, index.</summary>
internal static class IngestBench
{
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public static void Run(string data, string corpus, string work)
    {
        if (!File.Exists(corpus))
        {
            Console.WriteLine($"ingest: skipped, no corpus at {corpus}");
            return;
        }

        var db = Path.Combine(work, "corpus.duckdb");
        BenchPaths.DeleteStore(db);
        var clock = Stopwatch.StartNew();
        var engine = HadathEngine.Load(data);
        var load = clock.Elapsed;
        using var store = StoreFactory.Open(db, StoreMode.Write, work);
        using var index = new LuceneIndexWriter(store.IndexDirectory, engine.Analyzer);
        var counters = new IngestCounters();
        var reader = new ArticleReader();
        var problems = 0;
        var ingestor = new Ingestor(store, a => engine.Coder.Code(a), index, new IngestOptions(), _ => { }, new SentenceLocator(engine.Analyzer).Locate);
        var elapsed = ingestor.RunAsync(reader.Read(corpus, TextReader.Null, _ => problems++), "bench", counters, CancellationToken.None).GetAwaiter().GetResult();
        var total = clock.Elapsed;
        Process.GetCurrentProcess().Refresh();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var c = store.Counts();
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("ingest (DuckDB + Lucene index) of " + corpus);
        Console.WriteLine(string.Create(inv, $"  {counters.Stored} articles, {c.Events} events, {c.Mentions} mentions, {problems} bad input lines"));
        Console.WriteLine(string.Create(inv, $"  engine load {load.TotalSeconds:F1} s; pipeline {elapsed.TotalSeconds:F1} s = {counters.Stored / elapsed.TotalSeconds:F0} articles/s; end to end incl. load {counters.Stored / total.TotalSeconds:F0} articles/s (target ≥ 500)"));
        // Other work on a shared machine slows the wall clock; CPU time per article says what two idle cores would do.
        Console.WriteLine(string.Create(inv, $"  CPU {cpu.TotalSeconds:F0} s = {cpu.TotalMilliseconds / counters.Stored:F2} ms per article -> {Environment.ProcessorCount * counters.Stored / cpu.TotalSeconds:F0} articles/s on {Environment.ProcessorCount} idle cores; load average at the end {LoadAverage()}"));
        Console.WriteLine(string.Create(inv, $"  peak working set {peak:F0} MB (target < 1024 MB); store {new FileInfo(db).Length / (1024.0 * 1024):F0} MB"));
    }
}
