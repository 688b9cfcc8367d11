using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Places;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Incidents;

/// <summary>
/// Where a whole document is, as far as its place mentions agree: the country and the first-level region it points
/// to most ("home"). A town read for the reported incident must fit them: "DeKalb" in a story about DeKalb County,
/// Georgia is not DeKalb, Illinois; "DIAZ" in a Salvadoran story is no town in Arkansas.
/// </summary>
public sealed class PlaceSupport
{
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _regionNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _countryNames = new(StringComparer.Ordinal);

    /// <summary>Names of several towns that voted for the great city among them (<see cref="Dominant"/>).</summary>
    private readonly HashSet<string> _dominantNames = new(StringComparer.Ordinal);

    /// <summary>Towns (and counties) that have voted for their country.</summary>
    private readonly HashSet<string> _townVoters = new(StringComparer.Ordinal);

    /// <summary>Countries the document names outright (not by their people: "U.S. advisers" says whose, not where).</summary>
    private readonly HashSet<string> _namedCountries = new(StringComparer.Ordinal);

    /// <summary>Places read for sure by their name: paired with their region ("Columbus, Ohio") or in the dateline.</summary>
    private readonly Dictionary<string, Place> _sure = new(StringComparer.Ordinal);

    /// <summary>The dateline's votes: more than a country named once, less than one named twice.</summary>
    private const int DatelineVotes = 5;

    /// <summary>Cities this large are named for themselves anywhere.</summary>
    private const long GreatCity = 1_000_000;

    /// <summary>A city this large keeps its own reading against a small namesake in a region that leads narrowly.</summary>
    private const long BigCity = 100_000;

    /// <summary>The votes of a country named outright once.</summary>
    private const int NamedCountryVotes = 3;

    /// <summary>How far a region must lead to be plain: a region named once, and a bit.</summary>
    private const int PlainVotes = 4;

    /// <summary>The outlet's votes: as many as a region named once.</summary>
    private const int OutletVotes = 3;

    /// <summary>The wire services whose reports outlets carry (<c>Places/wire-services.tsv</c>): "(AP)" after a dateline.</summary>
    private static readonly FrozenSet<string> WireServices =
        ResourceTable.Load("Places/wire-services.tsv").Rows.Select(r => r["agency"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the document is in capitals, where names cannot be told from words by their case.</summary>
    private readonly bool _upperCase;

    private PlaceSupport(bool upperCase) => _upperCase = upperCase;

    /// <summary>The country the document points to most, when one leads; null otherwise.</summary>
    public string? Country { get; private set; }

    /// <summary>
    /// The region leads with the votes of a region named, a dateline or an outlet (<see cref="PlainVotes"/> or more
    /// ahead of the next): plain enough to place a town the gazetteer lists only elsewhere.
    /// </summary>
    public bool RegionIsPlain { get; private set; }

    /// <summary>
    /// The home region is named outright: as a region ("Ohio", "Iowa") or by a county only it has ("Allegheny County").
    /// </summary>
    public bool RegionIsNamed { get; private set; }

    /// <summary>The town the document is from: its dateline's, or its outlet's, in the home region; null when neither is.</summary>
    public Place? HomeTown { get; private set; }

    /// <summary>Whether <see cref="HomeTown"/> is the dateline's or the outlet's.</summary>
    public LocationBasis HomeTownBasis { get; private set; }

    /// <summary>The first-level region (id) the document points to most, when one leads and is in <see cref="Country"/>; null otherwise.</summary>
    public string? Region { get; private set; }

    /// <summary>
    /// Votes: a country named outright 3, by its people ("Salvadoran") 1; a region 3, a county 2; a town whose name
    /// fits one place only 1 (2 when the words make it sure: "in X", "X, State"). One more for a sure region or
    /// country. Names of several places vote for nothing: that is what is being decided. The dateline's place, as
    /// the recognizer read it, votes <see cref="DatelineVotes"/>: where a report is filed is where most of it happens.
    /// </summary>
    /// <param name="outlets">
    /// The places the outlet's address may name ("chicagotribune.com"), the most likely first: the one in the country
    /// the document's own words point to votes like a region named once (<see cref="Outlet"/>).
    /// </param>
    public static PlaceSupport Of(Document doc, ImmutableArray<PlaceMention> places, IReadOnlyList<Place>? outlets = null)
    {
        var support = new PlaceSupport(doc.IsUpperCase);
        // "the Naples Police Department", "911": a country's institutions vote for it as its people do ("Salvadoran").
        foreach (var country in CountryCues.Default.Of(doc)) Add(support._countries, country, 1);
        foreach (var p in places)
        {
            if (p.Place is not { } place || p.Kind is PlaceKind.Facility or PlaceKind.Address) continue;
            if (p.Relation?.Kind is PlaceRelationKind.Offset or PlaceRelationKind.Destination or PlaceRelationKind.Alibi) continue;
            // A name kept only because its region is named ("Wade") says nothing more of where the story is; in capitals,
            // where every surname looks like a town, neither does a small town kept for want of a contradiction.
            if (p.Evidence == PlaceEvidence.Doubtful || doc.IsUpperCase && p.Evidence == PlaceEvidence.Weak) continue;
            var sure = p.Evidence == PlaceEvidence.Strong ? 1 : 0;
            var weight = p.Kind switch
            {
                // A country named again, not as where something is ("THE UNITED STATES SAYS", "U.S. AID"), speaks of who
                // acts more than where: the first naming votes in full, later ones one vote each; "in X" always in full.
                PlaceKind.Country => p.IsDemonym ? 1 : sure == 0 && !support._namedCountries.Add(place.CountryCode) ? 1 : 3 + sure,
                // "Michael" (a sheading of the Isle of Man) after a capital-letter word: one vote, not a region's three.
                PlaceKind.Admin1 => p.Evidence == PlaceEvidence.Weak && !doc.IsUpperCase ? 1 : 3 + sure,
                PlaceKind.Admin2 => 2 + sure,
                _ => 1 + sure,
            };
            // "a tourist from Ohio", "Derrick Williams, 31, of Kansas City, Kan.": where someone is from says where he lives,
            // not where the story is: one vote, as a town's.
            if (p.Relation?.Kind == PlaceRelationKind.Origin) weight = Math.Min(weight, 1);
            // The dateline's place, not its agency's name: "LEWIS, Ky. (The Lewis County Herald) --" is filed from Kentucky.
            var dateline = doc.Dateline is { } d && d.PlaceSpan.Overlaps(p.Span);
            // "LIMA —" in a story of limaohio.com: the dateline names the outlet's own town where that is one of its readings;
            // "BRENTWOOD —" in a story of a San Francisco outlet, the one reading in its market.
            if (dateline && p.Kind == PlaceKind.City && outlets?.FirstOrDefault(o => o.Kind == PlaceKind.City && p.Alternatives.Contains(o)) is { } ownTown)
                place = ownTown;
            else if (dateline && p.Kind == PlaceKind.City && outlets is not null && NearOnly(p, outlets.Where(o => o.Kind == PlaceKind.City).ToList(), MarketKilometres) is { } nearTown)
                place = nearTown;
            if (p.Kind is PlaceKind.City or PlaceKind.Admin2 && (p.Within is not null || dateline)) support._sure.TryAdd(p.Name, place);
            if (dateline) weight = DatelineVotes;
            // "Atlanta" (Georgia or Texas) says United States, not which state; "Paris" says neither.
            // A country read as a country votes for it, whatever towns share its name ("EL SALVADOR").
            // (A country's name that is also a town's and a person's, "Jordan", votes only where the words make it a place.)
            if (dateline || p.Kind == PlaceKind.Country && (p.Alternatives.IsEmpty || p.Evidence == PlaceEvidence.Strong || doc.IsUpperCase) ||
                AllAlternatives(p, a => a.CountryCode == place.CountryCode))
            {
                // In capitals, where a name cannot be told from a word, a neighborhood or a surname by its case, a town
                // votes for its country once, however often it is named: "IN ESCALON" six times in a story from San
                // Salvador (a neighborhood there, a town in California) must not outvote the country. (In mixed case
                // "Chicago" named ten times is the story's home, and says so.)
                if (!doc.IsUpperCase || dateline || p.Kind is not (PlaceKind.City or PlaceKind.Admin2) || support._townVoters.Add(p.Name))
                    Add(support._countries, place.CountryCode, weight);
            }
            else if (p.Kind != PlaceKind.Country)
            {
                // "Chester", "Bristol": a name of towns in several countries gives one vote to each, once per name; the
                // country most of a story's names could be in leads when nothing else says.
                foreach (var a in p.Alternatives)
                    if ((support._countryNames.TryGetValue(a.CountryCode, out var names) ? names : support._countryNames[a.CountryCode] = new(StringComparer.Ordinal)).Add(p.Name))
                        Add(support._countries, a.CountryCode, 1);
            }
            if (p.Kind == PlaceKind.Country)
            {
                if (!p.IsDemonym) support._namedCountries.Add(place.CountryCode);
                continue;
            }
            if (p.Relation?.Kind == PlaceRelationKind.Locality && !dateline)
            {
                // "the Austin neighborhood": a part of some town, most likely of the story's own; it says nothing of the
                // region, even where the gazetteer lists its name once, elsewhere ("the Lawndale neighborhood": California's).
            }
            else if (dateline || p.Alternatives.IsEmpty)
            {
                if (place.Admin1Id is { } regionId) Add(support._regions, regionId, weight);
            }
            else if (Dominant(p) is { Admin1Id: { } dominantRegion })
            {
                // "Boston", "Medellin": a great city's name that its namesakes share only as villages (Boston, England
                // has a twentieth of its people) is likely the city's, and votes for its region as a name of one place
                // does; once per name, a prior and no more ("Austin" five times under CHICAGO is Chicago's Austin).
                if (support._dominantNames.Add(p.Name)) Add(support._regions, dominantRegion, weight);
            }
            else
            {
                // "Fremont", "Hayward" and "Antioch" each fit several states, and together only California: a name of
                // several places gives one vote to each region it may be in, once per name.
                var name = p.Name;
                foreach (var a in p.Alternatives)
                    if (a.Admin1Id is { } id && (support._regionNames.TryGetValue(id, out var names) ? names : support._regionNames[id] = new(StringComparer.Ordinal)).Add(name))
                        Add(support._regions, id, 1);
            }
        }
        support.PairTownsWithCounties(places);
        support.ReadNearSurePlaces(places);
        var outlet = Outlet(outlets, Leader(support._countries), support._regions,
            places.Where(p => p is { Kind: PlaceKind.Admin2, Place: not null }).Select(p => p.Place!.Id).ToHashSet(StringComparer.Ordinal));
        if (outlet is not null)
        {
            Add(support._countries, outlet.CountryCode, OutletVotes);
            if (outlet.Admin1Id is { } outletRegion) Add(support._regions, outletRegion, OutletVotes);
            // "Jacksonville" in a story of jacksonville.com is the outlet's own town: read so, it is a town of one place.
            // Not where the address itself could name several in that country ("springfieldnewssun.com": Missouri's,
            // Illinois', ...); "bostonherald.com" may be English too, but the story's country has chosen.
            if (outlet.Kind == PlaceKind.City && outlets!.Count(o => o.CountryCode == outlet.CountryCode) == 1)
                foreach (var p in places)
                    if (p.Kind == PlaceKind.City && p.Alternatives.Contains(outlet) && outlet.Admin1Id is { } outletHome)
                    {
                        support._sure.TryAdd(p.Name, outlet);
                        Add(support._regions, outletHome, 1);
                    }
            if (outlet.Kind == PlaceKind.City) support.ReadNearOutlet(places, outlet);
        }
        support.Country = Leader(support._countries);
        var region = Leader(support._regions, out var margin);
        support.RegionIsPlain = margin >= PlainVotes;
        var datelineTown = places.FirstOrDefault(p => p is { Kind: PlaceKind.City, Place: not null } && doc.Dateline is { } d && d.PlaceSpan.Overlaps(p.Span))?.Place;
        // "WELLSTON —" in a story of an Oklahoma City paper: a report filed from a town is at home there, not in its
        // outlet's town, even where the gazetteer lists the name only in another region. A name it lists nowhere ("NORTH
        // FAIRMOUNT, Ohio" in a Cincinnati station's story) is most often a part of the outlet's town. But a wire's report
        // ("MILLTOWN, W.Va. (AP) —") is only carried by the outlet, which may be anywhere in the state: its town is no home.
        var carried = doc.Dateline?.Agency is { } agency && WireServices.Contains(agency);
        foreach (var (town, basis) in new[] { (datelineTown, LocationBasis.Dateline), (datelineTown is null && !carried ? outlet : null, LocationBasis.Outlet) })
            if (town is { Kind: PlaceKind.City } && town.Admin1Id == region && support.HomeTown is null)
                (support.HomeTown, support.HomeTownBasis) = (town, basis);
        support.Region = region is not null && support.Country is not null && region.StartsWith(support.Country, StringComparison.Ordinal) ? region : null;
        support.RegionIsNamed = support.Region is { } home && places.Any(p =>
            p.Evidence >= PlaceEvidence.Normal && p.Relation?.Kind is not (PlaceRelationKind.Offset or PlaceRelationKind.Destination or PlaceRelationKind.Alibi) &&
            (p is { Kind: PlaceKind.Admin1, Place.Id: var id } && id == home || p is { Kind: PlaceKind.Admin2, Alternatives.IsEmpty: true } && p.Place?.Admin1Id == home));
        return support;
    }

    /// <summary>The votes of a town named with a county it lies in: as many as a region named once.</summary>
    private const int TownInCountyVotes = 3;

    /// <summary>
    /// "Grand Rapids" and "Wood County" in one story: where of all the towns one name may be and all the counties the
    /// story names only one town lies in one of the counties, the story is there (Grand Rapids, Ohio, not Michigan's
    /// city): both names are read so, and their region votes as if named. Names of one place each already vote for it.
    /// </summary>
    private void PairTownsWithCounties(ImmutableArray<PlaceMention> places)
    {
        List<PlaceMention>? counties = null;
        foreach (var p in places)
            if (p is { Kind: PlaceKind.Admin2, Place: not null } && Counts(p))
                (counties ??= []).Add(p);
        if (counties is null) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var town in places)
        {
            if (town is not { Kind: PlaceKind.City, Place: not null, IsDemonym: false } || !Counts(town) || !seen.Add(town.Name)) continue;
            (Place Town, PlaceMention County, Place CountyPlace)? only = null;
            var several = false;
            foreach (var county in counties)
            {
                if (town.Alternatives.IsEmpty && county.Alternatives.IsEmpty || IsCountysShortName(town, county)) continue;
                foreach (var t in Readings(town))
                    foreach (var c in Readings(county))
                        if (t.Kind == PlaceKind.City && t.Admin2Id == c.Id)
                        {
                            several |= only is { } o && o.Town != t;
                            only ??= (t, county, c);
                        }
            }
            if (several || only is not { } pair || pair.Town.Admin1Id is not { } region) continue;
            _sure.TryAdd(town.Name, pair.Town);
            _sure.TryAdd(pair.County.Name, pair.CountyPlace);
            Add(_regions, region, TownInCountyVotes);
        }
        static ImmutableArray<Place> Readings(PlaceMention p) => p.Alternatives.IsEmpty ? [p.Place!] : p.Alternatives;
    }

    /// <summary>
    /// "DeKalb County ... DeKalb police": a town's name that is the short name of a county the story names is most often
    /// the county's, one clue and not a second that agrees with it (Illinois' town DeKalb lies in Illinois' DeKalb
    /// County; an Atlanta station's story is in Georgia's).
    /// </summary>
    public static bool IsCountysShortName(PlaceMention town, PlaceMention county) =>
        county is { Kind: PlaceKind.Admin2, Place: { } place } && Gazetteer.BareCountyName(place) == TextFolding.Fold(town.Name);

    /// <summary>How near a place the story names surely one reading of a name of several must lie to be the one meant.</summary>
    private const double NearKilometres = 75;

    /// <summary>The votes of a name of several places read near a place the story names surely: a sure name of one place's.</summary>
    private const int NearVotes = 2;

    /// <summary>
    /// "Marion County" (seventeen states) in a story that names Shreveport: where one reading of a name of several lies
    /// near a town or county of one reading the story names (not one someone was taken to), it is the one meant, and
    /// votes for its region. Where several readings lie near, or none, nothing is said.
    /// </summary>
    private void ReadNearSurePlaces(ImmutableArray<PlaceMention> places)
    {
        List<Place>? anchors = null;
        foreach (var p in places)
            if (p is { Kind: PlaceKind.City or PlaceKind.Admin2, Place: { } place, Alternatives.IsEmpty: true, IsDemonym: false } && Counts(p) &&
                !places.Any(c => IsCountysShortName(p, c)))
                (anchors ??= []).Add(place);
        if (anchors is not null) ReadNear(places, countiesToo: true, anchors, NearKilometres, NearVotes);
    }

    /// <summary>How far a local outlet's market reaches from its home town: its viewers' and readers' towns.</summary>
    internal const double MarketKilometres = 110;

    /// <summary>
    /// "Wilmington" in a Philadelphia station's story (or "Marion County" in a Shreveport station's: Texas' county across the
    /// state line, not Indiana's): where one reading of a name of several lies within the outlet's
    /// market (<see cref="MarketKilometres"/>) of its home town, that one is meant (Delaware's, across the state line),
    /// not a far namesake (North Carolina's). The story's own sure readings, read before, stand ("Wilmington, N.C."), and
    /// a region the story names around the incident still chooses (LocationResolver reads the town inside it). The
    /// reading casts no vote: the outlet has voted already, and more would make its region plain enough to turn a town
    /// of the next state ("Newark" in a New York paper) into a part of the outlet's city.
    /// </summary>
    private void ReadNearOutlet(ImmutableArray<PlaceMention> places, Place outlet) => ReadNear(places, countiesToo: true, [outlet], MarketKilometres, votes: 0);

    /// <summary>
    /// Reads each name of several places (towns, and counties too where asked) that the story has not made sure of as its
    /// one reading within <paramref name="kilometres"/> of an anchor, and gives that reading's region <paramref name="votes"/>.
    /// </summary>
    private void ReadNear(ImmutableArray<PlaceMention> places, bool countiesToo, List<Place> anchors, double kilometres, int votes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            if (p is not { Place: not null, IsDemonym: false } || p.Kind != PlaceKind.City && !(countiesToo && p.Kind == PlaceKind.Admin2) || p.Alternatives.IsEmpty ||
                !Counts(p) || _sure.ContainsKey(p.Name) || !seen.Add(p.Name)) continue;
            // A reading that votes must have a region to vote for.
            if (NearOnly(p, anchors, kilometres) is not { } near || votes > 0 && near.Admin1Id is null) continue;
            _sure.TryAdd(p.Name, near);
            if (votes > 0) Add(_regions, near.Admin1Id!, votes);
        }
    }

    /// <summary>The one reading of a name of several that lies within <paramref name="kilometres"/> of an anchor; null when none or several do.</summary>
    private static Place? NearOnly(PlaceMention p, List<Place> anchors, double kilometres = NearKilometres)
    {
        Place? near = null;
        foreach (var a in p.Alternatives)
            if (a.Kind == p.Kind && anchors.Exists(anchor => anchor.CountryCode == a.CountryCode && GeoPoint.Between(anchor, a) <= kilometres))
            {
                if (near is not null) return null;
                near = a;
            }
        return near;
    }

    private static bool Counts(PlaceMention p) => p.Evidence >= PlaceEvidence.Normal &&
                                                  p.Relation?.Kind is not (PlaceRelationKind.Offset or PlaceRelationKind.Destination or PlaceRelationKind.Alibi);

    /// <summary>
    /// Which of the places an outlet's address may name is meant, read where the document's words already point:
    /// "naplesnews.com" over a story that says "sheriff" is no Italian paper, and "trentonian.com" is no paper of
    /// Trento (Trenton is below the outlet reader's size). Without a country from the words, the most likely; with
    /// one, the candidate there whose region the words name most, or none.
    /// </summary>
    /// <param name="counties">The counties the document names: of an outlet's towns in one region ("Youngstown-Warren"),
    /// the one in a county the story names ("the Trumbull County Jail": Warren) is its home.</param>
    private static Place? Outlet(IReadOnlyList<Place>? outlets, string? country, Dictionary<string, int> regions, HashSet<string> counties)
    {
        if (outlets is null || outlets.Count == 0) return null;
        if (country is null) return outlets[0];
        Place? best = null;
        (int Votes, bool Named) Weight(Place place) => (regions.GetValueOrDefault(place.Admin1Id ?? ""), place.Admin2Id is { } c && counties.Contains(c));
        foreach (var place in outlets)
        {
            if (place.CountryCode != country) continue;
            if (best is null) { best = place; continue; }
            var (votes, named) = Weight(place);
            var (bestVotes, bestNamed) = Weight(best);
            if (votes > bestVotes || votes == bestVotes && named && !bestNamed) best = place;
        }
        return best;
    }

    /// <summary>
    /// The place a mention stands for in this document: its own reading when it fits the home country and region (and
    /// <paramref name="within"/>, a county or region the incident's words already give), else the reading of the same
    /// name that does ("Paris" in a story about Texas); null when none fits and only a sure mention would keep it (a
    /// name read once, nothing but itself pointing abroad: "Michael", "Rosalie").
    /// </summary>
    public Place? Fit(PlaceMention mention, Place? within = null)
    {
        var fitted = FitAnywhere(mention, within);
        // In capitals a small town kept only for want of a contradiction ("LAWYER, SCOTT GRATHEAD": Scott, Louisiana)
        // stands only where something else in the document points to its region.
        if (_upperCase && mention is { Kind: PlaceKind.City, Evidence: PlaceEvidence.Weak } && fitted is { } town &&
            _regions.GetValueOrDefault(town.Admin1Id ?? "") == 0)
            return null;
        return fitted;
    }

    private Place? FitAnywhere(PlaceMention mention, Place? within)
    {
        if (mention.Place is not { } place) return null;
        // "COLUMBUS, Ohio" in the dateline settles every later "Columbus".
        if (!mention.Alternatives.IsEmpty && _sure.TryGetValue(mention.Name, out var sure) && mention.Alternatives.Contains(sure)) return sure;
        if (within is not null && !Inside(place, within) && Alternative(mention, a => Inside(a, within)) is { } inside) return inside;
        if (Country is null || mention.Kind == PlaceKind.Country) return place;
        if (place.CountryCode == Country && (Region is null || place.Admin1Id == Region || mention.Kind == PlaceKind.Admin1)) return place;
        // Another reading of the same name, at home: the region first, then the country.
        // A region that only leads by a vote or two does not turn a great city into a village of its name
        // ("Philadelphia" in a story whose other names lean to New York).
        // A capital or a city of a million abroad becomes a namesake at home only where the home region is plain ("Paris"
        // in a story about Texas): "SAN SALVADOR" in a story from Mexico City is no Mexican village.
        var greatAbroad = place.CountryCode != Country && IsGreatCity(place) && !RegionIsPlain;
        if (Region is not null && Alternative(mention, a => a.Admin1Id == Region) is { } inRegion && !greatAbroad &&
            (RegionIsPlain || place.CountryCode != Country || place.Population < BigCity || inRegion.Population * 10 >= place.Population))
            return inRegion;
        if (place.CountryCode == Country) return place; // a town of another region: possible, news crosses state lines
        if (!greatAbroad && Alternative(mention, a => a.CountryCode == Country) is { } atHome) return atHome;
        // Abroad: only what the words make sure of ("in London", "Tyre, Lebanon", the dateline), and, for a town, only
        // where its country is named too or it is a capital or a great city: in capitals "IN ESCALON" (a San Salvador
        // neighborhood) is no Californian town. The country must be named outright: a town named twice votes for its
        // own country and region, and "U.S. advisers" says whose, not where.
        if (mention.Evidence != PlaceEvidence.Strong) return null;
        // A region abroad, too, needs its country named: "in the Northland" under KANSAS CITY, Mo. is no New Zealand region.
        if (place.Kind == PlaceKind.Admin1) return _namedCountries.Contains(place.CountryCode) ? place : null;
        if (place.Kind != PlaceKind.City) return place;
        // A capital is itself anywhere; a great city that is none needs its country to have votes of its own: "IN
        // SAN ANTONIO ABAD" (a San Salvador neighbourhood the gazetteer lacks) in a Salvadoran story is not Texas.
        if (place.Feature == "PPLC" || IsGreatCity(place) && _countries.GetValueOrDefault(place.CountryCode) >= NamedCountryVotes) return place;
        return _namedCountries.Contains(place.CountryCode) && _countries.GetValueOrDefault(place.CountryCode) >= NamedCountryVotes &&
               _regions.GetValueOrDefault(place.Admin1Id ?? "") >= NamedCountryVotes ? place : null;
    }

    /// <summary>A capital or a city of a million: named for itself anywhere, never a namesake's neighbourhood.</summary>
    public static bool IsGreatCity(Place place) => place.Kind == PlaceKind.City && (place.Feature == "PPLC" || place.Population >= GreatCity);

    /// <summary>Whether a place (a facility's town) lies in the home country and region, where they are known.</summary>
    public bool Fits(Place place) =>
        (Country is null || place.CountryCode == Country) && (Region is null || place.Admin1Id is null || place.Admin1Id == Region);

    private static bool Inside(Place place, Place within) => within.Kind switch
    {
        PlaceKind.Admin2 => place.Admin2Id == within.Id,
        PlaceKind.Admin1 => place.Admin1Id == within.Id,
        PlaceKind.Country => place.CountryCode == within.CountryCode,
        _ => false,
    };

    /// <summary>The most populous other reading of the mention's name that <paramref name="fits"/>, of the same kind.</summary>
    private static Place? Alternative(PlaceMention mention, Func<Place, bool> fits)
    {
        Place? best = null;
        foreach (var a in mention.Alternatives)
            if (a.Kind == mention.Place!.Kind && fits(a) && (best is null || a.Population > best.Population))
                best = a;
        return best;
    }

    /// <summary>A population this many times the next namesake's makes a city the one its name means.</summary>
    private const int DominantRatio = 10;

    /// <summary>The reading of a name of several towns that outweighs all others (<see cref="DominantRatio"/>), a city of <see cref="BigCity"/> or more; else null.</summary>
    private static Place? Dominant(PlaceMention mention)
    {
        if (mention.Kind != PlaceKind.City) return null;
        Place? best = null;
        long second = 0;
        foreach (var a in mention.Alternatives)
        {
            if (a.Kind != PlaceKind.City) continue;
            if (best is null || a.Population > best.Population) (second, best) = (best?.Population ?? 0, a);
            else if (a.Population > second) second = a.Population;
        }
        return best is not null && best.Population >= BigCity && best.Population >= DominantRatio * second ? best : null;
    }

    private static bool AllAlternatives(PlaceMention mention, Func<Place, bool> fits)
    {
        foreach (var a in mention.Alternatives)
            if (!fits(a))
                return false;
        return true;
    }

    /// <summary>The key with the most votes, when it has more than any other.</summary>
    private static string? Leader(Dictionary<string, int> votes) => Leader(votes, out _);

    private static string? Leader(Dictionary<string, int> votes, out int margin)
    {
        string? leader = null;
        int best = 0, second = 0;
        foreach (var (key, score) in votes.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (score > best) (second, best, leader) = (best, score, key);
            else if (score > second) second = score;
        }
        margin = best - second;
        return best > second ? leader : null;
    }

    private static void Add(Dictionary<string, int> votes, string key, int weight) => votes[key] = votes.GetValueOrDefault(key) + weight;
}
