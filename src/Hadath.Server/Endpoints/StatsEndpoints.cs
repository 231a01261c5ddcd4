using Hadath.Server.Api;
using Hadath.Server.Http;
using Hadath.Store.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Server.Endpoints;

/// <summary>
/// The aggregates behind the dashboard: <c>/api/stats/timeline</c>, <c>/api/stats/dyads</c>,
/// <c>/api/stats/actors</c>, <c>/api/stats/countries</c>, <c>/api/network</c> and <c>/api/info</c>.
/// Every one takes the filters of <c>/api/events</c>.
/// </summary>
internal static class StatsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        RouteHandlerBuilder Get(string path, Delegate handler, string name, string summary)
            => app.MapGet(path, handler).WithName(name).WithTags("Statistics").WithSummary(summary).Produces<ApiError>(StatusCodes.Status400BadRequest);

        Get("/api/stats/timeline", Timeline, "Timeline", "Events per day, week or month (by=day|week|month), split by QuadClass").Produces<IReadOnlyList<TimelineRow>>();
        Get("/api/stats/dyads", Dyads, "Dyads", "Source-target pairs by event count (limit, default 50; 0: all)").Produces<IReadOnlyList<DyadRow>>();
        Get("/api/stats/actors", Actors, "Actors", "Actors by event count (limit, default 50; 0: all)").Produces<IReadOnlyList<ActorRow>>();
        Get("/api/stats/countries", Countries, "Countries", "Events per country of their place").Produces<IReadOnlyList<CountryRow>>();
        Get("/api/network", Network, "Network", "The most active actors (nodes, default 40) and the dyads among them, with counts and mean Goldstein").Produces<NetworkGraph>();
        Get("/api/info", Info, "Info", "Store size, whether ingest is open, and the filter vocabularies").Produces<StoreInfo>();
    }

    private static async Task<IResult> Timeline(HttpRequest request, StoreAccess store, CancellationToken cancellation)
    {
        var (filter, error) = FilterQuery.Parse(request.Query);
        var by = request.Query["by"].ToString();
        TimeBucket bucket;
        if (string.IsNullOrEmpty(by))
        {
            bucket = TimeBucket.Day;
        }
        else if (!Enum.TryParse(by, ignoreCase: true, out bucket) || !Enum.IsDefined(bucket) || by.All(char.IsAsciiDigit))
        {
            return Answers.BadRequest($"by must be day, week or month, not '{by}'");
        }

        return error is not null ? Answers.BadRequest(error) : TypedResults.Ok(await store.ReadAsync(s => s.Timeline(filter!, bucket), cancellation).ConfigureAwait(false));
    }

    private static async Task<IResult> Dyads(HttpRequest request, StoreAccess store, CancellationToken cancellation)
    {
        var (filter, error) = FilterQuery.Parse(request.Query);
        var (limit, limitError) = FilterQuery.Int(request.Query, "limit", 50, 0, int.MaxValue);
        return (error ?? limitError) is { } message
            ? Answers.BadRequest(message)
            : TypedResults.Ok(await store.ReadAsync(s => s.Dyads(filter!, limit), cancellation).ConfigureAwait(false));
    }

    private static async Task<IResult> Actors(HttpRequest request, StoreAccess store, CancellationToken cancellation)
    {
        var (filter, error) = FilterQuery.Parse(request.Query);
        var (limit, limitError) = FilterQuery.Int(request.Query, "limit", 50, 0, int.MaxValue);
        return (error ?? limitError) is { } message
            ? Answers.BadRequest(message)
            : TypedResults.Ok(await store.ReadAsync(s => s.Actors(filter!, limit), cancellation).ConfigureAwait(false));
    }

    private static async Task<IResult> Countries(HttpRequest request, StoreAccess store, CancellationToken cancellation)
    {
        var (filter, error) = FilterQuery.Parse(request.Query);
        return error is not null ? Answers.BadRequest(error) : TypedResults.Ok(await store.ReadAsync(s => s.Countries(filter!), cancellation).ConfigureAwait(false));
    }

    private static async Task<IResult> Network(HttpRequest request, StoreAccess store, CancellationToken cancellation)
    {
        var (filter, error) = FilterQuery.Parse(request.Query);
        var (size, sizeError) = FilterQuery.Int(request.Query, "nodes", 40, 1, 500);
        if ((error ?? sizeError) is { } message)
        {
            return Answers.BadRequest(message);
        }

        var graph = await store.ReadAsync(s =>
        {
            var nodes = s.Actors(filter!, size).Select(a => new NetworkNode(a.Code, a.Name, a.AsSource, a.AsTarget, a.Total)).ToList();
            var codes = nodes.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
            var edges = s.Dyads(filter!, 0)
                .Where(d => codes.Contains(d.Source) && codes.Contains(d.Target))
                .Select(d => new NetworkEdge(d.Source, d.Target, d.Events, d.MeanGoldstein, d.Mentions))
                .ToList();
            return new NetworkGraph(nodes, edges);
        }, cancellation).ConfigureAwait(false);
        return TypedResults.Ok(graph);
    }

    private static async Task<IResult> Info(StoreAccess store, ServerSettings settings, FilterVocabulary vocabulary, CancellationToken cancellation)
    {
        var counts = await store.ReadAsync(s => s.Counts(), cancellation).ConfigureAwait(false);
        return TypedResults.Ok(new StoreInfo(store.DisplayName, counts, settings.IngestEnabled, vocabulary.Roots, vocabulary.PloverTypes, vocabulary.QuadClasses));
    }
}
