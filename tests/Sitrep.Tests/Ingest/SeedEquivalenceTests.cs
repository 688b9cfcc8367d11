using System.Text;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Recognizers.Time;

namespace Sitrep.Tests.Ingest;

/// <summary>
/// The seed texts wrapped in news pages, in a WARC crawl and in an RSS feed give the same incidents
/// as the plain texts given the same publication dates, and the dates come from the pages
/// themselves: no --published flag.
/// </summary>
public sealed class SeedEquivalenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-seed-pages-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Report Analyze(params string[] paths)
    {
        var builder = new ReportBuilder();
        var outcome = Batch.Run(InputReader.Default, paths, null, builder, DocumentAnalyzer.Default);
        Assert.Equal(0, outcome.Failed);
        return builder.Build();
    }

    /// <summary>What must not change with the container: role, casualty figures, date, place, attack type, perpetrators.</summary>
    private static List<string> Signatures(Report report) =>
        report.Incidents.Select(i => string.Join(" | ",
                i.Role,
                $"killed {i.Casualties.Killed?.Value}/{i.Casualties.KilledVictims?.Value}/{i.Casualties.KilledPerpetrators?.Value}",
                $"wounded {i.Casualties.Wounded?.Value}",
                $"date {i.Date.Start:yyyy-MM-dd} {i.Date.Precision} {i.Date.Weekday}",
                $"place {i.Location.City}, {i.Location.Country}",
                string.Join("+", i.EventType.GtdAttackTypes),
                string.Join("+", i.Perpetrators.Select(p => $"{p.Name}{(p.Claimed ? " (claimed)" : "")}")),
                $"{i.Documents.Length} documents"))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The plain seed texts with each page's publication date, as JSON Lines.</summary>
    private string PlainWithDates(params string[] prefixes)
    {
        var path = Path.Combine(folder, $"plain-{string.Join("", prefixes)}.jsonl");
        var lines = prefixes.Select(p => JsonSerializer.Serialize(new
        {
            id = $"plain-{p}",
            text = File.ReadAllText(Seeds.PathOf(p)),
            published = SeedPages.Published[p],
        }));
        File.WriteAllLines(path, lines);
        return path;
    }

    private string WritePage(string prefix)
    {
        var path = Path.Combine(folder, $"page-{prefix}.html");
        File.WriteAllText(path, SeedPages.Page(prefix));
        return path;
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Each_seed_page_gives_the_incidents_of_its_plain_text(string prefix)
    {
        var page = Analyze(WritePage(prefix));
        var plain = Analyze(PlainWithDates(prefix));
        Assert.Equal(Signatures(plain), Signatures(page));
        Assert.NotEmpty(page.Incidents);
    }

    [Fact]
    public void The_police_office_attack_is_dated_from_the_page_alone()
    {
        var report = Analyze(WritePage("002"));
        var incident = report.Primary();
        Assert.Equal(new DateOnly(2023, 2, 17), incident.Date.Start);
        Assert.Equal(DatePrecision.Day, incident.Date.Precision);
        var document = Assert.Single(report.Documents);
        Assert.Equal("2023-02-18T08:10:00+05:00", document.Published.ToString());
        Assert.Equal("The Courier", document.Outlet);
        Assert.Equal(SeedPages.Url("002"), document.Url);
    }

    [Fact]
    public void The_page_furniture_never_reaches_the_text()
    {
        var report = Analyze(WritePage("002"));
        var text = Assert.Single(report.Documents).Text;
        foreach (var furniture in new[] { "Share on Facebook", "Related stories", "Bomb kills 12", "Leave a comment", "cookies", "Most read", "All rights reserved",
                     "Security officials at the scene", "By Staff Reporter", "Updated three days later", "Sport" })
            Assert.DoesNotContain(furniture, text);
        Assert.StartsWith("Militants Wage Deadly Battle in Karachi Police Headquarters\n\nKARACHI, Pakistan \u2014 Militants launched", text);
    }

    [Fact]
    public void All_five_pages_together_give_the_incidents_of_the_plain_texts()
    {
        var pages = Analyze(SeedPages.Prefixes.Select(WritePage).ToArray());
        var plain = Analyze(PlainWithDates(SeedPages.Prefixes));
        Assert.Equal(Signatures(plain), Signatures(pages));
        Assert.Contains(pages.Incidents, i => i.Role == IncidentRole.Primary && i.Date.Start == new DateOnly(2023, 2, 17) && i.Casualties.Killed?.Value == 7);
        Assert.Contains(pages.Incidents, i => i.Role == IncidentRole.Primary && i.Date.Start == new DateOnly(2016, 5, 3) && i.Casualties.Killed?.Value == 2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_pages_in_a_WARC_crawl_give_the_same_incidents(bool gzip)
    {
        var path = Path.Combine(folder, gzip ? "crawl.warc.gz" : "crawl.warc");
        File.WriteAllBytes(path, SeedPages.Warc(gzip));
        var crawl = Analyze(path);
        var plain = Analyze(PlainWithDates(SeedPages.Prefixes));
        Assert.Equal(Signatures(plain), Signatures(crawl));
        Assert.Equal(5, crawl.Documents.Length);
        Assert.All(crawl.Documents, d => Assert.StartsWith("https://courier.example/news/seed-", d.Url));
    }

    [Fact]
    public void The_items_of_an_RSS_feed_give_the_same_incidents()
    {
        var path = Path.Combine(folder, "world.rss");
        File.WriteAllText(path, SeedPages.Rss(), new UTF8Encoding(false));
        var feed = Analyze(path);
        var plain = Analyze(PlainWithDates(SeedPages.Prefixes));
        Assert.Equal(Signatures(plain), Signatures(feed));
        Assert.All(feed.Documents, d => Assert.Equal("The Courier: World", d.Outlet));
        Assert.Equal(PublicationDate.Parse("2023-02-18T08:10:00+05:00"), feed.Documents.Single(d => d.Url!.EndsWith("seed-002")).Published);
    }
}
