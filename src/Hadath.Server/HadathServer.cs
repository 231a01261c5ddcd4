using System.Text.Encodings.Web;
using System.Text.Json;
using Hadath.Coding;
using Hadath.Server.Endpoints;
using Hadath.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Hadath.Server;

/// <summary>
/// Builds the Hadath web application: the JSON API under <c>/api</c>, its OpenAPI document at
/// <c>/openapi/v1.json</c>, and the dashboard at <c>/</c>. The engine and the store are opened
/// here, before the first request, so that a broken lexicon or an unreadable store stops the
/// start with one clear message instead of failing requests later.
/// </summary>
public static class HadathServer
{
    /// <summary>
    /// The application for <paramref name="args"/> (ASP.NET Core's: <c>--urls</c>, <c>--Hadath:Db</c>…).
    /// With <paramref name="settings"/>, those are used instead of reading configuration; with
    /// <paramref name="engine"/>, that engine is shared instead of loading one from the data folder.
    /// </summary>
    public static WebApplication Create(string[] args, ServerSettings? settings = null, HadathEngine? engine = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        // A line per request costs more than coding a short article; keep the start and stop lines
        // and warnings (configuration, e.g. Logging:LogLevel:Microsoft.AspNetCore, can lower it again).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        AddServices(builder.Services, settings, engine);
        var app = builder.Build();

        // Build the engine and open the store now: both fail here, at start, if they are going to.
        app.Services.GetRequiredService<HadathEngine>();
        app.Services.GetRequiredService<StoreAccess>();

        app.UseMiddleware<ErrorResponses>();
        app.MapOpenApi();
        Dashboard.Use(app);
        CodeEndpoints.Map(app);
        EventEndpoints.Map(app);
        StatsEndpoints.Map(app);
        ArticleEndpoints.Map(app);
        SearchEndpoints.Map(app);
        IngestEndpoints.Map(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, ServerSettings? settings, HadathEngine? engine)
    {
        // Registered as factories so that configuration is read once the host is built, when every
        // source (command line, environment, a test host's settings) has been applied.
        services.TryAddSingleton(sp => settings ?? ServerSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => engine ?? HadathEngine.Load(sp.GetRequiredService<ServerSettings>().DataDirectory));
        services.TryAddSingleton<StoreAccess>();
        services.TryAddSingleton<FilterVocabulary>();
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Hadath API";
                document.Info.Description = "Codes Arabic news into CAMEO/PLOVER events with evidence offsets, and serves the stored events, statistics, articles and search.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(BodyDocumentation.Apply);
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            // The same conventions as `hadath code`: snake_case names, Arabic written as is.
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
    }
}
