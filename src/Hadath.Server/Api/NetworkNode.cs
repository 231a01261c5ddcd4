namespace Hadath.Server.Api;

/// <summary>An actor in the network: its code, a readable name, and the events it is source, target, or either of.</summary>
public sealed record NetworkNode(string Code, string Name, long AsSource, long AsTarget, long Total);
