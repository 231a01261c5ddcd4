namespace Hadath.Lexicon.Model;

/// <summary>What a lexicon file holds, from its <c>@kind</c> directive.</summary>
public enum LexiconKind
{
    Countries,
    Actors,
    Agents,
    Places,
}
