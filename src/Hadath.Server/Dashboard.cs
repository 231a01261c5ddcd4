using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Hadath.Server;

/// <summary>
/// Serves the dashboard built from <c>web/</c> (committed under <c>wwwroot/</c> and embedded in
/// this assembly). Vite names the assets by content hash, so they may be cached for good;
/// <c>index.html</c>, which names them, is revalidated on every load.
/// </summary>
internal static class Dashboard
{
    public static void Use(WebApplication app)
    {
        var files = new ManifestEmbeddedFileProvider(typeof(Dashboard).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = c =>
            {
                var immutable = c.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal);
                c.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
    }
}
