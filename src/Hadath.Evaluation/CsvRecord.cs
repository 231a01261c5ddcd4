namespace Hadath.Evaluation;

/// <summary>One CSV record and the 1-based line it starts on (a quoted field may span several lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
