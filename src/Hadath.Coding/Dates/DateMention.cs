using Hadath.Coding.Model;

namespace Hadath.Coding.Dates;

/// <summary>A date expression in a sentence: its tokens and the date it resolves to (unresolved when the article has no date).</summary>
public sealed record DateMention(int FirstToken, int LastToken, EventDate Date, bool Weekday);
