using System.Globalization;
using System.Text.Json;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>GET /api/incidents (list, filters, paging) and GET /api/incidents/{id} (the dossier).</summary>
public static class IncidentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/incidents", List)
            .WithName("ListIncidents")
            .WithSummary("Incidents, filtered and paged")
            .WithDescription("q: full-text (every word); from, to: YYYY-MM-DD (incidents whose dates overlap); country: ISO code or name; " +
                             "type: GTD attack type or ACLED event/sub-event type; perpetrator: part of a name or alias; bbox: west,south,east,north; " +
                             "role: primary|background; page from 1; pageSize 1-500.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireKeyForReads();
        api.MapGet("/incidents/{id}", Get)
            .WithName("GetIncident")
            .WithSummary("One incident: the record exactly as 'sitrep analyze' writes it, and its documents' metadata")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireKeyForReads();
    }

    private static IResult List(HttpContext http, IncidentStore store,
        string? q, string? from, string? to, string? country, string? type, string? perpetrator, string? bbox, string? role, string? page, string? pageSize)
    {
        if (!TryDate(from, out var fromDate)) return Problems.BadRequest($"from: '{from}' is not a date (YYYY-MM-DD).");
        if (!TryDate(to, out var toDate)) return Problems.BadRequest($"to: '{to}' is not a date (YYYY-MM-DD).");
        BoundingBox? box = null;
        if (!string.IsNullOrEmpty(bbox) && !BoundingBox.TryParse(bbox, out box))
            return Problems.BadRequest($"bbox: '{bbox}' is not west,south,east,north in degrees.");
        if (!TryInt(page, 1, 1, int.MaxValue / IncidentQuery.MaxPageSize, out var pageNumber)) return Problems.BadRequest($"page: '{page}' is not a page number (1 or more).");
        if (!TryInt(pageSize, 50, 1, IncidentQuery.MaxPageSize, out var size)) return Problems.BadRequest($"pageSize: '{pageSize}' is not between 1 and {IncidentQuery.MaxPageSize}.");
        if (role is not (null or "" or "primary" or "background")) return Problems.BadRequest($"role: '{role}' is not primary or background.");
        foreach (var (name, value) in new[] { ("q", q), ("country", country), ("type", type), ("perpetrator", perpetrator) })
            if (value?.Length > 500) return Problems.BadRequest($"{name}: longer than 500 characters.");
        var list = store.Reader.List(new IncidentQuery
        {
            Text = q, From = fromDate, To = toDate, Country = country, Type = type, Perpetrator = perpetrator, Bbox = box,
            Role = string.IsNullOrEmpty(role) ? null : role, Page = pageNumber, PageSize = size,
        });
        return Json.Write(w => IncidentListJson.Write(w, list));
    }

    private static IResult Get(string id, IncidentStore store)
    {
        var dossier = store.Reader.Get(id, out var current);
        if (dossier is null)
        {
            return current is not null
                ? Results.Redirect($"/api/incidents/{Uri.EscapeDataString(current)}", permanent: true)
                : Problems.NotFound($"No incident '{id}' in the store.");
        }
        return Json.Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("incident");
            w.WriteRawValue(dossier.Json, skipInputValidation: true);
            w.WriteStartArray("documents");
            foreach (var d in dossier.Documents)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                Json.Nullable(w, "title", d.Title);
                Json.Nullable(w, "published", d.Published);
                Json.Nullable(w, "outlet", d.Outlet);
                Json.Nullable(w, "url", d.Url);
                w.WriteString("relation", d.Relation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    private static bool TryInt(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (string.IsNullOrEmpty(text)) return true;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}

/// <summary>JSON responses written with a Utf8JsonWriter: field order and bytes as the writers define them.</summary>
public static class Json
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Write(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options)) write(w);
        return new JsonBytes(buffer.ToArray(), status);
    }

    private sealed class JsonBytes(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = body.Length;
            return http.Response.Body.WriteAsync(body).AsTask();
        }
    }

    public static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
