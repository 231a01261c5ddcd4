using Hadath.Coding;
using Hadath.Coding.Input;
using Hadath.Server.Api;
using Hadath.Server.Http;
using Hadath.Text.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Server.Endpoints;

/// <summary><c>POST /api/code</c>: codes one article and answers with its events, in the JSON of <c>hadath code</c>.</summary>
internal static class CodeEndpoints
{
    // ArticleReader names an article without an id after its input and line; here the input is the body.
    private const string BodyName = "request";

    public static void Map(IEndpointRouteBuilder app)
        => app.MapPost("/api/code", Code)
            .WithName("Code")
            .WithTags("Coding")
            .WithSummary("Code an article into events")
            .WithDescription("Takes {text, title?, published?, id?} and returns a JSON array of events, each the object `hadath code` prints. Bodies over 1 MB get 413.")
            .WithMetadata(new DocumentedBody(typeof(CodeRequest), "application/json"))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> Code(HttpRequest request, HadathEngine engine, ServerSettings settings, CancellationToken cancellation)
    {
        var body = await RequestBody.ReadAsync(request, settings.MaxCodeBody, cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return Answers.TooLarge(settings.MaxCodeBody);
        }

        Coding.Model.Article article;
        try
        {
            article = ArticleReader.Parse(BodyName, 1, RequestBody.Decode(body), published: null);
        }
        catch (HadathException e)
        {
            return Answers.BadRequest(string.Join("; ", e.Diagnostics.Select(d => d.ToString())));
        }

        if (article.Id == BodyName + ":1")
        {
            article = article with { Id = BodyName };
        }

        return new CodedEventsResult(engine.Coder.Code(article));
    }
}
