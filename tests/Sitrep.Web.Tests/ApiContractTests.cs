using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Sitrep.Storage;
using Sitrep.Storage.Tests;
using Sitrep.Tests.Shared;

namespace Sitrep.Web.Tests;

/// <summary>The HTTP API over a real server, against SQLite and (when CI has started one) PostgreSQL.</summary>
public abstract class ApiContractTests(IStoreFactory factory) : IDisposable
{
    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<WebServer> Start(bool readsOpen = true, bool seeds = true) => WebServer.Start(factory.NewLocation(), readsOpen, seeds: seeds);

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await Json(response);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
    }

    [EnvironmentFact]
    public async Task Lists_incidents_with_filters_and_paging()
    {
        await using var server = await Start();
        var all = await Json(await server.Client.GetAsync("api/incidents"));
        Assert.Equal(6, all.GetProperty("total").GetInt32());
        var karachi = await Json(await server.Client.GetAsync("api/incidents?q=Karachi&country=PK&type=Armed%20Assault&perpetrator=taliban&from=2023-02-01&to=2023-02-28&bbox=66,24,68,26"));
        var item = Assert.Single(karachi.GetProperty("items").EnumerateArray());
        Assert.Contains("Police", item.GetProperty("title").GetString());
        Assert.Equal(7, item.GetProperty("killed").GetInt32());
        var page = await Json(await server.Client.GetAsync("api/incidents?page=2&pageSize=4"));
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(6, page.GetProperty("total").GetInt32());
    }

    [EnvironmentFact]
    public async Task Bad_parameters_are_400_with_a_problem_body()
    {
        await using var server = await Start(seeds: false);
        foreach (var query in new[] { "from=yesterday", "to=2023-13-01", "bbox=1,2,3", "bbox=0,91,1,92", "page=0", "pageSize=501", "pageSize=x", "role=victim" })
            await AssertProblem(await server.Client.GetAsync($"api/incidents?{query}"), HttpStatusCode.BadRequest);
        await AssertProblem(await server.Client.GetAsync("api/export?format=xlsx"), HttpStatusCode.BadRequest);
        await AssertProblem(await server.Client.GetAsync("api/incidents/inc-000000000000"), HttpStatusCode.NotFound);
        await AssertProblem(await server.Client.GetAsync("api/documents/nothing"), HttpStatusCode.NotFound);
        await AssertProblem(await server.Client.GetAsync("api/nothing/here"), HttpStatusCode.NotFound);
    }

    [EnvironmentFact]
    public async Task An_incident_is_the_record_analyze_writes_with_its_documents()
    {
        await using var server = await Start();
        var report = server.Store.LoadReport();
        var police = report.Incidents.Single(i => i.Role == Events.IncidentRole.Primary && i.Title.Contains("Police", StringComparison.Ordinal));
        var response = await server.Client.GetAsync($"api/incidents/{police.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        // The incident's bytes are exactly JsonReportWriter.WriteIncident's.
        Assert.StartsWith("{\"incident\":" + IncidentRow.IncidentJson(police) + ",\"documents\":[", text);
        var body = await Json(response);
        Assert.Equal(4, body.GetProperty("documents").GetArrayLength());
        Assert.NotEmpty(body.GetProperty("incident").GetProperty("conflicts").EnumerateArray());
        Assert.NotEmpty(body.GetProperty("incident").GetProperty("history").EnumerateArray());
    }

    [EnvironmentFact]
    public async Task A_document_gives_its_cleaned_text_and_evidence_spans()
    {
        await using var server = await Start();
        var body = await Json(await server.Client.GetAsync("api/documents/002_07d0ea6010db6825"));
        var text = body.GetProperty("text").GetString()!;
        var spans = body.GetProperty("spans").EnumerateArray().ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.InRange(s.GetProperty("end").GetInt32(), s.GetProperty("start").GetInt32() + 1, text.Length));
        Assert.Contains(spans, s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()].Contains("Seven people", StringComparison.Ordinal));
    }

    [EnvironmentFact]
    public async Task Export_gives_the_stores_bytes_in_each_format()
    {
        await using var server = await Start();
        foreach (var format in ReportExporter.Formats)
        {
            var response = await server.Client.GetAsync($"api/export?format={format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(Seeds.Json(server.Store.LoadReport(), format), bytes);
            Assert.Equal($"sitrep.{ReportExporter.FileExtension(format)}", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        }
    }

    [EnvironmentFact]
    public async Task Posting_articles_needs_the_key_and_updates_incidents()
    {
        await using var server = await Start(seeds: false);
        var article = new StringContent("""{"id": "p1", "text": "Gunmen killed three policemen at a checkpoint in Quetta on Monday, officials said.", "published": "2024-03-05"}""",
            Encoding.UTF8, "application/json");
        await AssertProblem(await server.Client.PostAsync("api/articles", article), HttpStatusCode.Unauthorized);

        using var wrongKey = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = article };
        wrongKey.Headers.Add("X-Api-Key", "wrong");
        await AssertProblem(await server.Client.SendAsync(wrongKey), HttpStatusCode.Unauthorized);

        var created = await Post(server, article);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Json(created);
        Assert.Equal(1, body.GetProperty("added").GetInt32());
        var incidentId = body.GetProperty("documents")[0].GetProperty("incidents")[0].GetString();
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"api/incidents/{incidentId}")).StatusCode);

        var again = await Post(server, new StringContent("""{"id": "p1", "text": "Gunmen killed three policemen at a checkpoint in Quetta on Monday, officials said.", "published": "2024-03-05"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await Json(again)).GetProperty("duplicates").GetInt32());

        var html = new StringContent("<html><head><title>Blast</title></head><body><article><p>A bomb killed five people at a market in Peshawar on Friday, police said.</p></article></body></html>",
            Encoding.UTF8, "text/html");
        var page = await Post(server, html, "?id=p2&published=2024-03-09");
        Assert.Equal(HttpStatusCode.Created, page.StatusCode);
        Assert.Equal(2, server.Store.Reader.Count("documents"));

        await AssertProblem(await Post(server, new StringContent("not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblem(await Post(server, new StringContent("""{"id": "x"}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblem(await Post(server, new StringContent("text", Encoding.UTF8, "text/plain")), HttpStatusCode.BadRequest);
        await AssertProblem(await Post(server, new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }), HttpStatusCode.UnsupportedMediaType);
        await AssertProblem(await Post(server, new StringContent(new string('a', 300 * 1024), Encoding.UTF8, "text/plain"), "?id=big"), HttpStatusCode.RequestEntityTooLarge);
    }

    [EnvironmentFact]
    public async Task Without_a_configured_key_writes_are_refused()
    {
        await using var server = await WebServer.Start(factory.NewLocation(), seeds: false, apiKey: null);
        var article = new StringContent("""{"id": "a", "text": "Gunmen killed two soldiers in Karachi on Tuesday."}""", Encoding.UTF8, "application/json");
        await AssertProblem(await Post(server, article), HttpStatusCode.Forbidden);
        Assert.Equal(0, server.Store.Reader.Count("documents"));
    }

    [EnvironmentFact]
    public async Task Reads_can_be_closed_by_configuration()
    {
        await using var server = await Start(readsOpen: false, seeds: false);
        await AssertProblem(await server.Client.GetAsync("api/incidents"), HttpStatusCode.Unauthorized);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/incidents");
        request.Headers.Add("X-Api-Key", WebServer.ApiKey);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(request)).StatusCode);
        // The page itself is served: it asks for the key.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("")).StatusCode);
    }

    [EnvironmentFact]
    public async Task Serves_the_page_the_openapi_description_and_safe_headers()
    {
        await using var server = await Start(seeds: false);
        foreach (var path in new[] { "", "incident.html", "js/index.js", "lib/d3.min.js", "lib/countries-110m.json", "api/status" })
        {
            var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
        var openApi = await Json(await server.Client.GetAsync("openapi/v1.json"));
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/incidents", "/api/incidents/{id}", "/api/documents/{id}", "/api/export", "/api/articles" })
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
    }

    [EnvironmentFact]
    public async Task An_old_incident_id_redirects_to_the_record_that_took_over_its_reports()
    {
        await using var server = await Start(seeds: false);
        Seeds.Ingest(server.Store, [Seeds.PathOf("003")]);
        var before = server.Store.Reader.List(new IncidentQuery { Role = "primary" }).Items.Single().Id;
        Seeds.Ingest(server.Store, [Seeds.PathOf("002")]);
        var after = server.Store.Reader.List(new IncidentQuery { Role = "primary" }).Items.Single().Id;
        if (before == after) return; // ids that survive a new report need no redirect
        var response = await server.Client.GetAsync($"api/incidents/{before}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith($"/api/incidents/{after}", response.Headers.Location!.ToString());
    }

    private static Task<HttpResponseMessage> Post(WebServer server, HttpContent content, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/articles" + query) { Content = content };
        request.Headers.Add("X-Api-Key", WebServer.ApiKey);
        return server.Client.SendAsync(request);
    }
}

public sealed class SqliteApiTests() : ApiContractTests(new SqliteStoreFactory());

[RequiresEnvironment(PostgresStoreFactory.Variable, "scripts/ci/setup-postgres.sh")]
public sealed class PostgresApiTests() : ApiContractTests(new PostgresStoreFactory());
