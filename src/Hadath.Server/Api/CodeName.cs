namespace Hadath.Server.Api;

/// <summary>A code and its readable name (a CAMEO root, a PLOVER type, a QuadClass).</summary>
public sealed record CodeName(string Code, string Name);
