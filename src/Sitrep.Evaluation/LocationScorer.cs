using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Incidents;
using Sitrep.Recognizers.Places;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>What was predicted for one article's place, and whether it matched the gold (null: the gold does not say).</summary>
public sealed record LocationOutcome(string ArticleId, IncidentLocation? Predicted, bool? City, bool? Admin1, bool? Country);

/// <summary>
/// Scores where an article's primary incident happened against the gold: city, first-level region and country,
/// each where the gold names it. One case per article; a missing prediction (no primary incident, or no value for
/// the field) is an error.
/// <list type="bullet">
/// <item>GVA <c>city_or_county</c>: "Chicago (Englewood)" matches either name, "Polk (county)" matches a
/// prediction in Polk County; names compare folded, "Saint"/"St." and hyphens alike, a closing "City" or "Township" dropped.</item>
/// <item>MUC: a message may report several incidents; the prediction matches when it names the place of any of
/// them. Countries compare by ISO code, so "EL SALVADOR" and "Salvador" agree.</item>
/// </list>
/// </summary>
/// <param name="scope">Null: the article's primary incident, rows as named above. <see cref="AnyIncident"/>: the place
/// of its primary incident or, where it reports none, of the first incident it mentions as background; rows
/// "location city, any incident" and so on.</param>
public sealed class LocationScorer(Gazetteer gazetteer, string? scope = null)
{
    public const string AnyIncident = "any incident";

    private readonly List<LocationOutcome> _outcomes = [];
    private FrozenDictionary<string, string>? _countryCodes;

    public IReadOnlyList<LocationOutcome> Outcomes => _outcomes;

    /// <summary>Scores one article: <paramref name="predicted"/> is its first primary incident's location, null when it has none.</summary>
    public LocationOutcome Add(GoldArticle gold, IncidentLocation? predicted)
    {
        var incidents = gold.Gold.Incidents;
        bool? city = null, admin1 = null, country = null;
        if (gold.Gold.Relevant && incidents.Length > 0)
        {
            if (incidents.Any(i => i.City is not null)) city = incidents.Any(i => i.City is { } c && CityMatches(c, predicted));
            if (incidents.Any(i => i.Admin1 is not null)) admin1 = incidents.Any(i => i.Admin1 is { } a && SameRegion(a, predicted?.Admin1));
            if (incidents.Any(i => i.Country is not null)) country = incidents.Any(i => i.Country is { } c && CountryMatches(c, predicted));
        }
        var outcome = new LocationOutcome(gold.Id, predicted, city, admin1, country);
        _outcomes.Add(outcome);
        return outcome;
    }

    /// <summary>"location city", "location admin1", "location country": rows only for what the gold names.</summary>
    public ImmutableArray<MetricRow> Rows()
    {
        var rows = ImmutableArray.CreateBuilder<MetricRow>();
        void Row(string name, Func<LocationOutcome, bool?> field)
        {
            var cases = _outcomes.Where(o => field(o) is not null).ToList();
            if (cases.Count > 0) rows.Add(MetricRow.Rate(name, cases.Count, cases.Count(o => field(o) == true)));
        }
        if (scope is not null)
        {
            Row($"location city, {scope}", o => o.City);
            Row($"location admin1, {scope}", o => o.Admin1);
            Row($"location country, {scope}", o => o.Country);
            return rows.ToImmutable();
        }
        Row("location city", o => o.City);
        Row("location admin1", o => o.Admin1);
        Row("location country", o => o.Country);
        // The same, over the articles where an incident was found: how well places are read, apart from finding incidents.
        Row("location city, incident found", o => o.Predicted is null ? null : o.City);
        Row("location admin1, incident found", o => o.Predicted is null ? null : o.Admin1);
        Row("location country, incident found", o => o.Predicted is null ? null : o.Country);
        return rows.ToImmutable();
    }

    /// <summary>"Chicago (Englewood)": either name; "Polk (county)": the county.</summary>
    public static bool CityMatches(string gold, IncidentLocation? predicted)
    {
        if (predicted is null) return false;
        var open = gold.IndexOf('(');
        var main = open < 0 ? gold : gold[..open];
        var inner = open < 0 ? null : gold[(open + 1)..].TrimEnd(')', ' ');
        if (inner is not null && inner.Equals("county", StringComparison.OrdinalIgnoreCase))
            return predicted.Admin2 is { } county && SameName(main + " County", county) || SameName(main + " Parish", predicted.Admin2);
        return SameName(main, predicted.City) || inner is not null && SameName(inner, predicted.City);
    }

    /// <summary>"SAN MIGUEL" and "San Miguel Department", "Kunduz" and "Kunduz Province": a region's type word is no part of its name.</summary>
    public static bool SameRegion(string? gold, string? predicted) =>
        gold is not null && predicted is not null && WithoutRegionType(Normalize(gold)) == WithoutRegionType(Normalize(predicted));

    private static string WithoutRegionType(string name)
    {
        foreach (var type in RegionTypes)
            if (name.EndsWith(" " + type, StringComparison.Ordinal))
                return name[..^(type.Length + 1)];
        return name;
    }

    private static readonly string[] RegionTypes = ["department", "province", "region", "state", "governorate", "district", "prefecture"];

    public static bool SameName(string? gold, string? predicted) =>
        gold is not null && predicted is not null && Normalize(gold) == Normalize(predicted);

    /// <summary>Folded, "Saint"/"St."/"St" alike, hyphens and "Mc " spacing ignored, a leading "The" and a closing "City" or "Township" dropped.</summary>
    public static string Normalize(string name)
    {
        var folded = TextFolding.Fold(name).Replace('-', ' ').Replace(".", "", StringComparison.Ordinal);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        // "Hamilton Township" and "Hamilton": the municipality's type word is no part of its name.
        if (words.Count > 1 && words[^1] is "city" or "township") words.RemoveAt(words.Count - 1);
        for (var i = 0; i < words.Count; i++)
            words[i] = words[i] switch
            {
                "saint" => "st",
                "ft" => "fort",
                "mt" => "mount",
                var w => w,
            };
        // "Mc Lean" and "McLean" are one name.
        return string.Join(' ', words).Replace("mc ", "mc", StringComparison.Ordinal);
    }

    private bool CountryMatches(string gold, IncidentLocation? predicted)
    {
        if (predicted?.CountryCode is not { } code) return false;
        return CountryCode(gold) is { } goldCode ? goldCode == code : SameName(gold, predicted.Country);
    }

    /// <summary>
    /// The ISO code of a country written any way the gazetteer knows ("EL SALVADOR", "U.S."), or misspelt by one letter
    /// in the gold ("GUATAMALA" in two MUC keys) where that points to one country only.
    /// </summary>
    private string? CountryCode(string name)
    {
        _countryCodes ??= BuildCountryCodes();
        var normalized = Normalize(name);
        if (_countryCodes.TryGetValue(normalized, out var code)) return code;
        if (normalized.Length < MisspeltNameLength) return null;
        var near = _countryCodes.Where(c => OneEditApart(c.Key, normalized)).Select(c => c.Value).Distinct().ToList();
        return near.Count == 1 ? near[0] : null;
    }

    /// <summary>Names this long are read through a one-letter slip; shorter ones ("Oman", "Iran") are too close to others.</summary>
    private const int MisspeltNameLength = 7;

    /// <summary>Whether one substitution, insertion or deletion turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private FrozenDictionary<string, string> BuildCountryCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in gazetteer.Names)
            if (name.Place.Kind == PlaceKind.Country && name.Form is NameForm.Name or NameForm.Abbreviation)
                codes.TryAdd(Normalize(name.Phrase), name.Place.CountryCode);
        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
