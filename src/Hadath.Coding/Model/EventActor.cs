namespace Hadath.Coding.Model;

/// <summary>An event's source or target: its code, a readable name, and the original text and range that named it.</summary>
public sealed record EventActor(string Code, string Name, string Text, int Start, int End);
