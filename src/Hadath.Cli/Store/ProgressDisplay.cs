using System.Diagnostics;
using System.Globalization;
using Hadath.Store.Ingest;

namespace Hadath.Cli.Store;

/// <summary>
/// Shows a running ingest: on a terminal, one line redrawn in place with a bar, articles/s and
/// ETA; otherwise a plain line every few seconds, which logs and CI keep readably.
/// </summary>
internal sealed class ProgressDisplay : IAsyncDisposable
{
    private readonly IngestCounters _counters;
    private readonly TextWriter _output;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ProgressDisplay(IngestCounters counters, TextWriter output, bool interactive, TimeSpan interval)
    {
        _counters = counters;
        _output = output;
        _interactive = interactive;
        _loop = Task.Run(async () =>
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    await Task.Delay(interval, _stop.Token).ConfigureAwait(false);
                    Draw();
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped by DisposeAsync.
            }
        });
    }

    private void Draw()
    {
        // Coded articles move the bar; they are committed a batch at a time, shown as "stored".
        var done = _counters.Done;
        var seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var rate = (_counters.Coded + _counters.Failed) / seconds;
        var total = _counters.Total;
        var inv = CultureInfo.InvariantCulture;
        string eta = "?";
        if (total > 0 && rate > 0)
        {
            var left = TimeSpan.FromSeconds(Math.Max(0, total - done) / rate);
            eta = left.ToString(left.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", inv);
        }

        var of = total > 0 ? string.Create(inv, $"/{total}") : string.Empty;
        var line = string.Create(inv, $"{done}{of} articles ({_counters.Stored} stored, {_counters.Skipped} already stored, {_counters.Failed} failed), {_counters.Events} events, {rate:F0} articles/s, ETA {eta}");
        if (_interactive)
        {
            var fraction = total > 0 ? Math.Clamp(done / (double)total, 0, 1) : 0;
            var filled = (int)(fraction * 24);
            _output.Write("\r[" + new string('#', filled) + new string('.', 24 - filled) + "] " + line + "\u001b[K");
        }
        else
        {
            _output.WriteLine("hadath ingest: " + line);
        }

        _output.Flush();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        if (_interactive)
        {
            Draw();
            await _output.WriteLineAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }
}
