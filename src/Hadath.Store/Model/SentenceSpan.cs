namespace Hadath.Store.Model;

/// <summary>A sentence of an article field that carries a mention: its range in the original field and its text.</summary>
public sealed record SentenceSpan(string Field, int Start, int End, string Text);
