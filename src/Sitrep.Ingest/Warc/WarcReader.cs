using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using Sitrep.Documents;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Warc;

/// <summary>
/// Reads a WARC file (ISO 28500, versions 1.0 and 1.1), plain or gzipped with one member per
/// record as crawlers write them, one record at a time: a multi-gigabyte archive never sits in
/// memory, only the record being read. Response records holding HTML (and resource records of
/// HTML) become articles, read with their HTTP charset; other records are passed over and
/// counted. A record that cannot be read is reported with its number and the rest is read; an
/// archive that ends inside a record (a truncated gzip member, a cut download) is reported as such.
/// </summary>
public static class WarcReader
{
    /// <summary>A WARC header block larger than this is not a header.</summary>
    private const int MaxHeaderLine = 64 * 1024;

    private const int MaxHeaderLines = 200;

    public static IEnumerable<InputItem> Read(string path, PublicationDate? fallbackPublished, ReadLimits limits, HtmlArticleReader? html = null)
    {
        Stream file;
        bool gzip;
        try
        {
            file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            gzip = file.Read(magic) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
            file.Position = 0;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [InputItem.Failed(path, $"cannot read the file: {e.Message}", "unreadable file")];
        }
        // GZipStream reads concatenated members one after another: one member per record needs nothing more.
        var stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        return Records(path, new RecordStream(stream), gzip, fallbackPublished, limits, html ?? HtmlArticleReader.Default);
    }

    private static IEnumerable<InputItem> Records(string path, RecordStream input, bool gzip, PublicationDate? fallbackPublished, ReadLimits limits,
        HtmlArticleReader html)
    {
        using var owned = input;
        var stem = InputReader.Stem(path);
        var number = 0;
        while (true)
        {
            WarcHeader? header;
            string? failure;
            string kind = "malformed WARC record";
            try
            {
                header = ReadHeader(input, out failure);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                header = null;
                failure = e.Message.TrimEnd('.');
                kind = gzip && e is InvalidDataException && !e.Message.StartsWith("a header line", StringComparison.Ordinal) ? "corrupt gzip data" : kind;
            }
            if (header is null && failure is null) break; // the end of the archive
            number++;
            var where = $"{path}:record {number}";
            if (failure is not null && gzip && failure.StartsWith("the archive ends", StringComparison.Ordinal))
            {
                failure = $"truncated gzip member: {failure}";
                kind = "truncated gzip member";
            }
            if (failure is not null)
            {
                // Past a broken header there is no telling where the next record starts: the rest of the archive is lost, and said to be.
                yield return InputItem.Failed(where, $"{failure}; the rest of the archive is not read", kind);
                yield break;
            }
            var record = ReadRecord(input, header!, where, $"{stem}-{number}", gzip, fallbackPublished, limits, html, out var stop);
            yield return record;
            if (stop) yield break;
        }
        if (number == 0) yield return InputItem.Failed(path, "the archive holds no WARC records", "empty input");
    }

    private sealed record WarcHeader(string Type, long ContentLength, string? TargetUri, string? ContentType);

    /// <summary>The next record's header; null with no failure at the clean end of the archive.</summary>
    private static WarcHeader? ReadHeader(RecordStream input, out string? failure)
    {
        failure = null;
        string? version;
        // Records are separated by two CR LFs; tolerate more (or fewer) blank lines.
        do version = input.ReadLine(MaxHeaderLine);
        while (version is { Length: 0 });
        if (version is null) return null;
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            failure = $"expected a WARC version line, found '{(version.Length > 40 ? version[..40] + "..." : version)}'";
            return null;
        }
        string? type = null, target = null, contentType = null;
        long length = -1;
        for (var lines = 0; ; lines++)
        {
            var line = input.ReadLine(MaxHeaderLine);
            if (line is null)
            {
                failure = "the archive ends inside a record header";
                return null;
            }
            if (line.Length == 0) break;
            if (lines > MaxHeaderLines)
            {
                failure = $"a record header of more than {MaxHeaderLines} lines";
                return null;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("WARC-Type", StringComparison.OrdinalIgnoreCase)) type = value;
            else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                length = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : -2;
            else if (name.Equals("WARC-Target-URI", StringComparison.OrdinalIgnoreCase)) target = value.Trim('<', '>');
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType = value;
        }
        if (length < 0)
        {
            failure = length == -1 ? "the record header has no Content-Length" : "the record's Content-Length is not a number";
            return null;
        }
        return new WarcHeader(type ?? "unknown", length, target, contentType);
    }

    private static InputItem ReadRecord(RecordStream input, WarcHeader header, string where, string id, bool gzip, PublicationDate? fallbackPublished,
        ReadLimits limits, HtmlArticleReader html, out bool stop)
    {
        stop = false;
        var type = header.Type.ToLowerInvariant();
        var isResponse = type == "response";
        var isHtmlResource = type == "resource" && IsHtml(header.ContentType);
        if (!isResponse && !isHtmlResource)
        {
            if (!SkipBlock(input, header.ContentLength, where, gzip, out var truncated))
            {
                stop = true;
                return truncated!;
            }
            return InputItem.Skip(where, $"a WARC {type} record", $"WARC {type} record");
        }
        if (header.ContentLength == 0) return InputItem.Failed(where, $"a WARC {type} record without payload", "WARC record without payload");
        if (header.ContentLength > limits.MaxFileBytes)
        {
            if (!SkipBlock(input, header.ContentLength, where, gzip, out var truncated))
            {
                stop = true;
                return truncated!;
            }
            return InputItem.Failed(where, $"a record of {header.ContentLength:N0} bytes; the limit is {limits.MaxFileBytes:N0} (--max-file-mb)", "too large");
        }

        var block = ArrayPool<byte>.Shared.Rent((int)header.ContentLength);
        try
        {
            int got;
            try
            {
                got = input.ReadExactly(block.AsSpan(0, (int)header.ContentLength));
            }
            catch (InvalidDataException e)
            {
                stop = true;
                return InputItem.Failed(where, $"corrupt gzip data in the record: {e.Message.TrimEnd('.')}; the rest of the archive is not read", "corrupt gzip data");
            }
            if (got < header.ContentLength)
            {
                stop = true;
                return Truncated(where, got, header.ContentLength, gzip);
            }
            byte[] body;
            string? contentType;
            if (isResponse)
            {
                HttpResponse response;
                try
                {
                    response = HttpPayload.Parse(block.AsSpan(0, got), limits.MaxFileBytes);
                }
                catch (InvalidDataException e)
                {
                    return InputItem.Failed(where, $"the HTTP response cannot be read: {e.Message}", "malformed HTTP response");
                }
                if (response.Status is < 200 or > 299) return InputItem.Skip(where, $"HTTP status {response.Status}", $"HTTP {response.Status / 100}xx response");
                if (!IsHtml(response.ContentType))
                    return InputItem.Skip(where, $"not HTML ({response.ContentType ?? "no Content-Type"})", "non-HTML response");
                if (response.Body.Length == 0) return InputItem.Failed(where, "an HTTP response without payload", "WARC record without payload");
                body = response.Body;
                contentType = response.ContentType;
            }
            else
            {
                body = block.AsSpan(0, got).ToArray();
                contentType = header.ContentType;
            }
            var utf16 = body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
            if (!utf16 && TextDecoder.LooksBinary(body)) return InputItem.Failed(where, "binary content labelled as HTML (NUL or control bytes)", "binary content");
            var text = CharsetDecoder.Decode(body, CharsetDecoder.CharsetOfContentType(contentType), out var warning);
            if (text.Length > limits.MaxRecordChars * 4L)
                return InputItem.Failed(where, $"a page of {text.Length:N0} characters; the limit is {limits.MaxRecordChars * 4L:N0}", "too large");
            var reading = html.Read(text, id, header.TargetUri, where, fallbackPublished);
            if (reading.Article is null) return InputItem.Failed(where, reading.Problem ?? "no article", "no article text");
            return InputItem.Read(reading.Article, where, warning);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    private static bool SkipBlock(RecordStream input, long length, string where, bool gzip, out InputItem? truncated)
    {
        truncated = null;
        long skipped;
        try
        {
            skipped = input.Skip(length);
        }
        catch (InvalidDataException e)
        {
            truncated = InputItem.Failed(where, $"corrupt gzip data in the record: {e.Message.TrimEnd('.')}; the rest of the archive is not read", "corrupt gzip data");
            return false;
        }
        if (skipped == length) return true;
        truncated = Truncated(where, skipped, length, gzip);
        return false;
    }

    private static InputItem Truncated(string where, long got, long expected, bool gzip) => gzip
        ? InputItem.Failed(where, $"truncated gzip member: the archive ends after {got:N0} of the record's {expected:N0} bytes", "truncated gzip member")
        : InputItem.Failed(where, $"truncated record: the archive ends after {got:N0} of its {expected:N0} bytes", "truncated WARC record");

    private static bool IsHtml(string? contentType)
    {
        if (contentType is null) return false;
        var media = contentType.Split(';')[0].Trim();
        return media.Equals("text/html", StringComparison.OrdinalIgnoreCase) || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }
}
