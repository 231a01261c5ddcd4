using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Hadath.Server.Api;
using Hadath.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Server.Endpoints;

/// <summary><c>GET /api/search?q=</c>: Arabic full-text search over stored articles, by stem, with highlighted snippets.</summary>
internal static class SearchEndpoints
{
    // Private-use characters cannot occur in decoded news text, so they mark matches unambiguously until the snippet is escaped.
    private const string Open = "\uE000";
    private const string Close = "\uE001";

    // Escapes markup but leaves Arabic as it is, so snippets stay readable in the JSON.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static void Map(IEndpointRouteBuilder app)
        => app.MapGet("/api/search", Search)
            .WithName("Search")
            .WithTags("Articles")
            .WithSummary("Search articles (all words required; Lucene syntax such as OR and \"phrases\" works)")
            .Produces<SearchResult>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest);

    private static async Task<IResult> Search(HttpRequest request, StoreAccess store, CancellationToken cancellation)
    {
        var q = request.Query["q"].ToString().Trim();
        var (limit, limitError) = FilterQuery.Int(request.Query, "limit", 20, 1, 200);
        if (q.Length == 0)
        {
            return Answers.BadRequest("q is required: the words to search for");
        }

        if (limitError is not null)
        {
            return Answers.BadRequest(limitError);
        }

        var hits = await store.SearchAsync((index, s) => index.Search(q, limit, s, Open, Close), cancellation).ConfigureAwait(false);
        return TypedResults.Ok(new SearchResult(q, hits.Select(h => new SearchResultHit(h.ArticleKey, h.ArticleId, h.Title, h.Published, h.Score, h.EventCount, h.Snippets.Select(Html).ToList())).ToList()));
    }

    private static string Html(string snippet)
    {
        var html = new StringBuilder(snippet.Length + 32);
        foreach (var part in snippet.Split(Open))
        {
            var close = part.IndexOf(Close, StringComparison.Ordinal);
            if (close < 0)
            {
                html.Append(Encoder.Encode(part));
                continue;
            }

            html.Append("<mark>").Append(Encoder.Encode(part[..close])).Append("</mark>").Append(Encoder.Encode(part[(close + Close.Length)..]));
        }

        return html.ToString();
    }
}
