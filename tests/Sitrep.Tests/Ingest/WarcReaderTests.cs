using System.IO.Compression;
using System.Text;
using Sitrep.Ingest;
using Sitrep.Ingest.Warc;

namespace Sitrep.Tests.Ingest;

public sealed class WarcReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-warc-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private List<InputItem> Read(byte[] warc, string name = "crawl.warc.gz", ReadLimits? limits = null)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, warc);
        return WarcReader.Read(path, null, limits ?? ReadLimits.Default).ToList();
    }

    private static byte[] Page(string paragraph) => Encoding.UTF8.GetBytes($"<html><head><title>T</title></head><body><article><p>{paragraph}</p></article></body></html>");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_responses_and_passes_over_the_other_records(bool gzip)
    {
        var items = Read(SeedPages.Warc(gzip), gzip ? "crawl.warc.gz" : "crawl.warc");
        // warcinfo + 5 x (request, response, metadata)
        Assert.Equal(16, items.Count);
        Assert.Equal(5, items.Count(i => i.Article is not null));
        Assert.Equal(11, items.Count(i => i.Skipped is not null));
        Assert.DoesNotContain(items, i => i.Error is not null);
        var response = items[5];
        Assert.Equal($"{folder}/{(gzip ? "crawl.warc.gz" : "crawl.warc")}:record 6", response.Path);
        Assert.Equal("crawl-6", response.Article!.Id);
        Assert.Equal("https://courier.example/news/seed-001", response.Article.Url);
        Assert.Equal("WARC request record", items[1].Kind);
    }

    [Fact]
    public void A_truncated_gzip_member_is_reported_with_its_record_and_what_came_before_is_read()
    {
        var whole = SeedPages.Warc(gzip: true);
        var items = Read(whole[..(whole.Length - 700)]);
        var last = items[^1];
        Assert.Null(last.Article);
        Assert.Equal("truncated gzip member", last.Kind);
        Assert.Matches(@":record \d+$", last.Path);
        Assert.Equal(4, items.Count(i => i.Article is not null));
    }

    [Fact]
    public void A_plain_archive_cut_inside_a_record_is_reported()
    {
        var whole = SeedPages.Warc(gzip: false);
        var items = Read(whole[..(whole.Length - 3000)], "crawl.warc");
        Assert.Equal("truncated WARC record", items[^1].Kind);
        Assert.Contains("truncated record: the archive ends after", items[^1].Error);
    }

    [Fact]
    public void A_response_without_payload_is_reported_and_the_next_record_is_read()
    {
        var warc = new WarcWriter(gzip: true);
        warc.Add("response", "https://a.example/empty", "application/http; msgtype=response", []);
        warc.Add("response", "https://a.example/headers-only", "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "text/html", []));
        warc.Add("response", "https://a.example/story", "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "text/html", Page("Gunmen killed two police officers in Quetta on Monday, officials said.")));
        var items = Read(warc.ToArray());
        Assert.Equal("WARC record without payload", items[0].Kind);
        Assert.EndsWith(":record 1", items[0].Path);
        Assert.Equal("WARC record without payload", items[1].Kind);
        Assert.NotNull(items[2].Article);
    }

    [Fact]
    public void The_charset_of_the_http_header_is_honoured()
    {
        // ISO-8859-1 bytes, declared only in the HTTP header: é is 0xE9, not valid UTF-8.
        var latin1 = Encoding.Latin1.GetBytes("<html><body><article><p>Jos\u00E9 P\u00E9rez, a police officer, was shot dead in Bogot\u00E1 on Monday, officials said.</p></article></body></html>");
        var warc = new WarcWriter(gzip: false);
        warc.Add("response", "https://a.example/bogota", "application/http; msgtype=response", WarcWriter.HttpResponse(200, "text/html; charset=ISO-8859-1", latin1));
        var item = Assert.Single(Read(warc.ToArray(), "c.warc"));
        Assert.Contains("Jos\u00E9 P\u00E9rez", item.Article!.Text);
        Assert.Null(item.Warning);
        // The same page in Windows-1252 declared as such keeps its curly quotes.
        byte[] cp1252 = [.. "<p>"u8, 0x93, .. "Gunmen killed two police officers in Quetta,"u8, 0x94, .. " a spokesman said on Monday.</p>"u8];
        warc = new WarcWriter(gzip: false);
        warc.Add("response", "https://a.example/q", "application/http; msgtype=response", WarcWriter.HttpResponse(200, "text/html; charset=windows-1252", cp1252));
        Assert.Contains("\u201CGunmen killed", Assert.Single(Read(warc.ToArray(), "d.warc")).Article!.Text);
    }

    [Fact]
    public void Chunked_and_gzip_coded_bodies_are_decoded_and_non_html_is_passed_over()
    {
        var page = Page("A bomb killed five people in Kabul on Monday, police said, and wounded twelve others.");
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(page);
        var zipped = packed.ToArray();
        byte[] chunked = [.. Encoding.ASCII.GetBytes($"{zipped.Length:x}\r\n"), .. zipped, .. "\r\n0\r\n\r\n"u8];
        var warc = new WarcWriter(gzip: true);
        warc.Add("response", "https://a.example/kabul", "application/http; msgtype=response",
            WarcWriter.HttpResponse(200, "text/html; charset=utf-8", chunked, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"));
        warc.Add("response", "https://a.example/logo.png", "application/http; msgtype=response", WarcWriter.HttpResponse(200, "image/png", [0x89, 0x50, 0x4E, 0x47]));
        warc.Add("response", "https://a.example/gone", "application/http; msgtype=response", WarcWriter.HttpResponse(404, "text/html", Page("Not found")));
        var items = Read(warc.ToArray());
        Assert.Contains("A bomb killed five people in Kabul", items[0].Article!.Text);
        Assert.Equal("non-HTML response", items[1].Kind);
        Assert.Equal("HTTP 4xx response", items[2].Kind);
    }

    [Fact]
    public void A_record_over_the_size_limit_is_reported_and_passed_without_being_held()
    {
        var warc = new WarcWriter(gzip: true);
        warc.Add("response", "https://a.example/huge", "application/http; msgtype=response", WarcWriter.HttpResponse(200, "text/html", new byte[300_000]));
        warc.Add("response", "https://a.example/story", "application/http; msgtype=response", WarcWriter.HttpResponse(200, "text/html", Page("Gunmen killed two police officers in Quetta on Monday.")));
        var items = Read(warc.ToArray(), limits: ReadLimits.Default with { MaxFileBytes = 100_000 });
        Assert.Equal("too large", items[0].Kind);
        Assert.NotNull(items[1].Article);
    }

    [Fact]
    public void A_file_that_is_not_warc_is_reported_with_the_first_record()
    {
        var item = Assert.Single(Read("<html>not an archive</html>"u8.ToArray(), "fake.warc"));
        Assert.Equal("malformed WARC record", item.Kind);
        Assert.Contains("expected a WARC version line", item.Error);
    }
}
