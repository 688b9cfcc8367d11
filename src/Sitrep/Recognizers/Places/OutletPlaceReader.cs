using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// The place a news outlet's web address names: "chicagotribune.com" Chicago, "click2houston.com" Houston,
/// "pittsburgh.cbslocal.com" Pittsburgh, "columbiamissourian.com" Missouri. A local outlet reports local news, so
/// this is a hint where a story happened when its own words leave it open ("Columbia police said"). Read from the
/// document's URL (an archived copy's original address counts): each part of the host name is tried for a city of
/// <see cref="MinPopulation"/> people or more, or a first-level region, at its start or end. Where the page title
/// carries the outlet's site name with its home ("... - WTVM.com-Columbus, GA News Weather &amp; Sports"), that home
/// comes first (<see cref="SiteNamePlaceReader"/>): call letters name no place, only a country
/// (<see cref="OutletCountryReader"/>), which comes last, unless <see cref="OutletHomeReader"/> knows the outlet's home
/// ("wlky.com" Louisville, "chron.com" Houston): then the host names that town alone.
/// </summary>
public sealed partial class OutletPlaceReader(Gazetteer gazetteer, SiteNamePlaceReader? siteNames = null, MastheadReader? mastheads = null,
    OutletCountryReader? countries = null, OutletHomeReader? homes = null)
{
    /// <summary>Cities at least this large name outlets; smaller names are too often other words ("news", "today").</summary>
    private const long MinPopulation = 100_000;

    /// <summary>
    /// A smaller city names an outlet when its name is the whole label ("bradenton.com"): the label's end alone would
    /// read a larger city hiding in it (Denton).
    /// </summary>
    private const long WholeLabelMinPopulation = 10_000;

    /// <summary>The shortest name looked for in a host name: shorter ones hide in any word ("nola", "wave").</summary>
    private const int MinLetters = 5;

    private readonly Lazy<FrozenDictionary<string, Place[]>> _names = new(() => Build(gazetteer));

    // Made on first use (a field initializer cannot name an instance method); two threads racing only read a host twice.
    private ReadOnce<Place[]>? _hosts;

    public static OutletPlaceReader Default { get; } =
        new(Gazetteer.Default, SiteNamePlaceReader.Default, MastheadReader.Default, OutletCountryReader.Default, OutletHomeReader.Default);

    /// <summary>
    /// The cities or regions the document's outlet may name, the most likely first ("naplesnews.com": Naples, Italy,
    /// then Naples, Florida, if large enough), then the country a broadcaster's address shows ("wpxi.com": the United
    /// States); empty when it names none. Which one is meant is the document's to say.
    /// </summary>
    public Place[] Read(Document doc)
    {
        var hostName = WebAddress.Host(doc.Url);
        var host = hostName is null ? [] : ReadHost(hostName);
        // "dnainfo.com/new-york/...", "patch.com/illinois/chicago/...": an outlet of several cities names the one a page
        // is of in its address's first sections, where its host names none.
        if (host.Length == 0) host = ReadSections(doc.Url);
        var site = siteNames?.Read(doc.SiteName) ?? [];
        // "WTRF ... - Wheeling Steubenville" on wtrf.com: where the table knows the outlet's home, the site name's town of
        // that name is that home (West Virginia's Wheeling, not the larger one in Illinois).
        if (host is [var known] && homes?.ReadHost(hostName!) == known)
            site = [.. site.Select(p => p.Kind == PlaceKind.City && string.Equals(p.Name, known.Name, StringComparison.OrdinalIgnoreCase) ? known : p).Distinct()];
        var country = countries?.Read(doc) is { } code ? gazetteer.Countries.GetValueOrDefault(code) : null;
        // "(WMC) - On Saturday ..." on walb.com: a station's story carried by another; it was written in the credited
        // station's market, and the carrier's address and site name say nothing of where it happened.
        if (homes is not null && CreditedStation(doc) is { } call && homes.ReadCallSign(call) is { } credited && !host.Contains(credited))
            return country is null ? [credited] : [credited, country];
        if (site.Length == 0 && country is null) return host;
        return [.. site.Concat(host).Concat(country is null ? [] : [country]).Distinct()];
    }

    /// <summary>How far into the text a station's credit may open a paragraph: past a title line or two.</summary>
    private const int CreditReach = 400;

    /// <summary>
    /// The call sign credited for the story: the dateline's agency ("OVERLAND, MO (KTVI) –"), a paragraph's opening
    /// "(WMC) -", or the page's copyright notice ("Copyright 2015 WVUE").
    /// </summary>
    private static string? CreditedStation(Document doc)
    {
        if (doc.Dateline?.Agency is { } agency && CallSign().Match(agency) is { Success: true } dateline) return dateline.Groups["call"].Value;
        var opening = doc.Text[..Math.Min(doc.Text.Length, CreditReach)];
        if (OpeningCredit().Match(opening) is { Success: true } m) return m.Groups["call"].Value;
        // "Copyright 2015 WVUE. All rights reserved." under a story on wafb.com: the notice names whose story it is.
        return doc.CopyrightHolder is { } holder && NoticeCallSign().Match(holder) is { Success: true } notice ? notice.Groups["call"].Value : null;
    }

    /// <summary>A US station's call sign: K or W and two or three letters, maybe with "-TV" or "-DT".</summary>
    [GeneratedRegex("^(?<call>[KW][A-Z]{2,3})(?:-TV|-DT)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex CallSign();

    /// <summary>A call sign opening a copyright holder's name: "WVUE", "WAVE 3 News", "WKMG ClickOrlando".</summary>
    [GeneratedRegex("^(?<call>[KW][A-Z]{2,3})(?:-TV|-DT)?\\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex NoticeCallSign();

    [GeneratedRegex("^\\((?<call>[KW][A-Z]{2,3})(?:-TV|-DT)?\\)[ ]?(?:-|\u2013|\u2014|:)", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex OpeningCredit();

    /// <summary>
    /// A label made whole of a town and masthead words ("wilsontimes", "limaohio": <see cref="MastheadReader"/>) names
    /// it first; then the longest city or region found at a label's start or end.
    /// </summary>
    public Place[] ReadHost(string host) => (_hosts ??= new(ReadNewHost, StringComparer.OrdinalIgnoreCase))[host];

    private Place[] ReadNewHost(string host)
    {
        if (homes?.ReadHost(host) is { } home) return [home];
        Place[] best = [];
        var bestLength = 0;
        List<Place>? whole = null;
        foreach (var part in host.Split('.'))
        {
            var label = new string([.. part.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
            if (mastheads?.Read(label) is { Length: > 0 } named) (whole ??= []).AddRange(named);
            for (var length = label.Length; length >= MinLetters && length > bestLength; length--)
            {
                var minPopulation = length == label.Length ? WholeLabelMinPopulation : MinPopulation;
                if (Named(label[..length], minPopulation) is { Length: > 0 } start) (best, bestLength) = (start, length);
                else if (Named(label[^length..], minPopulation) is { Length: > 0 } end) (best, bestLength) = (end, length);
            }
        }
        return whole is null ? best : [.. whole.Concat(best).Distinct()];
    }

    /// <summary>How many of an address's first path segments may name the city a page is of.</summary>
    private const int CitySections = 2;

    /// <summary>The first city of <see cref="MinPopulation"/> people or more that a whole path segment names, or none.</summary>
    private Place[] ReadSections(string? url)
    {
        foreach (var section in WebAddress.Sections(url, CitySections))
        {
            var key = new string([.. section.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
            if (key.Length >= MinLetters && Named(key, MinPopulation).Where(p => p.Kind == PlaceKind.City).ToArray() is { Length: > 0 } cities) return cities;
        }
        return [];
    }

    private Place[] Named(string key, long minPopulation) =>
        _names.Value.TryGetValue(key, out var places) ? [.. places.Where(p => p.Kind != PlaceKind.City || p.Population >= minPopulation)] : [];

    /// <summary>Names without spaces or punctuation, folded: a city before a region of the same name, a larger city before a smaller.</summary>
    private static FrozenDictionary<string, Place[]> Build(Gazetteer gazetteer)
    {
        var names = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var name in gazetteer.Names)
        {
            var place = name.Place;
            if (name.Form != NameForm.Name || place.Kind is not (PlaceKind.City or PlaceKind.Admin1)) continue;
            if (place.Kind == PlaceKind.City && place.Population < WholeLabelMinPopulation) continue;
            var folded = TextFolding.Fold(name.Phrase);
            var key = new string([.. folded.Where(char.IsAsciiLetter)]);
            // "northwestgeorgianews": "North West" (a province of South Africa) is two words there, no place.
            if (key.Length < MinLetters || gazetteer.IsCommonWord(folded)) continue;
            if (!names.TryGetValue(key, out var list)) names[key] = list = [];
            if (!list.Contains(place)) list.Add(place);
        }
        return names.ToFrozenDictionary(n => n.Key, n => n.Value.OrderBy(p => p, new Prominence(gazetteer)).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A city before a region, a larger place before a smaller; ties by id, so the order never depends on the table's.</summary>
    private sealed class Prominence(Gazetteer gazetteer) : IComparer<Place>
    {
        public int Compare(Place? x, Place? y)
        {
            if (x!.Kind != y!.Kind) return x.Kind == PlaceKind.City ? -1 : 1;
            var (a, b) = x.Kind == PlaceKind.City ? (x.Population, y.Population) : (gazetteer.TownPopulation(x.Id), gazetteer.TownPopulation(y.Id));
            return a != b ? b.CompareTo(a) : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
