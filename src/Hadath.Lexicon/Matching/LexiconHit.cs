namespace Hadath.Lexicon.Matching;

/// <summary>One entry behind a matched form: its kind and its index in the lexicon's list of that kind.</summary>
public readonly record struct LexiconHit(HitKind Kind, int Index);
