using Sitrep.Recognizers.Places;

namespace Sitrep.Tests.Recognizers;

/// <summary>The country a broadcaster's web address shows: a call sign or a network's affiliate.</summary>
public sealed class OutletCountryReaderTests
{
    [Theory]
    [InlineData("www.wxyz.com")]
    [InlineData("kxyztv.com")]
    [InlineData("www.kxyz5.com")]
    [InlineData("www.wxyznews2.com")]
    [InlineData("m.wxyz.com")]
    [InlineData("www.wxyz.tv")]
    [InlineData("abc13.com")]
    [InlineData("6abc.com")]
    [InlineData("www.fox4xy.com")]
    [InlineData("www.abcnews4.com")]
    public void A_call_sign_or_an_affiliate_is_a_US_outlet(string host) => Assert.Equal("US", OutletCountryReader.Default.ReadHost(host));

    [Theory]
    // Other words, a country's own domain, a channel number without a network.
    [InlineData("www.chicagotribune.com")]
    [InlineData("www.kbs.co.kr")]
    [InlineData("www.news18.com")]
    [InlineData("www.france24.com")]
    [InlineData("www.wkxyzq.com")]
    [InlineData("pittsburgh.cbslocal.com")]
    [InlineData("web.archive.org")]
    public void Other_hosts_show_no_country(string host) => Assert.Null(OutletCountryReader.Default.ReadHost(host));
}
