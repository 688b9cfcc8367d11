using AngleSharp.Html.Parser;
using Sitrep.Documents;

namespace Sitrep.Ingest.Html;

/// <summary>What reading one page gave: the article, or the reason there is none.</summary>
public sealed record HtmlReading(Article? Article, PageMetadata? Metadata, string? Problem);

/// <summary>
/// Reads a saved web page into an <see cref="Article"/>: the article's paragraphs as its text
/// (separated by blank lines), the headline as its title, and the page's metadata. The parser runs
/// no script and fetches nothing.
/// </summary>
public sealed class HtmlArticleReader
{
    private readonly MainContentExtractor extractor;
    private readonly PageMetadataReader metadata;

    internal HtmlArticleReader(MainContentExtractor extractor, PageMetadataReader metadata)
    {
        this.extractor = extractor;
        this.metadata = metadata;
    }

    /// <summary>A JSON-LD <c>articleBody</c> shorter than this is a teaser, not the body.</summary>
    private const int MinJsonLdBody = 400;

    public static HtmlArticleReader Default { get; } = new(MainContentExtractor.Default, PageMetadataReader.Default);

    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    /// <param name="url">The page's address as the container gave it (a WARC target URI, a feed link), for dates in URLs.</param>
    public HtmlReading Read(string html, string id, string? url, string source, PublicationDate? fallbackPublished)
    {
        var parser = new HtmlParser(Options);
        using var document = parser.ParseDocument(html);
        var jsonLd = JsonLdReader.Read(document);
        var meta = metadata.Read(document, jsonLd, url);
        var paragraphs = extractor.Extract(document);
        var body = string.Join("\n\n", paragraphs);
        if (jsonLd?.ArticleBody is { Length: >= MinJsonLdBody } ldBody && Preferable(ldBody, body)) body = ldBody;
        if (string.IsNullOrWhiteSpace(body)) return new HtmlReading(null, meta, "no article text found in the page");
        var article = new Article(id, body)
        {
            Title = meta.Title,
            Published = meta.Published ?? fallbackPublished,
            Outlet = meta.Outlet,
            Url = meta.CanonicalUrl ?? url,
            Byline = meta.Byline,
            Language = meta.Language,
            Source = source,
        };
        return new HtmlReading(article, meta, null);
    }

    /// <summary>The publisher's own articleBody is taken when the page's text holds less of the story than it does.</summary>
    private static bool Preferable(string jsonLdBody, string extracted) => extracted.Length < jsonLdBody.Length * 0.8;
}
