using Hadath.Coding.Model;

namespace Hadath.Coding.Dates;

/// <summary>
/// A date expression in a sentence: its tokens and the date it resolves to (unresolved when the article has no date).
/// <paramref name="Span"/> marks a stretch of recent days («خلال الأيام الماضية»), dated by the month it ends in: it
/// dates an act in it, but is no point the narrative has reached.
/// </summary>
public sealed record DateMention(int FirstToken, int LastToken, EventDate Date, bool Weekday, bool Span = false);
