namespace Hadath.Server.Api;

/// <summary>An article that matches a search, with snippets as HTML (text escaped, matches in &lt;mark&gt;).</summary>
public sealed record SearchResultHit(string Key, string Id, string Title, DateOnly? Published, float Score, long EventCount, IReadOnlyList<string> SnippetsHtml);
