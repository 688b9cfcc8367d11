using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>How a name stands for its place, which decides how strictly it must be written.</summary>
public enum NameForm : byte
{
    /// <summary>A name or alternative name ("Karachi", "Baluchistan"): any case, capitalised in mixed-case text.</summary>
    Name,
    /// <summary>"Pakistani", "Afghans": the country by its adjective or people.</summary>
    Demonym,
    /// <summary>"U.S.", "KP", "NWFP": written exactly so, in upper-case copy too.</summary>
    Abbreviation,
    /// <summary>"Calif.", "Tenn.": written exactly so after a comma; never read in upper-case copy.</summary>
    StyleAbbreviation,
    /// <summary>"TN", "CA": read only after a town and a comma ("Hermitage, TN").</summary>
    PostalCode,
    /// <summary>"ID", "IN", "OR": postal codes that are also words or other codes, read only in a dateline after its town and a comma ("PRESTON, ID -").</summary>
    DatelinePostalCode,
}

/// <summary>One written form of a gazetteer place: "Baluchistan" for Balochistan, "Tenn." for Tennessee.</summary>
public sealed record PlaceName(string Phrase, Place Place, NameForm Form);

/// <summary>
/// The place gazetteer: countries, first-level regions, counties and districts, and cities with every name they are
/// written by, read from the embedded tables <c>Places/countries.tsv</c>, <c>admin1.tsv</c>, <c>admin2.tsv</c>,
/// <c>cities.tsv</c> (built by scripts/gazetteer) and <c>common-names.tsv</c> (names that are also English words).
/// Loaded once.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => Load(
        ResourceTable.Load("Places/countries.tsv"),
        ResourceTable.Load("Places/admin1.tsv"),
        ResourceTable.Load("Places/admin2.tsv"),
        ResourceTable.Stream("Places/cities.tsv"),
        ResourceTable.Load("Places/common-names.tsv"),
        ResourceTable.Load("Places/city-counties.tsv")));

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonLookup;
    private readonly FrozenDictionary<string, long> _townPopulation;
    private readonly FrozenDictionary<string, string> _greatCities;

    private Gazetteer(
        FrozenDictionary<string, Place> countries,
        FrozenDictionary<string, Place> regions,
        FrozenDictionary<string, Place> counties,
        ImmutableArray<Place> cities,
        ImmutableArray<PlaceName> names,
        FrozenSet<string> commonNames,
        FrozenDictionary<string, long> townPopulation,
        FrozenDictionary<string, string> greatCities)
    {
        _townPopulation = townPopulation;
        _greatCities = greatCities;
        Countries = countries;
        Regions = regions;
        Counties = counties;
        Cities = cities;
        Names = names;
        CommonNames = commonNames;
        _commonLookup = commonNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>Countries by ISO 3166-1 alpha-2 code ("PK").</summary>
    public FrozenDictionary<string, Place> Countries { get; }

    /// <summary>First-level regions by id ("PK-SD").</summary>
    public FrozenDictionary<string, Place> Regions { get; }

    /// <summary>Second-level regions named with their type word ("Polk County", "Kurram District"), by id ("US-FL-105").</summary>
    public FrozenDictionary<string, Place> Counties { get; }

    public ImmutableArray<Place> Cities { get; }

    /// <summary>Every written form of every place.</summary>
    public ImmutableArray<PlaceName> Names { get; }

    /// <summary>Folded place names that are also English words ("police", "mobile", "of").</summary>
    public FrozenSet<string> CommonNames { get; }

    /// <summary>
    /// The people living in the listed towns of region or county <paramref name="regionId"/>: a lower bound of its population
    /// and a fair measure of how well known it is (Sindh: millions; Belize's Toledo District: thousands).
    /// </summary>
    public long TownPopulation(string regionId) => _townPopulation.GetValueOrDefault(regionId);

    /// <summary>
    /// The GeoNames id of the great city whose part (a borough, Places/city-counties.tsv) <paramref name="town"/> is, or
    /// of which it is a part's part ("Williamsburg", Brooklyn: New York City); null for any other town.
    /// </summary>
    public string? GreatCityOf(Place town) => _greatCities.GetValueOrDefault((town.PartOf ?? town).Id);

    private FrozenDictionary<string, Place>? _capitals;

    /// <summary>The capital of the country of ISO code <paramref name="countryCode"/> (its most populous PPLC town); null when none is listed.</summary>
    public Place? CapitalOf(string countryCode)
    {
        _capitals ??= Cities.Where(c => c.Feature == "PPLC").GroupBy(c => c.CountryCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.MaxBy(c => c.Population)!, StringComparer.Ordinal);
        return _capitals.GetValueOrDefault(countryCode);
    }

    private FrozenDictionary<string, Place>? _seats;

    /// <summary>
    /// The seat of county <paramref name="countyId"/> (its most populous PPLA2 town: GeoNames' seat of a second-level
    /// division); null when none is listed.
    /// </summary>
    public Place? SeatOf(string countyId)
    {
        _seats ??= Cities.Where(c => c is { Admin2Id: not null, PartOf: null }).GroupBy(c => c.Admin2Id!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Where(c => c.Feature == "PPLA2").DefaultIfEmpty(g.MaxBy(c => c.Population)!).MaxBy(c => c.Population)!, StringComparer.Ordinal);
        return _seats.GetValueOrDefault(countyId);
    }

    /// <summary>A county's name without its type word, folded ("DeKalb County": "dekalb"); empty for a name of one word.</summary>
    public static string BareCountyName(Place county)
    {
        var space = county.Name.LastIndexOf(' ');
        return space <= 0 ? "" : TextFolding.Fold(county.Name[..space]);
    }

    /// <summary>
    /// The county of region <paramref name="regionId"/> named <paramref name="bareName"/> without its type word (folded:
    /// "hanover" in US-VA is Hanover County), the lowest id where two share it; null when none does.
    /// </summary>
    public Place? CountyNamed(string regionId, string bareName)
    {
        Place? found = null;
        foreach (var c in Counties.Values)
            if (c.Admin1Id == regionId && BareCountyName(c) == bareName && (found is null || string.CompareOrdinal(c.Id, found.Id) < 0))
                found = c;
        return found;
    }

    /// <summary>Whether a folded name is also an English word, so that a capital letter alone does not make it a place.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> foldedName) => _commonLookup.Contains(foldedName);

    public static Gazetteer Load(ResourceTable countries, ResourceTable admin1, ResourceTable admin2, ResourceTable cities, ResourceTable commonNames,
        ResourceTable? cityCounties = null) =>
        Load(countries, admin1, admin2, cities.Rows, commonNames, cityCounties);

    /// <param name="cities">The towns' rows, read one by one (<see cref="ResourceTable.Stream"/>): only the places are kept.</param>
    /// <param name="cityCounties">Counties each one part of a great city (a borough): their towns are parts of the town that stands for it.</param>
    public static Gazetteer Load(ResourceTable countries, ResourceTable admin1, ResourceTable admin2, IEnumerable<ResourceRow> cities, ResourceTable commonNames,
        ResourceTable? cityCounties = null)
    {
        // "Coney Island" in Kings County is a part of Brooklyn: the county's town, by county id.
        var countyTowns = (cityCounties?.Rows ?? []).ToDictionary(r => r["county"], r => r["town"], StringComparer.Ordinal);
        var names = ImmutableArray.CreateBuilder<PlaceName>(160_000);

        var countryByCode = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var row in countries.Rows)
        {
            var code = row["code"];
            var place = new Place(code, row["name"], PlaceKind.Country, code, row["name"], null,
                Coordinate(row, "lat"), Coordinate(row, "lon"), 0);
            if (!countryByCode.TryAdd(code, place)) throw row.Error($"country {code} is listed twice.");
            AddNames(names, place, row, ("names", NameForm.Name), ("abbreviations", NameForm.Abbreviation), ("demonyms", NameForm.Demonym));
        }

        var regionById = new Dictionary<string, Place>(StringComparer.Ordinal);
        var datelineCodes = admin1.Header.Contains("dateline_postal");
        foreach (var row in admin1.Rows)
        {
            var id = row["id"];
            var country = countryByCode.GetValueOrDefault(row["country"]) ?? throw row.Error($"unknown country '{row["country"]}'.");
            var place = new Place(id, row["name"], PlaceKind.Admin1, country.CountryCode, country.Name, row["name"],
                Coordinate(row, "lat"), Coordinate(row, "lon"), 0) { Admin1Id = id };
            if (!regionById.TryAdd(id, place)) throw row.Error($"region {id} is listed twice.");
            AddNames(names, place, row, ("names", NameForm.Name), ("abbreviations", NameForm.Abbreviation),
                ("ap", NameForm.StyleAbbreviation), ("postal", NameForm.PostalCode));
            if (datelineCodes) AddNames(names, place, row, true, ("dateline_postal", NameForm.DatelinePostalCode));
        }

        var countyById = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var row in admin2.Rows)
        {
            var id = row["id"];
            var country = countryByCode.GetValueOrDefault(row["country"]) ?? throw row.Error($"unknown country '{row["country"]}'.");
            var region = regionById.GetValueOrDefault(row["admin1"]) ?? throw row.Error($"unknown region '{row["admin1"]}'.");
            var place = new Place(id, row["name"], PlaceKind.Admin2, country.CountryCode, country.Name, region.Name,
                Coordinate(row, "lat"), Coordinate(row, "lon"), 0) { Admin1Id = region.Id, Admin2 = row["name"], Admin2Id = id };
            if (!countyById.TryAdd(id, place)) throw row.Error($"county {id} is listed twice.");
            AddNames(names, place, row, ("names", NameForm.Name));
        }

        var cityList = ImmutableArray.CreateBuilder<Place>(120_000);
        // Other names of towns, kept apart until the towns are final (a part of a city gets its city first).
        var otherNames = new Dictionary<int, string>();
        // Feature codes repeat: one string each, not one per row.
        var features = new Dictionary<string, string>(StringComparer.Ordinal);
        var parents = new Dictionary<string, Place?>(StringComparer.Ordinal);
        foreach (var row in cities)
        {
            var country = countryByCode.GetValueOrDefault(row["country"]) ?? throw row.Error($"unknown country '{row["country"]}'.");
            var regionId = row.Optional("admin1");
            Place? region = null;
            if (regionId is not null && !regionById.TryGetValue(regionId, out region)) throw row.Error($"unknown region '{regionId}'.");
            Place? county = null;
            if (region is not null && row.Optional("admin2") is { } countyCode && !countyById.TryGetValue($"{region.Id}-{countyCode}", out county))
                throw row.Error($"unknown county '{countyCode}' in {region.Id}.");
            var population = long.Parse(row["population"], NumberStyles.None, CultureInfo.InvariantCulture);
            var feature = row.Optional("feature") is { } f ? features.TryGetValue(f, out var shared) ? shared : features[f] = f : null;
            var place = new Place(row["id"], row["name"], PlaceKind.City, country.CountryCode, country.Name, region?.Name,
                Coordinate(row, "lat"), Coordinate(row, "lon"), population)
            {
                Admin1Id = region?.Id, Admin2 = county?.Name, Admin2Id = county?.Id, Feature = feature, PartOfId = row.Optional("part_of"),
            };
            if (place.Admin2Id is { } countyId && countyTowns.TryGetValue(countyId, out var countyTown) && countyTown != place.Id)
                place = place with { PartOfId = countyTown };
            if (place.PartOfId is { } parent) parents[parent] = null;
            if (row["names"] is { Length: > 0 } other) otherNames[cityList.Count] = other;
            cityList.Add(place);
        }
        // A part of a city knows its city ("Englewood" is in Chicago): the parents are read once all towns are.
        foreach (var city in cityList)
            if (parents.ContainsKey(city.Id))
                parents[city.Id] = city;
        for (var i = 0; i < cityList.Count; i++)
        {
            var city = cityList[i];
            if (city.PartOfId is { } parent)
                cityList[i] = city = city with { PartOf = parents[parent] ?? throw new FormatException($"cities.tsv: town {city.Id} is part of unknown town '{parent}'.") };
            names.Add(new PlaceName(city.Name, city, NameForm.Name));
            if (otherNames.TryGetValue(i, out var other))
                foreach (var phrase in other.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    names.Add(new PlaceName(phrase, city, NameForm.Name));
        }

        var greatCities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in cityCounties?.Rows ?? [])
        {
            if (parents.GetValueOrDefault(row["town"]) is not { } town || town.Name != row["name"] || town.Admin2Id != row["county"])
                throw row.Error($"town {row["town"]} is not '{row["name"]}' of county {row["county"]}.");
            if (row["city"] is { Length: > 0 } greatCity) greatCities[town.Id] = greatCity;
        }

        var townPopulation = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var city in cityList)
        {
            if (city.Admin1Id is { } id) townPopulation[id] = townPopulation.GetValueOrDefault(id) + city.Population;
            if (city.Admin2Id is { } county) townPopulation[county] = townPopulation.GetValueOrDefault(county) + city.Population;
        }

        var common = commonNames.Rows.Select(r => r["name"]).ToFrozenSet(StringComparer.Ordinal);
        return new Gazetteer(countryByCode.ToFrozenDictionary(StringComparer.Ordinal), regionById.ToFrozenDictionary(StringComparer.Ordinal),
            countyById.ToFrozenDictionary(StringComparer.Ordinal), cityList.DrainToImmutable(), names.DrainToImmutable(), common, townPopulation.ToFrozenDictionary(StringComparer.Ordinal),
            greatCities.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void AddNames(ImmutableArray<PlaceName>.Builder names, Place place, ResourceRow row, params (string Column, NameForm Form)[] columns) =>
        AddNames(names, place, row, false, columns);

    /// <param name="otherNamesOnly">Only the columns' names: the place's own is added already.</param>
    private static void AddNames(ImmutableArray<PlaceName>.Builder names, Place place, ResourceRow row, bool otherNamesOnly, params (string Column, NameForm Form)[] columns)
    {
        if (!otherNamesOnly) names.Add(new PlaceName(place.Name, place, NameForm.Name));
        foreach (var (column, form) in columns)
        {
            var value = row[column];
            if (value.Length == 0) continue;
            foreach (var phrase in value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                names.Add(new PlaceName(phrase, place, form));
        }
    }

    private static double Coordinate(ResourceRow row, string column) =>
        double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw row.Error($"{column} '{row[column]}' is not a number.");
}
