using System.Globalization;
using Hadath.Coding;
using Hadath.Store;
using Hadath.Store.Search;

namespace Hadath.Bench.Store;

/// <summary>Search latency over the ingested corpus: words drawn from the corpus's own titles, top 10 with snippets and event counts.</summary>
internal static class SearchBench
{
    public static void Run(string data, string work)
    {
        var db = Path.Combine(work, "corpus.duckdb");
        if (!File.Exists(db))
        {
            Console.WriteLine("search: skipped, run the ingest bench first");
            return;
        }

        var analyzer = HadathEngine.Load(data).Analyzer;
        using var store = StoreFactory.Open(db, StoreMode.Read, work);
        using var index = SearchIndex.Open(store.IndexDirectory, analyzer);
        var random = new Random(7);
        var words = store.Articles().Take(5000).SelectMany(a => a.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4 && w.All(char.IsLetter)).Distinct().OrderBy(_ => random.Next()).Take(200).ToList();
        var queries = words.Take(150).Concat(words.Skip(150).Zip(words.Skip(175), (a, b) => a + " " + b)).ToList();
        var times = new List<double>();
        var hits = 0L;
        index.Search(queries[0], 10, store);
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var q in queries)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            hits += index.Search(q, 10, store).Count;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var cpuPerQuery = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / queries.Count;
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search over {index.DocumentCount} articles: {queries.Count} queries (one and two words from titles), top 10 with highlighted snippets and event counts, {hits} hits"));
        var (p50, p95) = (Timing.Percentile(times, 0.5), Timing.Percentile(times, 0.95));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  search  p50 {p50:F1} ms   p95 {p95:F1} ms   {(p95 < 50 ? "ok" : "OVER")} (target 50 ms)   CPU {cpuPerQuery:F1} ms per query; load average {IngestBench.LoadAverage()}"));
    }
}
