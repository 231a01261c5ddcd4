using Hadath.Server;

// `dotnet run --project src/Hadath.Server` serves the store named by Hadath:Db (default
// hadath.duckdb in the current folder); `hadath serve` does the same through the CLI.
var app = HadathServer.Create(args);
await app.RunAsync().ConfigureAwait(false);

/// <summary>The entry point; public so that in-process tests can host the app (WebApplicationFactory).</summary>
public partial class Program;
