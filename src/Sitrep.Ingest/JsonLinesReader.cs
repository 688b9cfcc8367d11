using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Reads JSON Lines articles: <c>{"id", "text" | "html", "title"?, "url"?, "published"?, "outlet"?}</c>,
/// one per line; unknown keys are ignored. A bad line is reported with its line number and the
/// rest of the file is still read.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<InputItem> Read(string path, string content, PublicationDate? fallbackPublished, ReadLimits limits)
    {
        var lineNumber = 0;
        using var reader = new StringReader(content);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = $"{path}:{lineNumber}";
            yield return ReadLine(where, line, lineNumber, path, fallbackPublished, limits);
        }
    }

    private static InputItem ReadLine(string where, string line, int lineNumber, string path, PublicationDate? fallbackPublished, ReadLimits limits)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return InputItem.Failed(where, $"not valid JSON: {e.Message}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return InputItem.Failed(where, "a line must hold a JSON object");
            var text = String(root, "text");
            if (text is null && String(root, "html") is not null)
                return InputItem.Failed(where, "\"html\" articles are not read yet: give \"text\"");
            if (string.IsNullOrWhiteSpace(text)) return InputItem.Failed(where, "no \"text\"");
            if (text.Length > limits.MaxRecordChars)
                return InputItem.Failed(where, $"{text.Length:N0} characters; the limit for one article is {limits.MaxRecordChars:N0}");
            var id = String(root, "id") ?? (root.TryGetProperty("id", out var idNumber) && idNumber.ValueKind == JsonValueKind.Number ? idNumber.GetRawText() : null)
                     ?? $"{Path.GetFileNameWithoutExtension(path)}-{lineNumber}";
            PublicationDate? published = fallbackPublished;
            string? warning = null;
            if (String(root, "published") is { } p)
            {
                if (PublicationDate.TryParse(p, out var date)) published = date;
                else warning = $"\"published\" is not an ISO date: '{p}'";
            }
            var article = new Article(id, text)
            {
                Title = String(root, "title"),
                Url = String(root, "url"),
                Outlet = String(root, "outlet"),
                Published = published,
                Source = where,
            };
            return InputItem.Read(article, where, warning);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
