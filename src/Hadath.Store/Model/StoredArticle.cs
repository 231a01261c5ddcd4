namespace Hadath.Store.Model;

/// <summary>An article as stored, with how many distinct events it reported.</summary>
public sealed record StoredArticle(string Key, string Id, string Source, DateOnly? Published, string Title, string Text, long NumEvents);
