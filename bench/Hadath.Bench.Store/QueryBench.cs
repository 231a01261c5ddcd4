using System.Diagnostics;
using System.Globalization;
using Hadath.Coding.Model;
using Hadath.Store;
using Hadath.Store.Model;

namespace Hadath.Bench.Store;

/// <summary>Query and timeline latency over a store of synthetic events, written through the store's own batch writer.</summary>
internal static class QueryBench
{
    private static readonly string[] Countries = ["SAU", "EGY", "IRN", "YEM", "IRQ", "SYR", "USA", "RUS", "TUR", "QAT", "ARE", "JOR", "LBN", "ISR", "PSE", "LBY", "SDN", "KWT", "OMN", "BHR"];
    private static readonly string[] Agents = ["", "GOV", "MIL", "COP", "OPP", "REB", "BUS", "MED"];
    private static readonly string[] Codes = ["010", "012", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "080", "090", "111", "112", "120", "130", "138", "141", "145", "160", "172", "173", "180", "181", "190", "193", "195", "200"];
    private static readonly string[] Cities = ["Riyadh", "Cairo", "Tehran", "Sanaa", "Baghdad", "Damascus", "Aden", "Jeddah", "Beirut", "Amman"];

    public static void Run(string work, int events)
    {
        var db = Path.Combine(work, "synthetic.duckdb");
        var store = OpenOrBuild(db, work, events);
        using (store)
        {
            var c = store.Counts();
            Console.WriteLine("load average before: " + IngestBench.LoadAverage());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"query over {c.Events} events ({c.Mentions} mentions, {c.Articles} articles), limit 100 as hadath query prints by default"));
            var filters = new (string Name, EventFilter Filter)[]
            {
                ("--actor SAU", new EventFilter { Actor = "SAU" }),
                ("--source IRNMIL", new EventFilter { Source = "IRNMIL" }),
                ("--target YEM", new EventFilter { Target = "YEM" }),
                ("--root 19", new EventFilter { Root = "19" }),
                ("--code 042", new EventFilter { Code = "042" }),
                ("--quad 4", new EventFilter { Quad = 4 }),
                ("--from/--to (one month)", new EventFilter { From = new DateOnly(2015, 8, 1), To = new DateOnly(2015, 8, 31) }),
                ("--place Sanaa", new EventFilter { Place = "Sanaa" }),
                ("no filter", EventFilter.None),
                ("combined", new EventFilter { Actor = "SAU", Quad = 4, From = new DateOnly(2015, 3, 1) }),
            };
            foreach (var (name, filter) in filters)
            {
                Timing.Report("query " + name, Timing.Measure(60, () => _ = store.Query(filter, 100).ToList()), 200);
            }

            Timing.Report("stats timeline --by day", Timing.Measure(60, () => store.Timeline(EventFilter.None, TimeBucket.Day)), 200);
            Timing.Report("stats timeline --by month", Timing.Measure(60, () => store.Timeline(EventFilter.None, TimeBucket.Month)), 200);
            Timing.Report("stats timeline --actor SAU", Timing.Measure(60, () => store.Timeline(new EventFilter { Actor = "SAU" }, TimeBucket.Week)), 200);
            Timing.Report("stats dyads", Timing.Measure(60, () => store.Dyads(EventFilter.None, 20)), 200);
            Timing.Report("stats actors", Timing.Measure(60, () => store.Actors(EventFilter.None, 20)), 200);
        }
    }

    private static IEventStore OpenOrBuild(string db, string work, int events)
    {
        if (File.Exists(db))
        {
            var existing = StoreFactory.Open(db, StoreMode.Read, work);
            if (existing.Counts().Events >= events)
            {
                return existing;
            }

            existing.Dispose();
            BenchPaths.DeleteStore(db);
        }

        var clock = Stopwatch.StartNew();
        using (var store = StoreFactory.Open(db, StoreMode.Write, work))
        {
            var random = new Random(42);
            const int perArticle = 4;
            var articles = (int)(events * 1.02 / perArticle) + 1;
            var batch = new List<CodedArticle>(5000);
            for (var i = 0; i < articles; i++)
            {
                var article = new Article("syn-" + i.ToString(CultureInfo.InvariantCulture), new DateOnly(2015, 1, 1).AddDays(random.Next(365)), "عنوان " + i.ToString(CultureInfo.InvariantCulture), "نص قصير")
                {
                    Source = "paper-" + random.Next(14).ToString(CultureInfo.InvariantCulture),
                };
                var list = new List<CodedEvent>(perArticle);
                for (var k = 0; k < perArticle; k++)
                {
                    list.Add(Event(random, article));
                }

                batch.Add(CodedArticle.Create(article, list));
                if (batch.Count == batch.Capacity)
                {
                    store.Write(batch);
                    batch.Clear();
                }
            }

            store.Write(batch);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {store.Counts().Events} synthetic events from {articles} articles in {clock.Elapsed.TotalSeconds:F0} s ({articles / clock.Elapsed.TotalSeconds:F0} articles/s through the batch writer)"));
        }

        return StoreFactory.Open(db, StoreMode.Read, work);
    }

    private static CodedEvent Event(Random random, Article article)
    {
        var code = Codes[random.Next(Codes.Length)];
        var root = int.Parse(code[..2], CultureInfo.InvariantCulture);
        var quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
        var source = Countries[random.Next(Countries.Length)] + Agents[random.Next(Agents.Length)];
        var target = Countries[random.Next(Countries.Length)] + Agents[random.Next(Agents.Length)];
        var day = article.Published!.Value.AddDays(-random.Next(3));
        var city = random.Next(3) == 0 ? null : Cities[random.Next(Cities.Length)];
        var evidence = new Evidence("text", 0, 3, "نص ");
        return new CodedEvent(article.Id, 0, new EventActor(source, source, source, 0, 1), new EventActor(target, target, target, 2, 3), code, "event " + code, code[..2], quad,
            (random.NextDouble() * 20) - 10, new Plover("CONSULT", null, null), EventDate.Day(day),
            city is null ? null : new EventPlace(city, Countries[random.Next(Countries.Length)], random.Next(90), random.Next(180), 0, 1), evidence, "asserted", 0.8,
            [new EventMention(0, evidence, "x", "p")]);
    }
}
