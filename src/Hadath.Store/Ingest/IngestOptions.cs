namespace Hadath.Store.Ingest;

/// <summary>How an ingest runs: coder workers, articles per transaction, and how long a partial batch may wait.</summary>
public sealed record IngestOptions
{
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Articles per write transaction (embedded store). Each commit also commits the search index,
    /// which flushes a segment, so larger batches mean fewer, larger segments; a crash costs at most
    /// one batch of recoding.
    /// </summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Articles per work-queue claim: small, so a dead worker's batch costs little to redo.</summary>
    public int ClaimSize { get; init; } = 32;

    /// <summary>A partial batch is written after this long, so progress is saved on slow inputs too.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(5);
}
