namespace Hadath.Server.Api;

/// <summary>
/// An article as the reader sees it: its text, the events it reported with their evidence spans,
/// and the actors the lexicon finds in it. Offsets are UTF-16 code units into <c>title</c> or
/// <c>text</c>, as the mention's or actor's <c>field</c> says.
/// </summary>
public sealed record ArticleView(
    string Key,
    string Id,
    string Source,
    string? Url,
    DateOnly? Published,
    string Title,
    string Text,
    IReadOnlyList<ArticleEvent> Events,
    IReadOnlyList<ActorSpan> Actors);
