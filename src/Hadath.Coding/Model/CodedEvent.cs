namespace Hadath.Coding.Model;

/// <summary>
/// One coded event of an article, after in-article deduplication: every mention that reported it
/// is kept. All offsets are UTF-16 code units into the named field of the original article.
/// </summary>
public sealed record CodedEvent(
    string ArticleId,
    int Sentence,
    EventActor Source,
    EventActor? Target,
    string Cameo,
    string CameoName,
    string Root,
    int QuadClass,
    double Goldstein,
    Plover Plover,
    EventDate Date,
    EventPlace? Place,
    Evidence Evidence,
    string Modality,
    double Confidence,
    IReadOnlyList<EventMention> Mentions);
