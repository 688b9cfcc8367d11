using System.Text;
using System.Text.Json;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Cli;

/// <summary><c>sitrep extract</c>: what was read, before any analysis, and every skipped input named and counted.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-extract-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Extracts_a_page_as_one_json_line_with_its_metadata_dateline_and_cleaned_text()
    {
        var path = Write("karachi.html", SeedPages.Page("002"));
        var result = SitrepProcess.Run("extract", path);
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var r = JsonDocument.Parse(line).RootElement;
        Assert.Equal("karachi", r.GetProperty("id").GetString());
        Assert.Equal("Militants Wage Deadly Battle in Karachi Police Headquarters", r.GetProperty("title").GetString());
        Assert.Equal("2023-02-18T08:10:00+05:00", r.GetProperty("published").GetString());
        Assert.Equal("The Courier", r.GetProperty("outlet").GetString());
        Assert.Equal("Staff Reporter", r.GetProperty("byline").GetString());
        Assert.Equal(SeedPages.Url("002"), r.GetProperty("url").GetString());
        Assert.Equal("en", r.GetProperty("language").GetString());
        Assert.Equal("KARACHI, Pakistan", r.GetProperty("dateline").GetProperty("place").GetString());
        var text = r.GetProperty("text").GetString()!;
        Assert.Contains("Seven people \u2014 including the three attackers \u2014 were killed", text);
        Assert.DoesNotContain("Back to top", text);
        Assert.DoesNotContain("Share on Facebook", text);
        Assert.Contains("sitrep: read 1 article from 1 input", result.Stderr);
    }

    [Fact]
    public void The_text_format_is_for_reading()
    {
        var result = SitrepProcess.Run("extract", Write("world.rss", SeedPages.Rss()), "--format", "text");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("# world-3\ntitle: Militants Wage Deadly Battle in Karachi Police Headquarters\npublished: 2023-02-18T08:10:00+05:00\noutlet: The Courier: World\n", result.Text);
        Assert.Contains("dateline: ISLAMABAD\n", result.Text);
        Assert.Contains("sitrep: read 5 articles from 1 input", result.Stderr);
    }

    [Fact]
    public void Bad_inputs_are_named_with_their_record_the_rest_is_read_and_the_summary_counts_why()
    {
        Write("page.html", SeedPages.Page("000"));
        Write("broken.rss", "<rss><channel><item><title>One</title><description>A bomb killed five people in Kabul.</description></item><item><title>Two</title>");
        var warc = SeedPages.Warc(gzip: true);
        Write("crawl.warc.gz", warc[..(warc.Length - 700)]);
        Write("lines.jsonl", "{\"id\": \"a\", \"html\": \"<p>Gunmen shot dead two soldiers in Karachi on Tuesday.</p>\", \"published\": \"2016-05-04\"}\n{broken\n");

        var result = SitrepProcess.Run("extract", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.rss: not well-formed XML after 1 item", result.Stderr);
        Assert.Matches(@"crawl\.warc\.gz:record \d+: truncated gzip member", result.Stderr);
        Assert.Contains("lines.jsonl:2: not valid JSON", result.Stderr);
        var ids = result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Contains("page", ids);
        Assert.Contains("broken-1", ids);
        Assert.Contains("a", ids);
        Assert.Equal(4, ids.Count(i => i!.StartsWith("crawl-", StringComparison.Ordinal)));
        var summary = result.Stderr.Split('\n').Single(l => l.StartsWith("sitrep: read", StringComparison.Ordinal));
        Assert.Equal($"sitrep: read {ids.Count} articles from 4 inputs; skipped 3: 1 malformed JSON line, 1 malformed feed, 1 truncated gzip member; " +
                     "passed over 10 records that hold no article: 5 WARC request record, 4 WARC metadata record, 1 WARC warcinfo record", summary);
    }

    [Fact]
    public void Analyze_reads_pages_feeds_and_archives_and_prints_the_summary()
    {
        var page = Write("karachi.html", SeedPages.Page("002"));
        var result = SitrepProcess.Run("analyze", page, "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var primary = JsonDocument.Parse(result.Text.Split('\n')[0]).RootElement;
        Assert.Equal("2023-02-17", primary.GetProperty("date").GetProperty("start").GetString());
        Assert.Contains("sitrep: read 1 article from 1 input", result.Stderr);
    }
}
