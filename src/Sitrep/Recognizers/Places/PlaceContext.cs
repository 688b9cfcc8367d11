namespace Sitrep.Recognizers.Places;

/// <summary>
/// What a whole document says about where it is: which countries and regions it names, and how often. A name that
/// fits several places ("Hyderabad", "Paris", "Georgia") is read as the one in a country or region the document
/// names elsewhere. Built from the readings that need no context themselves: unambiguous names, the dateline.
/// </summary>
public sealed class PlaceContext
{
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namedCountries = new(StringComparer.Ordinal);

    /// <summary>Every county a county's name the document names may be ("Gallatin County": Montana's, Illinois', ...).</summary>
    private readonly HashSet<string> _counties = new(StringComparer.Ordinal);

    /// <summary>For each country, the first name that pointed to it, or null once two different names did.</summary>
    private readonly Dictionary<string, string?> _soleName = new(StringComparer.Ordinal);

    private const int DominantScore = 4;
    private const int DominantMargin = 2;

    /// <summary>A broadcaster's country (<see cref="OutletCountryReader"/>) leads alone, and against a foreign name or two.</summary>
    private const int OutletVotes = DominantScore;

    /// <summary>The region of a local outlet's home, which holds the names the story leaves open; null when unknown.</summary>
    private string? _outletRegion;

    /// <summary>The country the document points to most, when one leads the others clearly; null otherwise.</summary>
    public string? Dominant { get; private set; }

    public static PlaceContext From(Sitrep.Documents.Document doc, IEnumerable<PlaceReading> readings)
    {
        var context = new PlaceContext();
        foreach (var reading in readings)
        {
            if (!reading.IsPlace || reading.Evidence < PlaceEvidence.Normal) continue;
            // "EL SALVADOR" is also a village in Mexico and one in the Philippines: in capitals, or where the words make
            // it a place ("in El Salvador"), a country's name whose other readings are only towns names the country.
            // (Elsewhere "Michael Jordan" is a man, not Jordan.)
            var named = doc.IsUpperCase || reading.Evidence == PlaceEvidence.Strong ? NamedCountry(reading) : null;
            if ((named ?? SingleCountry(reading)) is { } voted) context.NoteName(voted, doc.FoldedOf(reading.Span));
            // "SAN SALVADOR" is also a village in Mexico and one in Argentina: in capitals, where nothing else tells a
            // name's place, a capital that dwarfs its namesakes abroad votes for its country as a town of one name does.
            else if (doc.IsUpperCase && DwarfingCapital(reading) is { } capital)
                context.Add(context._countries, capital, 1 + (reading.Evidence == PlaceEvidence.Strong ? 1 : 0));
            var strong = reading.Evidence == PlaceEvidence.Strong ? 1 : 0;
            if ((named ?? SingleCountry(reading)) is { } country)
            {
                var kind = named is not null ? PlaceKind.Country : reading.Candidates[0].Place.Kind;
                var weight = reading.IsDemonym ? 1 : kind switch
                {
                    PlaceKind.Country => 3,
                    PlaceKind.Admin1 => 2,
                    _ => 1,
                };
                context.Add(context._countries, country, weight + strong);
                if (kind == PlaceKind.Country) context._namedCountries.Add(country);
            }
            if (SingleRegion(reading) is { } region)
                context.Add(context._regions, region, reading.HasKind(PlaceKind.Admin1) ? 3 : 1);
            foreach (var c in reading.Candidates)
                if (c.Place.Kind == PlaceKind.Admin2) context._counties.Add(c.Place.Id);
        }
        // "Chester police", "911": a country's institutions are one vote for it, as a demonym is.
        foreach (var country in CountryCues.Default.Of(doc)) context.Add(context._countries, country, 1);
        // "wpxi.com", "abc13.com": a broadcaster at home in a country makes it the story's, unless its words point elsewhere.
        if (OutletCountryReader.Default.Read(doc) is { } home) context.Add(context._countries, home, OutletVotes);
        // The leader must lead clearly: two mentions against one prove nothing.
        int best = 0, second = 0;
        string? leader = null;
        foreach (var (code, score) in context._countries)
        {
            if (score > best)
            {
                (second, best, leader) = (best, score, code);
            }
            else if (score > second)
            {
                second = score;
            }
        }
        context.Dominant = best >= DominantScore && best - second >= DominantMargin ? leader : null;
        // "foxcarolina.com", "trentonian.com": a local outlet's home region holds the names it leaves open ("Union County
        // deputies", "Trenton"), when its address or site name points to one region of the story's country.
        // It only chooses among a name's places: it does not make a doubtful name a place (a headline's "Spring Branch").
        context.OutletHome = Sitrep.Documents.WebAddress.Host(doc.Url) is { } host ? OutletHomeReader.Default.ReadHost(host) : null;
        context._outletRegion = OutletRegion(doc, context.OutletHome, context.Dominant);
        return context;
    }

    /// <summary>The outlet's home town, where its address is listed (<see cref="OutletHomeReader"/>); null otherwise.</summary>
    public Place? OutletHome { get; private set; }

    /// <summary>
    /// The region of the outlet's home, when the outlets table lists its address ("foxcarolina.com": Greenville, South
    /// Carolina), or else when the places its address and site name may be lie in one region of the story's country
    /// <paramref name="country"/>; null when they name none or several, or a home abroad.
    /// </summary>
    private static string? OutletRegion(Sitrep.Documents.Document doc, Place? home, string? country)
    {
        if (home is not null)
            return country is null || home.CountryCode == country ? home.Admin1Id : null;
        if (country is null) return null;
        string? region = null;
        foreach (var place in OutletPlaceReader.Default.Read(doc))
        {
            if (place.CountryCode != country || place.Kind == PlaceKind.Country) continue;
            var id = place.Kind == PlaceKind.Admin1 ? place.Id : place.Admin1Id;
            if (id is null || region is not null && region != id) return null;
            region = id;
        }
        return region;
    }

    /// <summary>
    /// Whether nothing but the name <paramref name="foldedName"/> points to <paramref name="place"/>'s country:
    /// "Devon" in a story from Ohio, "Mary Bridge Hospital" in Tacoma. Such a place is a person's name more often.
    /// </summary>
    public bool OnlyNamedBy(Place place, ReadOnlySpan<char> foldedName) =>
        !_namedCountries.Contains(place.CountryCode) &&
        (!_soleName.TryGetValue(place.CountryCode, out var sole) || sole is not null && foldedName.SequenceEqual(sole));

    private void NoteName(string country, ReadOnlySpan<char> foldedName)
    {
        if (!_soleName.TryGetValue(country, out var sole)) _soleName[country] = foldedName.ToString();
        else if (sole is not null && !foldedName.SequenceEqual(sole)) _soleName[country] = null;
    }

    /// <summary>
    /// Second look: the regions of the places chosen so far count too ("Los Angeles" chosen in California makes
    /// "Pasadena" the Californian one). Votes of readings spelled like <paramref name="foldedName"/> are left out, so
    /// a name never confirms its own first choice.
    /// </summary>
    public void CountChosenRegions(Sitrep.Documents.Document doc, IEnumerable<PlaceReading> readings)
    {
        foreach (var reading in readings)
        {
            if (!reading.IsPlace || reading.Evidence < PlaceEvidence.Normal || reading.Chosen?.Admin1Id is not { } region) continue;
            if (SingleRegion(reading) is not null) continue; // counted already
            var name = doc.Folded.Substring(reading.Span.Start, reading.Span.Length);
            _chosen.Add((region, name));
        }
    }

    /// <summary>How strongly places chosen under other names point to region <paramref name="id"/>.</summary>
    public int ChosenRegionScore(string? id, ReadOnlySpan<char> foldedName)
    {
        if (id is null) return 0;
        var n = 0;
        foreach (var (region, name) in _chosen)
            if (region == id && !foldedName.SequenceEqual(name))
                n++;
        return n;
    }

    private readonly List<(string Region, string Name)> _chosen = [];

    /// <summary>How strongly the document points to country <paramref name="code"/> (0: not at all).</summary>
    public int CountryScore(string code) => _countries.GetValueOrDefault(code);

    /// <summary>Whether <paramref name="id"/> is the region of the outlet's home.</summary>
    public bool IsOutletRegion(string? id) => id is not null && id == _outletRegion;

    /// <summary>Whether the document names county <paramref name="id"/> (or a county of its name).</summary>
    public bool NamesCounty(string? id) => id is not null && _counties.Contains(id);

    /// <summary>How strongly the document points to region <paramref name="id"/> (0: not at all).</summary>
    public int RegionScore(string? id) => id is null ? 0 : _regions.GetValueOrDefault(id);

    /// <summary>
    /// Whether the document supports reading a doubtful name as <paramref name="place"/>: it names the place's region,
    /// or names its country outright and is not plainly about another country (a country named only through its
    /// towns is too weak: every US story names towns; and a Salvadoran story that names the United States does not
    /// make "MARTINEZ" a Californian town).
    /// </summary>
    public bool Supports(Place place) =>
        RegionScore(place.Admin1Id) > 0 || IsOutletRegion(place.Admin1Id) || place.Admin2Id is { } county && _counties.Contains(county) ||
        _namedCountries.Contains(place.CountryCode) && (Dominant is null || Dominant == place.CountryCode);

    private void Add(Dictionary<string, int> votes, string key, int weight) =>
        votes[key] = votes.GetValueOrDefault(key) + weight;

    private static string? SingleCountry(PlaceReading reading)
    {
        var code = reading.Candidates[0].Place.CountryCode;
        foreach (var c in reading.Candidates)
            if (c.Place.CountryCode != code)
                return null;
        return code;
    }

    /// <summary>The country a name stands for when one of its readings is a country and every other a town.</summary>
    private static string? NamedCountry(PlaceReading reading)
    {
        string? country = null;
        foreach (var c in reading.Candidates)
        {
            if (c.Place.Kind == PlaceKind.Country)
            {
                if (country is not null) return null;
                country = c.Place.CountryCode;
            }
            else if (c.Place.Kind != PlaceKind.City) return null;
        }
        return country;
    }

    /// <summary>How many times larger than any namesake abroad a capital must be to vote for its country.</summary>
    private const int CapitalMargin = 10;

    /// <summary>The country of a capital among the readings, when every reading abroad is a tenth its size or less.</summary>
    private static string? DwarfingCapital(PlaceReading reading)
    {
        Place? capital = null;
        foreach (var c in reading.Candidates)
            if (c.Place is { Kind: PlaceKind.City, Feature: "PPLC" } place)
                capital = place;
        if (capital is null) return null;
        foreach (var c in reading.Candidates)
        {
            if (c.Place.CountryCode == capital.CountryCode) continue;
            // A region abroad counts the people of its towns ("San Salvador", an island of the Bahamas).
            var people = c.Place.Kind == PlaceKind.City ? c.Place.Population : Gazetteer.Default.TownPopulation(c.Place.Id);
            if (c.Place.Kind == PlaceKind.Country || people * CapitalMargin > capital.Population) return null;
        }
        return capital.CountryCode;
    }

    private static string? SingleRegion(PlaceReading reading)
    {
        var id = reading.Candidates[0].Place.Admin1Id;
        if (id is null) return null;
        foreach (var c in reading.Candidates)
            if (c.Place.Admin1Id != id)
                return null;
        return id;
    }
}
