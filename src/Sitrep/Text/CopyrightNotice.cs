using System.Text.RegularExpressions;

namespace Sitrep.Text;

/// <summary>
/// Who a page's copyright notice names: "Copyright 2015 WVUE. All rights reserved." gives "WVUE", "Copyright 2017 by
/// WKMG ClickOrlando - All rights reserved." "WKMG ClickOrlando". The cleaner drops the notice as furniture, but a
/// station's notice at the foot of a story on another station's site says whose story it is, and so where it was
/// reported (<see cref="Recognizers.Places.OutletPlaceReader"/>). Read from the raw text, the first notice that opens a line.
/// </summary>
public static partial class CopyrightNotice
{
    /// <summary>The holder the first notice names, or null.</summary>
    public static string? Holder(string rawText) =>
        Notice().Match(rawText) is { Success: true } m ? m.Groups["holder"].Value.Trim() : null;

    [GeneratedRegex(@"^[ \t]*\(?(?:©|\(c\)|(?i:copyright))[ \t]*(?:©[ \t]*)?\d{4},?[ \t]+(?:by[ \t]+)?(?<holder>[^\n.,()\-\u2013\u2014|]{1,60})",
        RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Notice();
}
