using Sitrep.Documents;
using Sitrep.Recognizers.Places;
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

    [Fact]
    public void Call_letters_alone_name_no_place() =>
        Assert.Empty(Read("Man hurt in shooting - KXYZ Channel 4", "https://www.kxyz.com/story/1"));
}
