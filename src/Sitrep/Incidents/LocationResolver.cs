using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Recognizers.Places;

namespace Sitrep.Incidents;

/// <summary>
/// Decides where an incident happened, from the place mentions attached to its event mentions and, for the incident a
/// document reports, from the places the whole document names.
/// <list type="bullet">
/// <item>The incident's own words first: the places near its event words, not the dateline's (an article datelined
/// ISLAMABAD about an attack in Karachi is placed in Karachi).</item>
/// <item>Relations read before a name: "110 km east of Islamabad" is not Islamabad (the point is moved);
/// "near Lakeland" and "the Englewood neighborhood of Chicago" are placed in the town; a hospital someone was
/// "rushed to" is not the scene.</item>
/// <item>What the incident's words leave open (a shooting "at an apartment complex", with the town two sentences
/// earlier) is filled from the document: the town it names most, in the region and country already known, the
/// dateline counting as one more mention. Background incidents take only their own places and the country.</item>
/// <item>Names of several places are read where the document is (<see cref="PlaceSupport"/>: its regions, dateline,
/// towns and the outlet's address): "Paris" in an article about Texas is Paris, Texas.</item>
/// <item>Every level above the most precise place comes from the gazetteer: a town gives its county, region and country.</item>
/// </list>
/// </summary>
public sealed class LocationResolver(PlaceRelationReader relations, Gazetteer gazetteer, OutletPlaceReader outlets)
{

    public static LocationResolver Default { get; } = new(PlaceRelationReader.Default, Gazetteer.Default, OutletPlaceReader.Default);

    /// <summary>
    /// The place mentions that may speak for the incident a document reports: not those a town is named in only in the
    /// words about an earlier one, which say where that one was and are no vote for the town the document is about.
    /// Earlier means dated only in another year ("a dozen prior arrests, including one in 2007 for a shooting in Coney
    /// Island") or told as "another" before the reported one ("comes six months after another family was found shot
    /// in their Cypress home"). (Other background incidents are too often the reported one told twice, a headline and
    /// its lead set apart, for their towns to be left out.)
    /// </summary>
    public static ImmutableArray<PlaceMention> WithoutEarlierIncidents(ImmutableArray<DocumentIncident> incidents, ImmutableArray<PlaceMention> places)
    {
        if (incidents.IsEmpty) return places;
        var doc = incidents[0].Document;
        var published = doc.Published?.Date;
        var earlier = incidents.Where(i => i.Role == IncidentRole.Background).SelectMany(i => i.Mentions)
            .Where(m => published is { } at && IsHistory(m, at) ||
                        m.EarlierEventCue is { } cue && doc.TokenIs(doc.TokenAt(cue.Start) + 1, "another"))
            .SelectMany(m => m.Places).ToHashSet();
        if (earlier.Count == 0) return places;
        earlier.ExceptWith(incidents.Where(i => i.Role == IncidentRole.Primary).SelectMany(i => i.Mentions).SelectMany(m => m.Places));
        return earlier.Count == 0 ? places : places.RemoveAll(earlier.Contains);
    }

    /// <summary>How far before publication all of a mention's times must end for it to be history (another year's news, not this week's).</summary>
    private const int HistoryDays = 365;

    /// <summary>An event mention dated only long before publication ("in 2007"); the other mentions grouped with it may be nearer.</summary>
    private static bool IsHistory(EventMention mention, DateOnly published) =>
        !mention.Times.IsEmpty &&
        mention.Times.All(t => t.End is { } end && end.DayNumber < published.DayNumber - HistoryDays);

    /// <param name="documentPlaces">Every place mention of the document; empty to use only the incident's own.</param>
    public IncidentLocation Resolve(DocumentIncident incident, ImmutableArray<PlaceMention> documentPlaces)
    {
        var doc = incident.Document;
        var primary = incident.Role == IncidentRole.Primary;
        var attached = incident.Mentions.SelectMany(m => m.Places).Where(p => !InDateline(doc, p)).Distinct().OrderBy(p => p.Span).ToList();
        var sentences = incident.Mentions.Select(m => m.Sentence).ToHashSet();
        var all = documentPlaces.IsDefault ? [] : documentPlaces;
        // "MANAGUA (NICARAGUA), 2 NOV 89 --": filed abroad; where the report was written says nothing of where its
        // incident was, neither as a town nor as a vote for a country.
        if (doc.Dateline is { CountryInBrackets: true } abroad) all = all.RemoveAll(p => abroad.Span.Overlaps(p.Span));
        // "Baton Rouge amateur boxer shot" over a story that puts him only "at his home in Baton Rouge": the headline's
        // short form of where someone lives or was taken.
        // (Read here, for the place only: the incidents were already told apart with the headline's town as it stands.)
        var body = all;
        if (body.Any(p => HeadlineEchoesRelation(doc, p, body)))
        {
            PlaceMention Echo(PlaceMention p) => HeadlineEchoesRelation(doc, p, body) ? p with { Relation = new PlaceRelation(PlaceRelationKind.Origin, p.Span) } : p;
            attached = attached.Select(Echo).ToList();
            all = all.Select(Echo).ToImmutableArray();
        }
        var support = PlaceSupport.Of(doc, all.IsEmpty ? [.. attached] : all, outlets.Read(doc));
        // "in Monroe Township": a town the gazetteer does not list, of no region the words name, lies in the document's.
        if ((all.Any(NeedsRegion) || attached.Exists(NeedsRegion)) && HomeRegion(support) is { } homeRegion)
        {
            all = all.Select(p => InHomeRegion(p, homeRegion)).ToImmutableArray();
            attached = attached.Select(p => InHomeRegion(p, homeRegion)).ToList();
        }

        // A facility named by its proper name ("the Karachi Police Office") says more than one named by its kind ("a
        // police compound"), wherever the incident's sentences give each.
        bool Proper(PlaceMention p) => !doc.IsUpperCase && FacilityNamer.IsProperName(p.Name);
        var facility = attached.Where(p => p.Kind == PlaceKind.Facility && IsScene(doc, p)).OrderByDescending(Proper).FirstOrDefault();
        // "a west Charlotte bar shooting ... at Reba's Bar and Grill": the town one facility's name gives holds the other too.
        var facilityTown = attached.FirstOrDefault(p => p is { Kind: PlaceKind.Facility, Place.Kind: PlaceKind.City } && IsScene(doc, p));
        // "a police compound" in the lead, "the Karachi Police Office compound" two paragraphs on: the report's own
        // name for the facility is the proper one, where its kind shares a word with the one the event words give.
        if (primary && facility is not null && !Proper(facility) &&
            all.FirstOrDefault(p => p.Kind == PlaceKind.Facility && Proper(p) && SameKind(facility, p)) is { } named)
            facility = named;
        var address = attached.FirstOrDefault(p => p.Kind == PlaceKind.Address)
                      ?? (primary ? all.FirstOrDefault(p => p.Kind == PlaceKind.Address && sentences.Contains(doc.SentenceAt(p.Span.Start).Index)) : null);
        // "the town of Roseburg, about 180 miles south of Portland": the distance says where the town is, not the incident.
        var offset = attached.FirstOrDefault(p => p.Relation?.Kind == PlaceRelationKind.Offset && p.Place is not null && !DescribesTown(doc, p.Relation!.Span, all));
        var usable = attached.Where(p => p.Relation?.Kind is not (PlaceRelationKind.Offset or PlaceRelationKind.Destination or PlaceRelationKind.Alibi)).ToList();

        // Regions and counties first: a town of several names is read as the one inside them ("Warren" in Trumbull County).
        // "the California neighborhood" (of Louisville) names a part of a town, not the region.
        // "Brandon Colbert, of Tulsa, Oklahoma, was arrested": the region of a home town says where someone lives, as the town does.
        var countyMention = usable.FirstOrDefault(p => p is { Kind: PlaceKind.Admin2, Place: not null } && p.Relation?.Kind != PlaceRelationKind.Locality && support.Fit(p) is not null && !OfHomeTown(doc, p, usable));
        var regionMention = usable.FirstOrDefault(p => p is { Kind: PlaceKind.Admin1, Place: not null } && p.Relation?.Kind != PlaceRelationKind.Locality && support.Fit(p) is not null && !OfHomeTown(doc, p, usable));
        Place? county = countyMention is null ? null : support.Fit(countyMention), region = regionMention is null ? null : support.Fit(regionMention);
        var (town, townRank) = BestTown(usable, all, support, county ?? region, primary ? HomeRegion(support) : null);
        // "A Newport man was shot while hunting in Parrottsville": where the incident's words put it in a village the
        // gazetteer lacks, a small town that only says where its people are from (or that the document names most) yields
        // to it. Beside a larger city the unlisted name is most often one of its neighbourhoods, filed under the city.
        (TownMention? Town, int Rank) VillageOfTheWords(TownMention? town, int townRank) =>
            primary && townRank >= DatelineRank + 2 && town?.Place is { Population: < VillageNeighbourPopulation } &&
            (attached.FirstOrDefault(IsGuessedTown) ?? all.FirstOrDefault(p => IsGuessedTown(p) && sentences.Contains(doc.SentenceAt(p.Span.Start).Index))) is { } guessed &&
            (region ?? (county?.Admin1Id is { } countyRegion ? gazetteer.Regions.GetValueOrDefault(countyRegion) : null) ?? HomeRegion(support)) is { } guessedRegion
                ? (new TownMention(guessed, null, guessedRegion), StrongTownRank)
                : (town, townRank);
        (town, townRank) = VillageOfTheWords(town, townRank);
        // "DeKalb County ... DeKalb police": the county's short name, where no town of that name lies in the county read
        // (a town the words make sure of, "in Chester" beside "Chester County", stays). Where the incident's words name
        // no county, a county the document names elsewhere says as much: "The Washington..." in a page title cut short
        // over a story of the Washington County sheriff is no town of Washington in another county.
        if (town is { Mention: { Evidence: < PlaceEvidence.Strong } townMention, Place: { } townPlace } &&
            (county is not null ? townPlace.Admin2Id != county.Id && PlaceSupport.IsCountysShortName(townMention, countyMention!)
                : all.Any(c => PlaceSupport.IsCountysShortName(townMention, c) && support.Fit(c) is { } named && townPlace.Admin2Id != named.Id)))
            (town, townRank) = (null, int.MaxValue);
        // "shot in Roxbury" in a story where Boston police act: a part of the city, not the village elsewhere.
        // (Not where the county named beside it is the town's own: "near his home in Bennettsville ... Marlboro County".)
        if (county is null || town?.Place?.Admin2Id != county.Id) town = AsPartOfAgencyTown(town, all, support);
        // "Karachi Police Office": the facility is in the town its name gives, if that fits the document ("Gresham
        // Nightclub" in Chicago is no place in Oregon).
        if (townRank > StrongTownRank && facilityTown?.Place is { } namedTown && support.Fits(namedTown))
            (town, townRank) = (Mention(facilityTown, namedTown), StrongTownRank);
        // "110 km east of the capital": the incident is away from any town the document names, wherever that is.
        var unnamedOffset = offset is null && townRank > StrongTownRank ? UnnamedOffset(doc, incident, all) : null;
        if (unnamedOffset is not null) town = null;
        // The dateline's town is where the report was filed: below what the incident's words make sure of ("in
        // Karachi" under ISLAMABAD), above a town they only name ("Anderson", "a Fremont man"); never outside the
        // county or region they name ("IN USULUTAN DEPARTMENT" under SAN SALVADOR).
        // "the assassination of six priests in El Salvador" under MEXICO CITY: the words place it in a country, the
        // dateline's town is elsewhere.
        var saidCountry = usable.FirstOrDefault(p => p is { Kind: PlaceKind.Country, Place: not null, IsDemonym: false, Evidence: PlaceEvidence.Strong });
        if (primary && unnamedOffset is null && offset is null && townRank > DatelineRank &&
            DatelineTown(doc, all, support, HomeRegion(support)) is { Place: var datelinePlace } datelineTown &&
            // A name already read as a part of the dateline's town ("IN ARAUCA" under BOGOTA) keeps its name.
            !(town is { Locality: not null } && town.Place == datelinePlace) &&
            (datelinePlace is null || saidCountry is null || datelinePlace.CountryCode == saidCountry.Place!.CountryCode) &&
            // MANAGUA (NICARAGUA) over a story that names El Salvador throughout: filed abroad, not placed there. But
            // "SALVADORAN" beside the event words under SAN SALVADOR agrees with the dateline, whatever country the
            // rest of the story names most (a president's trip to the United States).
            (datelinePlace is null || support.Country is null || datelinePlace.CountryCode == support.Country ||
             usable.Exists(p => p is { Kind: PlaceKind.Country, IsDemonym: true } && p.Place?.CountryCode == datelinePlace.CountryCode) ||
             !usable.Exists(p => p.Kind == PlaceKind.Country) && NamedAgain(doc, all, datelineTown.Mention!)) &&
            (datelinePlace is null || (county is null || datelinePlace.Admin2Id == county.Id) && (region is null || datelinePlace.Admin1Id == region.Id)))
        {
            // "STERLING — ... at the Osbornes' Rock Falls home": the report was filed where the incident was not; the
            // dateline's town then counts for nothing in the document's choice either. So too where the story names the
            // dateline's town nowhere else and says only where its people are from ("SALEM — A Beverly man was held
            // without bail"): the incident's words give that town, or else the lead does ("MORRISON — Rock Falls teen
            // John Doe received probation").
            var fromWords = town?.Mention ?? all.FirstOrDefault(p => p is { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Origin } &&
                                                                doc.SentenceAt(p.Span.Start).Index == doc.SentenceAt(datelineTown.Mention!.Span.Start).Index);
            if (datelinePlace is not null && SceneElsewhere(doc, all, support, datelinePlace) is { } scene)
            {
                all = all.RemoveAll(p => InDateline(doc, p));
                // "VISTA — A 9-year-old Vista boy ... at their house in Perris": where the boy is from yields to the town
                // the story puts the incident in; so does a third town the words only name ("charged ... of West St.
                // Paul" under MINNEAPOLIS), but not the dateline's own town named again.
                if (townRank >= DatelineRank + 2 || townRank > DatelineRank && town?.Place != datelinePlace) (town, townRank) = (Mention(scene, support.Fit(scene)!), DatelineRank + 1);
            }
            else if (datelinePlace is not null && fromWords is not null && FiledOnlyAt(doc, all, support, datelinePlace, fromWords) is { } residence)
            {
                all = all.RemoveAll(p => InDateline(doc, p));
                if (town is null) (town, townRank) = (Mention(fromWords, residence), DatelineRank + 2);
            }
            else (town, townRank) = (datelineTown, DatelineRank);
        }
        // A town only named near the event words ("Anderson", "a Friend of the victim") yields to the town the whole
        // document puts the incident in more surely ("Warren police said", "the Stone Mountain home", twice).
        if (primary && town is not null && townRank > DatelineRank && offset is null && unnamedOffset is null &&
            TownOfDocument(doc, all, sentences, county, region, null, support, villages: false, out var scores) is { } documentTown &&
            // A town the gazetteer does not list ("in Deerfield Township", twice) may outweigh one the words give only as
            // where someone is from ("a teen from the Comstock Park area").
            (documentTown.Place is not null
                ? documentTown.Place != town.Place &&
                  // Not the same name read elsewhere: "Knoxville" taken for a part of Pittsburgh stays so, unless the words
                  // name the region that reading lies in ("IN EL NISPERAL, USULUTAN ... USULUTAN DEPARTMENT").
                  !(town.Locality is not null && documentTown.Mention?.Name == town.Mention?.Name && documentTown.Place.Admin1Id != region?.Id)
                : townRank == OriginRank && documentTown.Within is not null && documentTown.Mention?.Evidence == PlaceEvidence.Strong) &&
            scores.Values.Max(v => v.Score) * 2 > 3 * (town.Place is { } attachedPlace && scores.TryGetValue(attachedPlace.Id, out var own) ? own.Score : 0))
            (town, townRank) = (documentTown, DatelineRank + 1);
        // "Authorities arrived at the Cypress home" in the lead, "A 3-year-old in Spring injured himself" twenty sentences
        // on: where the incident's words give a town only deep in the story, the town the lead puts something in (a
        // home, a shooting there) is the reported incident's.
        if (primary && town?.Mention is { } deep && !InLead(doc, deep) && !doc.SentenceAt(deep.Span.Start).IsHeadline && offset is null && unnamedOffset is null &&
            all.FirstOrDefault(p => p is { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Scene, IsDemonym: false } && InLead(doc, p) && !InDateline(doc, p) &&
                                    support.Fit(p, (Place?)county ?? region) is { } t && t != town.Place && (support.Region is null || t.Admin1Id == support.Region)) is { } leadScene)
            (town, townRank) = (Mention(leadScene, support.Fit(leadScene, (Place?)county ?? region)!), StrongTownRank);
        // "the shooting death of a Minnetonka teen ... an alley on the 700 block of Sims Avenue in St. Paul": a town
        // named only as where someone is from yields to the town of a street address the document gives.
        if (primary && town is { Mention.Relation.Kind: PlaceRelationKind.Origin } && townRank > DatelineRank && offset is null && unnamedOffset is null &&
            all.FirstOrDefault(p => p is { Kind: PlaceKind.City, Relation: null } && AfterAddress(doc, p, all) && support.Fit(p, (Place?)county ?? region) is { } t &&
                                    t != town.Place && (county is null || t.Admin2Id == county.Id)) is { } addressTown)
            (town, townRank) = (Mention(addressTown, support.Fit(addressTown, (Place?)county ?? region)!), DatelineRank + 1);
        // "a retired Newburgh police officer killed his children ... a call to a home in the Town of Wallkill": a town the
        // words give only as where someone lives or once served yields to the one town of its region the document puts
        // something in outright, where nothing in the document puts anything in the former or has its officers act.
        if (primary && town is { Mention.Relation.Kind: PlaceRelationKind.Origin, Place: { } originTown } && townRank > DatelineRank && offset is null && unnamedOffset is null &&
            !all.Any(p => p.Place == originTown && (p.Relation?.Kind is PlaceRelationKind.Agency or PlaceRelationKind.Scene or PlaceRelationKind.Near or PlaceRelationKind.PartOf ||
                                                    p is { Relation: null, Evidence: PlaceEvidence.Strong }) ||
                          p is { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Agency or PlaceRelationKind.Scene }) &&
            all.Where(p => p is { Kind: PlaceKind.City, Relation: null, Evidence: PlaceEvidence.Strong, IsDemonym: false } && !InDateline(doc, p))
                .Select(p => (Mention: p, Place: support.Fit(p, (Place?)county ?? region)))
                .Where(c => c.Place is { } t && t != originTown && t.Admin1Id == originTown.Admin1Id && (county is null || t.Admin2Id == county.Id))
                .DistinctBy(c => c.Place!.Id).ToList() is [var sure])
            (town, townRank) = (Mention(sure.Mention, sure.Place!), DatelineRank + 1);
        // "A Woodville man died ... the Tyler County Sheriff's Office said. ... outside a house in Ivanhoe": where the
        // incident's words say only where someone is from, the one other town the story puts something in ("at a home
        // in", "the Ivanhoe shooting") is the scene, in the county and region the words name; a small namesake elsewhere
        // is a village of the story's region that the gazetteer lacks (VillageOfStoryRegion).
        if (primary && town is { Mention.Relation.Kind: PlaceRelationKind.Origin } fromTown && townRank > DatelineRank && offset is null && unnamedOffset is null &&
            all.Where(p => p is { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Scene, IsDemonym: false } && !InDateline(doc, p) && p.Name != fromTown.Mention!.Name)
                .DistinctBy(p => p.Name).ToList() is [var sceneTown])
        {
            var storyRegion = region ?? (county?.Admin1Id is { } sceneRegion ? gazetteer.Regions.GetValueOrDefault(sceneRegion) : null);
            var fit = support.Fit(sceneTown, (Place?)county ?? region);
            if (fit is not null && storyRegion is not null && VillageOfStoryRegion(doc, sceneTown, fit, storyRegion))
                (town, townRank) = (new TownMention(sceneTown, null, storyRegion), DatelineRank + 1);
            else if (fit is not null && support.Fits(fit) && (county is null || fit.Admin2Id == county.Id) && (region is null || fit.Admin1Id == region.Id))
                (town, townRank) = (Mention(sceneTown, fit), DatelineRank + 1);
        }
        // "HAVANA UNIVERSITY PROFESSORS REPUDIATED THE ASSASSINATION OF ... THE UNIVERSITY OF EL SALVADOR": a town outside
        // the country the incident's words name outright, in its sentence or before, is not where it happened. (A country
        // named only in a later report of the incident, "attacked ... in Costa Rica", leaves the town of the lead.)
        if (saidCountry?.Place is { } said)
        {
            var saidIn = doc.SentenceAt(saidCountry.Span.Start).Index;
            bool Outside(PlaceMention? words, Place place) =>
                place.CountryCode != said.CountryCode && (words is null || doc.SentenceAt(words.Span.Start).Index >= saidIn);
            if (town?.Place is { } chosen && Outside(town.Mention, chosen)) (town, townRank) = (null, int.MaxValue);
            if (facility?.Place is { Kind: PlaceKind.City } facilityPlace && Outside(facility, facilityPlace)) facility = null;
        }
        // "in Marion County" beats a town named only in passing ("KLTV Tyler"): the incident was outside any town.
        if (countyMention is { Evidence: PlaceEvidence.Strong } && townRank > StrongTownRank) town = null;
        // "Spanish priests" says who, not where: a demonym places the incident only when the document points nowhere else.
        // A country named beside the event words but not as its place ("the U.S. embassy", "talks with Spain") yields to
        // the country the document is about; "in Spain" does not.
        var countryMention = saidCountry ?? usable.FirstOrDefault(p => p is { Kind: PlaceKind.Country, Place: not null, IsDemonym: false } &&
                                                        (!primary || support.Country is null || p.Place.CountryCode == support.Country || p.Evidence == PlaceEvidence.Strong));
        var country = countryMention?.Place;
        if (country is null && support.Country is { } home) country = gazetteer.Countries.GetValueOrDefault(home);
        if (country is null && usable.FirstOrDefault(p => p is { Kind: PlaceKind.Country, Place: not null }) is { } demonym)
            (countryMention, country) = (demonym, demonym.Place);

        // "the Wells-Goodfellow neighborhood": a part of a town, which the document names elsewhere (or the dateline does).
        var locality = usable.FirstOrDefault(p => p.Relation?.Kind == PlaceRelationKind.Locality);

        if (primary && town is null && offset is null && unnamedOffset is null && BlotterHeading(doc, all, support, sentences.Min()) is { } heading)
            town = Mention(heading, support.Fit(heading)!);
        if (primary && town is null && offset is null && unnamedOffset is null)
            town = TownOfDocument(doc, all, sentences, county, region, country, support, villages: true);
        (town, townRank) = VillageOfTheWords(town, townRank);
        // "in the 4700 block of West Addison Street" in a story from Chicago that names no town: a street block lies in a
        // town, and the report's own is the one it leaves unsaid (inside the county and region the words name).
        if (primary && town is null && address is not null && offset is null && unnamedOffset is null && support.HomeTown is { } homeTown &&
            (county is null || homeTown.Admin2Id == county.Id) && (region is null || homeTown.Admin1Id == region.Id) &&
            (country is null || homeTown.CountryCode == country.CountryCode))
            town = new TownMention(address, homeTown, null) { Basis = support.HomeTownBasis };
        if (primary) town = AsNamedPartOfGreatCity(town, all, support);
        // "in Eureka ... Eureka is a rural community just south of Corsicana": a village the gazetteer lacks, which the
        // story itself puts by a listed town, is filed under that town, as "near Corsicana" would be.
        if (primary && town is { Place: null, Mention: { } village } && TownBesideVillage(doc, all, village, town.Within, support) is { } beside) town = beside;
        region ??= town?.Place?.Admin1Id is null && town?.Within is { Kind: PlaceKind.Admin1 } within ? within : null;
        // "Floyd County deputies said": a county the document names, when no town is.
        if (primary && town is null && county is null && offset is null && unnamedOffset is null)
        {
            countyMention = Most(all, PlaceKind.Admin2, p => (country is null || p.CountryCode == country.CountryCode) && support.Fits(p), support);
            county = countyMention is null ? null : support.Fit(countyMention);
        }
        // "A boy was taken to a hospital in Lancaster after being shot": where the incident's words name no other town,
        // the town the wounded were taken to is near where it happened, nearer than the outlet's home. So too beside a
        // county whose deputies act ("Kern County deputies"): a hospital over the county line is nearer than the county's
        // seat, which the county alone would give; only the region must agree.
        if (primary && town is null && offset is null && unnamedOffset is null &&
            attached.Concat(all.Where(p => sentences.Contains(doc.SentenceAt(p.Span.Start).Index))).FirstOrDefault(p =>
                p is { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Destination } && support.Fit(p) is { } t &&
                (county is null || t.Admin1Id == county.Admin1Id) && (region is null || t.Admin1Id == region.Id)) is { } taken)
            town = Mention(taken, support.Fit(taken)!);
        // "A man was shot Tuesday night, police said" on a local station's site, the story naming no town, county or
        // distance: the report is about its own town (the dateline's, or the outlet's home), as an analyst reads it.
        // Only inside the region and country already read; the evidence is the incident's own words. A village the
        // gazetteer lacks that those words name ("while hunting in Waitsfield") is the town, read below.
        if (primary && town is null && offset is null && unnamedOffset is null && support.HomeTown is { } reportTown && !NamesGuessedTown(doc, all, attached, sentences) &&
            (county is null || reportTown.Admin2Id == county.Id) && (region is null || reportTown.Admin1Id == region.Id) &&
            (country is null || reportTown.CountryCode == country.CountryCode))
            town = new TownMention(null, reportTown, null) { Basis = support.HomeTownBasis, Cited = incident.Mentions.Min(m => m.Trigger) };
        if (primary && region is null && town is null && county is null)
        {
            regionMention = Most(all, PlaceKind.Admin1, p => (country is null || p.CountryCode == country.CountryCode) && (support.Region is null || p.Id == support.Region), support);
            region = regionMention?.Place ?? (support.Region is { } id && (country is null || id.StartsWith(country.CountryCode, StringComparison.Ordinal))
                ? gazetteer.Regions.GetValueOrDefault(id) : null);
        }
        // "while hunting in Waitsfield" in a story that names no listed town: a village the gazetteer lacks, in the
        // region (or the county's region) the story is in.
        if (primary && town is null && offset is null && unnamedOffset is null &&
            (region ?? (county?.Admin1Id is { } countyRegion ? gazetteer.Regions.GetValueOrDefault(countyRegion) : null)) is { } guessRegion &&
            (country is null || country.CountryCode == guessRegion.CountryCode))
            town = GuessedTown(doc, all, attached, sentences, guessRegion);
        // "two Riverdale High School students ... in Clayton County", "an elder of the Cadiz Church of Christ" in a story of
        // Trigg County: where nothing else names the town, a facility named after a town of the incident's county puts
        // it in that town (a story names its county's facilities by their own town far more often than a neighbour's).
        if (primary && town is null && county is not null && offset is null && unnamedOffset is null && FacilityTownIn(all, county) is { } facilityNamed)
            town = facilityNamed;
        // "shot in Navarro County", no town named: filed under the county's seat.
        if (primary && town is null && county is not null && offset is null && unnamedOffset is null && gazetteer.SeatOf(county.Id) is { } seat)
            town = new TownMention(countyMention, seat, null) { Basis = LocationBasis.CountySeat };
        if (country is null && town is null && county is null && region is null && offset is null)
        {
            countryMention = Most(all, PlaceKind.Country, _ => true, support);
            country = countryMention?.Place;
        }
        var regionEvidence = new[] { countyMention, regionMention, countryMention }.Where(m => m is not null).Select(m => m!.Span).ToList();
        // A region or country read from the whole document still cites words: the first mention of a place inside it.
        if (regionEvidence.Count == 0 && town is null && (region ?? country) is { } known && FirstInside(all, known) is { } inside) regionEvidence.Add(inside.Span);
        return Compose(doc, facility, address, offset, unnamedOffset, town, locality?.Relation?.Part, county, region, country, regionEvidence);
    }

    private static IncidentLocation Compose(Document doc, PlaceMention? facility, PlaceMention? address, PlaceMention? offset, TextSpan? unnamedOffset,
        TownMention? town, string? localityName, Place? county, Place? region, Place? country, IEnumerable<TextSpan> regionEvidence)
    {
        var evidence = new List<TextSpan>();
        if (facility is not null) evidence.Add(facility.Span);
        if (address is not null) evidence.Add(address.Span);

        // A part of a city ("Englewood", GeoNames PPLX) is filed under its city, and named beside it.
        var townPlace = town?.Place;
        var locality = town?.Locality ?? (town?.Mention?.Relation is { Kind: PlaceRelationKind.PartOf, Part: { } part } ? part : localityName);
        if (townPlace is { PartOf: { } city })
        {
            locality ??= townPlace.Name;
            townPlace = city;
        }
        if (town?.Mention is { } townWords) evidence.Add(townWords.Relation is { Kind: PlaceRelationKind.PartOf or PlaceRelationKind.Near } r ? r.Span : townWords.Span);
        else if (town?.Cited is { } cited) evidence.Add(cited);
        if (offset is not null) evidence.Add(offset.Relation!.Span);
        if (unnamedOffset is { } unnamed) evidence.Add(unnamed);

        var townName = townPlace?.Name ?? (town is { Place: null, Mention: { } unlisted } ? unlisted.Place?.Name ?? unlisted.Name : null);
        var countyName = townPlace?.Admin2 ?? county?.Name;
        var regionName = townPlace?.Admin1 ?? county?.Admin1 ?? region?.Name;
        // A county's seat is filed as its town, but the words name only the county: the point and the name are the county's.
        var seatOnly = town?.Basis == LocationBasis.CountySeat && county is not null;
        var top = seatOnly ? county : (Place?)townPlace ?? county ?? region ?? (offset is null ? country : null);
        var countryPlace = top ?? country ?? offset?.Place;
        var (lat, lon) = Point(offset, top, town);

        var name = facility?.Name ?? address?.Name;
        if (name is null && offset is not null) name = doc.TextOf(offset.Relation!.Span);
        if (name is null && unnamedOffset is { } u) name = doc.TextOf(u);
        if (name is null && locality is not null && townName is not null) name = $"{locality}, {townName}";
        if (name is null && town?.Mention?.Relation is { Kind: PlaceRelationKind.Near } near) name = doc.TextOf(near.Span);
        name ??= (seatOnly ? countyName : townName) ?? countyName ?? regionName ?? countryPlace?.Country;
        if (name is null && doc.Dateline is { } dateline)
            return IncidentLocation.Unknown with { Name = dateline.Place, Evidence = [FactsReader.Evidence(doc, dateline.PlaceSpan)] };
        if (name is null) return IncidentLocation.Unknown;

        var precision = lat is null ? LocationPrecision.Unknown
            : offset is not null ? LocationPrecision.Admin1
            : facility is not null && townName is not null ? LocationPrecision.Facility
            : townPlace is not null && !seatOnly ? LocationPrecision.City
            : county is not null ? LocationPrecision.Admin2
            : (town is not null || region is not null) && regionName is not null && top is not null ? LocationPrecision.Admin1
            : LocationPrecision.Country;
        evidence.AddRange(regionEvidence);

        // A point moved away from a town lies in no known county or region, unless a town of its own is named beside it:
        // a city is never given without its region.
        return new IncidentLocation(name, facility?.Name, townName, offset is null || townPlace is not null ? regionName : null, countryPlace?.Country, countryPlace?.CountryCode,
            lat is { } la ? Math.Round(la, 4) : null, lon is { } lo ? Math.Round(lo, 4) : null, precision,
            [.. evidence.Distinct().Take(5).Select(s => FactsReader.Evidence(doc, s))])
        {
            Admin2 = offset is null || townPlace is not null ? countyName : null,
            Basis = townName is null ? null : town!.Basis,
        };
    }

    /// <summary>The point: the place's own, or moved by "110 km east of" from the place named.</summary>
    private static (double? Lat, double? Lon) Point(PlaceMention? offset, Place? top, TownMention? town)
    {
        if (offset is { Place: { } from, Relation: { } relation })
        {
            if (relation is not { Kilometres: { } km, Bearing: { } bearing }) return (from.Latitude, from.Longitude);
            return Move(from.Latitude, from.Longitude, km, bearing);
        }
        if (top is not null) return (top.Latitude, top.Longitude);
        // A town the gazetteer does not list sits in its region's point.
        if (town?.Within is { } within) return (within.Latitude, within.Longitude);
        return (null, null);
    }

    /// <summary>The point <paramref name="km"/> away from (lat, lon) on bearing <paramref name="bearing"/> (degrees), on a sphere.</summary>
    internal static (double Lat, double Lon) Move(double lat, double lon, double km, double bearing)
    {
        var d = km / GeoPoint.EarthKilometres;
        var b = bearing * Math.PI / 180;
        var phi = lat * Math.PI / 180;
        var lambda = lon * Math.PI / 180;
        var phi2 = Math.Asin(Math.Sin(phi) * Math.Cos(d) + Math.Cos(phi) * Math.Sin(d) * Math.Cos(b));
        var lambda2 = lambda + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(phi), Math.Cos(d) - Math.Sin(phi) * Math.Sin(phi2));
        var lon2 = (lambda2 * 180 / Math.PI + 540) % 360 - 180;
        return (phi2 * 180 / Math.PI, lon2);
    }

    /// <summary>The rank <see cref="BestTown"/> gives a town the words make sure of ("in Hayward", "Hermitage, Tenn.", "Hayward police").</summary>
    private const int StrongTownRank = 1;

    /// <summary>A city of one name this large is never taken for a part of another town.</summary>
    private const long KnownCityPopulation = 100_000;

    /// <summary>
    /// A town below this size that only says where people are from yields to a village the incident's words put it in
    /// ("a Newport man was shot in Parrottsville"); beside a larger city the unlisted name is most often one of its
    /// neighbourhoods ("a Memphis man was shot in Oakhaven"), which GVA files under the city.
    /// </summary>
    private const long VillageNeighbourPopulation = 50_000;

    /// <summary>The rank of the dateline's town: after sure towns, before towns only named.</summary>
    private const int DatelineRank = 2;

    /// <summary>The rank of a town named only as where someone is from ("a Fremont man") or around which it was ("suburban Seattle").</summary>
    private const int OriginRank = DatelineRank + 2;

    /// <summary>
    /// A town named near the event words: a part of a town first ("the Englewood neighborhood of Chicago"), then one
    /// the words make sure of ("in Hayward", "Hermitage, Tenn."), then any, then where someone is from ("a Fremont man").
    /// </summary>
    /// <param name="all">Every place mention of the document: whether a town's own police act there.</param>
    private static (TownMention? Town, int Rank) BestTown(List<PlaceMention> places, ImmutableArray<PlaceMention> all, PlaceSupport support, Place? within, Place? home)
    {
        PlaceMention? best = null;
        Place? bestPlace = null;
        var bestRank = int.MaxValue;
        var bestSecond = 0;
        foreach (var p in places)
        {
            if (p.Kind != PlaceKind.City || p.IsDemonym || p.Place is null && p.Within is null) continue;
            var fitted = support.Fit(p, within);
            if (p.Place is not null && fitted is null) continue;
            var rank = p.Relation?.Kind switch
            {
                PlaceRelationKind.PartOf => 0,
                PlaceRelationKind.Locality or PlaceRelationKind.Masthead => int.MaxValue,
                // "in the Atlanta suburbs": a town around it, said only when no other is.
                PlaceRelationKind.Origin or PlaceRelationKind.Around => OriginRank,
                // "at a home just west of Holly Hill", "near Allison": the words put the incident by the town.
                PlaceRelationKind.Agency or PlaceRelationKind.Scene or PlaceRelationKind.Near => StrongTownRank,
                _ => p.Evidence switch
                {
                    PlaceEvidence.Strong => StrongTownRank,
                    PlaceEvidence.Normal => DatelineRank + 1,
                    // "Wade", "Harper": a name that is a word or a small town, kept only because its region is named.
                    _ => DatelineRank + 3,
                },
            };
            // "Fremont police said a man was shot in Hayward": where the words put it before whose officers act.
            var second = p.Relation?.Kind == PlaceRelationKind.Agency ? 1 : 0;
            if (rank > bestRank || rank == bestRank && second >= bestSecond) continue;
            (best, bestPlace, bestRank, bestSecond) = (p, fitted, rank, second);
        }
        if (best is null) return (null, bestRank);
        // "Knoxville" in a story from Pittsburgh: a part of town or a village the gazetteer does not list there, not the
        // Tennessee city. Only where the region is plain (named, the dateline, the outlet) and the words do not place it.
        // In a story from Chicago, "Austin" is the neighborhood, not Texas' capital: the part of the home town. A city
        // of one name and some size ("Peshawar" in a story from Karachi) is itself.
        // Without a home town, only a small town becomes an unlisted town of the home region: "Reno", named fifteen
        // times in a story that also names a Californian village, stays in Nevada.
        // A region the document names outright ("Ohio", "Allegheny County") is as plain as one that leads by a margin:
        // "Howland" (listed only in Maine) in a story that names Ohio is a town of Ohio.
        // A capital or a city of a million is itself: "IN MEDELLIN" under a BOGOTA dateline is Colombia's second city.
        if (home is not null && bestPlace is not null && bestPlace.Admin1Id != home.Id && best.Within is null && !PlaceSupport.IsGreatCity(bestPlace) &&
            (support.RegionIsPlain || support.RegionIsNamed || OutsideOutletsMarket(best, all, support)) && (!best.Alternatives.IsEmpty || bestPlace.Population < KnownCityPopulation))
        {
            // A part of the outlet's town is a guess where the words only name the place ("in Hopkins" in a headline): a
            // town the whole document puts the incident in more surely may still take its place ("at a home in White
            // Plains" in the story). Not where they put the incident there ("the shooting in Liberty City").
            if (support.HomeTown is { } homeTown)
                return (new TownMention(best, homeTown, null) { Locality = best.Name, Basis = support.HomeTownBasis },
                    best.Relation is null ? Math.Max(bestRank, DatelineRank + 1) : bestRank);
            if (bestPlace.Population < KnownCityPopulation) return (new TownMention(best, null, home), bestRank);
        }
        return (new TownMention(best, bestPlace, best.Within), bestRank);
    }

    /// <summary>
    /// "an East Hills apartment building" in a Pittsburgh paper's story that names no region: the outlet's region leads,
    /// if not plainly, and no town of the name lies in the outlet's market (the one in New York is 500 km away), so
    /// the name is a part of the outlet's town. ("Newark" in a New York paper is the town across the state line.) Not a
    /// town whose own police act ("Vicksburg Police Chief" on a Georgia station's site): a town of its own, far away.
    /// </summary>
    private static bool OutsideOutletsMarket(PlaceMention town, ImmutableArray<PlaceMention> all, PlaceSupport support) =>
        support is { HomeTownBasis: LocationBasis.Outlet, HomeTown: { } outletTown } && town.Place is { } place &&
        !all.Any(p => p is { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Agency } && p.Name == town.Name) &&
        (town.Alternatives.IsEmpty ? [place] : town.Alternatives).All(a => GeoPoint.Between(a, outletTown) > PlaceSupport.MarketKilometres);

    private static TownMention Mention(PlaceMention mention, Place place) => new(mention, place, null);

    /// <summary>The sentences of a story's lead, where it says what it reports.</summary>
    private const int LeadSentences = 3;

    /// <summary>Whether a mention stands in the first sentences of the body (a headline's words are read on their own).</summary>
    private static bool InLead(Document doc, PlaceMention p)
    {
        var sentence = doc.SentenceAt(p.Span.Start);
        if (sentence.IsHeadline) return false;
        var firstBody = doc.Sentences.FirstOrDefault(s => !s.IsHeadline).Index;
        return sentence.Index - firstBody < LeadSentences;
    }

    /// <summary>Whether the <paramref name="count"/> tokens from <paramref name="a"/> spell those from <paramref name="b"/>, case aside.</summary>
    private static bool SameWords(Document doc, int a, int b, int count)
    {
        for (var i = 0; i < count; i++)
            if (!doc.FoldedOf(a + i).SequenceEqual(doc.FoldedOf(b + i))) return false;
        return true;
    }

    /// <summary>
    /// "Eureka is a rural, isolated community, just south of Corsicana", "Eureka, a hamlet near Corsicana": the listed
    /// town a sentence puts the village by, where the village's name (read as a place there or not) opens that sentence
    /// or stands before a comma.
    /// </summary>
    private static TownMention? TownBesideVillage(Document doc, ImmutableArray<PlaceMention> places, PlaceMention village, Place? region, PlaceSupport support)
    {
        foreach (var near in places)
        {
            if (near is not { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Near } || support.Fit(near) is not { } town ||
                region is not null && town.Admin1Id != region.Id) continue;
            var sentence = doc.SentenceAt(near.Span.Start);
            var words = village.EndToken - village.FirstToken;
            for (var t = sentence.FirstToken; t + words < near.FirstToken; t++)
                if ((t == sentence.FirstToken || doc.TokenIs(t + words, ",")) && SameWords(doc, t, village.FirstToken, words))
                    return Mention(near, town);
        }
        return null;
    }

    /// <summary>Whether a region or county is the one paired with where someone is from ("of Tulsa, Oklahoma").</summary>
    private static bool OfHomeTown(Document doc, PlaceMention region, List<PlaceMention> places) =>
        places.Exists(p => p is { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Origin } && doc.TokenIs(p.EndToken, ",") && region.FirstToken == p.EndToken + 1);

    /// <summary>
    /// Where the document puts an incident in another town of the dateline's region ("at their home in Rock Falls"
    /// under STERLING, "the 700 block of Sims Avenue in St. Paul" under MINNEAPOLIS): where the report was filed is
    /// then not where it happened.
    /// </summary>
    /// <remarks>
    /// So too where the story places a town by its distance from the dateline's ("at their home near Edgerton, 30 miles
    /// north of Kansas City" under KANSAS CITY): the town is away from where the report was filed.
    /// </remarks>
    /// <returns>The first mention of such a town, or null.</returns>
    private static PlaceMention? SceneElsewhere(Document doc, ImmutableArray<PlaceMention> places, PlaceSupport support, Place dateline) =>
        places.FirstOrDefault(p => p.Kind == PlaceKind.City &&
                                   // "MINNEAPOLIS (WCCO) – ... an alley on the 700 block of Sims Avenue in St. Paul": the town a street address is in.
                                   (p.Relation?.Kind == PlaceRelationKind.Scene || p.Relation is null && AfterAddress(doc, p, places)) &&
                                   support.Fit(p) is { } town && town.Id != dateline.Id && town.Admin1Id == dateline.Admin1Id) ??
        places.Select(p => p is { Relation: { Kind: PlaceRelationKind.Offset } offset } && support.Fit(p)?.Id == dateline.Id ? DescribedTown(doc, offset.Span, places) : null)
            .FirstOrDefault(t => t is { Kind: PlaceKind.City } && support.Fit(t) is { } town && town.Id != dateline.Id);

    /// <summary>
    /// Whether the town the incident's words give is where someone is from ("a Beverly man"), in the dateline's region,
    /// while the story names the dateline's town nowhere but in the dateline (or a paper's name): the report was filed
    /// there, most often at a court, and says nothing more of it.
    /// </summary>
    /// <returns>The home town, or null.</returns>
    private static Place? FiledOnlyAt(Document doc, ImmutableArray<PlaceMention> places, PlaceSupport support, Place dateline, PlaceMention home) =>
        home.Relation?.Kind == PlaceRelationKind.Origin && support.Fit(home) is { } town && town.Id != dateline.Id && town.Admin1Id == dateline.Admin1Id &&
        !places.Any(p => p.Kind == PlaceKind.City && !InDateline(doc, p) && p.Relation?.Kind != PlaceRelationKind.Masthead && support.Fit(p)?.Id == dateline.Id)
            ? town : null;

    /// <summary>
    /// "NEW YORK —" over a shooting "in the Bronx": where the town is a great city made of parts that reports name as
    /// towns (New York's boroughs), the part the document names most surely, and most often, is the town.
    /// </summary>
    private TownMention? AsNamedPartOfGreatCity(TownMention? town, ImmutableArray<PlaceMention> places, PlaceSupport support)
    {
        // A name read as a part of the home town ("St. John" in a New York paper's story) yields to a part the city is made of.
        if (town is not { Place: { } city } || town.Locality is not null && town.Basis == LocationBasis.Text ||
            city.PartOf is not null || gazetteer.GreatCityOf(city) is not null) return town;
        var parts = new Dictionary<string, (int Count, PlaceMention First, Place Place)>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            if (p is not { Kind: PlaceKind.City, IsDemonym: false } || p.Evidence < PlaceEvidence.Normal ||
                p.Relation?.Kind is PlaceRelationKind.Offset or PlaceRelationKind.Destination or PlaceRelationKind.Alibi or PlaceRelationKind.Origin or PlaceRelationKind.Locality or
                    PlaceRelationKind.Around or PlaceRelationKind.Masthead) continue;
            if (support.Fit(p) is not { } place || gazetteer.GreatCityOf(place) != city.Id) continue;
            var part = (place.PartOf ?? place).Id;
            parts[part] = parts.TryGetValue(part, out var seen) ? (seen.Count + 1, seen.First, seen.Place) : (1, p, place);
        }
        if (parts.Count == 0) return town;
        var best = parts.Values.OrderByDescending(v => v.Count).ThenBy(v => v.First.Span).First();
        return new TownMention(best.First, best.Place, null);
    }

    /// <summary>The town, or the larger city whose police act where the town is one of its parts (<see cref="AgencyTownAbove"/>).</summary>
    private static TownMention? AsPartOfAgencyTown(TownMention? town, ImmutableArray<PlaceMention> places, PlaceSupport support) =>
        town is { Place: { } small, Mention: { Within: null } words, Locality: null } && small == words.Place && AgencyTownAbove(places, support, small) is { } agencyTown
            ? new TownMention(words, agencyTown, null) { Locality = words.Name }
            : town;

    /// <summary>
    /// "shot in Roxbury ... Boston police said", "in Madisonville, Cincinnati police said": a small town's name, with no
    /// region beside it, in a story where the police of a larger city of another region act, is a part of that city (a
    /// city's police do not work across a state line); the gazetteer lists the part only as a village elsewhere.
    /// In the city's own region, only a place inside the city's reach whose own police do not act ("four shot in
    /// Broad Ripple ... Indianapolis Metro Police arrested", where the gazetteer lists Broad Ripple as a town of its own);
    /// a suburb's police are its own, and a neighbour's may help.
    /// </summary>
    private static Place? AgencyTownAbove(ImmutableArray<PlaceMention> places, PlaceSupport support, Place town)
    {
        if (town.Kind != PlaceKind.City || town.Population >= KnownCityPopulation || town.PartOf is not null) return null;
        Place? found = null;
        foreach (var p in places)
        {
            if (p is not { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Agency, Place: not null } || support.Fit(p) is not { } agency) continue;
            if (agency == town) return null;
            if (agency.Admin1Id == town.Admin1Id && (agency.Population < KnownCityPopulation ||
                                                     GeoPoint.Between(agency, town) is var km && km > CityReach(agency) && km < AgencyRange)) return null;
            if (agency.Population > town.Population && agency.CountryCode == town.CountryCode) found ??= agency;
        }
        return found;
    }

    /// <summary>
    /// Beyond this a city's police do not work: "the Bridgeport shooting ... Chicago police said" is Chicago's Bridgeport,
    /// not the village of that name 350 km away.
    /// </summary>
    private const double AgencyRange = 100;

    /// <summary>
    /// How far from its point a city's parts lie, growing with the root of its people: about 26 km for Chicago, 15 for
    /// Indianapolis, 10 for Miami, 7 for Modesto.
    /// </summary>
    private static double CityReach(Place city) => 5 * Math.Sqrt(city.Population / 100_000.0);

    /// <summary>The first mention of a place inside <paramref name="area"/> (a region or a country).</summary>
    private static PlaceMention? FirstInside(ImmutableArray<PlaceMention> places, Place area) =>
        places.FirstOrDefault(p => p.Place is { } place && place.CountryCode == area.CountryCode &&
                                   (area.Kind != PlaceKind.Admin1 || place.Admin1Id == area.Id));

    /// <summary>
    /// The dateline's town, read where the document is. A town the gazetteer does not list stands in the region the
    /// dateline names ("Killingly, Conn."), or else in the one the document is about ("KILLINGLY (AP) —
    /// Connecticut State Police say ...").
    /// </summary>
    private static TownMention? DatelineTown(Document doc, ImmutableArray<PlaceMention> places, PlaceSupport support, Place? home)
    {
        foreach (var p in places)
        {
            // "WEST PRICE HILL, Ohio" from a Cincinnati station: a side of the report's own town, in the region the
            // dateline gives.
            if (p is { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Locality } && InDateline(doc, p))
            {
                if (support.HomeTown is { } homeTown && (p.Within is null || p.Within.Id == homeTown.Admin1Id))
                    return new TownMention(p, homeTown, null) { Locality = p.Relation.Part, Basis = LocationBasis.Dateline };
                continue;
            }
            // "LOWER EAST SIDE —" on a city site of an outlet of several cities: a name the gazetteer lacks, in no region
            // but the city's own, over a great city's report is one of the city's neighbourhoods ("FORT RILEY" over a
            // Topeka station's report is a place of its own).
            if (p is { Kind: PlaceKind.City, Place: null } && InDateline(doc, p) && support.HomeTown is { } bigTown && PlaceSupport.IsGreatCity(bigTown) &&
                (p.Within is null || p.Within.Id == bigTown.Admin1Id))
                return new TownMention(p, bigTown, null) { Locality = p.Name, Basis = LocationBasis.Dateline };
            if (p.Kind == PlaceKind.City && InDateline(doc, p) && (p.Place is null ? (p.Within ?? home) is not null : support.Fit(p) is not null))
                return new TownMention(p, p.Place is null ? null : support.Fit(p), p.Place is null ? p.Within ?? home : p.Within) { Basis = LocationBasis.Dateline };
        }
        return null;
    }

    /// <summary>
    /// "TRUJILLO, 9 OCT 89 -- TODAY IN THE CITY OF TRUJILLO THE FOREIGN MINISTERS ...": the dateline's town named again in
    /// the story as a place things happen in is where the story is, however often it names other countries, where the
    /// incident's own words name no country ("a car bomb exploded 500 meters from the meeting site").
    /// </summary>
    private static bool NamedAgain(Document doc, ImmutableArray<PlaceMention> all, PlaceMention dateline) =>
        all.Any(p => p is { Kind: PlaceKind.City, IsDemonym: false } && !InDateline(doc, p) &&
                     p.Relation?.Kind is not (PlaceRelationKind.Origin or PlaceRelationKind.Destination or PlaceRelationKind.Offset) &&
                     string.Equals(p.Name, dateline.Name, StringComparison.OrdinalIgnoreCase));

    private static PlaceMention InHomeRegion(PlaceMention p, Place region) => NeedsRegion(p) ? p with { Within = region } : p;

    /// <summary>A town the gazetteer does not list, of no region the words name (not a guess: <see cref="IsGuessedTown"/>).</summary>
    private static bool NeedsRegion(PlaceMention p) => p is { Kind: PlaceKind.City, Place: null, Within: null } && !IsGuessedTown(p);

    /// <summary>"in Waitsfield": an unread name after "in" that may be a village the gazetteer lacks (<see cref="UnlistedTownReader"/>).</summary>
    private static bool IsGuessedTown(PlaceMention p) => p is { Kind: PlaceKind.City, Place: null, Within: null, Evidence: PlaceEvidence.Doubtful };

    /// <summary>Whether the incident's words or sentences name a village the gazetteer lacks (<see cref="IsGuessedTown"/>).</summary>
    private static bool NamesGuessedTown(Document doc, ImmutableArray<PlaceMention> places, List<PlaceMention> attached, HashSet<int> sentences) =>
        attached.Exists(IsGuessedTown) || places.Any(p => IsGuessedTown(p) && sentences.Contains(doc.SentenceAt(p.Span.Start).Index));

    /// <summary>
    /// "while hunting in Waitsfield" in a story that names no town the gazetteer lists: the name is the town, in the
    /// region the story or its county is in (<paramref name="home"/>), the one in the incident's own sentences first.
    /// </summary>
    private static TownMention? GuessedTown(Document doc, ImmutableArray<PlaceMention> places, List<PlaceMention> attached, HashSet<int> sentences, Place home)
    {
        var guess = attached.FirstOrDefault(IsGuessedTown) ??
                    places.FirstOrDefault(p => IsGuessedTown(p) && sentences.Contains(doc.SentenceAt(p.Span.Start).Index)) ??
                    places.FirstOrDefault(IsGuessedTown);
        return guess is null ? null : new TownMention(guess, null, home);
    }

    /// <summary>
    /// The town a facility's name gives inside <paramref name="county"/> ("Riverdale High School" in Clayton County:
    /// Georgia's Riverdale, of the many), the first facility whose name fits one town of the county; null when none does.
    /// </summary>
    private static TownMention? FacilityTownIn(ImmutableArray<PlaceMention> places, Place county)
    {
        foreach (var p in places)
        {
            if (p.Kind != PlaceKind.Facility) continue;
            Place? inside = null;
            var several = false;
            foreach (var t in p.Alternatives.IsEmpty && p.Place is { } own ? [own] : p.Alternatives)
                if (t is { Kind: PlaceKind.City } && t.Admin2Id == county.Id)
                {
                    several |= inside is not null && inside != t;
                    inside ??= t;
                }
            if (inside is not null && !several) return new TownMention(p, inside, null);
        }
        return null;
    }

    private Place? HomeRegion(PlaceSupport support) => support.Region is { } id ? gazetteer.Regions.GetValueOrDefault(id) : null;

    /// <summary>
    /// The town the document is about, when the incident's own words name none: named most often in the region and
    /// country known so far; a mention in the incident's sentences or in the dateline counts one more.
    /// </summary>
    /// <param name="villages">Whether a small namesake elsewhere may be read as a village of the story's region (<see cref="VillageOfStoryRegion"/>).</param>
    private TownMention? TownOfDocument(Document doc, ImmutableArray<PlaceMention> places, HashSet<int> sentences,
        Place? county, Place? region, Place? country, PlaceSupport support, bool villages) =>
        TownOfDocument(doc, places, sentences, county, region, country, support, villages, out _);

    /// <param name="scores">Each town's score, by GeoNames id (an unlisted town by "?" and its name).</param>
    private TownMention? TownOfDocument(Document doc, ImmutableArray<PlaceMention> places, HashSet<int> sentences,
        Place? county, Place? region, Place? country, PlaceSupport support, bool villages, out Dictionary<string, (int Score, PlaceMention First, Place? Place)> scores)
    {
        scores = new Dictionary<string, (int Score, PlaceMention First, Place? Place)>(StringComparer.Ordinal);
        var storyRegion = !villages ? null : region ?? (county?.Admin1Id is { } countyRegion ? gazetteer.Regions.GetValueOrDefault(countyRegion) : null);
        foreach (var named in places)
        {
            var p = named;
            // "shot outside an Evansville bar": a facility named for its town puts the incident there, where the
            // incident's own sentences name it ("a student at Horn Lake High School" elsewhere says only who).
            var namesTown = p is { Kind: PlaceKind.Facility, Place.Kind: PlaceKind.City } && IsScene(doc, p) &&
                            sentences.Contains(doc.SentenceAt(p.Span.Start).Index);
            if (p.Kind != PlaceKind.City && !namesTown || p.IsDemonym ||
                p.Relation?.Kind is PlaceRelationKind.Offset or PlaceRelationKind.Destination or PlaceRelationKind.Alibi or PlaceRelationKind.Locality) continue;
            var place = support.Fit(p, (Place?)county ?? region);
            if (place is not null && storyRegion is not null && VillageOfStoryRegion(doc, p, place, storyRegion))
                (p, place) = (p with { Place = null, Alternatives = [], Within = storyRegion }, null);
            // A town the gazetteer does not list may lie in any county of its region, and in the county named when
            // nothing names its region ("in Monroe Township" in a story of "Gloucester County").
            if (place is null && p.Within is null && county is null) continue;
            if (county is not null && (place is null ? p.Within is { } within && within.Id != county.Admin1Id : place.Admin2Id != county.Id)) continue;
            var regionId = place?.Admin1Id ?? (p.Within?.Kind == PlaceKind.Admin1 ? p.Within.Id : null);
            if (region is not null && regionId != region.Id) continue;
            if (country is not null && (place?.CountryCode ?? p.Within?.CountryCode) != country.CountryCode) continue;
            var key = place?.Id ?? "?" + p.Name;
            // Where people (and papers) are from counts less than where things happen; a town whose police act or that the incident
            // is put in ("Acworth Police Chief", "the Chelsea shooting") more, and so does a sure one.
            // "the 200 block of Oak Shore Drive, Manvel": the town of a street address, put as surely as "in" it.
            var afterAddress = p.Relation is null && doc.TokenIs(p.FirstToken - 1, ",") && AfterAddress(doc, p, places);
            var score = namesTown || afterAddress ? 4 : p.Relation?.Kind switch
            {
                PlaceRelationKind.Origin or PlaceRelationKind.Around or PlaceRelationKind.Masthead => 1,
                PlaceRelationKind.Agency or PlaceRelationKind.Scene => 4,
                _ => p.Evidence switch
                {
                    PlaceEvidence.Strong => 3,
                    PlaceEvidence.Normal => 2,
                    _ => 1,
                },
            } + (InDateline(doc, p) || sentences.Contains(doc.SentenceAt(p.Span.Start).Index) ? 1 : 0);
            scores[key] = scores.TryGetValue(key, out var seen) ? (seen.Score + score, seen.First, seen.Place) : (score, p, place);
        }
        if (scores.Count == 0) return null;
        // "Kyle Carney of Killingly" in a story the document puts in Connecticut: a town of the home region before one
        // elsewhere that only shares a name with a person or a word ("Carney", Maryland; "Paul", Idaho).
        var best = scores.Values.OrderByDescending(v => support.Region is { } home && RegionOf(v.Place, v.First) != home ? v.Score / 2.0 : v.Score)
            .ThenBy(v => v.First.Span).First();
        return new TownMention(best.First, best.Place, best.First.Within);
    }

    /// <summary>The most words a heading may add to its town's name: "POLICE", "SHERIFF'S OFFICE", "POLICE DEPARTMENT".</summary>
    private const int HeadingAgencyTokens = 4;

    /// <summary>
    /// "ALBANY POLICE ... LEBANON POLICE ... SWEET HOME POLICE": a police log whose sections are headed by the towns whose
    /// officers report them; an entry is in the town of the heading above it, whatever towns the entries before it name.
    /// Only where the log heads sections with two towns or more, and the incident's words name no town of their own.
    /// </summary>
    private static PlaceMention? BlotterHeading(Document doc, ImmutableArray<PlaceMention> places, PlaceSupport support, int firstSentence)
    {
        PlaceMention? above = null;
        var towns = new HashSet<Place>();
        foreach (var p in places)
        {
            if (p is not { Kind: PlaceKind.City, Relation.Kind: PlaceRelationKind.Agency } || support.Fit(p) is not { } town) continue;
            var sentence = doc.SentenceAt(p.Span.Start);
            if (sentence.FirstToken != p.FirstToken || sentence.EndToken - p.EndToken > HeadingAgencyTokens) continue;
            towns.Add(town);
            if (sentence.Index < firstSentence) above = p;
        }
        return towns.Count >= 2 ? above : null;
    }

    /// <summary>A town named bare in the headline that the body names, and only as where someone is from or was taken.</summary>
    private static bool HeadlineEchoesRelation(Document doc, PlaceMention town, ImmutableArray<PlaceMention> all)
    {
        if (town is not { Kind: PlaceKind.City, Relation: null, Place: not null } || !doc.SentenceAt(town.Span.Start).IsHeadline) return false;
        var inBody = false;
        foreach (var m in all)
        {
            if (m.Place != town.Place || doc.SentenceAt(m.Span.Start).IsHeadline) continue;
            if (m.Relation?.Kind is not (PlaceRelationKind.Origin or PlaceRelationKind.Destination)) return false;
            inBody = true;
        }
        return inBody;
    }

    /// <summary>"the 200 block of Oak Shore Drive, Manvel", "the 700 block of Sims Avenue in St. Paul": the town a street address is in.</summary>
    private static bool AfterAddress(Document doc, PlaceMention town, IEnumerable<PlaceMention> places) =>
        (doc.TokenIs(town.FirstToken - 1, ",") || doc.TokenIs(town.FirstToken - 1, "in")) &&
        places.Any(a => a.Kind == PlaceKind.Address && a.EndToken == town.FirstToken - 1);

    /// <summary>
    /// "outside a home in Ivanhoe" in a story of Tyler County, Texas, where the gazetteer lists Ivanhoe only in
    /// California: the words make it the town where things happen, and a small namesake in another region is not it; a
    /// village the gazetteer lacks, in the region the story's county or region is in. Not a name paired with its own
    /// region ("Ivanhoe, Calif."), the dateline's, where someone is from, nor a city of some size.
    /// </summary>
    private static bool VillageOfStoryRegion(Document doc, PlaceMention p, Place place, Place storyRegion) =>
        !doc.IsUpperCase && p is { Kind: PlaceKind.City, Within: null, IsDemonym: false } &&
        p.Evidence == PlaceEvidence.Strong && p.Relation?.Kind is null or PlaceRelationKind.Scene &&
        place.Kind == PlaceKind.City && place.Admin1Id != storyRegion.Id && place.Population < KnownCityPopulation &&
        !PlaceSupport.IsGreatCity(place) && !InDateline(doc, p);

    private static string? RegionOf(Place? place, PlaceMention mention) =>
        place?.Admin1Id ?? (mention.Within?.Kind == PlaceKind.Admin1 ? mention.Within.Id : null);

    /// <summary>The region or country of <paramref name="kind"/> the document names most (the dateline's too), first named on ties.</summary>
    /// <param name="support">Where given, a mention counts only as the place it fits in the document (no "Michael", Isle of Man).</param>
    private static PlaceMention? Most(ImmutableArray<PlaceMention> places, PlaceKind kind, Func<Place, bool> fits, PlaceSupport? support = null, bool demonyms = true)
    {
        var scores = new Dictionary<string, (int Score, PlaceMention First)>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            if (p.Kind != kind || p.Place is not { } place || !fits(place) || p.Relation?.Kind is PlaceRelationKind.Offset || p.IsDemonym && !demonyms) continue;
            if (support is not null && support.Fit(p) is null) continue;
            var score = p.IsDemonym ? 1 : 2;
            scores[place.Id] = scores.TryGetValue(place.Id, out var s) ? (s.Score + score, s.First) : (score, p);
        }
        return scores.Count == 0 ? null : scores.Values.OrderByDescending(s => s.Score).ThenBy(s => s.First.Span).First().First;
    }

    /// <summary>"110 km east of the capital" in the incident's sentences: an offset from a place no gazetteer name gives.</summary>
    private TextSpan? UnnamedOffset(Document doc, DocumentIncident incident, ImmutableArray<PlaceMention> places)
    {
        foreach (var sentence in incident.Mentions.Select(m => m.Sentence).Distinct())
            if (relations.FindUnnamedOffset(doc, doc.Sentences[sentence]) is { } span && !DescribesTown(doc, span, places))
                return span;
        return null;
    }

    /// <summary>
    /// Whether a facility near the event words is where it happened: not one someone was taken to ("rushed to the
    /// hospital"), and a hospital or jail only when the words say the incident was at it ("outside the jail",
    /// "an attack on the hospital"): otherwise it is where the wounded or the suspects went.
    /// </summary>
    private static bool IsScene(Document doc, PlaceMention facility)
    {
        // "taken to a hospital", "a student at Everett Community College": where someone went or goes, not the scene.
        if (facility.Relation?.Kind is PlaceRelationKind.Destination or PlaceRelationKind.Origin) return false;
        if (facility.FacilityType is not ("hospital" or "prison")) return true;
        var k = facility.FirstToken - 1;
        if (k >= 0 && doc.Tokens[k].IsWord && doc.FoldedOf(k) is "a" or "an" or "the" or "local" or "nearby" or "area") k--;
        return k >= 0 && doc.FoldedOf(k) is "on" or "outside" or "inside" or "near" or "stormed" or "attacked" or "raided";
    }

    /// <summary>"police compound" and "police office", "mosque" and "Police Lines mosque": facility kinds that share a word.</summary>
    private static bool SameKind(PlaceMention a, PlaceMention b)
    {
        if (a.FacilityType is not { } x || b.FacilityType is not { } y) return false;
        var words = x.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return y.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => words.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>Words of approximation between a town's comma and a distance: "Roseburg, about 180 miles south of Portland".</summary>
    private static readonly string[] Approximately = ["about", "some", "roughly", "approximately", "nearly", "around", "just", "only"];

    /// <summary>
    /// Whether an offset stands in apposition to a town named just before it ("Roseburg, about 180 miles south of
    /// Portland", "Buckner, 3 miles east of Stamps", "Aspen Hill, Md., 8 miles from the mall"): it places that town,
    /// which is then the incident's.
    /// </summary>
    private static bool DescribesTown(Document doc, TextSpan offset, ImmutableArray<PlaceMention> places) => DescribedTown(doc, offset, places) is not null;

    /// <summary>The town or county an offset stands in apposition to (<see cref="DescribesTown"/>); null when none.</summary>
    private static PlaceMention? DescribedTown(Document doc, TextSpan offset, ImmutableArray<PlaceMention> places)
    {
        var k = doc.TokenAt(offset.Start) - 1;
        while (k >= 0 && doc.Tokens[k].IsWord && Approximately.Any(w => doc.TokenIs(k, w))) k--;
        if (k < 1 || !doc.TokenIs(k, ",")) return null;
        var before = k - 1;
        // "Aspen Hill, Maryland, about 8 miles northeast of the mall": the town before its region's name.
        if (places.FirstOrDefault(p => p.EndToken - 1 == before && p.Kind == PlaceKind.Admin1) is { } region && doc.TokenIs(region.FirstToken - 1, ","))
            before = region.FirstToken - 2;
        return places.FirstOrDefault(p => p.EndToken - 1 == before && p.Kind is PlaceKind.City or PlaceKind.Admin2 && p.Relation?.Kind is null or PlaceRelationKind.Near);
    }

    private static bool InDateline(Document doc, PlaceMention place) => doc.Dateline is { } d && d.Span.Overlaps(place.Span);

    /// <summary>
    /// The town chosen, with the mention that names it (none for the outlet's town in a story naming no place) and the
    /// region it stands in when the gazetteer does not list it.
    /// </summary>
    private sealed record TownMention(PlaceMention? Mention, Place? Place, Place? Within)
    {
        /// <summary>How the town was read.</summary>
        public LocationBasis Basis { get; init; } = LocationBasis.Text;

        /// <summary>The words cited for a town no mention names: the incident's event words.</summary>
        public TextSpan? Cited { get; init; }

        /// <summary>The part of the town the text names ("Austin" in Chicago), when the mention is that part.</summary>
        public string? Locality { get; init; }
    }
}
