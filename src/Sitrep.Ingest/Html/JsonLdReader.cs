using System.Text.Json;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>What a page's JSON-LD (schema.org) says of its article.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? DateModified, string? Author, string? Publisher, string? ArticleBody,
    string? Url, string? Language);

/// <summary>
/// Reads the schema.org article in a page's <c>&lt;script type="application/ld+json"&gt;</c> blocks:
/// the first object whose <c>@type</c> is an article kind (NewsArticle, Article, BlogPosting,
/// ReportageNewsArticle, ...), found in arrays, <c>@graph</c> and <c>mainEntity</c>. A block that is
/// not valid JSON is skipped: publishers often leave one broken, and the page is still readable.
/// </summary>
internal static class JsonLdReader
{
    /// <summary>Bounds the JSON read from one page (a hostile page can be all JSON).</summary>
    private const int MaxScriptChars = 2_000_000;

    private const int MaxDepth = 64;

    public static JsonLdArticle? Read(IDocument document)
    {
        JsonLdArticle? webPage = null;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type is null || !type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var text = script.TextContent;
            if (text.Length == 0 || text.Length > MaxScriptChars) continue;
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
            }
            catch (JsonException)
            {
                continue;
            }
            using (json)
            {
                var found = Find(json.RootElement, 0, ref webPage);
                if (found is not null) return found;
            }
        }
        return webPage;
    }

    private static JsonLdArticle? Find(JsonElement e, int depth, ref JsonLdArticle? webPage)
    {
        if (depth > 8) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (Find(item, depth + 1, ref webPage) is { } found) return found;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        var kind = TypeOf(e);
        if (kind == Kind.Article) return Article(e);
        if (kind == Kind.WebPage && webPage is null) webPage = Article(e);
        foreach (var name in (ReadOnlySpan<string>)["@graph", "mainEntity", "mainEntityOfPage"])
            if (e.TryGetProperty(name, out var inner) && Find(inner, depth + 1, ref webPage) is { } found) return found;
        return null;
    }

    private enum Kind
    {
        Other,
        Article,
        WebPage,
    }

    private static Kind TypeOf(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type)) return Kind.Other;
        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        var result = Kind.Other;
        foreach (var name in names)
        {
            if (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting" or "Report" or "SocialMediaPosting") return Kind.Article;
            if (name.EndsWith("WebPage", StringComparison.Ordinal)) result = Kind.WebPage;
        }
        return result;
    }

    private static JsonLdArticle Article(JsonElement e) => new(
        Text(e, "headline") ?? Text(e, "name"),
        Text(e, "datePublished") ?? Text(e, "dateCreated"),
        Text(e, "dateModified"),
        Names(e, "author") ?? Names(e, "creator"),
        Names(e, "publisher"),
        Text(e, "articleBody") ?? Text(e, "text"),
        Text(e, "url"),
        Text(e, "inLanguage"));

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s.Trim() : null,
            JsonValueKind.Array => v.EnumerateArray().FirstOrDefault(x => x.ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.String } first ? first.GetString() : null,
            _ => null,
        } : null;

    /// <summary>A person or organisation, or a list of them: their names joined ("Jane Doe and John Roe").</summary>
    private static string? Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        var names = new List<string>();
        void Add(JsonElement x)
        {
            if (x.ValueKind == JsonValueKind.String && x.GetString() is { Length: > 0 } s && !s.StartsWith("http", StringComparison.Ordinal)) names.Add(s.Trim());
            else if (x.ValueKind == JsonValueKind.Object && Text(x, "name") is { } n) names.Add(n);
        }
        if (v.ValueKind == JsonValueKind.Array)
            foreach (var x in v.EnumerateArray().Take(10)) Add(x);
        else Add(v);
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count switch
        {
            0 => null,
            1 => distinct[0],
            _ => string.Join(", ", distinct[..^1]) + " and " + distinct[^1],
        };
    }
}
