using System.Xml;
using System.Xml.Linq;
using Sitrep.Documents;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one article per item or entry: the full text
/// (<c>content:encoded</c>, Atom <c>content</c>) or else the description or summary, read as
/// HTML; the title; the link; the publication date (<c>pubDate</c>, <c>dc:date</c>, Atom
/// <c>published</c>, never <c>updated</c>); the author; the channel's title as the outlet and its
/// language. Items are streamed one at a time. The XML reader resolves no DTD and no external
/// entity (no XXE, no entity expansion bombs); a feed that stops being well-formed is reported
/// with its line and position, after the items read before the fault.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public static XmlReaderSettings Settings(long maxChars) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = maxChars,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <param name="text">The feed, decoded (see <see cref="CharsetDecoder"/>).</param>
    public static IEnumerable<InputItem> Read(string path, string text, PublicationDate? fallbackPublished, ReadLimits limits)
    {
        var stem = InputReader.Stem(path);
        XmlReader xml;
        try
        {
            xml = XmlReader.Create(new StringReader(text), Settings(limits.MaxFileBytes * 2));
        }
        catch (XmlException e)
        {
            return [InputItem.Failed(path, $"not a well-formed XML feed: {e.Message}", "malformed feed")];
        }
        return Items(path, stem, xml, fallbackPublished, limits);
    }

    private static IEnumerable<InputItem> Items(string path, string stem, XmlReader xml, PublicationDate? fallbackPublished, ReadLimits limits)
    {
        using var owned = xml;
        var channel = new Channel();
        var number = 0;
        var sawRoot = false;
        while (true)
        {
            XElement? element = null;
            string? failure = null;
            try
            {
                if (!Advance(xml, channel, ref sawRoot, out failure)) break;
                if (failure is null) element = (XElement)XNode.ReadFrom(xml);
            }
            catch (XmlException e)
            {
                failure = $"not well-formed XML after {number} item{(number == 1 ? "" : "s")}: {e.Message}";
            }
            if (failure is not null)
            {
                yield return InputItem.Failed(path, failure, "malformed feed");
                yield break;
            }
            number++;
            yield return Item(path, $"{path}:item {number}", $"{stem}-{number}", element!, channel, fallbackPublished, limits);
        }
        if (number == 0) yield return InputItem.Failed(path, "the feed holds no items", "empty feed");
    }

    /// <summary>What the channel says of all its items, read before them.</summary>
    private sealed class Channel
    {
        public string? Title;
        public string? Language;
        public bool IsAtom;
    }

    /// <summary>Moves to the next item or entry element, reading channel-level title and language on the way. False at the end.</summary>
    private static bool Advance(XmlReader xml, Channel channel, ref bool sawRoot, out string? failure)
    {
        failure = null;
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }
            if (!sawRoot)
            {
                sawRoot = true;
                if (xml.LocalName is not ("rss" or "feed" or "RDF"))
                {
                    failure = $"not a feed: the root element is <{xml.Name}> (expected <rss>, <feed> or <rdf:RDF>)";
                    return true;
                }
                channel.IsAtom = xml.LocalName == "feed";
                if (xml.GetAttribute("xml:lang") is { } lang) channel.Language = lang;
                xml.Read();
                continue;
            }
            switch (xml.LocalName)
            {
                case "item" or "entry":
                    return true;
                case "channel":
                    xml.Read();
                    continue;
                case "title" when channel.Title is null:
                    channel.Title = xml.ReadElementContentAsString().Trim();
                    continue;
                case "language" when channel.Language is null:
                    channel.Language = xml.ReadElementContentAsString().Trim();
                    continue;
                default:
                    xml.Skip();
                    continue;
            }
        }
        return false;
    }

    private static InputItem Item(string path, string where, string id, XElement item, Channel channel, PublicationDate? fallbackPublished, ReadLimits limits)
    {
        var isAtom = item.Name.Namespace == Atom;
        string? Child(XNamespace ns, string name) => item.Element(ns + name)?.Value is { Length: > 0 } v ? v.Trim() : null;
        string? Plain(string name) => Child(item.Name.Namespace, name);

        var title = Plain("title") is { } t ? HtmlFragment.ToText(t) : null;
        string? link, dateText, author, html;
        if (isAtom)
        {
            link = item.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
            dateText = Child(Atom, "published");
            author = item.Element(Atom + "author")?.Element(Atom + "name")?.Value;
            html = AtomText(item.Element(Atom + "content")) ?? AtomText(item.Element(Atom + "summary"));
        }
        else
        {
            link = Plain("link") ?? (item.Element("guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false" ? guid.Value.Trim() : null);
            dateText = Plain("pubDate") ?? Child(Dc, "date");
            author = Child(Dc, "creator") ?? Plain("author");
            html = Child(Content, "encoded") ?? Plain("description") ?? Child(Rss1, "description");
        }
        if (html is not null && html.Length > limits.MaxRecordChars * 4)
            return InputItem.Failed(where, $"{html.Length:N0} characters; the limit for one article is {limits.MaxRecordChars:N0}", "too large");
        var body = html is null ? "" : HtmlFragment.ToText(html);
        if (string.IsNullOrWhiteSpace(body) && title is null) return InputItem.Failed(where, "the item has neither title nor text", "empty feed item");
        if (string.IsNullOrWhiteSpace(body)) return InputItem.Failed(where, "the item has a title but no text (no content, description or summary)", "empty feed item");
        if (body.Length > limits.MaxRecordChars)
            return InputItem.Failed(where, $"{body.Length:N0} characters; the limit for one article is {limits.MaxRecordChars:N0}", "too large");

        string? warning = null;
        PublicationDate? published = fallbackPublished;
        if (dateText is not null)
        {
            if (PageDates.TryParse(dateText, out var date)) published = date;
            else warning = $"the date '{dateText}' is not one Sitrep reads";
        }
        var article = new Article(id, body)
        {
            Title = title,
            Url = link?.Trim(),
            Published = published,
            Outlet = channel.Title is { Length: > 0 } outlet ? outlet : null,
            Byline = author?.Trim(),
            Language = PageMetadataReader.Language(channel.Language),
            Source = where,
        };
        return InputItem.Read(article, where, warning);
    }

    /// <summary>Atom text constructs: type="xhtml" holds markup as elements, "html" as escaped text, "text" plain.</summary>
    private static string? AtomText(XElement? e)
    {
        if (e is null) return null;
        var type = (string?)e.Attribute("type");
        if (type == "xhtml") return string.Concat(e.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        if (type is null or "text") return System.Net.WebUtility.HtmlEncode(e.Value).Replace("\n\n", "<p>", StringComparison.Ordinal);
        return e.Value;
    }
}
