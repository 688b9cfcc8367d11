using System.Text;
using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class EncodingAndKindTests
{
    private const string Name = "Jos\u00E9 \u201CPepe\u201D P\u00E9rez";

    private static string Decode(byte[] bytes, string? declared = null) => CharsetDecoder.Decode(bytes, declared, out _);

    [Fact]
    public void Reads_utf8_with_and_without_bom_and_utf16_with_bom()
    {
        var page = $"<p>{Name}</p>";
        Assert.Equal(page, Decode(Encoding.UTF8.GetBytes(page)));
        Assert.Equal(page, Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(page)]));
        Assert.Equal(page, Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(page)]));
        Assert.Equal(page, Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(page)]));
    }

    [Theory]
    [InlineData("<meta charset=\"iso-8859-1\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [InlineData("<meta charset='windows-1252'>")]
    public void Reads_latin1_and_windows_1252_as_the_page_declares(string meta)
    {
        // 0x93/0x94 are curly quotes in Windows-1252, which browsers use for ISO-8859-1 labels too.
        byte[] bytes = [.. Encoding.ASCII.GetBytes($"<html><head>{meta}</head><body><p>Jos"), 0xE9, .. " "u8, 0x93, .. "Pepe"u8, 0x94, .. " P"u8, 0xE9, .. "rez</p></body></html>"u8];
        Assert.Contains(Name, Decode(bytes));
    }

    [Fact]
    public void The_http_header_wins_over_the_meta_tag_and_a_false_utf8_label_falls_back()
    {
        byte[] latin1 = [.. "<meta charset=\"utf-8\"><p>Jos"u8, 0xE9, .. "</p>"u8];
        Assert.Contains("Jos\u00E9", Decode(latin1, "iso-8859-1"));
        Assert.Contains("Jos\u00E9", CharsetDecoder.Decode(latin1, null, out var warning));
        Assert.Contains("not valid UTF-8", warning);
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_are_read_as_windows_1252_with_a_warning()
    {
        byte[] bytes = [.. "<p>Jos"u8, 0xE9, .. "</p>"u8];
        Assert.Equal("<p>Jos\u00E9</p>", CharsetDecoder.Decode(bytes, null, out var warning));
        Assert.NotNull(warning);
        Assert.Equal("<p>Jos\u00E9</p>", CharsetDecoder.Decode("<p>Jos\u00E9</p>"u8, null, out var none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData("story.html", "<!DOCTYPE html><html><body>x</body></html>", InputKind.Html)]
    [InlineData("story.xml", "<!DOCTYPE html>\n<html><body>x</body></html>", InputKind.Html)]
    [InlineData("story.txt", "  <html lang=\"en\"><body>x</body></html>", InputKind.Html)]
    [InlineData("feed.html", "<?xml version=\"1.0\"?>\n<!-- generator -->\n<rss version=\"2.0\"></rss>", InputKind.Feed)]
    [InlineData("feed.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", InputKind.Feed)]
    [InlineData("notes.txt", "Gunmen killed two <b>police</b> officers.", InputKind.Text)]
    [InlineData("crawl.bin", "WARC/1.1\r\nWARC-Type: warcinfo\r\n", InputKind.Warc)]
    [InlineData("page", "<html><body>x</body></html>", InputKind.Html)]
    [InlineData("notes.pdf", "%PDF-1.4", InputKind.Unsupported)]
    [InlineData("a.jsonl", "<html>", InputKind.JsonLines)]
    public void Tells_the_kind_by_content_where_the_extension_lies(string name, string head, InputKind expected) =>
        Assert.Equal(expected, InputKinds.Detect(name, Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Gzip_is_warc_by_name_or_else_decompressed()
    {
        byte[] gzip = [0x1F, 0x8B, 0x08, 0x00];
        Assert.Equal(InputKind.Warc, InputKinds.Detect("crawl.warc.gz", gzip));
        Assert.Equal(InputKind.Gzip, InputKinds.Detect("page.html.gz", gzip));
    }
}
