using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hadath.Coding;
using Hadath.Coding.Input;
using Hadath.Coding.Model;
using Hadath.Server.Api;
using Hadath.Server.Http;
using Hadath.Store;
using Hadath.Store.Ingest;
using Hadath.Store.Search;
using Hadath.Text.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hadath.Server.Endpoints;

/// <summary>
/// <c>POST /api/ingest</c>: codes and stores articles sent as one JSON object, a JSON array of
/// them, or JSON lines. It changes the store, so it exists only when an API key is configured
/// (404 otherwise) and answers 401 to a request without that key in <c>X-Api-Key</c>. A body
/// with any malformed article is refused whole (400), so a request stores all or nothing new.
/// </summary>
internal static class IngestEndpoints
{
    public const string KeyHeader = "X-Api-Key";
    private const string BodyName = "request";
    private const int MaxReported = 5;

    public static void Map(IEndpointRouteBuilder app)
        => app.MapPost("/api/ingest", Ingest)
            .WithName("Ingest")
            .WithTags("Ingest")
            .WithSummary("Code and store articles (JSON object, JSON array or JSON lines)")
            .WithDescription("Requires the X-Api-Key header when HADATH_API_KEY is set; without a configured key the endpoint does not exist (404). Optional ?published=YYYY-MM-DD for articles without a date.")
            .WithMetadata(new DocumentedBody(typeof(CodeRequest), "application/json", "application/x-ndjson"))
            .Produces<IngestResult>()
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized)
            .Produces<ApiError>(StatusCodes.Status404NotFound)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> Ingest(HttpRequest request, StoreAccess store, HadathEngine engine, ServerSettings settings, CancellationToken cancellation)
    {
        if (!settings.IngestEnabled)
        {
            return Answers.NotFound("ingest is not enabled on this server (set HADATH_API_KEY to enable it)");
        }

        if (!KeyMatches(request.Headers[KeyHeader].ToString(), settings.ApiKey!))
        {
            return Answers.Unauthorized($"ingest needs the server's API key in the {KeyHeader} header");
        }

        DateOnly? published = null;
        if (request.Query["published"].ToString() is { Length: > 0 } day)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Answers.BadRequest($"published takes a date YYYY-MM-DD, not '{day}'");
            }

            published = parsed;
        }

        var body = await RequestBody.ReadAsync(request, settings.MaxIngestBody, cancellation).ConfigureAwait(false);
        if (body is null)
        {
            return Answers.TooLarge(settings.MaxIngestBody);
        }

        List<Article> articles;
        try
        {
            articles = Parse(RequestBody.Decode(body), published);
        }
        catch (HadathException e)
        {
            var shown = e.Diagnostics.Take(MaxReported).Select(d => d.ToString());
            var more = e.Diagnostics.Count > MaxReported ? $"; and {e.Diagnostics.Count - MaxReported} more" : string.Empty;
            return Answers.BadRequest(string.Join("; ", shown) + more + "; nothing was stored");
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(body));
        var result = await store.WriteAsync(db => Run(db, engine, articles, fingerprint), cancellation).ConfigureAwait(false);
        return TypedResults.Ok(result);
    }

    private static async Task<IngestResult> Run(IEventStore db, HadathEngine engine, List<Article> articles, string fingerprint)
    {
        var warnings = new List<string>();
        var counters = new IngestCounters { Total = articles.Count };
        // As `hadath ingest`: the embedded store keeps its search index current as it writes; a
        // PostgreSQL store (a work queue) has its index rebuilt by the first search instead.
        using var index = db is IWorkQueue ? null : new LuceneIndexWriter(db.IndexDirectory, engine.Analyzer);
        var ingestor = new Ingestor(db, a => engine.Coder.Code(a), index, new IngestOptions(), w => { lock (warnings) { warnings.Add(w); } });
        // Not the request's token: once begun, an ingest runs to the end even if the client leaves,
        // so that what it was sent is stored whole (each batch is one transaction either way).
        await ingestor.RunAsync(articles, fingerprint, counters, CancellationToken.None).ConfigureAwait(false);
        return new IngestResult(articles.Count, counters.Stored, counters.Skipped, counters.Failed, counters.Events, warnings);
    }

    /// <summary>One article object, an array of them, or one object per line; every fault is collected before any is reported.</summary>
    internal static List<Article> Parse(string text, DateOnly? published)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.MalformedJson, BodyName, null, "the body is empty; send an article object, an array of them, or JSON lines"));
        }

        if (trimmed[0] == '[')
        {
            return FromArray(text, published);
        }

        if (trimmed[0] != '{')
        {
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.MalformedJson, BodyName, 1, "expected an article object, an array of them, or JSON lines"));
        }

        if (IsSingleValue(text))
        {
            return [ArticleReader.Parse(BodyName, 1, text, published)];
        }

        var articles = new List<Article>();
        var problems = new List<Diagnostic>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                articles.Add(ArticleReader.Parse(BodyName, number, line, published));
            }
            catch (HadathException e)
            {
                problems.AddRange(e.Diagnostics);
            }
        }

        return problems.Count > 0 ? throw new HadathException(problems) : articles;
    }

    private static List<Article> FromArray(string text, DateOnly? published)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.MalformedJson, BodyName, (int)(e.LineNumber ?? 0) + 1, e.Message.Split(" Path:")[0]));
        }

        using (document)
        {
            var articles = new List<Article>();
            var problems = new List<Diagnostic>();
            var item = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                item++;
                try
                {
                    // The "line" of an array element is its position in the array.
                    articles.Add(ArticleReader.Parse(BodyName + " item", item, element.GetRawText(), published));
                }
                catch (HadathException e)
                {
                    problems.AddRange(e.Diagnostics);
                }
            }

            return problems.Count > 0 ? throw new HadathException(problems) : articles;
        }
    }

    /// <summary>Whether the body is one JSON value (an object, possibly over several lines) rather than JSON lines.</summary>
    private static bool IsSingleValue(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = false });
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (JsonException)
        {
            // Not one value: a second value (JSON lines) or malformed; the line-by-line reading names the fault.
            return false;
        }
    }

    private static bool KeyMatches(string given, string expected)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
