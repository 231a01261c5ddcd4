namespace Hadath.Store.Search;

/// <summary>The field names of an article document in the index.</summary>
internal static class SearchFields
{
    public const string Key = "key";
    public const string Id = "id";
    public const string Title = "title";
    public const string Text = "text";
    public const string Published = "published";
}
