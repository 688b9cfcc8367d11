using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>Made-up titles in the shapes local outlets give them: the headline, then (or before it) the site's name.</summary>
public sealed class SiteNameSplitterTests
{
    [Theory]
    // The host's call letters, then the site's home and slogan.
    [InlineData("Man hurt in shooting near park - KABC News 7 Springfield, Ohio News Weather & Sports", "https://www.kabc.com/story/1",
        "Man hurt in shooting near park", "KABC News 7 Springfield, Ohio News Weather & Sports")]
    // A web address, and a short home after it.
    [InlineData("Two shot outside store | WXYZ.com | Dayton, OH", "http://web.archive.org/web/2015/http://www.wxyz.com:80/news",
        "Two shot outside store", "WXYZ.com | Dayton, OH")]
    // A newsroom's words on any host.
    [InlineData("Teen charged in killing - Lakeside News, Weather, Sports", null, "Teen charged in killing", "Lakeside News, Weather, Sports")]
    // The host's name in the title ("Action News 9" on actionnews9.com).
    [InlineData("Boy, 4, found dead - Action News 9 - Tulsa, Oklahoma", "https://actionnews9.com/a", "Boy, 4, found dead", "Action News 9 - Tulsa, Oklahoma")]
    // Before the headline.
    [InlineData("CBS 12 - Woman shot on Main Street", "https://cbs12.com/x", "Woman shot on Main Street", "CBS 12")]
    public void Takes_the_site_name_apart_from_the_headline(string title, string? url, string headline, string site) =>
        Assert.Equal(new TitleParts(headline, site), SiteNameSplitter.Split(title, url));

    [Theory]
    // A headline's own parts: no site name after them.
    [InlineData("Shooting in Dayton - police say suspect fled", "https://www.kabc.com/story/1")]
    [InlineData("Two dead, one hurt - Dayton, Ohio", null)]
    [InlineData("Mass Shooting – Killed – Jefferson Smith (Union County, SC)", null)]
    [InlineData("Woman shot in Dayton", "https://www.kabc.com/story/1")]
    // Wire copy in capitals: every word would look like call letters.
    [InlineData("GUERRILLAS ATTACK - WKRP STATION", null)]
    public void Leaves_a_title_without_a_site_name_whole(string title, string? url) =>
        Assert.Equal(new TitleParts(title, null), SiteNameSplitter.Split(title, url));

    [Theory]
    [InlineData("KABC News 7 Springfield, Ohio News Weather & Sports", "Springfield, Ohio")]
    [InlineData("WXYZ.com-Dayton, OH News Weather & Sports", "Dayton, OH")]
    [InlineData("Lakeside News, Weather & Sports", "Lakeside")]
    public void Reads_what_a_site_name_says_besides_its_name(string site, string chunks) =>
        Assert.Equal(chunks, string.Join(" / ", SiteNameSplitter.Chunks(site)));
}
