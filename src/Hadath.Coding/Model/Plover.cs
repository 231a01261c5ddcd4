namespace Hadath.Coding.Model;

/// <summary>The PLOVER reading of a CAMEO code.</summary>
public sealed record Plover(string? Type, string? Mode, string? Context);
