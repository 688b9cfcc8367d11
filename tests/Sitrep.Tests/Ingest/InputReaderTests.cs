using System.IO.Compression;
using System.Text;
using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>Files as users have them: gzipped pages, pages under the wrong extension, old encodings, and hostile sizes.</summary>
public sealed class InputReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-inputs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.SmallestSize)) gz.Write(bytes);
        return output.ToArray();
    }

    private static List<InputItem> Read(string path, ReadLimits? limits = null) => new InputReader(limits ?? ReadLimits.Default).Read([path], null).ToList();

    [Fact]
    public void A_gzipped_page_is_read_as_a_page()
    {
        var item = Assert.Single(Read(Write("karachi.html.gz", Gzip(Encoding.UTF8.GetBytes(SeedPages.Page("002"))))));
        Assert.Equal("karachi", item.Article!.Id);
        Assert.Equal("The Courier", item.Article.Outlet);
    }

    [Fact]
    public void A_decompression_bomb_stops_at_the_size_limit()
    {
        var bomb = Gzip(new byte[30 * 1024 * 1024]);
        Assert.True(bomb.Length < 100_000);
        var item = Assert.Single(Read(Write("bomb.html.gz", bomb), ReadLimits.Default with { MaxFileBytes = 5 * 1024 * 1024 }));
        Assert.Equal("too large", item.Kind);
        Assert.Contains("larger than", item.Error);
    }

    [Fact]
    public void A_latin1_page_is_decoded_as_its_meta_tag_says()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><article>" +
                   "<p>Jos\u00E9 P\u00E9rez, a police officer, was shot dead in Bogot\u00E1 on Monday, officials said.</p></article></body></html>";
        var item = Assert.Single(Read(Write("bogota.htm", Encoding.Latin1.GetBytes(html))));
        Assert.Contains("Jos\u00E9 P\u00E9rez", item.Article!.Text);
        Assert.Null(item.Warning);
    }

    [Fact]
    public void A_page_saved_as_xml_or_txt_is_read_as_a_page_and_a_feed_saved_as_html_as_a_feed()
    {
        var page = Encoding.UTF8.GetBytes(SeedPages.Page("000"));
        Assert.DoesNotContain("Most read", Assert.Single(Read(Write("page.xml", page))).Article!.Text);
        Assert.DoesNotContain("Most read", Assert.Single(Read(Write("page.txt", page))).Article!.Text);
        Assert.Equal(5, Read(Write("feed.html", Encoding.UTF8.GetBytes(SeedPages.Rss()))).Count(i => i.Article is not null));
    }

    [Fact]
    public void Standard_input_holding_a_page_is_read_as_one()
    {
        var item = Assert.Single(InputReader.Default.Read(["-"], null, new StringReader(SeedPages.Page("002"))));
        Assert.Equal("The Courier", item.Article!.Outlet);
        Assert.DoesNotContain("Share on Facebook", item.Article.Text);
    }

    [Fact]
    public void Binary_content_under_a_page_name_is_refused()
    {
        var noise = new byte[5000];
        new Random(3).NextBytes(noise);
        noise[100] = 0;
        var item = Assert.Single(Read(Write("random.html", noise)));
        Assert.Equal("binary content", item.Kind);
    }

    [Fact]
    public void Standard_input_holding_a_feed_gives_every_item()
    {
        var items = InputReader.Default.Read(["-"], null, new StringReader(SeedPages.Rss())).ToList();
        Assert.Equal(5, items.Count(i => i.Article is not null));
    }

    [Fact]
    public void Every_item_names_the_input_it_came_from()
    {
        var path = Write("crawl.warc.gz", SeedPages.Warc(gzip: true));
        Assert.All(Read(folder), i => Assert.Equal(path, i.Input));
    }
}
