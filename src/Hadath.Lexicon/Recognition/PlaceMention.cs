using Hadath.Lexicon.Model;

namespace Hadath.Lexicon.Recognition;

/// <summary>A place found in a text: tokens, original range, and the lexicon entry with its coordinates.</summary>
public sealed record PlaceMention(int FirstToken, int LastToken, int Start, int End, PlaceEntry Place);
