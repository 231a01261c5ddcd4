using System.Buffers;
using Hadath.Text.Decoding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Hadath.Server.Http;

/// <summary>
/// Reads a request body up to a limit. The limit is enforced here rather than left to the
/// server, so that it holds the same in the in-process test host and in Kestrel, and so that
/// each endpoint can have its own (code: 1 MB; ingest: more).
/// </summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellation)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Kestrel's own cap (30 MB by default) would cut a legitimate ingest body short; ours applies instead.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = null;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes the body as strict UTF-8 (a byte-order mark is dropped); invalid bytes throw a HadathException naming the offset.</summary>
    public static string Decode(byte[] body) => new TextDecoder().Decode(body, "request body");
}
