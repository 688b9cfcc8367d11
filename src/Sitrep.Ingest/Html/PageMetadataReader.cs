using System.Collections.Frozen;
using AngleSharp.Dom;
using Sitrep.Documents;

namespace Sitrep.Ingest.Html;

/// <summary>The metadata a page gives about its article; any of it may be missing.</summary>
/// <param name="PublishedFrom">Where the publication date was read ("meta article:published_time", "json-ld datePublished", "time element", "url").</param>
public sealed record PageMetadata(
    string? Title,
    PublicationDate? Published,
    string? PublishedFrom,
    string? Outlet,
    string? Byline,
    string? CanonicalUrl,
    string? Language);

/// <summary>
/// Reads title, publication date, outlet, byline, canonical URL and language from a parsed page:
/// meta tags (<c>Resources/page-metadata.tsv</c>), JSON-LD, <c>&lt;time&gt;</c> elements, the
/// <c>&lt;html lang&gt;</c> attribute, and the date in the URL. The publication date is the
/// original one: JSON-LD <c>datePublished</c> first, then the meta tags that name publication,
/// then a <c>&lt;time&gt;</c> marked as the publication, then the URL; an "updated" or "modified"
/// date is never taken for it.
/// </summary>
internal sealed class PageMetadataReader
{
    private readonly FrozenDictionary<string, (string Field, int Rank)> names;

    private PageMetadataReader(FrozenDictionary<string, (string Field, int Rank)> names) => this.names = names;

    public static PageMetadataReader Default { get; } = Load();

    private static PageMetadataReader Load()
    {
        var table = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        var rank = 0;
        foreach (var row in IngestResources.Load("page-metadata.tsv").Rows)
        {
            var field = row["field"];
            if (field is not ("published" or "modified" or "outlet" or "byline" or "title" or "language")) throw row.Error($"unknown field '{field}'");
            table.TryAdd(row["name"], (field, rank++));
        }
        return new PageMetadataReader(table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    public PageMetadata Read(IDocument document, JsonLdArticle? jsonLd, string? url)
    {
        var best = new Dictionary<string, (string Value, int Rank, string Name)>(StringComparer.Ordinal);
        var dates = new List<(string Value, int Rank, string Name)>();
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content) || !names.TryGetValue(key.Trim(), out var entry)) continue;
            if (entry.Field == "published") dates.Add((content.Trim(), entry.Rank, key.Trim()));
            if (!best.TryGetValue(entry.Field, out var current) || entry.Rank < current.Rank) best[entry.Field] = (content.Trim(), entry.Rank, key.Trim());
        }
        string? Meta(string field) => best.TryGetValue(field, out var v) ? v.Value : null;

        var outlet = jsonLd?.Publisher ?? Meta("outlet");
        if (outlet is not null && outlet.StartsWith('@') && best.TryGetValue("outlet", out var o) && o.Name.Equals("twitter:site", StringComparison.OrdinalIgnoreCase))
            outlet = outlet.TrimStart('@');
        var byline = jsonLd?.Author ?? Byline(document, Meta("byline"));
        var canonical = document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href") is { Length: > 0 } href && IsAbsolute(href) ? href
            : document.QuerySelector("meta[property='og:url']")?.GetAttribute("content") is { Length: > 0 } og && IsAbsolute(og) ? og
            : url;
        var (published, from) = Published(document, jsonLd, dates, url, canonical);
        var language = Language(document.DocumentElement.GetAttribute("lang")) ?? Language(jsonLd?.Language) ?? Language(Meta("language"));
        return new PageMetadata(Title(document, jsonLd, Meta("title"), outlet), published, from, outlet, byline, canonical, language);
    }

    private static (PublicationDate?, string?) Published(IDocument document, JsonLdArticle? jsonLd, List<(string Value, int Rank, string Name)> metas, string? url,
        string? canonical)
    {
        if (PageDates.TryParse(jsonLd?.DatePublished, out var date)) return (date, "json-ld datePublished");
        // In the table's order; a tag holding a placeholder ("0001-01-01") gives way to the next.
        foreach (var meta in metas.OrderBy(m => m.Rank))
            if (PageDates.TryParse(meta.Value, out date)) return (date, $"meta {meta.Name}");
        // <time> elements: one marked as the publication first, then the first that is not marked as an update.
        IElement? chosen = null;
        foreach (var time in document.QuerySelectorAll("time"))
        {
            // A date in a sidebar, a menu or a list of related stories belongs to another article.
            if (InFurniture(time)) continue;
            var marks = $"{time.ClassName} {time.GetAttribute("itemprop")} {time.ParentElement?.ClassName}".ToLowerInvariant();
            if (marks.Contains("modif", StringComparison.Ordinal) || marks.Contains("updat", StringComparison.Ordinal)) continue;
            if (time.HasAttribute("pubdate") || marks.Contains("publish", StringComparison.Ordinal) || marks.Contains("datepublished", StringComparison.Ordinal))
            {
                chosen = time;
                break;
            }
            chosen ??= time;
        }
        if (chosen is not null && PageDates.TryParse(chosen.GetAttribute("datetime") ?? chosen.TextContent, out date)) return (date, "time element");
        if (PageDates.TryFromUrl(url, out date) || PageDates.TryFromUrl(canonical, out date)) return (date, "url");
        return (null, null);
    }

    private static bool InFurniture(IElement element)
    {
        // The body's own classes describe the whole page ("nav-no-loaded"), never a sidebar.
        for (var e = element.ParentElement; e is not null && e.TagName is not ("BODY" or "HTML" or "ARTICLE" or "MAIN"); e = e.ParentElement)
        {
            if (e.TagName is "NAV" or "ASIDE" or "FOOTER" or "LI") return true;
            if (ContentHints.Default.Read(e).Strongest == HintKind.Drop) return true;
        }
        return false;
    }

    /// <summary>The headline: schema.org or Open Graph where given (without a " | Outlet" suffix), else the one h1, else the document title.</summary>
    private static string? Title(IDocument document, JsonLdArticle? jsonLd, string? metaTitle, string? outlet)
    {
        var h1s = document.QuerySelectorAll("h1");
        var h1 = h1s.Length >= 1 ? Clean(TextBlocks.TextOf(h1s[0])) : null;
        foreach (var candidate in (ReadOnlySpan<string?>)[jsonLd?.Headline, metaTitle])
        {
            var title = StripOutlet(Clean(candidate), outlet);
            if (title is null) continue;
            // An h1 that is the headline without the outlet's suffix is the better form of it.
            if (h1 is not null && title.StartsWith(h1, StringComparison.Ordinal)) return h1;
            return title;
        }
        if (h1 is { Length: > 0 }) return h1;
        return StripOutlet(Clean(document.Title), outlet);
    }

    private static string? StripOutlet(string? title, string? outlet)
    {
        if (title is null) return null;
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var tail = title[(at + separator.Length)..];
            // The tail is the outlet when it names it, or when it is short and the head is long (a site name).
            var namesOutlet = outlet is not null && tail.Contains(outlet, StringComparison.OrdinalIgnoreCase);
            var looksLikeSiteName = tail.Length <= 30 && at >= 30 && tail.Split(' ').Length <= 3;
            if (namesOutlet || looksLikeSiteName)
                return title[..at].TrimEnd();
        }
        return title;
    }

    private static string? Byline(IDocument document, string? meta)
    {
        if (meta is not null && !meta.StartsWith("http", StringComparison.Ordinal)) return meta;
        foreach (var selector in (ReadOnlySpan<string>)["[rel~='author']", "[itemprop='author'] [itemprop='name']", "[itemprop='author']"])
        {
            if (document.QuerySelector(selector) is { } e && Clean(TextBlocks.TextOf(e)) is { Length: > 1 and < 120 } name) return name;
        }
        return null;
    }

    /// <summary>"en-US", "en_GB" and "EN" all give the language as BCP 47 writes it ("en-US", "en-GB", "en").</summary>
    internal static string? Language(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter)) return null;
        var language = parts[0].ToLowerInvariant();
        return parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiLetter) ? $"{language}-{parts[1].ToUpperInvariant()}" : language;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static bool IsAbsolute(string href) => Uri.TryCreate(href, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https");
}
