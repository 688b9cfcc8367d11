using Sitrep.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Reads the dates pages and feeds write: ISO 8601 in all its web variants
/// (<c>2023-02-18T09:30:00.000+0500</c>, <c>2023-02-18 09:30</c>), RFC 822 / 1123 as RSS uses it
/// (<c>Sat, 18 Feb 2023 09:30:00 +0500</c>, <c>GMT</c>, <c>EST</c>), written dates
/// (<c>February 18, 2023</c>, <c>18 Feb 2023</c>), and dates in URLs (<c>/2023/02/18/</c>).
/// </summary>
public static partial class PageDates
{
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d{1,9})?\s*(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{2,4})(?:\s+(?<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\s*(?<zone>[+-]\d{4}|[A-Z]{1,5}))?)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex RfcPattern();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?:,?\s+(?:at\s+)?(?<time>\d{1,2}:\d{2})\s*(?<ampm>[ap]\.?m\.?)?)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex WrittenPattern();

    [GeneratedRegex(@"(?:^|[/_-])(?<year>(?:19|20)\d{2})[/_-]?(?<month>0[1-9]|1[0-2])[/_-]?(?<day>0[1-9]|[12]\d|3[01])(?:[/_.-]|$)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex UrlDatePattern();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Time zones RSS feeds still write by name (RFC 822).</summary>
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.Ordinal)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6,
        ["PST"] = -8, ["PDT"] = -7,
    };

    public static bool TryParse(string? text, out PublicationDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100) return false;
        var s = text.Trim();
        try
        {
            return TryIso(s, out value) || TryRfc(s, out value) || TryWritten(s, out value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>A date written in a URL path: <c>/2019/11/18/</c>, <c>/2019-11-18-</c>, <c>/20191118/</c>.</summary>
    public static bool TryFromUrl(string? url, out PublicationDate value)
    {
        value = default;
        if (string.IsNullOrEmpty(url) || url.Length > 2048) return false;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        var m = UrlDatePattern().Match(path);
        if (!m.Success) return false;
        return TryDate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), null, null, out value);
    }

    private static bool TryIso(string s, out PublicationDate value)
    {
        value = default;
        var m = IsoPattern().Match(s);
        if (!m.Success) return false;
        if (!DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        // Publishing systems write 0001-01-01 or 1970-01-01 for "no date": a placeholder is no date.
        if (!IsPlausible(date)) return false;
        TimeOnly? time = m.Groups["time"].Success && TimeOnly.TryParse(m.Groups["time"].Value, CultureInfo.InvariantCulture, out var t) ? t : null;
        TimeSpan? offset = m.Groups["zone"].Success ? Offset(m.Groups["zone"].Value) : null;
        value = new PublicationDate(date, time, time is null ? null : offset);
        return true;
    }

    private static bool TryRfc(string s, out PublicationDate value)
    {
        value = default;
        var m = RfcPattern().Match(s);
        if (!m.Success || Month(m.Groups["month"].Value) is not { } month) return false;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 100) year += year < 50 ? 2000 : 1900;
        TimeOnly? time = m.Groups["time"].Success && TimeOnly.TryParse(m.Groups["time"].Value, CultureInfo.InvariantCulture, out var t) ? t : null;
        TimeSpan? offset = m.Groups["zone"].Success ? Offset(m.Groups["zone"].Value) : null;
        return TryDate(year, month, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), time, offset, out value);
    }

    private static bool TryWritten(string s, out PublicationDate value)
    {
        value = default;
        var m = WrittenPattern().Match(s);
        if (!m.Success || Month(m.Groups["month"].Value) is not { } month) return false;
        TimeOnly? time = null;
        if (m.Groups["time"].Success && TimeOnly.TryParse(m.Groups["time"].Value, CultureInfo.InvariantCulture, out var t))
        {
            var pm = m.Groups["ampm"].Value.StartsWith('p') || m.Groups["ampm"].Value.StartsWith('P');
            var am = m.Groups["ampm"].Success && !pm;
            if (pm && t.Hour < 12) t = t.AddHours(12);
            if (am && t.Hour == 12) t = t.AddHours(-12);
            time = t;
        }
        return TryDate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), time, null, out value);
    }

    /// <summary>A news publication date: from 1900 to 2200, and not the Unix epoch that empty fields print as.</summary>
    public static bool IsPlausible(DateOnly date) => date.Year is >= 1900 and <= 2200 && date != new DateOnly(1970, 1, 1);

    private static bool TryDate(int year, int month, int day, TimeOnly? time, TimeSpan? offset, out PublicationDate value)
    {
        value = default;
        if (year is < 1900 or > 2200 || (year == 1970 && month == 1 && day == 1) || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new PublicationDate(new DateOnly(year, month, day), time, time is null ? null : offset);
        return true;
    }

    private static int? Month(string name)
    {
        if (name.Length < 3) return null;
        var key = name[..3].ToLowerInvariant();
        var index = Array.IndexOf(Months, key);
        return index < 0 ? null : index + 1;
    }

    private static TimeSpan? Offset(string zone)
    {
        if (ZoneHours.TryGetValue(zone, out var hours)) return TimeSpan.FromHours(hours);
        if (zone.Length < 3 || zone[0] is not ('+' or '-')) return null;
        var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length == 2) digits += "00";
        if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm)) return null;
        var span = new TimeSpan(hhmm / 100, hhmm % 100, 0);
        return zone[0] == '-' ? -span : span;
    }
}
