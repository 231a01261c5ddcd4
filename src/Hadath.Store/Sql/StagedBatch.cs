using System.Globalization;
using Hadath.Coding.Model;
using Hadath.Store.Model;

namespace Hadath.Store.Sql;

/// <summary>One event's contribution from a batch: already merged across the batch's articles.</summary>
internal sealed record StagedEvent(
    long Id,
    string SourceCode,
    string SourceName,
    string TargetCode,
    string TargetName,
    string Cameo,
    string CameoName,
    string Root,
    int QuadClass,
    double Goldstein,
    string? PloverType,
    string? PloverMode,
    string? PloverContext,
    DateOnly? Date,
    string DatePrecision,
    string PlaceKey,
    string? PlaceName,
    string? PlaceCountry,
    double? Lat,
    double? Lon,
    int NumMentions,
    int NumArticles,
    double Confidence,
    string FirstSort,
    string FirstArticle,
    string? FirstUrl);

/// <summary>One mention row, numbered within its article so that a rewrite gives the same rows.</summary>
internal sealed record StagedMention(
    string ArticleKey,
    int Ordinal,
    long EventId,
    int Sentence,
    string Field,
    int Start,
    int End,
    string Evidence,
    string? Trigger,
    string? Pattern,
    string Modality,
    double Confidence,
    string SourceText,
    string? TargetText,
    int? SentenceStart);

/// <summary>
/// The rows a batch of new articles adds, merged in memory first so that the database sees one
/// upsert per event. Every merge is order-independent (sums, minimums, maximums), so the stored
/// result does not depend on which worker coded which article first.
/// </summary>
internal sealed class StagedBatch
{
    private StagedBatch(IReadOnlyList<CodedArticle> articles, IReadOnlyList<StagedEvent> events, IReadOnlyList<StagedMention> mentions, IReadOnlyList<(long EventId, string Source)> sources, IReadOnlyDictionary<string, int> eventCounts)
    {
        Articles = articles;
        Events = events;
        Mentions = mentions;
        Sources = sources;
        EventCounts = eventCounts;
    }

    public IReadOnlyList<CodedArticle> Articles { get; }

    public IReadOnlyList<StagedEvent> Events { get; }

    public IReadOnlyList<StagedMention> Mentions { get; }

    public IReadOnlyList<(long EventId, string Source)> Sources { get; }

    /// <summary>Distinct events per article key.</summary>
    public IReadOnlyDictionary<string, int> EventCounts { get; }

    public static string SourceOf(Article article) => article.Source ?? string.Empty;

    public static StagedBatch Create(IReadOnlyList<CodedArticle> articles)
    {
        var events = new Dictionary<long, StagedEvent>();
        var mentions = new List<StagedMention>();
        var sources = new HashSet<(long, string)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var a = article.Article;
            var firstSort = (a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "9999-12-31") + "|" + article.Key;
            var perArticle = new Dictionary<long, int>();
            var ordinal = 0;
            foreach (var e in article.Events)
            {
                var id = EventKey.IdOf(e);
                var evidence = e.Mentions.Count > 0 ? e.Mentions : [new EventMention(e.Sentence, e.Evidence, string.Empty, string.Empty)];
                foreach (var m in evidence)
                {
                    var sentence = article.Sentences.FirstOrDefault(s => s.Field == m.Evidence.Field && m.Evidence.Start >= s.Start && m.Evidence.Start < s.End);
                    mentions.Add(new StagedMention(article.Key, ordinal++, id, m.Sentence, m.Evidence.Field, m.Evidence.Start, m.Evidence.End, m.Evidence.Text,
                        NullIfEmpty(m.Trigger), NullIfEmpty(m.Pattern), e.Modality, e.Confidence, e.Source.Text, e.Target?.Text, sentence?.Start));
                }

                perArticle[id] = perArticle.GetValueOrDefault(id) + evidence.Count;
                var contribution = new StagedEvent(id, e.Source.Code, e.Source.Name, e.Target?.Code ?? string.Empty, e.Target?.Name ?? string.Empty,
                    e.Cameo, e.CameoName, e.Root, e.QuadClass, e.Goldstein, e.Plover.Type, e.Plover.Mode, e.Plover.Context, e.Date.Value,
                    e.Date.Precision.ToString().ToLowerInvariant(), EventKey.PlaceKey(e.Place), e.Place?.Name, e.Place?.Country, e.Place?.Lat, e.Place?.Lon,
                    evidence.Count, 0, e.Confidence, firstSort, a.Id, a.Url);
                events[id] = events.TryGetValue(id, out var known) ? Merge(known, contribution) : contribution;
                sources.Add((id, SourceOf(a)));
            }

            foreach (var id in perArticle.Keys)
            {
                events[id] = events[id] with { NumArticles = events[id].NumArticles + 1 };
            }

            counts[article.Key] = perArticle.Count;
        }

        return new StagedBatch(articles, events.Values.OrderBy(e => e.Id).ToList(), mentions, sources.OrderBy(s => s.Item1).ThenBy(s => s.Item2, StringComparer.Ordinal).ToList(), counts);
    }

    private static StagedEvent Merge(StagedEvent a, StagedEvent b)
    {
        var bFirst = string.CompareOrdinal(b.FirstSort, a.FirstSort) < 0;
        return a with
        {
            SourceName = Min(a.SourceName, b.SourceName)!,
            TargetName = Min(a.TargetName, b.TargetName)!,
            PlaceName = Min(a.PlaceName, b.PlaceName),
            NumMentions = a.NumMentions + b.NumMentions,
            Confidence = Math.Max(a.Confidence, b.Confidence),
            FirstSort = bFirst ? b.FirstSort : a.FirstSort,
            FirstArticle = bFirst ? b.FirstArticle : a.FirstArticle,
            FirstUrl = bFirst ? b.FirstUrl : a.FirstUrl,
        };
    }

    // Ordinal minimum, nulls last: the same rule as the database's least() on text, so the merge in memory and in SQL agree.
    private static string? Min(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
