namespace Hadath.Store.Model;

/// <summary>One mention of an event: the article that reported it and the evidence span, offsets into the named field.</summary>
public sealed record StoredMention(
    long EventId,
    string ArticleKey,
    string ArticleId,
    string Source,
    string? Url,
    DateOnly? Published,
    string Title,
    int Sentence,
    string Field,
    int Start,
    int End,
    string Evidence,
    string? Trigger,
    string Modality,
    string? SentenceText = null);
