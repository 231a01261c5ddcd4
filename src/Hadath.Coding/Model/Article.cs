namespace Hadath.Coding.Model;

/// <summary>An article to code (coding guide §5): id, publication date (null when unknown), title and body.</summary>
public sealed record Article(string Id, DateOnly? Published, string Title, string Text)
{
    /// <summary>
    /// The outlet that published the article (a JSON input's <c>source</c>), or null. The coder
    /// ignores it; the store counts distinct sources per event (GDELT's NumSources) with it.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The article's address (a JSON input's <c>url</c>), or null; exports give it as GDELT's SOURCEURL.</summary>
    public string? Url { get; init; }
}
