using Hadath.Coding;
using Hadath.Server.Api;
using Hadath.Server.Http;
using Hadath.Store.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Server.Endpoints;

/// <summary>
/// <c>GET /api/articles/{id}</c>: an article's text with the events it reported (evidence spans
/// as stored at ingest) and the actors named in it (found by the engine's recogniser, with the
/// article's date, so codes are those of that day).
/// </summary>
internal static class ArticleEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
        => app.MapGet("/api/articles/{id}", Article)
            .WithName("Article")
            .WithTags("Articles")
            .WithSummary("An article with its events, evidence spans and actors")
            .WithDescription("The id is the article's content key or its id. Offsets are UTF-16 code units into the field (title or text) each span names.")
            .Produces<ArticleView>()
            .Produces<ApiError>(StatusCodes.Status404NotFound);

    private static async Task<IResult> Article(string id, StoreAccess store, HadathEngine engine, CancellationToken cancellation)
    {
        var found = await store.ReadAsync(s => s.FindArticle(id) is { } a ? (a, s.ArticleEvents(a.Key)) : ((StoredArticle, IReadOnlyList<EventWithMentions>)?)null, cancellation)
            .ConfigureAwait(false);
        if (found is not var (article, events))
        {
            return Answers.NotFound($"no article '{id}' in the store");
        }

        var view = new ArticleView(
            article.Key,
            article.Id,
            article.Source,
            events.SelectMany(e => e.Mentions).Select(m => m.Url).FirstOrDefault(u => !string.IsNullOrEmpty(u)),
            article.Published,
            article.Title,
            article.Text,
            events.Select(e => new ArticleEvent(e.Event, e.Mentions.Select(m => new MentionSpan(m.Sentence, m.Field, m.Start, m.End, m.Evidence, m.Trigger, m.Modality)).ToList())).ToList(),
            Actors(engine, "title", article.Title, article.Published).Concat(Actors(engine, "text", article.Text, article.Published)).ToList());
        return TypedResults.Ok(view);
    }

    private static IEnumerable<ActorSpan> Actors(HadathEngine engine, string field, string text, DateOnly? date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var analyzed = engine.Analyzer.Analyze(text, detectDateline: field == "text");
        var (actors, _) = engine.Recognizer.Recognize(analyzed, 0, analyzed.Tokens.Count, date);
        return actors.Select(a => new ActorSpan(field, a.Start, a.End, text[a.Start..a.End], a.Code, a.Name));
    }
}
