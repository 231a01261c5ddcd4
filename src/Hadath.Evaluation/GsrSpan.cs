namespace Hadath.Evaluation;

/// <summary>
/// One annotator's reading of a positive sentence. A side is null when that annotator left it
/// unannotated (an empty object, "UNKNOWN" or a missing field in the file), which is not the same
/// as an annotated actor without a country.
/// </summary>
public sealed record GsrSpan(GsrActor? Source, GsrActor? Target);
