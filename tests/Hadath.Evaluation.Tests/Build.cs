namespace Hadath.Evaluation.Tests;

/// <summary>Terse constructors for hand-made gold and predictions, so each test reads like the case it checks.</summary>
internal static class Build
{
    public static GoldArticle Article(string id, params GoldEvent[] events)
        => new(id, new DateOnly(2019, 12, 21), "title", "text", events);

    public static GoldEvent Required(string[] sources, string[] targets, string[] cameo, string? date = null)
        => new(sources, targets, cameo, date, null, null, Optional: false);

    public static GoldEvent Optional(string[] sources, string[] targets, string[] cameo, string? date = null)
        => new(sources, targets, cameo, date, null, null, Optional: true);

    public static PredictedEvent Event(string articleId, string? source, string? target, string cameo, string? date = null)
        => new(articleId, source, target, cameo, date);
}
