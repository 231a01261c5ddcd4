namespace Hadath.Server.Api;

/// <summary>What an ingest request did: articles received, newly stored, already stored, failed, and events coded.</summary>
public sealed record IngestResult(long Received, long Stored, long Skipped, long Failed, long Events, IReadOnlyList<string> Warnings);
