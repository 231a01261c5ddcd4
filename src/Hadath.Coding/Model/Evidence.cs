namespace Hadath.Coding.Model;

/// <summary>The span of the original field that states an event; <c>Text</c> equals that slice exactly.</summary>
public sealed record Evidence(string Field, int Start, int End, string Text);
