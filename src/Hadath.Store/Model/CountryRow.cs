namespace Hadath.Store.Model;

/// <summary>Events that happened in one country (the country code of their place), and their mentions.</summary>
public sealed record CountryRow(string Country, long Events, long Mentions);
