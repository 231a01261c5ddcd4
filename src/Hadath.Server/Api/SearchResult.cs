namespace Hadath.Server.Api;

/// <summary>The articles matching a full-text query, best first.</summary>
public sealed record SearchResult(string Query, IReadOnlyList<SearchResultHit> Hits);
