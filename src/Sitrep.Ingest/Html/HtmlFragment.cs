using AngleSharp.Html.Parser;

namespace Sitrep.Ingest.Html;

/// <summary>Text of an HTML fragment (a feed item's content or title): paragraphs separated by blank lines; plain text passes through.</summary>
internal static class HtmlFragment
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    public static string ToText(string html)
    {
        // Most titles and many descriptions are plain text: no parser needed.
        if (!html.Contains('<') && !html.Contains('&')) return html.Trim();
        using var document = new HtmlParser(Options).ParseDocument(html);
        return string.Join("\n\n", MainContentExtractor.Default.Fragment(document));
    }
}
