using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Ingest.Html;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// POST /api/articles: new articles into the store, each analysed and committed with the incidents
/// it changes. The body is one JSON article (the JSON Lines shape of OUTPUT.md), JSON Lines
/// (application/x-ndjson, several), a web page (text/html) or plain text (text/plain), the last two
/// with <c>?id=&amp;published=&amp;url=&amp;title=&amp;outlet=</c>. Needs the API key.
/// </summary>
public static class ArticleEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/articles", Post)
            .WithName("PostArticles")
            .WithSummary("Add articles: application/json (one article: id, text or html, title, url, published, outlet), application/x-ndjson (several), " +
                         "text/html or text/plain (with ?id=&published=&url=&title=&outlet=). Needs X-Api-Key.")
            .Accepts<string>("application/json", "application/x-ndjson", "text/html", "text/plain")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireKeyForWrites()
            .DisableAntiforgery();

    private static async Task<IResult> Post(HttpContext http, IncidentStore store, StoreIngestor ingestor, SitrepWebOptions options,
        string? id, string? published, string? url, string? title, string? outlet)
    {
        var request = http.Request;
        if (request.ContentLength > options.MaxRequestBytes) return TooLarge(options);
        string body;
        try
        {
            body = await ReadBody(request, options.MaxRequestBytes);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        catch (InvalidDataException)
        {
            return TooLarge(options);
        }
        if (string.IsNullOrWhiteSpace(body)) return Problems.BadRequest("The request has no body.");

        PublicationDate? date = null;
        if (!string.IsNullOrEmpty(published))
        {
            if (!PublicationDate.TryParse(published, out var d)) return Problems.BadRequest($"published: '{published}' is not an ISO date or date-time.");
            date = d;
        }
        var mediaType = (request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        List<InputItem> items;
        switch (mediaType)
        {
            case "application/json":
                string line;
                try
                {
                    using var json = JsonDocument.Parse(body);
                    if (json.RootElement.ValueKind != JsonValueKind.Object) return Problems.BadRequest("The body must be one JSON object: {\"id\", \"text\" | \"html\", ...}.");
                    line = JsonSerializer.Serialize(json.RootElement); // one line, as the JSON Lines reader reads it
                }
                catch (JsonException e)
                {
                    return Problems.BadRequest($"The body is not valid JSON: {e.Message}");
                }
                items = [.. JsonLinesReader.Read("request", new StringReader(line), date, ReadLimits.Default)];
                break;
            case "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines":
                items = [.. JsonLinesReader.Read("request", new StringReader(body), date, ReadLimits.Default)];
                break;
            case "text/html" or "text/plain":
                if (string.IsNullOrWhiteSpace(id)) return Problems.BadRequest("A page or text needs ?id= (the document's id).");
                if (id.Length > 200) return Problems.BadRequest("id: longer than 200 characters.");
                if (mediaType == "text/html")
                {
                    var reading = HtmlArticleReader.Default.Read(body, id, url, "request", date);
                    if (reading.Article is null) return Problems.BadRequest(reading.Problem ?? "No article text found in the page.");
                    items = [InputItem.Read(reading.Article with { Title = title ?? reading.Article.Title, Outlet = outlet ?? reading.Article.Outlet, Published = date ?? reading.Article.Published }, "request")];
                }
                else
                {
                    items = [InputItem.Read(new Article(id, body) { Title = title, Url = url, Outlet = outlet, Published = date, Source = "request" }, "request")];
                }
                break;
            default:
                return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    "Send application/json, application/x-ndjson, text/html or text/plain.");
        }

        var errors = items.Where(i => i.Error is not null).Select(i => $"{i.Path}: {i.Error}").ToList();
        if (errors.Count > 0) return Problems.BadRequest(string.Join("; ", errors));
        var messages = new List<string>();
        var outcome = ingestor.Run(items, messages.Add);
        if (outcome.Failed > 0) return Problems.BadRequest(string.Join("; ", messages));
        var articleIds = items.Where(i => i.Article is not null).Select(i => i.Article!.Id).ToList();
        return Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("added", outcome.Added);
            w.WriteNumber("duplicates", outcome.Duplicates);
            w.WriteStartArray("documents");
            foreach (var docId in articleIds)
            {
                var doc = store.Reader.GetDocument(docId);
                if (doc is null) continue;
                w.WriteStartObject();
                w.WriteString("id", doc.Id);
                w.WriteStartArray("incidents");
                foreach (var (incident, _) in doc.Incidents) w.WriteStringValue(incident);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }, outcome.Added > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult TooLarge(SitrepWebOptions options) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The limit is {options.MaxRequestBytes:N0} bytes.");

    /// <summary>The body as text, refusing more than the limit whatever Content-Length said.</summary>
    private static async Task<string> ReadBody(HttpRequest request, long limit)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > limit) throw new InvalidDataException("too large");
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
