using System.Text.Encodings.Web;
using System.Text.Json;
using Hadath.Coding.Model;
using Hadath.Coding.Output;
using Microsoft.AspNetCore.Http;

namespace Hadath.Server.Http;

/// <summary>
/// Writes coded events as a JSON array whose elements are exactly the objects <c>hadath code</c>
/// prints one per line (<see cref="EventJson"/>), so the API and the CLI cannot drift apart.
/// </summary>
internal sealed class CodedEventsResult : IResult
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IReadOnlyList<CodedEvent> _events;

    public CodedEventsResult(IReadOnlyList<CodedEvent> events)
    {
        _events = events;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, Options);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartArray();
            foreach (var e in _events)
            {
                EventJson.Write(writer, e);
            }

            writer.WriteEndArray();
            await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
