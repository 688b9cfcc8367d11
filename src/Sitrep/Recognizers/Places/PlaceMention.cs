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
}

/// <summary>A gazetteer entry: a named place with coordinates.</summary>
/// <param name="Id">Stable id (e.g. a GeoNames id, or "PK" / "PK-SD" for countries and regions).</param>
/// <param name="Admin1">The first-level region's name, for cities.</param>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    string CountryCode,
    string Country,
    string? Admin1,
    double Latitude,
    double Longitude,
    long Population);

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

    public int FirstToken { get; init; }

    public int EndToken { get; init; }
}
