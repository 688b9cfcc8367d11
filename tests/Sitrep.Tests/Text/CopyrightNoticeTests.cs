using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class CopyrightNoticeTests
{
    [Theory]
    [InlineData("A man was shot.\n\nCopyright 2016 WXYZ. All rights reserved.", "WXYZ")]
    [InlineData("A man was shot.\nCopyright 2017 by WXYZ Clicktown - All rights reserved.", "WXYZ Clicktown")]
    [InlineData("A man was shot.\n(© 2016 KXYZ)", "KXYZ")]
    [InlineData("A man was shot.\n(c) 2016, The Daily Example", "The Daily Example")]
    [InlineData("The company said its copyright 2016 filing was late.", null)]
    [InlineData("A man was shot.", null)]
    public void Reads_who_a_line_opening_notice_names(string raw, string? holder) =>
        Assert.Equal(holder, CopyrightNotice.Holder(raw));
}
