using System.Text;
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
    /// <summary>Streams the lines of a JSON Lines file; a file that cannot be opened is one error.</summary>
    public static IEnumerable<InputItem> Read(string path, PublicationDate? fallbackPublished, ReadLimits limits)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [InputItem.Failed(path, $"cannot read the file: {e.Message}")];
        }
        return Read(path, reader, fallbackPublished, limits);
    }

    public static IEnumerable<InputItem> Read(string path, TextReader reader, PublicationDate? fallbackPublished, ReadLimits limits)
    {
        using var owned = reader;
        var lineNumber = 0;
        var any = false;
        while (true)
        {
            string? line;
            string? failure = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (IOException e)
            {
                line = null;
                failure = $"cannot read line {lineNumber + 1}: {e.Message}";
            }
            if (failure is not null)
            {
                yield return InputItem.Failed(path, failure);
                yield break;
            }
            if (line is null) break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            var where = $"{path}:{lineNumber}";
            if (line.Length > limits.MaxRecordChars * 2)
            {
                yield return InputItem.Failed(where, $"a line of {line.Length:N0} characters; the limit is {limits.MaxRecordChars * 2:N0}");
                continue;
            }
            if (line.Contains('\0'))
            {
                yield return InputItem.Failed(where, "binary content, not JSON text (NUL bytes)");
                continue;
            }
            yield return ReadLine(where, line, lineNumber, path, fallbackPublished, limits);
        }
        if (!any) yield return InputItem.Failed(path, "the file holds no JSON Lines records");
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
