using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Hadath.Bench;

// Runs the BenchmarkDotNet suites (pass BenchmarkDotNet arguments, e.g. --filter '*TextChain*'),
// then prints throughput in MB/s of UTF-8 article text, which BenchmarkDotNet does not report itself.
if (args is ["--phases"])
{
    Phases.Run();
    return;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args, DefaultConfig.Instance);
var bytes = Corpus.Load(1000).Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
foreach (var summary in summaries)
{
    foreach (var report in summary.Reports)
    {
        if (report.ResultStatistics is not { } stats || report.BenchmarkCase.Descriptor.WorkloadMethod.Name == "LoadEngine")
        {
            continue;
        }

        var seconds = stats.Mean / 1e9;
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}: {bytes / 1e6 / seconds:F1} MB/s over {bytes / 1e6:F1} MB ({stats.Mean / 1e6:F1} ms per pass, {allocated / 1e6:F1} MB allocated per pass)"));
    }
}
