using Hadath.Coding.Model;

namespace Hadath.Store.Model;

/// <summary>An article with its content key and the events the coder found in it: the unit the store writes.</summary>
public sealed record CodedArticle(Article Article, string Key, IReadOnlyList<CodedEvent> Events)
{
    /// <summary>The sentences that hold the mentions (see <see cref="SentenceLocator"/>); empty when not located.</summary>
    public IReadOnlyList<SentenceSpan> Sentences { get; init; } = [];

    /// <summary>Keys the article by its content and pairs it with its events.</summary>
    public static CodedArticle Create(Article article, IReadOnlyList<CodedEvent> events) => new(article, ArticleKey.Of(article), events);
}
