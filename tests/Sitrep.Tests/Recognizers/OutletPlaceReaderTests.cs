using Sitrep.Documents;
using Sitrep.Recognizers.Places;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Tests.Recognizers;

/// <summary>Where the outlet is at home, from its web address and the site name its page title carries.</summary>
public sealed class OutletPlaceReaderTests
{
    private static Place[] Read(string title, string url) =>
        OutletPlaceReader.Default.Read(DocumentPreparer.Default.Prepare(new Article("t", "A man was shot on Friday.") { Title = title, Url = url }));

    [Theory]
    [InlineData("Man hurt in shooting - WXYZ.com-Columbus, GA News Weather & Sports", "https://www.wxyz.com/story/1", "Columbus", "Georgia")]
    [InlineData("Man hurt in shooting - KXYZ News 19 La Crosse, WI – News, Weather and Sports", "https://www.kxyz.com/story/1", "La Crosse", "Wisconsin")]
    [InlineData("Man hurt in shooting - KXYZ - Eastern Iowa Breaking News, Weather, Closings", "https://www.kxyz.com/story/1", "Iowa", "Iowa")]
    [InlineData("Man hurt in shooting - WXYZ.com | Chattanooga News, Weather & Sports", "https://www.wxyz.com/story/1", "Chattanooga", "Tennessee")]
    public void Reads_the_home_a_site_name_gives_before_anything_else(string title, string url, string name, string region)
    {
        var first = Read(title, url)[0];
        Assert.Equal((name, region), (first.Name, first.Admin1));
    }

    [Fact]
    public void The_site_name_is_no_part_of_the_story_text()
    {
        var doc = DocumentPreparer.Default.Prepare(new Article("t", "A teenager was hurt in a hunting accident in Allamakee County.")
        {
            Title = "Teenager hurt in hunting accident - KXYZ News 19 La Crosse, WI – News, Weather and Sports",
            Url = "https://www.kxyz.com/story/1",
        });
        Assert.Equal("Teenager hurt in hunting accident", doc.Title);
        Assert.Equal("KXYZ News 19 La Crosse, WI – News, Weather and Sports", doc.SiteName);
        Assert.DoesNotContain("La Crosse", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A town and a paper's words.
    [InlineData("www.limaohio.com", "Lima", "Ohio")]
    [InlineData("www.duluthnewstribune.com", "Duluth", "Minnesota")]
    // A smaller city that is the whole label, not the larger one hiding at its end (Denton).
    [InlineData("www.bradenton.com", "Bradenton", "Florida")]
    [InlineData("www.chicagotribune.com", "Chicago", "Illinois")]
    public void A_host_label_names_its_town_first(string host, string name, string region)
    {
        var first = OutletPlaceReader.Default.ReadHost(host)[0];
        Assert.Equal((name, region), (first.Name, first.Admin1));
    }

    [Theory]
    // Read as they stand: in a story's text "Savannah" may be a first name and "Wheeling" a verb.
    [InlineData("Man hurt in shooting - WXYZ-TV: Savannah, News, Weather & Sports", "Savannah", "Georgia")]
    [InlineData("Man hurt in shooting - WXYZ 7 News Sports Weather - Wheeling Steubenville", "Steubenville", "Ohio")]
    // "South Georgia" is a part of the state (and no island here).
    [InlineData("Man hurt in shooting - WXYZ.com, South Georgia News, Weather, Sports", "Georgia", "Georgia")]
    // A region after towns places each of them.
    [InlineData("Man hurt in shooting - KXYZ.com - Tyler, Longview, Texas | ETX News", "Tyler", "Texas")]
    public void Reads_a_site_names_words_as_names(string title, string name, string region) =>
        Assert.Contains(Read(title, "https://www.kxyz.com/story/1"), p => (p.Name, p.Admin1) == (name, region));

    [Fact]
    public void Places_come_in_the_order_the_site_name_gives_them()
    {
        var places = Read("Man hurt in shooting - WXYZ-TV: Savannah, Beaufort, SC, News, Weather & Sports", "https://www.wxyz.com/story/1");
        Assert.Equal(("Savannah", "Georgia"), (places[0].Name, places[0].Admin1));
        Assert.Equal(("Beaufort", "South Carolina"), (places[1].Name, places[1].Admin1));
    }

    [Fact]
    public void A_listed_outlets_home_is_the_site_names_town_of_its_name()
    {
        // Illinois' Wheeling is the larger, but wtrf.com is West Virginia's station (outlets.tsv).
        var places = Read("Boy hurt in hunting accident - WTRF 7 News Sports Weather - Wheeling Steubenville", "https://www.wtrf.com/story/1");
        Assert.Equal(("Wheeling", "West Virginia"), (places[0].Name, places[0].Admin1));
        Assert.DoesNotContain(places, p => p.Admin1 == "Illinois");
    }

    [Fact]
    public void A_state_before_a_small_foreign_town_of_its_name()
    {
        var first = Read("Man hurt in shooting - WXYZ.COM Local Vermont News, Weather and Sports", "https://www.wxyz.com/story/1")[0];
        Assert.Equal(("Vermont", PlaceKind.Admin1), (first.Name, first.Kind));
    }

    [Theory]
    [InlineData("www.wlky.com", "Louisville", "Kentucky")]
    [InlineData("www.chron.com", "Houston", "Texas")]
    [InlineData("www.post-gazette.com", "Pittsburgh", "Pennsylvania")]
    [InlineData("abc13.com", "Houston", "Texas")]
    public void A_listed_outlet_names_its_home_town_alone(string host, string name, string region) =>
        Assert.Equal([(name, region)], OutletPlaceReader.Default.ReadHost(host).Select(p => (p.Name, p.Admin1)));

    [Theory]
    // Only under a generic top-level domain: Manila's Inquirer, Melbourne's Herald Sun.
    [InlineData("newsinfo.inquirer.net")]
    [InlineData("www.heraldsun.com.au")]
    public void A_host_under_a_countrys_domain_is_not_read_as_a_listed_outlet(string host) =>
        Assert.Null(OutletHomeReader.Default.ReadHost(host));

    [Fact]
    public void Every_listed_outlet_resolves_to_one_town_of_its_region()
    {
        var table = ResourceTable.Load("Places/outlets.tsv");
        Assert.True(table.Rows.Length >= 500, $"only {table.Rows.Length} outlets");
        foreach (var row in table.Rows)
        {
            Assert.Matches("^[a-z0-9]+$", row["host"]);
            Assert.True(OutletHomeReader.Default.Homes.TryGetValue(row["host"], out var town), $"outlets.tsv:{row.Line}: no town '{row["town"]}' in {row["region"]}");
            Assert.Equal((PlaceKind.City, row["region"]), (town!.Kind, town.Admin1Id));
        }
        Assert.Equal(table.Rows.Length, OutletHomeReader.Default.Homes.Count);
    }

    [Fact]
    public void Call_letters_alone_name_no_town_only_their_country() =>
        Assert.Equal([("US", PlaceKind.Country)], Read("Man hurt in shooting - KXYZ Channel 4", "https://www.kxyz.com/story/1").Select(p => (p.Id, p.Kind)));

    [Fact]
    public void Other_letters_name_nothing() =>
        Assert.Empty(Read("Man hurt in shooting - The Daily Planet", "https://www.dailyplanet.com/story/1"));
}

/// <summary>Host labels made whole of a town and a paper's words.</summary>
public sealed class MastheadReaderTests
{
    [Theory]
    [InlineData("limaohio", "Lima", "Ohio")]
    [InlineData("wilsontimes", "Wilson", "North Carolina")]
    [InlineData("marshallnewsmessenger", "Marshall", "Texas")]
    [InlineData("washingtonpost", "Washington", "District of Columbia")]
    [InlineData("iowa", "Iowa", "Iowa")]
    public void Reads_a_town_named_with_a_papers_words_or_its_state(string label, string name, string region)
    {
        var first = MastheadReader.Default.Read(label).First(p => p.CountryCode == "US");
        Assert.Equal((name, region), (first.Name, first.Admin1));
    }

    [Fact]
    public void A_much_smaller_namesake_is_not_the_papers_town() =>
        Assert.DoesNotContain(MastheadReader.Default.Read("beaumontenterprise"), p => p.Admin1 == "California");

    [Theory]
    // A town too small to be told from a word; a paper's word alone; a word left over.
    [InlineData("winknews")]
    [InlineData("heraldchronicle")]
    [InlineData("trentonian")]
    [InlineData("ohioans")]
    public void Reads_nothing_from_a_label_not_made_whole_of_them(string label) =>
        Assert.Empty(MastheadReader.Default.Read(label));
}
