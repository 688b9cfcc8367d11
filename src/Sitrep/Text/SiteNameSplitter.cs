using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>A page title taken apart: the story's headline and the outlet's own name around it, if any.</summary>
/// <param name="SiteName">"WXOW News 19 La Crosse, WI – News, Weather and Sports": who published the page and where it is at home.</param>
public readonly record struct TitleParts(string Headline, string? SiteName);

/// <summary>
/// Finds the site name a web page's title carries after (or before) its headline: "Teen hurt in shooting - KSLA News 12
/// Shreveport, Louisiana News Weather &amp; Sports", "CBS 58 - Two shot Friday night". The site name says where the
/// outlet is, not where the story happened: left in the headline, its town reads as the incident's. A title is split
/// at " - ", " | ", " – ", " « " and the like; a part is the site's when it names the outlet (a word of the page's web
/// host, "KSLA" on ksla.com), a web address ("WALB.com"), call letters ("KVVU", "WTOC-TV") or a newsroom's words
/// ("News", "Weather", "CBS", "Gazette"). Short parts beyond it ("Memphis, Tennessee", "Corpus Christi") belong to it
/// too: sites add their home and slogan after their name. The headline keeps at least its first part.
/// </summary>
public static partial class SiteNameSplitter
{
    /// <summary>Longer parts beyond a site's name are headline, not slogan or home.</summary>
    private const int MaxShortWords = 6;

    public static TitleParts Split(string title, string? url)
    {
        // Upper-case wire copy has no site names, and every word of it would look like call letters.
        if (!title.Any(char.IsLower)) return new(title, null);
        var parts = Parts(title);
        if (parts.Count < 2) return new(title, null);
        var labels = HostLabels(WebAddress.Host(url));
        var site = parts.Select(p => IsSite(title[p.Start..p.End], labels)).ToArray();
        var fits = parts.Select((p, k) => site[k] || IsShort(title[p.Start..p.End])).ToArray();

        // After the headline: the first site part from which on every part is the site's or short.
        for (var k = 1; k < parts.Count; k++)
            if (site[k] && fits.Skip(k + 1).All(f => f))
                return new(title[..parts[k - 1].End].Trim(), title[parts[k].Start..].Trim());
        // Before it: "CBS 58 - Two shot Friday night".
        for (var k = parts.Count - 2; k >= 0; k--)
            if (site[k] && fits.Take(k).All(f => f))
                return new(title[parts[k + 1].Start..].Trim(), title[..parts[k].End].Trim());
        return new(title, null);
    }

    /// <summary>
    /// What a site name says besides its own name: the words between separators, call letters, web addresses and
    /// newsroom words. "KSLA News 12 Shreveport, Louisiana News Weather &amp; Sports" → "Shreveport, Louisiana";
    /// "WTVM.com-Columbus, GA News" → "Columbus, GA"; "Chattanooga News, Weather &amp; Sports" → "Chattanooga". Read
    /// whole, "Louisville News" would be a newspaper's name, no town.
    /// </summary>
    public static List<string> Chunks(string siteName)
    {
        var chunks = new List<string>();
        var start = 0;
        foreach (var m in NameWords().EnumerateMatches(siteName))
        {
            if (Chunk(siteName[start..m.Index]) is { } chunk) chunks.Add(chunk);
            start = m.Index + m.Length;
        }
        if (Chunk(siteName[start..]) is { } last) chunks.Add(last);
        return chunks;
    }

    private static string? Chunk(string text)
    {
        // "KSLA News 12 Shreveport": a channel's number and the separators around are no place.
        var chunk = text.AsSpan().TrimStart(Leading.AsSpan()).TrimEnd(Trailing.AsSpan());
        return chunk.ContainsAnyInRange('A', 'Z') || chunk.ContainsAnyInRange('a', 'z') ? chunk.ToString() : null;
    }

    private const string Trailing = " \t,-–—:;&|/«»@0123456789";

    /// <summary>Also a period or an apostrophe left of a cut word: "WREX.com – Rockford’s" leaves no "’s".</summary>
    private const string Leading = Trailing + ".'’";

    /// <summary>The non-empty parts between separators, as ranges of the title.</summary>
    private static List<(int Start, int End)> Parts(string title)
    {
        var parts = new List<(int Start, int End)>();
        var start = 0;
        foreach (var m in Separator().EnumerateMatches(title))
        {
            if (title.AsSpan(start, m.Index - start).Trim().Length > 0) parts.Add((start, m.Index));
            start = m.Index + m.Length;
        }
        if (title.AsSpan(start).Trim().Length > 0) parts.Add((start, title.Length));
        return parts;
    }

    /// <summary>"www.wmcactionnews5.com" → ["wmcactionnews5"]; "sanfrancisco.cbslocal.com" → ["sanfrancisco", "cbslocal"].</summary>
    private static string[] HostLabels(string? host)
    {
        if (host is null) return [];
        var labels = host.ToLowerInvariant().Split('.');
        return [.. labels[..^1].Where(l => l.Length >= 3 && l is not ("www" or "com" or "net" or "org" or "web" or "mobile" or "amp"))
            .Select(l => new string([.. l.Where(char.IsAsciiLetterOrDigit)]))];
    }

    private static bool IsSite(string part, string[] labels)
    {
        if (labels.Length > 0)
        {
            // "WMC Action News 5" on wmcactionnews5.com; "KSLA News 12" on ksla.com; "FOX 8 WVUE" on fox8live.com.
            var squashed = new string([.. part.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
            if (labels.Any(l => squashed.Contains(l, StringComparison.Ordinal))) return true;
            foreach (var w in Word().EnumerateMatches(part))
            {
                var word = part.AsSpan(w.Index, w.Length);
                if (word.Length < 3 || !(IsAllUpper(word) || word.ContainsAnyInRange('0', '9'))) continue;
                var lower = word.ToString().ToLowerInvariant();
                if (labels.Any(l => l.Contains(lower, StringComparison.Ordinal))) return true;
            }
        }
        return SiteWords().IsMatch(part);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>A part with no figure and a few words: a home ("Memphis, Tennessee") or a slogan, not a headline.</summary>
    private static bool IsShort(string part) =>
        !part.Any(char.IsAsciiDigit) && part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxShortWords;

    /// <summary>" - ", " | ", "|", " – ", " — ", " « ", " » ", and a dash that ends or opens the title.</summary>
    [GeneratedRegex(@"\s+[-–—|«»]\s+|\s*\|\s*|\s+[-–—]$|^[-–—]\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Separator();

    [GeneratedRegex(@"[A-Za-z0-9]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex Word();

    /// <summary>
    /// What only an outlet's name says: a web address ("KMOV.com"), call letters ("KVVU", "WTOC-TV"), a newsroom's
    /// words ("News", "Weather & Sports", in any case), a network ("CBS", "Fox") or a newspaper's name word ("Gazette").
    /// </summary>
    [GeneratedRegex("""
        \b[A-Za-z0-9-]+\.(?i:com|net|org|tv)\b
        |\b[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?\b
        |\b(?i:news|weather|sports|traffic|closings|newschannel|tv)\b
        |\b(?:CBS|NBC|ABC|FOX|Fox|CW|PBS|NPR)\b
        |\b(?:Times|Herald|Tribune|Gazette|Examiner|Journal|Courier|Ledger|Messenger|Chronicle|Observer|Sentinel|Dispatch|Bulletin|Channel|Online)\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex SiteWords();

    /// <summary>Where a site name is cut into what else it says: separators and the words of <see cref="SiteWords"/>.</summary>
    [GeneratedRegex("""
        \s*\|\s*|\s+[-–—«»]\s+|:
        |\b[A-Za-z0-9-]+\.(?i:com|net|org|tv)\b
        |\b[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?\b
        |\b(?i:news|weather|sports|traffic|closings|newschannel|tv|video|breaking)\b
        |\b(?:CBS|NBC|ABC|FOX|Fox|CW|PBS|NPR)\b
        |\b(?:Times|Herald|Tribune|Gazette|Examiner|Journal|Courier|Ledger|Messenger|Chronicle|Observer|Sentinel|Dispatch|Bulletin|Channel|Online)\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex NameWords();
}
