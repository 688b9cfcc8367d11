using System.IO.Compression;
using System.Net;
using System.Text;

namespace Sitrep.Tests.Ingest;

/// <summary>
/// The seed texts dressed as the pages, archives and feeds users really have: a news page with a
/// header, navigation, cookie notice, share bar, photo caption, related stories, comment form,
/// sidebar and footer around the story, and JSON-LD and meta tags with a publication date (and a
/// later "modified" date that must not be taken for it).
/// </summary>
internal static class SeedPages
{
    /// <summary>Realistic publication dates: 001 the evening of the attack, 002-004 the morning after, 000 years earlier.</summary>
    public static readonly IReadOnlyDictionary<string, string> Published = new Dictionary<string, string>
    {
        ["000"] = "2016-05-04T11:20:00+05:00",
        ["001"] = "2023-02-17T21:45:00+05:00",
        ["002"] = "2023-02-18T08:10:00+05:00",
        ["003"] = "2023-02-18T10:30:00+01:00",
        ["004"] = "2023-02-18T16:05:00+05:00",
    };

    public static readonly string[] Prefixes = ["000", "001", "002", "003", "004"];

    /// <summary>Headline and paragraphs of a seed: the first line is the headline when it reads like one (short, no full stop).</summary>
    public static (string? Title, List<string> Paragraphs) Split(string prefix)
    {
        var lines = File.ReadAllLines(Seeds.PathOf(prefix)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var first = lines[0];
        var isHeadline = first.Length < 150 && !first.EndsWith('.');
        return isHeadline ? (first, lines.Skip(1).ToList()) : (null, lines);
    }

    public static string Slug(string prefix) => $"seed-{prefix}";

    public static string Url(string prefix) => $"https://courier.example/news/{Slug(prefix)}";

    public static string Page(string prefix)
    {
        var (title, paragraphs) = Split(prefix);
        var headline = title ?? "Pakistan vows to root out terrorism after Karachi attack";
        var published = Published[prefix];
        var modified = DateTimeOffset.Parse(published).AddDays(3).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var h = WebUtility.HtmlEncode(headline);
        var body = new StringBuilder();
        foreach (var p in paragraphs) body.Append("        <p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>{{h}} | The Courier</title>
              <meta property="og:site_name" content="The Courier">
              <meta property="og:title" content="{{h}}">
              <meta property="og:url" content="{{Url(prefix)}}">
              <meta property="article:modified_time" content="{{modified}}">
              <meta name="author" content="Staff Reporter">
              <link rel="canonical" href="{{Url(prefix)}}">
              <script type="application/ld+json">
              {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{{headline.Replace("\"", "\\\"")}}",
               "datePublished": "{{published}}", "dateModified": "{{modified}}",
               "author": {"@type": "Person", "name": "Staff Reporter"},
               "publisher": {"@type": "Organization", "name": "The Courier"} }
              </script>
              <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section": "world"});</script>
              <style>.share-bar a { margin: 0 4px; }</style>
            </head>
            <body>
              <header class="site-header">
                <a class="logo" href="/">The Courier</a>
                <nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/pakistan">Pakistan</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              </header>
              <div class="cookie-notice">We use cookies to improve your experience on our site. <button>Accept</button></div>
              <main>
                <article class="story">
                  <h1>{{h}}</h1>
                  <div class="byline">By Staff Reporter</div>
                  <time class="updated" datetime="{{modified}}">Updated three days later</time>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
                  <figure><img src="scene.jpg" alt=""><figcaption>Security officials at the scene on Friday. Photo: AFP</figcaption></figure>
                  <div class="story-body">
            {{body}}      </div>
                  <div class="related-stories"><h2>Related stories</h2><ul>
                    <li><a href="/a">Bomb kills 12 at market in Quetta</a></li>
                    <li><a href="/b">Three soldiers killed in ambush near border</a></li>
                    <li><a href="/c">Police say 40 arrested after clashes in Lahore</a></li>
                  </ul></div>
                  <section class="comments"><h3>Leave a comment</h3><p>Your email address will not be published.</p><form><textarea></textarea><button>Post comment</button></form></section>
                </article>
              </main>
              <aside class="sidebar"><h2>Most read</h2><ol><li><a href="/d">Gunmen kill five in attack on checkpoint</a></li><li><a href="/e">Blast wounds 20 in Peshawar</a></li></ol></aside>
              <footer class="site-footer"><p>&copy; 2023 The Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            </body>
            </html>
            """;
    }

    /// <summary>The story body alone as a feed item carries it (content:encoded).</summary>
    public static string ItemHtml(string prefix) =>
        string.Concat(Split(prefix).Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));

    public static string Rss()
    {
        var sb = new StringBuilder();
        sb.Append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>The Courier: World</title>
              <link>https://courier.example/world</link>
              <description>World news</description>
              <language>en-gb</language>
              <image><title>The Courier</title><url>https://courier.example/logo.png</url></image>

            """);
        foreach (var prefix in Prefixes)
        {
            var (title, _) = Split(prefix);
            var date = DateTimeOffset.Parse(Published[prefix]);
            sb.Append("  <item>\n");
            sb.Append("    <title>").Append(WebUtility.HtmlEncode(title ?? "Pakistan vows to root out terrorism after Karachi attack")).Append("</title>\n");
            sb.Append("    <link>").Append(Url(prefix)).Append("</link>\n");
            sb.Append("    <guid isPermaLink=\"false\">courier-").Append(prefix).Append("</guid>\n");
            sb.Append("    <pubDate>").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss ", System.Globalization.CultureInfo.InvariantCulture))
                .Append(date.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture).Replace(":", "")).Append("</pubDate>\n");
            sb.Append("    <dc:creator>Staff Reporter</dc:creator>\n");
            sb.Append("    <description>").Append(WebUtility.HtmlEncode(Split(prefix).Paragraphs[0])).Append("</description>\n");
            sb.Append("    <content:encoded><![CDATA[").Append(ItemHtml(prefix)).Append("]]></content:encoded>\n");
            sb.Append("  </item>\n");
        }
        sb.Append("</channel>\n</rss>\n");
        return sb.ToString();
    }

    /// <summary>A crawl of the seed pages as a crawler writes it: warcinfo, then per page a request, a response and a metadata record.</summary>
    public static byte[] Warc(bool gzip, string charset = "utf-8", Encoding? encoding = null)
    {
        var warc = new WarcWriter(gzip);
        warc.Add("warcinfo", null, "application/warc-fields", "software: sitrep-tests\r\nformat: WARC File Format 1.1\r\n"u8.ToArray());
        foreach (var prefix in Prefixes)
        {
            var url = Url(prefix);
            warc.Add("request", url, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET /news/{Slug(prefix)} HTTP/1.1\r\nHost: courier.example\r\n\r\n"));
            var page = (encoding ?? Encoding.UTF8).GetBytes(Page(prefix).Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal));
            warc.Add("response", url, "application/http; msgtype=response", WarcWriter.HttpResponse(200, $"text/html; charset={charset}", page));
            warc.Add("metadata", url, "application/warc-fields", "fetchTimeMs: 120\r\n"u8.ToArray());
        }
        return warc.ToArray();
    }
}

/// <summary>Writes WARC 1.1 records, each gzipped as its own member when asked (as crawlers do).</summary>
internal sealed class WarcWriter(bool gzip)
{
    private readonly MemoryStream output = new();
    private int count;

    public void Add(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder();
        header.Append("WARC/1.1\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").Append((++count).ToString("D12")).Append(">\r\n");
        header.Append("WARC-Date: 2023-02-18T12:00:00Z\r\n");
        if (uri is not null) header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        header.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        var record = new MemoryStream();
        record.Write(Encoding.UTF8.GetBytes(header.ToString()));
        record.Write(block);
        record.Write("\r\n\r\n"u8);
        if (!gzip)
        {
            record.WriteTo(output);
            return;
        }
        using var member = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        record.WriteTo(member);
    }

    public static byte[] HttpResponse(int status, string contentType, byte[] body, string extraHeaders = "") =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n{extraHeaders}\r\n"), .. body];

    public byte[] ToArray() => output.ToArray();
}
