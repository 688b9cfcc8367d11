using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Decodes the bytes of a text input: UTF-8 (with or without BOM), UTF-16 and UTF-32 by BOM,
/// UTF-16 without BOM by its zero bytes, and otherwise Windows-1252, with a warning. Rejects
/// binary content (NUL bytes and control characters that no text has).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? problem, out string? warning)
    {
        text = "";
        problem = null;
        warning = null;
        if (bytes.Length == 0)
        {
            problem = "the file is empty";
            return false;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Decode(StrictUtf8, bytes[3..], out text, out problem);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return Decode(new UTF32Encoding(false, false, true), bytes[4..], out text, out problem);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) return Decode(new UTF32Encoding(true, false, true), bytes[4..], out text, out problem);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Decode(new UnicodeEncoding(false, false, true), bytes[2..], out text, out problem);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Decode(new UnicodeEncoding(true, false, true), bytes[2..], out text, out problem);
        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            warning = $"no byte-order mark; read as UTF-16{(bigEndian ? "BE" : "LE")}";
            return Decode(new UnicodeEncoding(bigEndian, false, true), bytes, out text, out problem);
        }
        if (LooksBinary(bytes))
        {
            problem = "binary content, not text (NUL or control bytes)";
            return false;
        }
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            warning = $"not valid UTF-8 (byte 0x{e.BytesUnknown?.FirstOrDefault():X2} at offset {e.Index}); read as Windows-1252";
            text = Windows1252.Instance.GetString(bytes);
            return true;
        }
    }

    private static bool Decode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text, out string? problem)
    {
        problem = null;
        try
        {
            text = encoding.GetString(bytes);
            if (text.Length == 0) problem = "the file holds only a byte-order mark";
            return problem is null;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            problem = $"invalid {encoding.WebName} byte sequence";
            return false;
        }
    }

    /// <summary>Text in UTF-16 without a BOM has a zero byte in most even (LE: odd) positions of ASCII-heavy text.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 8) return false;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZero++;
            if (sample[i + 1] == 0) oddZero++;
        }
        var pairs = sample.Length / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return true;
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }

    /// <summary>Any NUL, or more than one control byte in a hundred (tabs and line ends aside), is not text.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B)) control++;
        }
        return control > sample.Length / 100 + 1;
    }
}
