using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// Finds countries, regions, cities and facilities. Reads: tokens, dateline. Writes: Places.
/// <para>
/// One pass of the place lexicon over the tokens finds every phrase that may be a place; <see cref="PlaceNameReader"/>
/// keeps the readings the words around allow; <see cref="PlacePairLinker"/> reads "Town, Region" and "Sindh
/// province"; <see cref="PlaceContext"/> and <see cref="PlaceDisambiguator"/> choose among places of one name by what
/// the whole document names; <see cref="FacilityNamer"/> builds facilities. A place's <see cref="PlaceMention.Name"/>
/// is the gazetteer's name ("Karachi" for "KARACHI"); a facility's or unknown town's is the text.
/// </para>
/// </summary>
public sealed class PlaceRecognizer(
    PlaceLexicon lexicon,
    PlaceNameReader reader,
    PlacePairLinker linker,
    PlaceDisambiguator disambiguator,
    FacilityNamer facilities,
    PlaceRelationReader relations,
    AddressReader addresses,
    TownshipReader townships,
    UnlistedTownReader unlistedTowns,
    PoliceForceReader policeForces)
{
    private static readonly Lazy<PlaceRecognizer> LazyDefault = new(() => new PlaceRecognizer(
        PlaceLexicon.Default, PlaceNameReader.Default, PlacePairLinker.Default, PlaceDisambiguator.Default, FacilityNamer.Default,
        PlaceRelationReader.Default, AddressReader.Default, TownshipReader.Default, UnlistedTownReader.Default, PoliceForceReader.Default));

    public static PlaceRecognizer Default => LazyDefault.Value;

    public ImmutableArray<PlaceMention> Find(Document doc)
    {
        var readings = Scan(doc);
        var unknownTowns = linker.Link(doc, readings);
        var townshipTowns = townships.Read(doc, readings, unknownTowns);
        DropPersonAndVehicleNames(doc, readings);
        var context = PlaceContext.From(doc, readings);
        Resolve(doc, readings, unknownTowns, context);
        DropPostalTownsAwayFromStory(readings, context);

        var mentions = facilities.Name(doc, readings);
        foreach (var reading in readings)
        {
            if (reading.Dropped || reading.Entry.IsNotPlace || reading.IsFacility) continue;
            if (reading.IsUnknownTown) unknownTowns.Add(reading);
            else if (reading.Chosen is { } place) mentions.Add(PlaceMentionOf(reading, place));
        }
        foreach (var town in unknownTowns)
            mentions.Add(new PlaceMention(town.Span, PlaceKind.City, doc.TextOf(town.Span))
            {
                Within = town.Container?.Chosen,
                Evidence = PlaceEvidence.Strong,
                FirstToken = town.FirstToken,
                EndToken = town.EndToken,
            });
        // A township names no region: the location reads it in the one the document is in.
        mentions.AddRange(townshipTowns);
        if (UnknownDatelinePlace(doc, readings, unknownTowns, townshipTowns) is { } dateline) mentions.Add(dateline);
        // "the 2600 block of South Flores Street": a name inside an address is the street's, not a town.
        var found = addresses.Find(doc);
        if (found.Count > 0)
        {
            mentions.RemoveAll(m => found.Exists(a => a.Span.Overlaps(m.Span)));
            mentions.AddRange(found);
        }

        ReadCapitalsByDemonym(doc, mentions);
        mentions.AddRange(unlistedTowns.Read(doc, mentions));
        // "NOPD says": a city's police named by their initials name the city.
        mentions.AddRange(policeForces.Read(doc, mentions));
        ReadCountiesNamedBare(doc, mentions);
        for (var i = 0; i < mentions.Count; i++)
            if (relations.Read(doc, mentions[i]) is { } relation)
                mentions[i] = mentions[i] with { Relation = relation };
            else if (IsDatelineSide(doc, mentions[i]))
                mentions[i] = mentions[i] with { Relation = new PlaceRelation(PlaceRelationKind.Locality, mentions[i].Span, Part: mentions[i].Name) };
        mentions.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        return [.. mentions];
    }

    /// <summary>Every lexicon phrase, leftmost-longest; when the longest reads as nothing, a shorter one is tried.</summary>
    private List<PlaceReading> Scan(Document doc)
    {
        var readings = new List<PlaceReading>();
        var dateline = doc.Dateline?.PlaceSpan;
        var (datelineFirst, datelineEnd) = DatelineTown(doc);
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!tokens[k].IsWord) continue;
            var limit = int.MaxValue;
            while (lexicon.TryMatchAt(doc, k, out var match, limit))
            {
                // "WEST PRICE HILL, Ohio": a dateline's town is read whole or not at all ("WEST" is no place here).
                if (k >= datelineFirst && k < datelineEnd && (k != datelineFirst || match.EndToken != datelineEnd)) break;
                // After the town, a dateline holds its region or country ("KARACHI, Pakistan"), or other words ("NO DATE").
                var inDateline = dateline is { } d && d.Contains(match.Span) &&
                                 (match.FirstToken < datelineEnd || NamesRegionOrCountry(match.Value));
                if (reader.Read(doc, match, inDateline) is { } reading)
                {
                    readings.Add(reading);
                    k = match.EndToken - 1;
                    break;
                }
                if (match.EndToken - match.FirstToken == 1) break;
                limit = match.EndToken - 1;
            }
        }
        return readings;
    }

    /// <summary>
    /// A name found to be a person's once ("Officer Davis") is his wherever it stands alone in the document
    /// ("Davis said"), unless the text makes it a place there ("in Davis", "Davis, Calif."; not "in Davis's home"). A car's make found once
    /// ("a silver Honda") is the car elsewhere too, also after "in the" ("inside the Honda"): a town takes no article.
    /// </summary>
    private void DropPersonAndVehicleNames(Document doc, List<PlaceReading> readings)
    {
        HashSet<string>? names = null;
        HashSet<string>? vehicles = null;
        foreach (var r in readings)
        {
            // "said Gary Mathis ... Mathis was a member": the word after the name is a surname that stands alone
            // elsewhere, so the name is a first name, and "Gary" alone later is the man too.
            // The surname is the man's too ("Sherman Wilson ... struck Wilson in the eye": no Wilson, North Carolina).
            if (r is { IsPlace: true, SurnameToken: >= 0 } && r.Evidence != PlaceEvidence.Strong &&
                (!r.SurnameIsWord && reader.StandsAloneAsPerson(doc, r.SurnameToken) || reader.SharesSurname(doc, r.SurnameToken, r.FirstToken)))
            {
                (r.IsPersonName, r.Dropped) = (true, true);
                (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(doc.FoldedOf(r.SurnameToken).ToString());
            }
            if (r.IsPersonName)
                (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(doc.Folded[r.Span.Start..r.Span.End]);
            if (r.IsVehicle)
                (vehicles ??= new HashSet<string>(StringComparer.Ordinal)).Add(doc.Folded[r.Span.Start..r.Span.End]);
        }
        if (names is null && vehicles is null) return;
        foreach (var r in readings)
        {
            if (!r.IsPlace) continue;
            var folded = doc.FoldedOf(r.Span);
            var vehicle = Holds(vehicles, folded) && (r.Evidence != PlaceEvidence.Strong || doc.TokenIs(r.FirstToken - 1, "the"));
            // "in Wright's home": a known person's name that owns something is the person even after "in".
            var owner = doc.TokenIs(r.EndToken, "'") && doc.TokenIs(r.EndToken + 1, "s");
            if (!vehicle && (r.Evidence == PlaceEvidence.Strong && !owner || !Holds(names, folded))) continue;
            r.Candidates.RemoveAll(c => c.Place.Kind != PlaceKind.Country);
            if (r.Candidates.Count == 0) r.Dropped = true;
        }
    }

    private static bool Holds(HashSet<string>? words, ReadOnlySpan<char> folded) =>
        words is not null && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>Drops what the document does not support, then chooses each name's place.</summary>
    private void Resolve(Document doc, List<PlaceReading> readings, List<PlaceReading> unknownTowns, PlaceContext context)
    {
        // Doubtful names last: "Phoenix fire crews" is the city when the story also says "in Phoenix".
        foreach (var reading in readings)
            if (reading.IsPlace && reading.Evidence != PlaceEvidence.Doubtful)
                ResolveOne(doc, reading, context);
        foreach (var reading in readings)
        {
            if (!reading.IsPlace || reading.Evidence != PlaceEvidence.Doubtful) continue;
            if (SurePlaceOfName(doc, readings, reading) is { } sure)
            {
                reading.Chosen = sure;
                continue;
            }
            ResolveOne(doc, reading, context);
        }
        // Second look at names of several places, now that the others are chosen.
        context.CountChosenRegions(doc, readings);
        foreach (var reading in readings)
            if (reading.IsPlace && reading.Chosen is not null && reading.Candidates.Count > 1)
                reading.Chosen = disambiguator.Choose(reading, context, doc.FoldedOf(reading.Span)) ?? reading.Chosen;
        foreach (var town in unknownTowns)
            if (town.Container is { IsPlace: true } container)
                container.Chosen ??= disambiguator.Choose(container, context);
    }

    /// <summary>How far from what the story names a postal town may lie: a county's breadth.</summary>
    private const double PostalTownReachKm = 80;

    /// <summary>
    /// A postal town (<see cref="Place.IsPostalTown"/>) is read only where the story is: in a county it names, or
    /// within <see cref="PostalTownReachKm"/> of the outlet's home or of a town or county it names. Elsewhere the name is
    /// a part of a city or a namesake far off ("Spring Branch" in a Houston story is Houston's, not the Comal County
    /// village): the name is read as before postal towns were listed, as its other places or as a name the gazetteer lacks.
    /// </summary>
    private void DropPostalTownsAwayFromStory(List<PlaceReading> readings, PlaceContext context)
    {
        List<Place>? anchors = null;
        foreach (var reading in readings)
        {
            if (reading is not { IsPlace: true, Dropped: false, Chosen.IsPostalTown: true }) continue;
            anchors ??= Anchors(readings, context);
            reading.Candidates.RemoveAll(c => c.Place.IsPostalTown && !context.NamesCounty(c.Place.Admin2Id) &&
                                              !anchors.Exists(a => Sitrep.Incidents.GeoPoint.Between(a, c.Place) <= PostalTownReachKm));
            reading.Chosen = disambiguator.Choose(reading, context);
            reading.Dropped = reading.Chosen is null;
        }
    }

    /// <summary>The outlet's home and the listed towns and counties the document names: where the story is.</summary>
    private static List<Place> Anchors(List<PlaceReading> readings, PlaceContext context)
    {
        var anchors = new List<Place>();
        if (context.OutletHome is { } home) anchors.Add(home);
        foreach (var r in readings)
            if (r is { IsPlace: true, Dropped: false, Chosen: { Kind: PlaceKind.City or PlaceKind.Admin2, IsPostalTown: false } place })
                anchors.Add(place);
        return anchors;
    }

    /// <summary>The place a name was read as where the words around it left no doubt, if anywhere in the document.</summary>
    private static Place? SurePlaceOfName(Document doc, List<PlaceReading> readings, PlaceReading doubtful)
    {
        var name = doc.FoldedOf(doubtful.Span);
        foreach (var r in readings)
            if (r.IsPlace && r.Evidence == PlaceEvidence.Strong && r.Chosen is { } place && doc.FoldedOf(r.Span).SequenceEqual(name))
                return place;
        return null;
    }

    private void ResolveOne(Document doc, PlaceReading reading, PlaceContext context)
    {
        // "Buffalo police" in a story that names New York; "Police said" in none.
        if (reading.Evidence == PlaceEvidence.Doubtful && (reading.Container is null || doc.IsUpperCase))
            reading.Candidates.RemoveAll(c => c.Place.Kind == PlaceKind.Country || context.RegionScore(c.Place.Admin1Id) == 0);
        if (reading.Evidence == PlaceEvidence.Weak)
            reading.Candidates.RemoveAll(c => !context.Supports(c.Place));
        if (reading.Candidates.Count == 0)
        {
            reading.Dropped = true;
            return;
        }
        reading.Chosen = disambiguator.Choose(reading, context);
        if (reading.Chosen is { } chosen && IsStray(doc, reading, chosen, context)) reading.Dropped = true;
    }

    /// <summary>
    /// A town or region abroad that nothing but its own name puts in the story, in a story that is plainly about
    /// another country (in upper-case copy, in any story): "Devon McNeal" in Ohio, "Tyre King" in Columbus. Capitals and cities of a million stay
    /// ("in London"), and so does anything the words around make a place ("in Tyre", "Tyre, Lebanon").
    /// </summary>
    private static bool IsStray(Document doc, PlaceReading reading, Place place, PlaceContext context)
    {
        if (reading.Evidence == PlaceEvidence.Strong || place.Kind == PlaceKind.Country) return false;
        // In capitals every surname looks like a town ("DIAZ", "ORLANDO"): a town abroad needs its country named, whatever leads.
        if (!doc.IsUpperCase && (context.Dominant is not { } dominant || dominant == place.CountryCode)) return false;
        if (place.Kind == PlaceKind.City && (place.Feature == "PPLC" || place.Population >= StrayPopulationLimit)) return false;
        return context.OnlyNamedBy(place, doc.FoldedOf(reading.Span));
    }

    /// <summary>
    /// "in DeKalb" in a story that names DeKalb County, Georgia (or its jail): the county, named without its type
    /// word, not the only town of the name (DeKalb, Illinois). A town of the name in the county's state stays the town
    /// (the city of Chester is in Delaware County, not Chester County). The county read bare keeps every reading the
    /// county had: "Lancaster County" is in four states, and the outlet may choose Pennsylvania's later.
    /// </summary>
    private void ReadCountiesNamedBare(Document doc, List<PlaceMention> mentions)
    {
        ReadDatelineCounty(doc, mentions);
        List<PlaceMention>? counties = null;
        foreach (var m in mentions)
            if (m.Place is { Kind: PlaceKind.Admin2 } county && (counties ??= []).TrueForAll(c => c.Place!.Id != county.Id))
                counties.Add(m);
        if (counties is null) return;
        ReadUnknownTownsAsCounties(mentions, [.. counties.Select(c => c.Place!)]);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m is not { Kind: PlaceKind.City }) continue;
            foreach (var named in counties)
            {
                var county = named.Place!;
                // A name no listed town bears ("in Henrico") is the county's as surely as a far town's.
                if (m.Place is { } town && (town.Admin1Id == county.Admin1Id || m.Alternatives.Any(a => a.Admin1Id == county.Admin1Id)) ||
                    !string.Equals(Gazetteer.BareCountyName(county), TextFolding.Fold(m.Place?.Name ?? m.Name), StringComparison.Ordinal))
                    continue;
                // Read without its type word, the county is never as sure as "in Marion County": it places no incident outside its towns.
                mentions[i] = m with
                {
                    Kind = PlaceKind.Admin2, Place = county, Name = county.Name,
                    Alternatives = named.Kind == PlaceKind.Admin2 ? named.Alternatives : [],
                    Evidence = m.Evidence == PlaceEvidence.Strong ? PlaceEvidence.Normal : m.Evidence,
                };
                break;
            }
        }
    }

    /// <summary>
    /// "HANOVER, Va.": a dateline's town no town of its state bears, but a county does, is the county, named as its
    /// people name it; "in Hanover" in the story is then that county too (not Hanover, Maryland).
    /// </summary>
    private void ReadDatelineCounty(Document doc, List<PlaceMention> mentions)
    {
        if (doc.Dateline is not { } dateline) return;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is not { Kind: PlaceKind.City, Place: null, Within: { Kind: PlaceKind.Admin1 } region } m || !dateline.PlaceSpan.Contains(m.Span)) continue;
            if (lexicon.Gazetteer.CountyNamed(region.Id, TextFolding.Fold(m.Name)) is not { } county) continue;
            mentions[i] = m with { Kind = PlaceKind.Admin2, Place = county, Name = county.Name, Alternatives = [], Evidence = PlaceEvidence.Normal };
            return;
        }
    }

    /// <summary>
    /// "LEWIS, Ky." in a story that names Lewis County: no town of the name in that state, so the county is meant, named
    /// without its type word, and "Lewis County" elsewhere in the story is that state's too (not Lewis County, West
    /// Virginia).
    /// </summary>
    private void ReadUnknownTownsAsCounties(List<PlaceMention> mentions, List<Place> counties)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m is not { Kind: PlaceKind.City, Place: null, Within: { Kind: PlaceKind.Admin1 } region }) continue;
            var bare = TextFolding.Fold(m.Name);
            if (!counties.Exists(c => Gazetteer.BareCountyName(c) == bare)) continue;
            if (lexicon.Gazetteer.CountyNamed(region.Id, bare) is not { } county) continue;
            mentions[i] = m with { Kind = PlaceKind.Admin2, Place = county, Name = county.Name, Alternatives = [], Evidence = PlaceEvidence.Normal };
            for (var j = 0; j < mentions.Count; j++)
                if (mentions[j] is { Kind: PlaceKind.Admin2, Place: { } other } named && other.Id != county.Id && Gazetteer.BareCountyName(other) == bare &&
                    named.Alternatives.Any(a => a.Id == county.Id))
                    mentions[j] = named with { Place = county, Name = county.Name };
        }
    }

    /// <summary>Cities this large are named for themselves even when the story is about another country.</summary>
    private const long StrayPopulationLimit = 1_000_000;

    /// <summary>
    /// "NEAR THE SALVADORAN CAPITAL", "in the Afghan capital": a country's people's name before "capital" names the
    /// capital city, not the country nor its people.
    /// </summary>
    private void ReadCapitalsByDemonym(Document doc, List<PlaceMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m is not { IsDemonym: true, Kind: PlaceKind.Country, Place: { } country } || !doc.TokenIs(m.EndToken, "capital") ||
                lexicon.Gazetteer.CapitalOf(country.CountryCode) is not { } capital) continue;
            mentions[i] = new PlaceMention(new TextSpan(m.Span.Start, doc.Tokens[m.EndToken].End), PlaceKind.City, capital.Name)
            {
                Place = capital,
                FirstToken = m.FirstToken,
                EndToken = m.EndToken + 1,
                Evidence = PlaceEvidence.Strong,
            };
        }
    }

    private static PlaceMention PlaceMentionOf(PlaceReading reading, Place place) =>
        new(reading.Span, place.Kind, place.Name)
        {
            Place = place,
            IsDemonym = reading.IsDemonym,
            Within = reading.Container?.Chosen,
            FirstToken = reading.FirstToken,
            EndToken = reading.EndToken,
            Evidence = reading.Evidence,
            Alternatives = reading.Candidates.Count > 1 ? [.. reading.Candidates.Select(c => c.Place).Distinct()] : [],
        };

    private static bool NamesRegionOrCountry(PlaceLexiconEntry entry)
    {
        foreach (var c in entry.Places)
            if (c.Place.Kind is PlaceKind.Admin1 or PlaceKind.Country)
                return true;
        return false;
    }

    /// <summary>
    /// "WEST PRICE HILL, Ohio", "SOUTHWEST MIAMI-DADE, Fla.": in the dateline, a compass word before a name the gazetteer
    /// lacks names a side of a town or county (most often the outlet's own), not a town of its own.
    /// </summary>
    private bool IsDatelineSide(Document doc, PlaceMention mention) =>
        mention is { Kind: PlaceKind.City, Place: null } && mention.EndToken - mention.FirstToken > 1 &&
        doc.Dateline is { } dateline && dateline.PlaceSpan.Contains(mention.Span) && relations.IsCompassWord(doc, mention.FirstToken);

    /// <summary>
    /// The tokens of the dateline's first place ("WEST PRICE HILL" of "WEST PRICE HILL, Ohio", "MADRID" of
    /// "MADRID (SPAIN)"); empty if none.
    /// </summary>
    private static (int First, int End) DatelineTown(Document doc)
    {
        if (doc.Dateline is not { } dateline) return (0, 0);
        var first = doc.TokenAt(dateline.PlaceSpan.Start);
        var end = first;
        while (end < doc.Tokens.Length && doc.Tokens[end].End <= dateline.PlaceSpan.End && !doc.TokenIs(end, ",") && !doc.TokenIs(end, "(")) end++;
        return (first, end);
    }

    /// <summary>
    /// The dateline's place when no gazetteer name covers it ("HERMITAGE, Tenn. —"): a town of that name, in the
    /// region the dateline gives when it gives one.
    /// </summary>
    private static PlaceMention? UnknownDatelinePlace(Document doc, List<PlaceReading> readings, List<PlaceReading> unknownTowns,
        List<PlaceMention> townships)
    {
        if (doc.Dateline is not { } dateline) return null;
        var (first, end) = DatelineTown(doc);
        if (end == first) return null;
        foreach (var r in readings)
            if (r.FirstToken <= first && first < r.EndToken && !r.Dropped)
                return null;
        foreach (var t in unknownTowns)
            if (t.FirstToken == first)
                return null;
        foreach (var t in townships)
            if (t.FirstToken == first)
                return null;
        Place? within = null;
        foreach (var r in readings)
            if (r.IsPlace && r.Chosen is { Kind: PlaceKind.Admin1 or PlaceKind.Country } region && dateline.PlaceSpan.Contains(r.Span))
                within = region;
        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        return new PlaceMention(span, PlaceKind.City, doc.TextOf(span)) { Within = within, FirstToken = first, EndToken = end, Evidence = PlaceEvidence.Strong };
    }
}
