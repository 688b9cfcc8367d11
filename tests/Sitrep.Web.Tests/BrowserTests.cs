using System.Net.Http.Json;
using Microsoft.Playwright;
using Sitrep.Storage.Tests;
using Sitrep.Tests.Shared;

namespace Sitrep.Web.Tests;

/// <summary>
/// The real page in headless Chromium (Debian's, driven by Playwright for .NET; installed by
/// scripts/ci/setup-chromium.sh) against the real server. Screenshots go to
/// artifacts/screenshots (or $SITREP_TEST_ARTIFACTS/screenshots) and are kept by CI.
/// </summary>
[RequiresEnvironment(Variable, "scripts/ci/setup-chromium.sh")]
public sealed class BrowserTests : IAsyncLifetime
{
    public const string Variable = "SITREP_TEST_CHROMIUM";

    private readonly SqliteStoreFactory _stores = new();
    private readonly string _profile = Directory.CreateTempSubdirectory("sitrep-chromium-").FullName;
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;
    private WebServer? _server;

    public async Task InitializeAsync()
    {
        _server = await WebServer.Start(_stores.NewLocation());
        _playwright = await Playwright.CreateAsync();
        // A fresh profile, and the flags that keep Chromium off the network it cannot reach here.
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(Variable),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            // The escaping alone must keep article text inert: the test turns the page's CSP off.
            BypassCSP = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _stores.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp folder is cleaned by the system.
        }
    }

    [EnvironmentFact]
    public async Task Search_Karachi_open_the_police_office_dossier_see_the_conflict_explanation_and_a_highlighted_evidence_span()
    {
        var page = await _browser!.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(_server!.Address.ToString());
        await page.FillAsync("#q", "Karachi");
        await page.ClickAsync("#search");
        var link = page.Locator("#list a.incident-link", new PageLocatorOptions { HasTextString = "Police" });
        await link.First.WaitForAsync();
        await page.Locator("#map circle.marker").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await Screenshot(page, "1-search-karachi");

        await link.First.ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready='true']");
        Assert.Contains("Police", await page.TextContentAsync("#title"));

        var explanation = page.Locator(".conflict .explanation").First;
        await explanation.ScrollIntoViewIfNeededAsync();
        Assert.True(await explanation.IsVisibleAsync());
        Assert.Contains("lower bound", await explanation.TextContentAsync());
        await Screenshot(page, "2-dossier-conflicts");

        var chart = page.Locator("#history-chart path.line");
        Assert.True(await chart.CountAsync() > 0);
        await page.Locator("#history-panel").ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "3-dossier-history");

        var mark = page.Locator("#sources mark.evidence-span").First;
        await mark.ScrollIntoViewIfNeededAsync();
        Assert.True(await mark.IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await mark.TextContentAsync()));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await mark.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
        await Screenshot(page, "4-dossier-evidence-span");
        Assert.Empty(errors);
    }

    [EnvironmentFact]
    public async Task Script_tags_and_event_handlers_in_an_article_never_run()
    {
        const string payload = "<script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\"><svg onload=\"window.__xss='svg'\"></svg>";
        var article = new
        {
            id = "xss<script>window.__xss='id'</script>",
            title = $"<img src=x onerror=\"window.__xss='title'\">Gunmen attack police in Quetta {payload}",
            url = "javascript:window.__xss='url'",
            outlet = $"<b onmouseover=\"window.__xss='outlet'\">Outlet</b>",
            published = "2024-03-05",
            text = $"Gunmen killed three policemen at a checkpoint in Quetta on Monday {payload}, officials said. " +
                   $"\"We will find them {payload}\", said police chief <i onclick=\"window.__xss='speaker'\">Ali Khan</i>.",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = JsonContent.Create(article) };
        request.Headers.Add("X-Api-Key", WebServer.ApiKey);
        var response = await _server!.Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var page = await _browser!.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, d) => { dialogs++; await d.DismissAsync(); };
        await page.GotoAsync(_server.Address + "?q=Quetta");
        var link = page.Locator("#list a.incident-link").First;
        await link.WaitForAsync();
        await page.Locator("#map circle.marker").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await AssertInert(page);
        await Screenshot(page, "5-xss-list");

        await link.ClickAsync();
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await page.Locator("#sources .source-text").First.WaitForAsync();
        await AssertInert(page);
        // The markup is shown as the text it is.
        Assert.Contains("<script>window.__xss='script'</script>", await page.Locator("#sources .source-text").First.TextContentAsync());
        Assert.Contains("<img src=x onerror=", await page.Locator("#sources h3").First.TextContentAsync());
        await page.Locator("#sources").ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "6-xss-dossier");
        Assert.Equal(0, dialogs);
    }

    /// <summary>Nothing from the article ran, and no element it described exists in the page.</summary>
    private static async Task AssertInert(IPage page)
    {
        await page.WaitForTimeoutAsync(300); // time for an image error or a load handler to fire, were there one
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), "article text ran as script");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover],img,b,i').length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.scripts].filter(s => !s.src).length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href^=\"javascript:\"]').length"));
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(ArtifactsFolder(), "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }

    /// <summary>$SITREP_TEST_ARTIFACTS, else artifacts/ at the repository's root.</summary>
    private static string ArtifactsFolder()
    {
        if (Environment.GetEnvironmentVariable("SITREP_TEST_ARTIFACTS") is { Length: > 0 } set) return set;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return Path.Combine(dir.FullName, "artifacts");
        return Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}
