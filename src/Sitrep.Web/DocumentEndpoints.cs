using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>GET /api/documents/{id}: the cleaned text and the spans of it cited as evidence.</summary>
public static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/documents/{id}", Get)
            .WithName("GetDocument")
            .WithSummary("One document: metadata, cleaned text (the text evidence offsets refer to), its incidents, and the evidence spans cited from it")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireKeyForReads();

    private static IResult Get(string id, IncidentStore store)
    {
        // Document ids come from articles and may hold '/': the server decodes every escape in a path but %2F.
        id = id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var d = store.Reader.GetDocument(id);
        if (d is null) return Problems.NotFound($"No document '{id}' in the store.");
        return Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            Json.Nullable(w, "title", d.Title);
            Json.Nullable(w, "published", d.Published);
            Json.Nullable(w, "outlet", d.Outlet);
            Json.Nullable(w, "url", d.Url);
            w.WriteString("text", d.Text);
            w.WriteStartArray("incidents");
            foreach (var (incident, relation) in d.Incidents)
            {
                w.WriteStartObject();
                w.WriteString("id", incident);
                w.WriteString("relation", relation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("spans");
            foreach (var s in d.Spans)
            {
                w.WriteStartObject();
                w.WriteNumber("start", s.Start);
                w.WriteNumber("end", s.End);
                w.WriteString("field", s.Field);
                w.WriteString("incident", s.Incident);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
