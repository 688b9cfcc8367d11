using Sitrep.Documents;
using Sitrep.Ingest.Html;

namespace Sitrep.Tests.Ingest;

public sealed class HtmlReaderTests
{
    private const string Story = "<p>Gunmen killed two police officers in Quetta on Monday, officials said, in the latest attack on security forces in the province.</p>" +
                                 "<p>The attackers fled on a motorcycle, a police spokesman said, adding that a search was under way in the area.</p>";

    private static HtmlReading Read(string head, string body = Story, string? url = null) =>
        HtmlArticleReader.Default.Read($"<!DOCTYPE html><html lang=\"en-gb\"><head>{head}</head><body><article>{body}</article></body></html>", "t", url, "t.html", null);

    private static string? Published(string head, string body = Story, string? url = null) => Read(head, body, url).Article!.Published?.ToString();

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-02-18T08:10:00+05:00"}</script>""", "2023-02-18T08:10:00+05:00")]
    [InlineData("""<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": ["Article"], "datePublished": "2023-02-18"}]}</script>""", "2023-02-18")]
    [InlineData("""<meta property="article:published_time" content="2023-02-18T08:10:00Z">""", "2023-02-18T08:10:00Z")]
    [InlineData("""<meta name="pubdate" content="2023-02-18">""", "2023-02-18")]
    [InlineData("""<meta itemprop="datePublished" content="2023-02-18T08:10">""", "2023-02-18T08:10:00")]
    [InlineData("""<meta name="sailthru.date" content="Sat, 18 Feb 2023 08:10:00 GMT">""", "2023-02-18T08:10:00Z")]
    public void Reads_the_publication_date_from_each_kind_of_markup(string head, string expected) => Assert.Equal(expected, Published(head));

    [Fact]
    public void Reads_the_publication_date_from_a_time_element()
    {
        Assert.Equal("2023-02-18T08:10:00+05:00", Published("", "<time datetime=\"2023-02-18T08:10:00+05:00\" pubdate>February 18</time>" + Story));
        Assert.Equal("2023-02-18", Published("", "<time itemprop=\"datePublished\" datetime=\"2023-02-18\">18 Feb</time>" + Story));
        Assert.Equal("2023-02-18", Published("", "<time>February 18, 2023</time>" + Story));
        // The date of another story, in a list of related ones, is not this one's.
        Assert.Equal("2023-02-18", Published("", "<div class=\"related-stories\"><ul><li><time datetime=\"2023-01-30\">Jan 30</time> Peshawar</li></ul></div>" +
                                                 "<time datetime=\"2023-02-18\">Feb 18</time>" + Story));
    }

    [Fact]
    public void Reads_the_publication_date_from_the_url_when_the_page_gives_none()
    {
        Assert.Equal("2019-11-18", Published("", url: "https://news.example/2019/11/18/police-shooting/"));
        Assert.Equal("2019-11-18", Published("", url: "https://news.example/world/2019-11-18-police-shooting"));
        Assert.Null(Published("", url: "https://news.example/world/police-shooting-1234567"));
    }

    [Fact]
    public void The_original_date_wins_over_the_updated_one()
    {
        // Every update marker comes first in the page; none of them is the publication date.
        var head = """
            <meta property="article:modified_time" content="2023-02-21T10:00:00Z">
            <meta property="og:updated_time" content="2023-02-21T10:00:00Z">
            <script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2023-02-21", "datePublished": "2023-02-18"}</script>
            """;
        Assert.Equal("2023-02-18", Published(head, "<time class=\"updated\" datetime=\"2023-02-21\">Updated</time>" + Story));
        Assert.Equal("2023-02-17", Published("<meta property=\"article:modified_time\" content=\"2023-02-21\"><meta name=\"date\" content=\"2023-02-17\">"));
        Assert.Equal("2023-02-17", Published("", "<time class=\"modified\" datetime=\"2023-02-21\">x</time><time datetime=\"2023-02-17\">y</time>" + Story));
        // A page that gives only its update time has no publication date: it is not guessed.
        Assert.Null(Published("<meta property=\"article:modified_time\" content=\"2023-02-21\">", "<time class=\"updated\" datetime=\"2023-02-21\">x</time>" + Story));
    }

    [Fact]
    public void A_placeholder_date_gives_way_to_the_next_source()
    {
        Assert.Equal("2019-11-19", Published("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\"><meta name=\"date\" content=\"2019-11-19\">"));
        Assert.Equal("2019-11-19", Published("<meta property=\"article:published_time\" content=\"1970-01-01T00:00:00Z\">", url: "https://news.example/2019/11/19/story"));
    }

    [Fact]
    public void A_broken_json_ld_block_is_passed_over()
    {
        var head = """<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script><meta property="article:published_time" content="2023-02-18">""";
        Assert.Equal("2023-02-18", Published(head));
    }

    [Fact]
    public void Reads_outlet_byline_canonical_url_language_and_title()
    {
        var head = """
            <title>Two police officers killed in Quetta | The Courier</title>
            <meta property="og:site_name" content="The Courier">
            <meta property="og:title" content="Two police officers killed in Quetta | The Courier">
            <meta name="author" content="Jane Doe">
            <link rel="canonical" href="https://courier.example/quetta-attack">
            """;
        var article = Read(head, "<h1>Two police officers killed in Quetta</h1>" + Story, "https://courier.example/quetta-attack?utm=x").Article!;
        Assert.Equal("The Courier", article.Outlet);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal("https://courier.example/quetta-attack", article.Url);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("Two police officers killed in Quetta", article.Title);
    }

    [Fact]
    public void Json_ld_names_authors_and_publisher()
    {
        var head = """<script type="application/ld+json">[{"@type": "ReportageNewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "John Roe"}], "publisher": {"@type": "Organization", "name": "Dawn"}, "headline": "Attack in Quetta"}]</script>""";
        var article = Read(head).Article!;
        Assert.Equal("Jane Doe and John Roe", article.Byline);
        Assert.Equal("Dawn", article.Outlet);
        Assert.Equal("Attack in Quetta", article.Title);
    }

    [Fact]
    public void The_body_keeps_the_story_and_leaves_the_furniture()
    {
        var page = SeedPages.Page("001");
        var article = HtmlArticleReader.Default.Read(page, "001", null, "001.html", null).Article!;
        Assert.StartsWith("Karachi: Gunbattle raging after attack on police compound in Pakistan's Karachi\n\nKARACHI: A gunbattle was raging Friday night", article.Text);
        Assert.Contains("\n\nThe police are frequent targets of attacks", article.Text);
        Assert.EndsWith("interior minister Sanuallah said of Friday\u2019s Karachi attack.\n\nSource link\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *", article.Text);
        foreach (var furniture in new[] { "Share on Facebook", "Related stories", "Leave a comment", "cookies", "Most read", "All rights reserved", "Photo: AFP", "By Staff Reporter" })
            Assert.DoesNotContain(furniture, article.Text);
        Assert.Equal(PublicationDate.Parse("2023-02-17T21:45:00+05:00"), article.Published);
    }

    [Fact]
    public void A_long_json_ld_article_body_stands_in_for_a_page_whose_text_is_not_in_its_markup()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"Paragraph {i} of the story, which the page renders with script and only the publisher's data carries."));
        var head = $$"""<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "{{body.Replace("\n", "\\n")}}"}</script>""";
        var article = Read(head, "<div id=\"app\"><p>Loading the story, please wait for the player to start.</p></div>").Article!;
        Assert.Equal(body, article.Text);
    }

    [Fact]
    public void Malformed_html_is_read_as_browsers_read_it()
    {
        var html = "<html><body><div class='story'><p>Gunmen killed two police officers in Quetta on Monday, officials said.<p>The attackers fled, <b>police said</div></span></body>";
        var article = HtmlArticleReader.Default.Read(html, "m", null, "m.html", null).Article!;
        Assert.Equal("Gunmen killed two police officers in Quetta on Monday, officials said.\n\nThe attackers fled, police said", article.Text);
    }

    [Fact]
    public void A_page_without_text_is_reported()
    {
        var reading = HtmlArticleReader.Default.Read("<html><body><nav><a href='/'>Home</a></nav><script>alert(1)</script></body></html>", "e", null, "e.html", null);
        Assert.Null(reading.Article);
        Assert.Contains("no article text", reading.Problem);
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Gunmen killed two police officers in Quetta on Monday, officials said.</p>";
        var reading = HtmlArticleReader.Default.Read(html, "d", null, "d.html", null);
        Assert.Contains("Gunmen killed two police officers", reading.Article!.Text);
    }

    [Theory]
    [InlineData("Sat, 18 Feb 2023 08:10:00 +0500", "2023-02-18T08:10:00+05:00")]
    [InlineData("18 Feb 2023 08:10 EST", "2023-02-18T08:10:00-05:00")]
    [InlineData("2023-02-18T08:10:00.000+0500", "2023-02-18T08:10:00+05:00")]
    [InlineData("2023-02-18 08:10:00", "2023-02-18T08:10:00")]
    [InlineData("February 18, 2023", "2023-02-18")]
    [InlineData("Feb. 18, 2023 at 8:10 p.m.", "2023-02-18T20:10:00")]
    [InlineData("2023-02-30", null)]
    [InlineData("0001-01-01T00:00:00Z", null)]
    [InlineData("1970-01-01T00:00:00Z", null)]
    [InlineData("yesterday", null)]
    public void Reads_the_date_formats_pages_and_feeds_write(string text, string? expected) =>
        Assert.Equal(expected, PageDates.TryParse(text, out var date) ? date.ToString() : null);
}
