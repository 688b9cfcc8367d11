using Sitrep.Text;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest;

/// <summary>
/// Decodes web content as browsers do, in this order: a byte-order mark (UTF-8, UTF-16); the
/// charset the transport declared (an HTTP <c>Content-Type</c> header in a WARC record); the charset
/// the document declares in its first kilobytes (<c>&lt;meta charset&gt;</c>,
/// <c>&lt;meta http-equiv="Content-Type"&gt;</c>, <c>&lt;?xml encoding?&gt;</c>); then UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252, with a warning. ISO-8859-1 and US-ASCII are read as
/// Windows-1252, its superset, as the HTML standard says.
/// </summary>
public static partial class CharsetDecoder
{
    private const int SniffBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9._:-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["'](?<charset>[A-Za-z0-9._:-]{1,40})["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex("""charset\s*=\s*["']?(?<charset>[A-Za-z0-9._:-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex HeaderCharset();

    /// <summary>The charset named in a <c>Content-Type</c> header value, if any.</summary>
    public static string? CharsetOfContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = HeaderCharset().Match(contentType);
        return m.Success ? m.Groups["charset"].Value : null;
    }

    /// <param name="declared">The charset the transport declared (HTTP header), or null.</param>
    /// <param name="warning">Set when the bytes did not decode as declared, or nothing was declared and they are not UTF-8.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declared, out string? warning)
    {
        warning = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Lenient(Encoding.UTF8, bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Lenient(Encoding.Unicode, bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Lenient(Encoding.BigEndianUnicode, bytes[2..]);

        var named = declared is not null ? (Charset: declared, From: "the HTTP header") : Sniff(bytes) is { } sniffed ? (Charset: sniffed, From: "the document") : default;
        if (named.Charset is not null)
        {
            var encoding = Resolve(named.Charset);
            // A document cannot declare UTF-16 in bytes that reached its meta tag as ASCII: the HTML standard reads it as UTF-8.
            if (encoding is UnicodeEncoding && named.From == "the document") encoding = Encoding.UTF8;
            if (encoding is not null)
            {
                // A page declared UTF-8 that is not, is most often Windows-1252 mislabelled: decode strictly and fall back.
                if (encoding is not UTF8Encoding) return Lenient(encoding, bytes);
                if (TryStrictUtf8(bytes, out var utf8)) return utf8;
                warning = $"declared UTF-8 in {named.From} but is not valid UTF-8; read as Windows-1252";
                return Windows1252.Instance.GetString(bytes);
            }
            warning = $"unknown charset '{named.Charset}' declared in {named.From}";
        }
        if (TryStrictUtf8(bytes, out var text)) return text;
        warning ??= "no charset declared and not valid UTF-8; read as Windows-1252";
        return Windows1252.Instance.GetString(bytes);
    }

    /// <summary>The charset a document declares in its first kilobytes, read as ASCII.</summary>
    internal static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        try
        {
            var xml = XmlEncoding().Match(head);
            if (xml.Success) return xml.Groups["charset"].Value;
            var meta = MetaCharset().Match(head);
            return meta.Success ? meta.Groups["charset"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The encoding for a charset label; the labels of Latin-1 give Windows-1252, as in browsers.</summary>
    internal static Encoding? Resolve(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252" or "iso_8859-1" or "cp819":
                return Windows1252.Instance;
            case "utf-16" or "utf-16le":
                return Encoding.Unicode;
            case "utf-16be":
                return Encoding.BigEndianUnicode;
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static string Lenient(Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes);
}
