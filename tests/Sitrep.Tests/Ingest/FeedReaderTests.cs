using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Ingest.Feeds;

namespace Sitrep.Tests.Ingest;

public sealed class FeedReaderTests
{
    private static List<InputItem> Read(string xml) => FeedReader.Read("feed.xml", xml, null, ReadLimits.Default).ToList();

    [Fact]
    public void Reads_one_article_per_rss_item_with_its_metadata()
    {
        var items = Read(SeedPages.Rss());
        Assert.Equal(5, items.Count);
        var item = items[2].Article!;
        Assert.Equal("feed-3", item.Id);
        Assert.Equal("feed.xml:item 3", items[2].Path);
        Assert.Equal("Militants Wage Deadly Battle in Karachi Police Headquarters", item.Title);
        Assert.Equal("https://courier.example/news/seed-002", item.Url);
        Assert.Equal(PublicationDate.Parse("2023-02-18T08:10:00+05:00"), item.Published);
        Assert.Equal("The Courier: World", item.Outlet);
        Assert.Equal("Staff Reporter", item.Byline);
        Assert.Equal("en-GB", item.Language);
        // content:encoded, the full text, wins over the description.
        Assert.Contains("\n\nSeven people \u2014 including the three attackers \u2014 were killed", item.Text);
    }

    [Fact]
    public void An_rss_item_without_full_text_gives_its_description()
    {
        var xml = """
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Blast in Kabul</title><link>https://wire.example/kabul</link><pubDate>Mon, 20 Feb 2023 06:00:00 GMT</pubDate>
            <description>&lt;p&gt;A bomb killed five people in Kabul on Monday, police said.&lt;/p&gt;&lt;p&gt;&lt;a href="https://wire.example/share"&gt;Share&lt;/a&gt;&lt;/p&gt;</description></item>
            </channel></rss>
            """;
        var article = Assert.Single(Read(xml)).Article!;
        Assert.Equal("A bomb killed five people in Kabul on Monday, police said.", article.Text);
        Assert.Equal(new DateOnly(2023, 2, 20), article.Published!.Value.Date);
    }

    [Fact]
    public void Reads_atom_entries_with_their_published_date_never_the_updated_one()
    {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Field reports</title>
              <entry>
                <title type="html">Gunmen kill two in Quetta</title>
                <link rel="alternate" href="https://reports.example/quetta"/>
                <link rel="edit" href="https://reports.example/edit/1"/>
                <updated>2023-02-22T09:00:00Z</updated>
                <published>2023-02-20T18:30:00+05:00</published>
                <author><name>Jane Doe</name></author>
                <summary>Two officers were shot.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Gunmen killed two police officers in Quetta on Monday.</p><p>They fled on a motorcycle.</p></div></content>
              </entry>
              <entry>
                <title>Only updated</title>
                <updated>2023-02-22T09:00:00Z</updated>
                <summary>A bomb exploded near a market in Peshawar, wounding three.</summary>
              </entry>
            </feed>
            """;
        var items = Read(xml);
        Assert.Equal(2, items.Count);
        var first = items[0].Article!;
        Assert.Equal("Gunmen killed two police officers in Quetta on Monday.\n\nThey fled on a motorcycle.", first.Text);
        Assert.Equal("https://reports.example/quetta", first.Url);
        Assert.Equal(PublicationDate.Parse("2023-02-20T18:30:00+05:00"), first.Published);
        Assert.Equal("Jane Doe", first.Byline);
        Assert.Equal("Field reports", first.Outlet);
        Assert.Equal("en", first.Language);
        var second = items[1].Article!;
        Assert.Equal("A bomb exploded near a market in Peshawar, wounding three.", second.Text);
        Assert.Null(second.Published);
    }

    [Fact]
    public void A_feed_that_is_not_xml_is_reported_after_the_items_read_before_the_fault()
    {
        var xml = """
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>One</title><description>A bomb killed five people in Kabul on Monday.</description></item>
            <item><title>Two</title><description>Broken <b>markup</description></item>
            </channel></rss>
            """;
        var items = Read(xml);
        Assert.Equal(2, items.Count);
        Assert.NotNull(items[0].Article);
        Assert.Equal("malformed feed", items[1].Kind);
        Assert.Contains("not well-formed XML after 1 item", items[1].Error);
        Assert.Equal("malformed feed", Assert.Single(Read("this is not XML at all")).Kind);
    }

    [Fact]
    public void Xml_that_is_no_feed_is_reported()
    {
        var item = Assert.Single(Read("<urlset><url><loc>https://a.example/</loc></url></urlset>"));
        Assert.Contains("not a feed: the root element is <urlset>", item.Error);
    }

    [Fact]
    public void Document_type_definitions_are_refused_so_no_entity_reaches_outside_or_explodes()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"sitrep-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>
                <rss version="2.0"><channel><item><title>&x;</title><description>&x; was read</description></item></channel></rss>
                """;
            var item = Assert.Single(Read(xxe));
            Assert.Null(item.Article);
            Assert.Equal("malformed feed", item.Kind);
            Assert.Contains("DTD", item.Error);
            var bomb = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>""";
            Assert.Null(Assert.Single(Read(bomb)).Article);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void An_item_without_text_is_reported_with_its_number()
    {
        var items = Read("<rss><channel><item><title>Headline only</title></item><item><description>Two soldiers were shot dead in Karachi.</description></item></channel></rss>");
        Assert.Equal("feed.xml:item 1", items[0].Path);
        Assert.Equal("empty feed item", items[0].Kind);
        Assert.NotNull(items[1].Article);
    }
}
