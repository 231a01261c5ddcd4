namespace Hadath.Lexicon.Model;

/// <summary>A country or territory: its ISO alpha-3 code, names, nisba adjectives and capital.</summary>
public sealed record CountryEntry(
    string Code,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Capitals,
    string? Alpha2,
    SourceLocation Location);
