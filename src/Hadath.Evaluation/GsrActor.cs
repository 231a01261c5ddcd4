namespace Hadath.Evaluation;

/// <summary>
/// One side of an annotated span: <see cref="Country"/> is the gold "main" code ("IRQ", "IGO",
/// "IMG"…), null where the gold says "None"; <see cref="Role"/> likewise ("CVL", or null for "None").
/// </summary>
public sealed record GsrActor(string? Country, string? Role);
