using System.CommandLine;
using Hadath.Cli.Store;
using Hadath.Server;
using Hadath.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hadath.Cli.Commands;

/// <summary>
/// <c>hadath serve [--db PATH|postgres://…] [--urls http://127.0.0.1:5000]</c>: the HTTP API and
/// the dashboard over a store. Ingest over HTTP is open only when HADATH_API_KEY is set.
/// </summary>
internal static class ServeCommand
{
    public static Command Build(CliContext context, EngineProvider engine)
    {
        var store = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen (several separated by ';'). Loopback by default: the API has no authentication but for ingest.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi/v1.json) and the dashboard at /.") { urls };
        store.AddDb(command);
        command.SetAction((parse, cancellation) => StoreErrorsGuard.Run(async () =>
        {
            var db = parse.GetValue(store.Db)!;
            var settings = new ServerSettings
            {
                Db = StoreFactory.IsPostgres(db) ? db : context.ResolvePath(db),
                WorkingDirectory = context.WorkingDirectory,
                DataDirectory = engine.DataDirectory,
                ApiKey = Environment.GetEnvironmentVariable("HADATH_API_KEY"),
            };

            // ASP.NET Core reads --urls itself; the store, data and key travel as settings, not as text.
            var app = HadathServer.Create(["--urls", parse.GetValue(urls)!], settings, engine.Engine);
            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
                // The store's own name for itself: a PostgreSQL address without its password.
                var location = app.Services.GetRequiredService<StoreAccess>().Location;
                await context.Error.WriteLineAsync($"hadath serve: {location} on {string.Join(", ", app.Urls)}; ingest {(settings.IngestEnabled ? "open with X-Api-Key" : "off (set HADATH_API_KEY)")}. Ctrl+C stops.").ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
