namespace Hadath.Lexicon.Model;

/// <summary>The parsed entries of a whole lexicon, before compilation into matchers.</summary>
public sealed record LexiconData(
    IReadOnlyList<CountryEntry> Countries,
    IReadOnlyList<ActorEntry> Actors,
    IReadOnlyList<AgentEntry> Agents,
    IReadOnlyList<PlaceEntry> Places,
    IReadOnlyList<LexiconFileInfo> Files);
