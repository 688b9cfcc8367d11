using System.Text;

namespace Sitrep.Ingest;

public enum InputKind
{
    Unsupported,
    Text,
    Html,
    JsonLines,
    Feed,
    Warc,
    /// <summary>A gzip file that is not a WARC archive (<c>page.html.gz</c>): decompressed, then read by its content.</summary>
    Gzip,
}

/// <summary>
/// Tells an input's kind by its extension and its first bytes, as ../docs/OUTPUT.md lists them:
/// .txt/.md text, .html/.htm HTML, .jsonl JSON Lines, .xml/.rss/.atom feeds, .warc/.warc.gz WARC.
/// Content wins where the extension lies: an .xml or .txt that is an HTML page is read as HTML, an
/// .html that is a feed as a feed, a file named anything that starts "WARC/" as WARC.
/// </summary>
public static class InputKinds
{
    private static readonly Dictionary<string, InputKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputKind.Text, [".text"] = InputKind.Text, [".md"] = InputKind.Text,
        [".html"] = InputKind.Html, [".htm"] = InputKind.Html, [".xhtml"] = InputKind.Html,
        [".jsonl"] = InputKind.JsonLines, [".ndjson"] = InputKind.JsonLines,
        [".xml"] = InputKind.Feed, [".rss"] = InputKind.Feed, [".atom"] = InputKind.Feed,
        [".warc"] = InputKind.Warc,
        [".gz"] = InputKind.Gzip,
    };

    /// <summary>The kind by name alone: <c>.warc.gz</c> is WARC, other <c>.gz</c> files are decompressed and sniffed.</summary>
    public static InputKind ByName(string path)
    {
        if (path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase)) return InputKind.Warc;
        return ByExtension.GetValueOrDefault(Path.GetExtension(path), InputKind.Unsupported);
    }

    /// <summary>The kind by name and first bytes (a few kilobytes are enough).</summary>
    public static InputKind Detect(string path, ReadOnlySpan<byte> head)
    {
        var byName = ByName(path);
        if (head.StartsWith("WARC/"u8)) return InputKind.Warc;
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B) return byName == InputKind.Warc ? InputKind.Warc : InputKind.Gzip;
        if (byName is InputKind.JsonLines or InputKind.Warc) return byName;
        var markup = Markup(head);
        return markup switch
        {
            InputKind.Html when byName is InputKind.Text or InputKind.Feed or InputKind.Unsupported => InputKind.Html,
            InputKind.Feed when byName is InputKind.Html or InputKind.Text or InputKind.Unsupported => InputKind.Feed,
            _ => byName,
        };
    }

    /// <summary>Whether the bytes open an HTML page or a feed: the first tag after a BOM, white space, an XML declaration, comments and a doctype.</summary>
    public static InputKind Markup(ReadOnlySpan<byte> head)
    {
        string text;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = Encoding.Unicode.GetString(head[2..(2 + ((Math.Min(head.Length, 4096) - 2) & ~1))]);
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = Encoding.BigEndianUnicode.GetString(head[2..(2 + ((Math.Min(head.Length, 4096) - 2) & ~1))]);
        else text = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 4096)]);
        return Markup(text.AsSpan());
    }

    public static InputKind Markup(ReadOnlySpan<char> text)
    {
        var s = text.TrimStart("\uFEFF\u00EF\u00BB\u00BF \t\r\n");
        for (var guard = 0; guard < 20 && s.Length > 0; guard++)
        {
            if (s[0] != '<') return InputKind.Unsupported;
            if (s.StartsWith("<?") || s.StartsWith("<!--"))
            {
                var close = s.StartsWith("<?") ? s.IndexOf("?>") : s.IndexOf("-->");
                if (close < 0) return InputKind.Unsupported;
                s = s[(close + (s.StartsWith("<?") ? 2 : 3))..].TrimStart(" \t\r\n");
                continue;
            }
            if (s.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase))
            {
                var end = s.IndexOf('>');
                var doctype = end < 0 ? s : s[..end];
                if (doctype.Contains("html", StringComparison.OrdinalIgnoreCase)) return InputKind.Html;
                s = end < 0 ? [] : s[(end + 1)..].TrimStart(" \t\r\n");
                continue;
            }
            var name = s[1..];
            var stop = name.IndexOfAny(" \t\r\n>/");
            if (stop >= 0) name = name[..stop];
            if (name.Equals("rss", StringComparison.OrdinalIgnoreCase) || name.Equals("feed", StringComparison.OrdinalIgnoreCase) ||
                name.Equals("rdf:RDF", StringComparison.OrdinalIgnoreCase))
                return InputKind.Feed;
            if (name.Equals("html", StringComparison.OrdinalIgnoreCase) || name.Equals("head", StringComparison.OrdinalIgnoreCase) ||
                name.Equals("body", StringComparison.OrdinalIgnoreCase) || name.Equals("meta", StringComparison.OrdinalIgnoreCase))
                return InputKind.Html;
            return InputKind.Unsupported;
        }
        return InputKind.Unsupported;
    }
}
