using System.Text;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Ingest.Html;

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
                yield return InputItem.Failed(where, $"a line of {line.Length:N0} characters; the limit is {limits.MaxRecordChars * 2:N0}", "too large");
                continue;
            }
            if (line.Contains('\0'))
            {
                yield return InputItem.Failed(where, "binary content, not JSON text (NUL bytes)", "binary content");
                continue;
            }
            yield return ReadLine(where, line, lineNumber, path, fallbackPublished, limits);
        }
        if (!any) yield return InputItem.Failed(path, "the file holds no JSON Lines records", "empty input");
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
            return InputItem.Failed(where, $"not valid JSON: {e.Message}", "malformed JSON line");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return InputItem.Failed(where, "a line must hold a JSON object", "malformed JSON line");
            var text = String(root, "text");
            var html = text is null ? String(root, "html") : null;
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html)) return InputItem.Failed(where, "no \"text\" or \"html\"", "no article text");
            var length = (text ?? html)!.Length;
            if (length > limits.MaxRecordChars * (html is null ? 1L : 4L))
                return InputItem.Failed(where, $"{length:N0} characters; the limit for one article is {limits.MaxRecordChars:N0}", "too large");
            var id = String(root, "id") ?? (root.TryGetProperty("id", out var idNumber) && idNumber.ValueKind == JsonValueKind.Number ? idNumber.GetRawText() : null)
                     ?? $"{Path.GetFileNameWithoutExtension(path)}-{lineNumber}";
            PublicationDate? published = fallbackPublished;
            string? warning = null;
            if (String(root, "published") is { } p)
            {
                if (PublicationDate.TryParse(p, out var date) && PageDates.IsPlausible(date.Date)) published = date;
                else warning = $"\"published\" is not an ISO date of 1900 to 2200: '{p}'";
            }
            if (html is not null)
            {
                // A page in a line: read like an .html file; what the line itself says wins over what the page says.
                var reading = HtmlArticleReader.Default.Read(html, id, String(root, "url"), where, published);
                if (reading.Article is null) return InputItem.Failed(where, reading.Problem ?? "no article text found in \"html\"", "no article text");
                var page = reading.Article;
                var fromLine = String(root, "published") is not null && warning is null;
                return InputItem.Read(page with
                {
                    Title = String(root, "title") ?? page.Title,
                    Url = String(root, "url") ?? page.Url,
                    Outlet = String(root, "outlet") ?? page.Outlet,
                    Published = fromLine ? published : page.Published,
                }, where, warning);
            }
            var article = new Article(id, text!)
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
