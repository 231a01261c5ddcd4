namespace Hadath.Store.Model;

/// <summary>An article as stored, for rebuilding the search index from the store.</summary>
public sealed record StoredArticle(string Key, string Id, string Source, DateOnly? Published, string Title, string Text);
