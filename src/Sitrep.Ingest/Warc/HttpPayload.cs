using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Sitrep.Ingest.Warc;

/// <summary>An HTTP response as a WARC response record stores it: status, headers and the body after any transfer and content coding is undone.</summary>
internal sealed record HttpResponse(int Status, string? ContentType, byte[] Body);

/// <summary>
/// Reads the HTTP message in a WARC response record: status line, headers, body; undoes chunked
/// transfer coding and gzip, deflate or Brotli content coding, never past a size bound (a small
/// record may inflate into gigabytes).
/// </summary>
internal static class HttpPayload
{
    public static HttpResponse Parse(ReadOnlySpan<byte> message, long maxBodyBytes)
    {
        var headerEnd = message.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = message.IndexOf("\n\n"u8);
            separator = 2;
        }
        if (headerEnd < 0) throw new InvalidDataException("the HTTP message has no end of headers");
        var head = Encoding.Latin1.GetString(message[..headerEnd]);
        var lines = head.Split('\n');
        var statusLine = lines[0].TrimEnd('\r').Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal) ||
            !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            throw new InvalidDataException($"not an HTTP status line: '{Shorten(lines[0])}'");
        string? contentType = null, contentEncoding = null, transferEncoding = null;
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType ??= value;
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)) contentEncoding ??= value;
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) transferEncoding ??= value;
        }
        var body = message[(headerEnd + separator)..].ToArray();
        if (transferEncoding?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true && LooksChunked(body)) body = Dechunk(body, maxBodyBytes);
        if (contentEncoding is { Length: > 0 } coding && !coding.Equals("identity", StringComparison.OrdinalIgnoreCase) && body.Length > 0)
            body = Decode(body, coding.Trim().ToLowerInvariant(), maxBodyBytes);
        return new HttpResponse(status, contentType, body);
    }

    /// <summary>Crawlers often store the body already de-chunked but keep the header: decode only what starts with a chunk size.</summary>
    private static bool LooksChunked(byte[] body)
    {
        var i = 0;
        while (i < body.Length && i < 16 && Uri.IsHexDigit((char)body[i])) i++;
        return i > 0 && i < body.Length && body[i] is (byte)'\r' or (byte)'\n' or (byte)';';
    }

    private static byte[] Dechunk(byte[] body, long max)
    {
        using var output = new MemoryStream();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', at);
            if (lineEnd < 0) break;
            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd - at).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
                throw new InvalidDataException($"a bad chunk size '{Shorten(sizeText)}' in chunked HTTP body");
            if (size == 0) break;
            at = lineEnd + 1;
            size = Math.Min(size, body.Length - at);
            if (output.Length + size > max) throw new InvalidDataException($"the HTTP body is larger than {max:N0} bytes");
            output.Write(body, at, size);
            at += size;
            // The CR LF after the chunk.
            while (at < body.Length && body[at] is (byte)'\r' or (byte)'\n') at++;
        }
        return output.ToArray();
    }

    private static byte[] Decode(byte[] body, string coding, long max)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding switch
        {
            "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
            "deflate" => body.Length > 1 && body[0] == 0x78 ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => throw new InvalidDataException($"an HTTP content coding Sitrep does not read ('{coding}')"),
        };
        return ReadBounded(decoder, max, "the decompressed HTTP body");
    }

    /// <summary>Reads a stream to its end, but never more than <paramref name="max"/> bytes: a decompression bomb stops here.</summary>
    public static byte[] ReadBounded(Stream stream, long max, string what)
    {
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + n > max) throw new InvalidDataException($"{what} is larger than {max:N0} bytes");
            output.Write(buffer, 0, n);
        }
        return output.ToArray();
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "...";
}
