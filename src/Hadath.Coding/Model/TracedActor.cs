namespace Hadath.Coding.Model;

/// <summary>
/// An actor the coder recognised and resolved in one field of an article (its code after the article's context — the
/// article's main country, the actors named before — was applied), whether or not an event used it.
/// </summary>
public sealed record TracedActor(string Field, int SentenceIndex, string Code, int Start, int End);
