namespace Hadath.Coding.Model;

/// <summary>Where an event happened: the Arabic name in the text, its country and coordinates.</summary>
public sealed record EventPlace(string Name, string Country, double Lat, double Lon, int Start, int End);
