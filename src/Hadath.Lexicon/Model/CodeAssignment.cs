namespace Hadath.Lexicon.Model;

/// <summary>An actor code that holds over a date range (always, when the range is open at both ends).</summary>
public sealed record CodeAssignment(string Code, DateRange Range);
