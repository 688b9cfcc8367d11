using System.Collections.Frozen;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// A web host label made whole of a town's name and what a paper calls itself: "wilsontimes" (Wilson and "times"),
/// "marshallnewsmessenger", "limaohio" (Lima and its state), "iowa". Read whole, a label may name a smaller town than
/// <see cref="OutletPlaceReader"/> looks for inside labels: nothing is left over to make it another word. The words
/// are <c>Places/masthead-words.tsv</c>.
/// </summary>
public sealed class MastheadReader(Gazetteer gazetteer, FrozenSet<string> words)
{
    /// <summary>Towns at least this large name papers by a masthead word; smaller ones are mostly other words ("wink", "yale").</summary>
    private const long MinPopulation = 10_000;

    /// <summary>A town this large comes before a region of its name.</summary>
    private const long GreatPopulation = 100_000;

    /// <summary>The shortest town or region read whole ("erie", "ohio"); shorter ones are abbreviations or words.</summary>
    private const int MinLetters = 4;

    private readonly Lazy<FrozenDictionary<string, Place[]>> _towns = new(() => Index(gazetteer, PlaceKind.City, words));

    private readonly Lazy<FrozenDictionary<string, Place[]>> _regions = new(() => Index(gazetteer, PlaceKind.Admin1, words));

    public static MastheadReader Default { get; } = new(Gazetteer.Default,
        ResourceTable.Load("Places/masthead-words.tsv").Rows.Select(r => r["word"]).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The words a paper adds to its town's name ("news", "post", "tribune"), lower case.</summary>
    public FrozenSet<string> Words => words;

    /// <summary>
    /// The places a lower-case label of letters names whole: a town in its region ("limaohio": Lima, Ohio), a region
    /// alone or with masthead words ("iowa", "ohionews"), or a town with one or two masthead words, every town of the
    /// name large enough, the largest first ("marshallnewsmessenger": the Marshalls of Texas, Minnesota, ...); empty
    /// when the label is not made so.
    /// </summary>
    public Place[] Read(string label)
    {
        if (label.Length < MinLetters) return [];
        for (var i = MinLetters; i + MinLetters <= label.Length; i++)
            if (_regions.Value.TryGetValue(label[i..], out var regions) && TownIn(label[..i], regions) is { } town)
                return [town];
        for (var i = label.Length; i >= MinLetters; i--)
        {
            if (!IsMasthead(label[i..])) continue;
            var towns = i < label.Length && _towns.Value.TryGetValue(label[..i], out var t) ? t : [];
            var regions = _regions.Value.GetValueOrDefault(label[..i]) ?? [];
            // "washingtonpost": a great city before a region of its name, as in the host reader; "delawareonline": the
            // region before a small town.
            if (towns.Length + regions.Length > 0)
                return [.. towns.Where(c => c.Population >= GreatPopulation), .. regions, .. towns.Where(c => c.Population < GreatPopulation)];
        }
        return [];
    }

    /// <summary>Nothing, a masthead word, or two ("newsmessenger").</summary>
    private bool IsMasthead(string rest)
    {
        if (rest.Length == 0 || words.Contains(rest)) return true;
        for (var i = 1; i < rest.Length; i++)
            if (words.Contains(rest[..i]) && words.Contains(rest[i..])) return true;
        return false;
    }

    /// <summary>The largest town of the name in one of the regions: "lima" in Ohio. Any size: the region says which.</summary>
    private Place? TownIn(string name, Place[] regions)
    {
        Place? best = null;
        foreach (var city in gazetteer.Cities)
            if (city.Admin1Id is { } id && city.Name.Length >= name.Length && (best is null || city.Population > best.Population) &&
                Array.Exists(regions, r => r.Id == id) && Key(city.Name) == name)
                best = city;
        return best;
    }

    private static string Key(string name) => new([.. TextFolding.Fold(name).Where(char.IsAsciiLetter)]);

    /// <summary>Names of towns (large enough) or regions by their letters, the largest first; a masthead word is no town ("herald", "star").</summary>
    private static FrozenDictionary<string, Place[]> Index(Gazetteer gazetteer, PlaceKind kind, FrozenSet<string> words)
    {
        var names = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var name in gazetteer.Names)
        {
            var place = name.Place;
            if (name.Form != NameForm.Name || place.Kind != kind || kind == PlaceKind.City && place.Population < MinPopulation) continue;
            var key = Key(name.Phrase);
            if (key.Length < MinLetters || words.Contains(key)) continue;
            if (!names.TryGetValue(key, out var list)) names[key] = list = [];
            if (!list.Contains(place)) list.Add(place);
        }
        return names.ToFrozenDictionary(n => n.Key,
            n => n.Value.Where(p => kind != PlaceKind.City || IsLeading(p, n.Value))
                .OrderByDescending(p => kind == PlaceKind.City ? p.Population : gazetteer.TownPopulation(p.Id)).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// "beaumontenterprise" is the paper of Beaumont, Texas (118,000), not of Beaumont, California (a third its size):
    /// of the towns of a name in one country, only the largest and those at least half as large.
    /// </summary>
    private static bool IsLeading(Place town, List<Place> namesakes)
    {
        var largest = namesakes.Where(p => p.CountryCode == town.CountryCode).Max(p => p.Population);
        return town.Population * 2 >= largest;
    }
}
