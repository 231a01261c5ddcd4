using Hadath.Coding.Model;
using Hadath.Store.Model;

namespace Hadath.Store.Tests;

/// <summary>Builds articles and coded events directly, so store tests do not depend on what the coder finds.</summary>
internal static class Sample
{
    public static Article Article(string id, string text = "نص الخبر", string? source = "paper-a", DateOnly? published = null, string title = "عنوان")
        => new(id, published ?? new DateOnly(2015, 7, 21), title, text) { Source = source, Url = "http://example.org/" + id };

    public static CodedEvent Event(string articleId, string source = "SAUGOV", string? target = "EGY", string cameo = "042", DateOnly? date = null,
        string? place = null, int mentions = 1, double goldstein = 1.9, int quad = 1, string evidence = "زار")
    {
        var day = date ?? new DateOnly(2015, 7, 21);
        var ev = new Evidence("text", 0, evidence.Length, evidence);
        var list = Enumerable.Range(0, mentions).Select(i => new EventMention(i, ev with { Start = i * 10, End = (i * 10) + evidence.Length }, "زار", "042 visit")).ToList();
        return new CodedEvent(articleId, 0,
            new EventActor(source, source + " name", "السعودية", 0, 8),
            target is null ? null : new EventActor(target, target + " name", "مصر", 12, 15),
            cameo, "Make a visit", cameo[..2], quad, goldstein, new Plover("CONSULT", "visit", "diplomatic"),
            EventDate.Day(day), place is null ? null : new EventPlace(place, place[..3].ToUpperInvariant(), 24.7, 46.7, 20, 25), ev, "asserted", 0.9, list);
    }

    public static CodedArticle Coded(Article article, params CodedEvent[] events) => CodedArticle.Create(article, events);
}
