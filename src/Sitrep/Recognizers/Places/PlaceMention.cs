using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Recognizers.Places;

public enum PlaceKind
{
    Country,
    /// <summary>First-level region: province, state, department.</summary>
    Admin1,
    City,
    /// <summary>A building or site: "Karachi Police Office", "police headquarters", "mosque", "airport".</summary>
    Facility,
    /// <summary>Second-level region named with its type word: county, parish, district ("Polk County").</summary>
    Admin2,
    /// <summary>A street address: "the 2600 block of East 79th Street", "345 Burning Tree Dr".</summary>
    Address,
}

/// <summary>A gazetteer entry: a named place with coordinates.</summary>
/// <param name="Id">Stable id (a GeoNames id for cities, "US-ZIP-34141" for a US postal town; "PK", "PK-05", "US-FL-105" for countries, regions, counties).</param>
/// <param name="Admin1">The first-level region's name, for cities (and a region's own name, for regions).</param>
/// <param name="Population">Inhabitants, for cities; 0 where the gazetteer does not say (countries, regions).</param>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    string CountryCode,
    string Country,
    string? Admin1,
    double Latitude,
    double Longitude,
    long Population)
{
    /// <summary>The first-level region's id ("PK-SD"), for cities and regions; null where the gazetteer does not know it.</summary>
    public string? Admin1Id { get; init; }

    /// <summary>The county or district's name ("Polk County"), for cities and counties the gazetteer places in one.</summary>
    public string? Admin2 { get; init; }

    /// <summary>The county or district's id ("US-FL-105"), with <see cref="Admin2"/>.</summary>
    public string? Admin2Id { get; init; }

    /// <summary>For a part of a city (GeoNames PPLX: "Englewood" in Chicago), the city's GeoNames id.</summary>
    public string? PartOfId { get; init; }

    /// <summary>For a part of a city, the city it belongs to.</summary>
    public Place? PartOf { get; init; }

    /// <summary>GeoNames feature code for cities ("PPLC" capital, "PPLA" regional seat, "PPLX" part of a city; "POST", Sitrep's own, a US postal town).</summary>
    public string? Feature { get; init; }

    /// <summary>
    /// A post office's town GeoNames lists no populated place for ("Ochopee", "Fort Riley"): its population is unknown,
    /// and its name is often also a city's part or a river's, so it is read only near what the story names.
    /// </summary>
    public bool IsPostalTown => Feature == PostalTownFeature;

    /// <summary>The feature code the gazetteer build gives US postal towns.</summary>
    public const string PostalTownFeature = "POST";
}

/// <summary>
/// A place named in the text. Countries, regions and cities carry their gazetteer entry; a
/// facility carries its kind ("police station", "mosque") and, when named with a city
/// ("Karachi Police Office"), that city.
/// </summary>
public sealed record PlaceMention(TextSpan Span, PlaceKind Kind, string Name)
{
    public Place? Place { get; init; }

    /// <summary>For facilities: the normalised facility type ("police station", "mosque", "airport").</summary>
    public string? FacilityType { get; init; }

    /// <summary>True for "Pakistani", "Afghan": a country named by its adjective, which says less about where.</summary>
    public bool IsDemonym { get; init; }

    /// <summary>
    /// The region or country the text puts this place in ("Hermitage, Tenn." → Tennessee; "KARACHI, Pakistan" →
    /// Pakistan). Set also when <see cref="Place"/> is null: a town the gazetteer does not list, in a known region.
    /// </summary>
    public Place? Within { get; init; }

    public int FirstToken { get; init; }

    public int EndToken { get; init; }

    /// <summary>
    /// Every place the name could stand for here, when there were several ("Paris": in France, Texas, Tennessee, ...):
    /// a later stage that knows more (the incident's region) may choose again. Empty when the name had one reading.
    /// For a facility named after a town ("Riverdale High School"), every town its name may be, one or several, also
    /// where the document made none of them sure (<see cref="Place"/> null).
    /// </summary>
    public ImmutableArray<Place> Alternatives { get; init; } = [];

    /// <summary>How sure the words around made the name a place: Strong after "in", in the dateline, in "Town, State".</summary>
    public PlaceEvidence Evidence { get; init; } = PlaceEvidence.Normal;

    /// <summary>How the words before the name relate an incident to it ("110 km east of", "near", "rushed to"); null for a plain mention.</summary>
    public PlaceRelation? Relation { get; init; }
}
