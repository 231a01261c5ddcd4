namespace Hadath.Store.Model;

/// <summary>One actor code: events it is the source of, the target of, and both together.</summary>
public sealed record ActorRow(string Code, string Name, long AsSource, long AsTarget, long Total);
