using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Hadath.Server.Api;
using Hadath.Testing;

namespace Hadath.Server.Tests;

/// <summary><c>hadath serve</c> as a user runs it: the real CLI in a child process, on a free loopback port.</summary>
public sealed partial class ServeCommandTests
{
    private static string CliDll
    {
        get
        {
            // bin/<configuration>/net10.0/ of this test project names the configuration the CLI was built in.
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var built = Path.Combine(BundledData.RepoRoot, "src", "Hadath.Cli", "bin", configuration, "net10.0", "hadath.dll");
            return File.Exists(built) ? built : throw new InvalidOperationException($"the CLI is not built at {built}");
        }
    }

    [Fact]
    public async Task Serve_WithApiKey_ServesApiDashboardAndIngest()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = folder.Path };
        foreach (var arg in new[] { "exec", CliDll, "serve", "--db", "served.duckdb", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HADATH_API_KEY"] = "cli-key";
        using var process = Process.Start(start)!;
        try
        {
            var url = await ReadUrl(process, cancel);
            using var http = new HttpClient { BaseAddress = new Uri(url) };

            Assert.Contains("<html", await http.GetStringAsync("/", cancel), StringComparison.Ordinal);
            using var ingest = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(TestCorpus.JsonLines, Encoding.UTF8) };
            ingest.Headers.Add("X-Api-Key", "cli-key");
            using var response = await http.SendAsync(ingest, cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var info = (await http.GetFromJsonAsync<StoreInfo>("/api/info", Json.Options, cancel))!;
            Assert.Equal(TestCorpus.Lines.Count, info.Counts.Articles);
            Assert.Equal("served.duckdb", info.Store);
            Assert.True(File.Exists(folder.File("served.duckdb")), "--db resolves against the working folder");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Serve_UnreadableStore_ExitsWithOneLineMessage()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("broken.duckdb"), "not a database", cancel);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = folder.Path };
        foreach (var arg in new[] { "exec", CliDll, "serve", "--db", "broken.duckdb", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("broken.duckdb", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static async Task<string> ReadUrl(Process process, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException("hadath serve stopped before it said where it listens");
    }

    [GeneratedRegex(@"^hadath serve: .* on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
