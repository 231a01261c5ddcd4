namespace Hadath.Lexicon.Matching;

/// <summary>Which part of an entry a matched form came from.</summary>
public enum HitKind : byte
{
    CountryName,
    CountryAdjective,
    Capital,
    Actor,
    Agent,
    Place,
}
