namespace Hadath.Store.Ingest;

/// <summary>Live counts of a running ingest, safe to read from another thread (the progress display).</summary>
public sealed class IngestCounters
{
    private long _read;
    private long _skipped;
    private long _coded;
    private long _stored;
    private long _events;
    private long _failed;
    private long _total = -1;
    private long _skippedUnread;

    /// <summary>Articles read from the inputs (or claimed from the queue).</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Articles skipped because the store already had them.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    public long Coded => Interlocked.Read(ref _coded);

    /// <summary>Articles committed to the store by this run.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    /// <summary>Events (per article) the coder found in the stored articles.</summary>
    public long Events => Interlocked.Read(ref _events);

    /// <summary>Articles the coder failed on; they are not stored, so a rerun tries them again.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Articles dealt with so far: coded, failed, or skipped without coding. Moves before they are committed.</summary>
    public long Done => Coded + Failed + Interlocked.Read(ref _skippedUnread);

    /// <summary>The expected number of articles, or -1 while unknown; set by whoever counts the inputs.</summary>
    public long Total
    {
        get => Interlocked.Read(ref _total);
        set => Interlocked.Exchange(ref _total, value);
    }

    internal void AddRead(long n) => Interlocked.Add(ref _read, n);

    internal void AddSkipped(long n) => Interlocked.Add(ref _skipped, n);

    /// <summary>Skipped by the reader, before coding (the store already had them).</summary>
    internal void AddSkippedUncoded(long n)
    {
        Interlocked.Add(ref _skipped, n);
        Interlocked.Add(ref _skippedUnread, n);
    }

    internal void AddCoded(long n) => Interlocked.Add(ref _coded, n);

    internal void AddStored(long n) => Interlocked.Add(ref _stored, n);

    internal void AddEvents(long n) => Interlocked.Add(ref _events, n);

    internal void AddFailed(long n) => Interlocked.Add(ref _failed, n);
}
