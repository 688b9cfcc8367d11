using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// Builds the server: the JSON API under /api, its OpenAPI description at /openapi/v1.json, and
/// the page (wwwroot) at /, all from one process over one store. Wiring only.
/// </summary>
public static class SitrepWebApp
{
    public static WebApplication Build(SitrepWebOptions options, IncidentStore? store = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, WebRootPath = options.WebRoot });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store ?? IncidentStore.Open(options.Store));
        builder.Services.AddSingleton(sp => new StoreIngestor(sp.GetRequiredService<IncidentStore>(), DocumentAnalyzer.Default));
        builder.Services.AddSingleton<ApiKeyGate>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request the server could not read (a body over the limit, a broken upload) is the client's error, and says so.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : e is JsonException ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        var files = new PhysicalFileProvider(options.WebRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        IncidentEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        ExportEndpoints.Map(api);
        ArticleEndpoints.Map(api);
        api.MapGet("/status", (IncidentStore s, SitrepWebOptions o) => Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("documents", s.Reader.Count("documents"));
            w.WriteNumber("incidents", s.Reader.Count());
            w.WriteNumber("schema_version", s.SchemaVersion());
            w.WriteBoolean("reads_open", o.ReadsOpen);
            w.WriteBoolean("writes_enabled", !string.IsNullOrEmpty(o.ApiKey));
            w.WriteEndObject();
        })).WithName("Status").WithSummary("How many documents and incidents the store holds").RequireKeyForReads();
        // Anything else under /api is a 404 with a problem body, not the page.
        api.MapGet("/{**rest}", (string? rest) => Problems.NotFound($"No endpoint /api/{rest}."));
        return app;
    }
}
