using System.Diagnostics;
using System.Globalization;
using Hadath.Coding;
using Hadath.Coding.Input;
using Hadath.Coding.Model;
using Hadath.Store;
using Hadath.Store.Model;
using Hadath.Store.Search;

namespace Hadath.Bench.Store;

/// <summary>Each ingest stage alone on one thread, to see where the time of an ingest goes.</summary>
internal static class StageBench
{
    public static void Run(string data, string corpus, string work, int count)
    {
        var inv = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        var articles = new ArticleReader().Read(corpus, TextReader.Null, _ => { }).Take(count).ToList();
        Console.WriteLine(string.Create(inv, $"stages on one thread, {articles.Count} articles:"));
        Console.WriteLine(string.Create(inv, $"  read + parse JSONL.gz   {articles.Count / clock.Elapsed.TotalSeconds,8:F0} articles/s"));
        var engine = HadathEngine.Load(data);
        engine.Coder.Code(articles[0]);
        clock.Restart();
        var coded = articles.Select(a => CodedArticle.Create(a, engine.Coder.Code(a))).ToList();
        Console.WriteLine(string.Create(inv, $"  code                    {articles.Count / clock.Elapsed.TotalSeconds,8:F0} articles/s ({coded.Sum(c => c.Events.Count)} events)"));
        var folder = Path.Combine(work, "stage.index");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, true);
        }

        clock.Restart();
        using (var index = new LuceneIndexWriter(folder, engine.Analyzer))
        {
            coded.ForEach(index.Add);
            index.Commit();
        }

        Console.WriteLine(string.Create(inv, $"  search index            {articles.Count / clock.Elapsed.TotalSeconds,8:F0} articles/s"));
        var db = Path.Combine(work, "stage.duckdb");
        BenchPaths.DeleteStore(db);
        using var store = StoreFactory.Open(db, StoreMode.Write, work);
        clock.Restart();
        foreach (var batch in coded.Chunk(256))
        {
            store.Write(batch);
        }

        Console.WriteLine(string.Create(inv, $"  store write (256/batch) {articles.Count / clock.Elapsed.TotalSeconds,8:F0} articles/s"));
        clock.Restart();
        foreach (var a in articles)
        {
            _ = ArticleKey.Of(a);
        }

        Console.WriteLine(string.Create(inv, $"  content key             {articles.Count / clock.Elapsed.TotalSeconds,8:F0} articles/s"));
    }
}
