namespace Hadath.Coding.Model;

/// <summary>An article to code (coding guide §5): id, publication date (null when unknown), title and body.</summary>
public sealed record Article(string Id, DateOnly? Published, string Title, string Text);
