namespace Hadath.Store.Model;

/// <summary>An article that matches a search: its id and title, highlighted snippets, score, and how many events it reported.</summary>
public sealed record SearchHit(string ArticleKey, string ArticleId, string Title, DateOnly? Published, float Score, IReadOnlyList<string> Snippets, long EventCount);
