using System.Diagnostics;
using System.Threading.Channels;
using Hadath.Coding.Model;
using Hadath.Store.Model;

namespace Hadath.Store.Ingest;

/// <summary>
/// Codes articles on all cores and stores them. For the embedded store: one reader (skipping
/// articles already stored), a bounded channel, N coder workers, a bounded channel, one writer
/// that commits a batch per transaction — memory stays flat whatever the input size. For a
/// store that is a work queue (PostgreSQL): the input is queued once, then N lanes claim, code and
/// complete batches, each in one transaction, alongside any other worker processes.
/// </summary>
public sealed class Ingestor
{
    private readonly IEventStore _store;
    private readonly Func<Article, IReadOnlyList<CodedEvent>> _code;
    private readonly ISearchIndexWriter? _index;
    private readonly IngestOptions _options;
    private readonly Action<string> _warn;
    private readonly Func<Article, IReadOnlyList<CodedEvent>, IReadOnlyList<SentenceSpan>>? _sentences;

    // DuckDB connections are not thread-safe: the reader's look-ups and the writer's batches take turns.
    private readonly Lock _storeGate = new();

    /// <param name="sentences">Locates the sentences behind the mentions (<see cref="SentenceLocator.Locate"/>), or null to store none.</param>
    public Ingestor(IEventStore store, Func<Article, IReadOnlyList<CodedEvent>> code, ISearchIndexWriter? index, IngestOptions options, Action<string> warn,
        Func<Article, IReadOnlyList<CodedEvent>, IReadOnlyList<SentenceSpan>>? sentences = null)
    {
        _sentences = sentences;
        _store = store;
        _code = code;
        _index = index;
        _options = options;
        _warn = warn;
    }

    public async Task<TimeSpan> RunAsync(IEnumerable<Article> articles, string inputFingerprint, IngestCounters counters, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        if (_store is IWorkQueue queue)
        {
            await RunQueueAsync(queue, articles, inputFingerprint, counters, cancellation).ConfigureAwait(false);
        }
        else
        {
            await RunLocalAsync(articles, counters, cancellation).ConfigureAwait(false);
        }

        return clock.Elapsed;
    }

    private async Task RunLocalAsync(IEnumerable<Article> articles, IngestCounters counters, CancellationToken cancellation)
    {
        var workers = Math.Max(1, _options.Workers);
        var toCode = Channel.CreateBounded<CodedArticle>(new BoundedChannelOptions(workers * 64) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<CodedArticle>(new BoundedChannelOptions(Math.Max(_options.BatchSize * 2, workers * 64)) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        var reader = Task.Run(() => Read(articles, toCode.Writer, counters, stop.Token), stop.Token);
        var coders = Enumerable.Range(0, workers).Select(_ => Task.Run(() => CodeAll(toCode.Reader, toWrite.Writer, counters, stop.Token), stop.Token)).ToArray();
        var codersDone = Task.WhenAll(coders).ContinueWith(t => toWrite.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);
        try
        {
            await WriteAll(toWrite.Reader, counters, stop.Token).ConfigureAwait(false);
            await reader.ConfigureAwait(false);
            await Task.WhenAll(coders).ConfigureAwait(false);
            await codersDone.ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task Read(IEnumerable<Article> articles, ChannelWriter<CodedArticle> output, IngestCounters counters, CancellationToken cancellation)
    {
        try
        {
            foreach (var chunk in articles.Chunk(256))
            {
                cancellation.ThrowIfCancellationRequested();
                var keyed = chunk.Select(a => new CodedArticle(a, ArticleKey.Of(a), [])).ToList();
                counters.AddRead(keyed.Count);
                IReadOnlySet<string> existing;
                lock (_storeGate)
                {
                    existing = _store.ExistingArticleKeys(keyed.Select(k => k.Key).ToList());
                }

                foreach (var article in keyed)
                {
                    if (existing.Contains(article.Key))
                    {
                        counters.AddSkippedUncoded(1);
                        continue;
                    }

                    await output.WriteAsync(article, cancellation).ConfigureAwait(false);
                }
            }

            output.TryComplete();
        }
        catch (Exception e)
        {
            output.TryComplete(e);
            throw;
        }
    }

    private async Task CodeAll(ChannelReader<CodedArticle> input, ChannelWriter<CodedArticle> output, IngestCounters counters, CancellationToken cancellation)
    {
        await foreach (var article in input.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            var coded = CodeOne(article.Article, article.Key, counters);
            if (coded is null)
            {
                continue;
            }

            _index?.Add(coded);
            await output.WriteAsync(coded, cancellation).ConfigureAwait(false);
        }
    }

    private CodedArticle? CodeOne(Article article, string key, IngestCounters counters)
    {
        try
        {
            var events = _code(article);
            var sentences = events.Count > 0 && _sentences is not null ? _sentences(article, events) : [];
            counters.AddCoded(1);
            return new CodedArticle(article, key, events) { Sentences = sentences };
        }
#pragma warning disable CA1031 // One article the coder cannot handle must not stop the run; it is reported and left for a rerun.
        catch (Exception e)
#pragma warning restore CA1031
        {
            counters.AddFailed(1);
            _warn($"{article.Id}: warning: the coder failed ({e.GetType().Name}: {e.Message}); the article was not stored");
            return null;
        }
    }

    private async Task WriteAll(ChannelReader<CodedArticle> input, IngestCounters counters, CancellationToken cancellation)
    {
        var batch = new List<CodedArticle>(_options.BatchSize);
        var since = Stopwatch.StartNew();
        while (await input.WaitToReadAsync(cancellation).ConfigureAwait(false))
        {
            while (batch.Count < _options.BatchSize && input.TryRead(out var article))
            {
                batch.Add(article);
            }

            if (batch.Count >= _options.BatchSize || since.Elapsed >= _options.FlushInterval)
            {
                Flush(batch, counters);
                since.Restart();
            }
            else if (batch.Count > 0)
            {
                // Give the coders a moment to fill the batch rather than spinning on a half-empty channel.
                await Task.Delay(5, cancellation).ConfigureAwait(false);
            }
        }

        Flush(batch, counters);
    }

    private void Flush(List<CodedArticle> batch, IngestCounters counters)
    {
        if (batch.Count == 0)
        {
            return;
        }

        _index?.Commit();
        int written;
        lock (_storeGate)
        {
            written = _store.Write(batch);
        }

        counters.AddStored(written);
        counters.AddSkipped(batch.Count - written);
        counters.AddEvents(batch.Sum(b => (long)b.Events.Count));
        batch.Clear();
    }

    private async Task RunQueueAsync(IWorkQueue queue, IEnumerable<Article> articles, string fingerprint, IngestCounters counters, CancellationToken cancellation)
    {
        await Task.Run(() => queue.Enqueue(fingerprint, articles), cancellation).ConfigureAwait(false);
        counters.Total = queue.Pending();
        var lanes = Enumerable.Range(0, Math.Max(1, _options.Workers)).Select(_ => Task.Run(() => Lane(queue, counters, cancellation), cancellation));
        await Task.WhenAll(lanes).ConfigureAwait(false);
    }

    private async Task Lane(IWorkQueue queue, IngestCounters counters, CancellationToken cancellation)
    {
        var conflicts = 0;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            using var claim = queue.Claim(_options.ClaimSize);
            if (claim is null)
            {
                return;
            }

            if (claim.Articles.Count == 0)
            {
                // The rest is held by other workers; if one of them dies, its batch comes back.
                await Task.Delay(200, cancellation).ConfigureAwait(false);
                continue;
            }

            counters.AddRead(claim.Articles.Count);
            var coded = claim.Articles.Select(a => CodeOne(a, ArticleKey.Of(a), counters)).OfType<CodedArticle>().ToList();
            if (claim.Complete(coded))
            {
                conflicts = 0;
                counters.AddStored(coded.Count);
                counters.AddEvents(coded.Sum(c => (long)c.Events.Count));
            }
            else if (++conflicts > 20)
            {
                throw new InvalidOperationException("the store kept rejecting a batch because of conflicting writes; see the PostgreSQL log");
            }
        }
    }
}
