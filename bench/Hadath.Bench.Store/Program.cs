using System.Diagnostics;
using System.Globalization;
using Hadath.Bench.Store;

// A Stopwatch harness, not a unit test: it prints figures for the targets.
//   dotnet run -c Release --project bench/Hadath.Bench.Store -- [ingest|query|search|all] [--corpus PATH] [--events N] [--work DIR]
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var root = BenchPaths.RepoRoot;
var work = Arg("--work", Path.Combine(Path.GetTempPath(), "hadath-bench"));
Directory.CreateDirectory(work);
var corpus = Arg("--corpus", Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "saudinewsnet", "articles.jsonl.gz")));
var events = int.Parse(Arg("--events", "1000000"), CultureInfo.InvariantCulture);
var data = Arg("--data", Path.Combine(root, "data"));
Console.WriteLine($"hadath bench: {what}; work folder {work}; {Environment.ProcessorCount} cores");

if (what is "ingest" or "all")
{
    IngestBench.Run(data, corpus, work);
}

if (what is "stages")
{
    StageBench.Run(data, corpus, work, int.Parse(Arg("--count", "4000"), CultureInfo.InvariantCulture));
}

if (what is "query" or "all")
{
    QueryBench.Run(work, events);
}

if (what is "search" or "all")
{
    SearchBench.Run(data, work);
}

Process.GetCurrentProcess().Refresh();
Console.WriteLine($"peak working set of the bench process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MB");
