using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Recognizers.Places;

namespace Sitrep.Incidents;

/// <summary>
/// What the clusterer compares of one document's incident: when, where, what kind, by and
/// against whom, how many, the people named as victims, and the words of the sentences that
/// speak of it (as hashed terms with counts, sorted by term).
/// </summary>
/// <param name="Key">Stable order of profiles: document id, then the position of the first event mention.</param>
/// <param name="Day">First and last day (day numbers) when the date is resolved.</param>
/// <param name="Weekday">The weekday when only the weekday is known.</param>
/// <param name="Window">When no day is known but the document's publication date is: the days before it in which
/// the incident it reports must have happened (news reports what just happened).</param>
/// <param name="Place">"PK|Sindh|Karachi": country, region and city as far as known, or null.</param>
/// <param name="Facility">The facility's name, folded ("karachi police office"), when the text names one.</param>
/// <param name="Point">The place's coordinates: neighbouring towns ("Hialeah", "Miami") are not another place.</param>
/// <param name="Names">Folded names of the people killed or hurt.</param>
public sealed record IncidentProfile(
    string Key,
    string DocumentId,
    IncidentRole Role,
    DayRange? Day,
    DayOfWeek? Weekday,
    DayRange? Window,
    string? CountryCode,
    string? Place,
    string? Facility,
    GeoPoint? Point,
    ImmutableHashSet<string> AttackTypes,
    ImmutableHashSet<string> Perpetrators,
    ImmutableHashSet<string> TargetTypes,
    long? Killed,
    long? Wounded,
    ImmutableHashSet<string> Names,
    ImmutableArray<TermCount> Terms);

/// <summary>Days as day numbers (<see cref="DateOnly.DayNumber"/>), first and last included.</summary>
public readonly record struct DayRange(int First, int Last);

public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Earth's mean radius.</summary>
    public const double EarthKilometres = 6371;

    /// <summary>The great-circle distance to <paramref name="other"/> (haversine).</summary>
    public double KilometresTo(GeoPoint other)
    {
        var dLat = (other.Latitude - Latitude) * Math.PI / 180;
        var dLon = (other.Longitude - Longitude) * Math.PI / 180;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(Latitude * Math.PI / 180) * Math.Cos(other.Latitude * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthKilometres * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>The great-circle distance between two gazetteer places' points.</summary>
    public static double Between(Place a, Place b) => new GeoPoint(a.Latitude, a.Longitude).KilometresTo(new GeoPoint(b.Latitude, b.Longitude));
}

/// <summary>A hashed word and how often it stands in the text.</summary>
public readonly record struct TermCount(uint Term, int Count);
