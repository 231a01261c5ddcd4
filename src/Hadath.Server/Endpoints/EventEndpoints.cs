using Hadath.Server.Api;
using Hadath.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Server.Endpoints;

/// <summary><c>GET /api/events</c>: stored events matching the <c>hadath query</c> filters, a page at a time.</summary>
internal static class EventEndpoints
{
    public const int MaxPage = 1000;

    public static void Map(IEndpointRouteBuilder app)
        => app.MapGet("/api/events", Events)
            .WithName("Events")
            .WithTags("Events")
            .WithSummary("List stored events by date")
            .WithDescription("Filters: actor, source, target (code prefixes), root (two digits), code (prefix), quad (1-4), from, to (YYYY-MM-DD), place or country, plover. Paging: offset, limit (1-1000, default 50).")
            .Produces<EventPage>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

    private static async Task<IResult> Events(HttpRequest request, StoreAccess store, CancellationToken cancellation)
    {
        var (filter, error) = FilterQuery.Parse(request.Query);
        var (offset, offsetError) = FilterQuery.Int(request.Query, "offset", 0, 0, int.MaxValue);
        var (limit, limitError) = FilterQuery.Int(request.Query, "limit", 50, 1, MaxPage);
        if ((error ?? offsetError ?? limitError) is { } message)
        {
            return Answers.BadRequest(message);
        }

        var page = await store.ReadAsync(s => new EventPage(s.Count(filter!), offset, limit, s.Page(filter!, offset, limit)), cancellation).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }
}
