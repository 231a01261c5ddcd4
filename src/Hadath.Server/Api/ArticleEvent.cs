using Hadath.Store.Model;

namespace Hadath.Server.Api;

/// <summary>An event the article reported, with the spans of this article that state it.</summary>
public sealed record ArticleEvent(StoredEvent Event, IReadOnlyList<MentionSpan> Mentions);
