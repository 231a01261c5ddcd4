using Hadath.Testing;
using System.Net.Http.Json;
using System.Text;
using Hadath.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Hadath.Server.Tests;

/// <summary>
/// The dashboard end to end in headless Debian Chromium: a real server on a loopback port over
/// the test corpus, ingested through the API; the page is loaded, filtered, and an event opened.
/// </summary>
public sealed class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Key = "browser-test-key";

    // As the machine notes require: no sandbox as root, no GPU, and no background connections (the network is closed).
    private static readonly string[] ChromiumFlags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly EngineFixture _engine;

    public DashboardBrowserTests(EngineFixture engine)
    {
        _engine = engine;
    }

    [Fact]
    public async Task Dashboard_FilterThenOpenEvent_HighlightsEvidenceInRightToLeftArticle()
    {
        Assert.SkipUnless(File.Exists(Chromium), $"{Chromium} is absent: install Debian's chromium (apt-get install -y chromium) to run the browser test");
        var cancel = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var settings = new ServerSettings { Db = folder.File("browser.duckdb"), WorkingDirectory = folder.Path, DataDirectory = Testing.BundledData.Directory, ApiKey = Key };
        var app = HadathServer.Create(["--urls", "http://127.0.0.1:0"], settings, _engine.Engine);
        await using (app)
        {
            await app.StartAsync(cancel);
            var url = app.Urls.Single();
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            using (var ingest = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(TestCorpus.JsonLines, Encoding.UTF8, "application/x-ndjson") })
            {
                ingest.Headers.Add("X-Api-Key", Key);
                (await http.SendAsync(ingest, cancel)).EnsureSuccessStatusCode();
            }

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumFlags });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);

            await page.GotoAsync(url);
            await page.WaitForSelectorAsync("body[data-state=ready]");
            var allRows = await page.Locator("#events-table tbody tr").CountAsync();
            Assert.True(await page.Locator("#timeline svg .day").CountAsync() > 0, "the timeline draws days");
            Assert.True(await page.Locator("#network svg .node").CountAsync() > 1, "the network draws actors");
            Assert.True(await page.Locator("#map svg path.country").CountAsync() > 100, "the map draws countries");

            // Filter on an actor, as a user would: type it and apply.
            await page.FillAsync("input[name=actor]", "rus");
            await page.ClickAsync("button[type=submit]");
            await page.WaitForFunctionAsync("() => document.body.dataset.state === 'ready' && new URLSearchParams(location.search).get('actor') === 'rus'");
            var parties = await page.Locator("#events-table tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.cells[1].textContent, r.cells[2].textContent])");
            Assert.NotEmpty(parties);
            Assert.True(parties.Length < allRows, "the filter narrows the table");
            Assert.All(parties, p => Assert.True(p[0].StartsWith("RUS", StringComparison.Ordinal) || p[1].StartsWith("RUS", StringComparison.Ordinal), $"{p[0]} → {p[1]} does not involve RUS"));

            // Open the first event: its article shows right to left, with that event's evidence highlighted.
            var row = page.Locator("#events-table tbody tr").First;
            var articleId = await row.GetAttributeAsync("data-article");
            var source = await row.Locator("td").Nth(1).TextContentAsync();
            await row.ClickAsync();
            await page.WaitForSelectorAsync("#article[data-state=ready]");

            var article = (await http.GetFromJsonAsync<ArticleView>("/api/articles/" + Uri.EscapeDataString(articleId!), Json.Options, cancel))!;
            var expected = article.Events.Where(e => e.Event.SourceCode == source).Select(e => string.Concat(e.Mentions.Select(m => m.Evidence))).ToList();
            var highlighted = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('#article mark.evidence.current')].map(m => m.textContent).join('')");
            Assert.Contains(highlighted, expected);
            Assert.Equal("rtl", await page.GetAttributeAsync("#article .article-body", "dir"));
            Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#article-text')).direction"));
            var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#article mark.evidence.current')).backgroundColor");
            Assert.NotEqual("rgba(0, 0, 0, 0)", background);
            Assert.True(await page.Locator("#article .actor[data-code^=RUS]").CountAsync() > 0, "the Russian actors are marked");
            Assert.True(await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('19px \"Noto Naskh Arabic\"', 'روسيا'); }"), "the shipped Arabic font is loaded");
            Assert.Empty(errors);
        }
    }
}
