namespace Hadath.Server.Api;

/// <summary>A directed dyad between two actors: events, their mean Goldstein score, and their mentions.</summary>
public sealed record NetworkEdge(string Source, string Target, long Events, double MeanGoldstein, long Mentions);
