namespace Hadath.Server.Api;

/// <summary>An actor named in the article: the field, the UTF-16 offsets into it, the code and a readable name.</summary>
public sealed record ActorSpan(string Field, int Start, int End, string Text, string Code, string Name);
