using Hadath.Testing;
using Hadath.Coding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hadath.Server.Tests;

/// <summary>
/// The real application hosted in process over a store in a temp folder, sharing the test run's
/// engine. Settings are given as a <see cref="ServerSettings"/> (not through the environment), so
/// that what the machine running the tests has set (HADATH_API_KEY…) cannot change a test.
/// </summary>
internal sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();
    private readonly HadathEngine _engine;

    public ServerFactory(HadathEngine engine, string? apiKey = null, long? maxIngestBody = null, string? db = null)
    {
        _engine = engine;
        Settings = new ServerSettings
        {
            Db = db ?? _folder.File("test.duckdb"),
            WorkingDirectory = _folder.Path,
            DataDirectory = Testing.BundledData.Directory,
            ApiKey = apiKey,
            MaxIngestBody = maxIngestBody ?? ServerSettings.DefaultMaxIngestBody,
        };
    }

    public ServerSettings Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Settings);
            services.AddSingleton(_engine);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
