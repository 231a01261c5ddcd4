using System.Diagnostics;
using System.Globalization;

namespace Hadath.Bench.Store;

/// <summary>Runs an action repeatedly and reports the median and 95th percentile.</summary>
internal static class Timing
{
    /// <summary>CPU milliseconds per run of the last <see cref="Measure"/>: on a shared machine the wall clock also counts other people's work.</summary>
    public static double LastCpuPerRun { get; private set; }

    public static (double P50, double P95) Measure(int runs, Action action)
    {
        action(); // warm-up: JIT and caches
        var times = new List<double>(runs);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        LastCpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        times.Sort();
        return (Percentile(times, 0.50), Percentile(times, 0.95));
    }

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public static void Report(string name, (double P50, double P95) t, double target)
        => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-28} p50 {t.P50,8:F1} ms   p95 {t.P95,8:F1} ms   {(t.P95 < target ? "ok" : "OVER")} (target {target} ms)   CPU {LastCpuPerRun,6:F1} ms/run"));
}
