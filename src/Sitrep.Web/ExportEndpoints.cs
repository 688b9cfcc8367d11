using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>GET /api/export?format=...: the whole store, the same bytes as <c>sitrep export</c>.</summary>
public static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/export", Export)
            .WithName("Export")
            .WithSummary("The whole store in one format: json, jsonl, markdown, csv-acled, csv-gtd or geojson")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireKeyForReads();

    private static IResult Export(IncidentStore store, string? format)
    {
        format = string.IsNullOrEmpty(format) ? "json" : format;
        if (!ReportExporter.Formats.Contains(format))
            return Problems.BadRequest($"format: '{format}' is not one of {string.Join(", ", ReportExporter.Formats)}.");
        var report = store.LoadReport();
        using var buffer = new MemoryStream();
        ReportExporter.Write(report, format, buffer);
        return Results.File(buffer.ToArray(), ReportExporter.ContentType(format), $"sitrep.{ReportExporter.FileExtension(format)}");
    }
}
