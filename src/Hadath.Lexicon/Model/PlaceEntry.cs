namespace Hadath.Lexicon.Model;

/// <summary>A place with its country and coordinates (WGS84 decimal degrees).</summary>
public sealed record PlaceEntry(
    string Name,
    IReadOnlyList<string> Names,
    string Country,
    double Latitude,
    double Longitude,
    string Type,
    int Rank,
    SourceLocation Location);
