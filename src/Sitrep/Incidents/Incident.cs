using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Recognizers.Numbers;
using Sitrep.Recognizers.Time;

namespace Sitrep.Incidents;

/// <summary>Where a value comes from: a document and a span of its cleaned text.</summary>
public sealed record Evidence(string Document, TextSpan Span, string Text);

/// <summary>
/// A count with its qualifier and bounds: "at least 4" is (4, AtLeast, low 4, high null);
/// "more than 80" is (80, MoreThan, low 81).
/// </summary>
public sealed record Figure(long Value, Qualifier Qualifier, long? Low, long? High, ImmutableArray<Evidence> Evidence)
{
    /// <summary>A figure from a count as written; a range ("two to three") is about its low end, bounded both ways.</summary>
    public static Figure Of(long value, Qualifier qualifier, long? high, ImmutableArray<Evidence> evidence) => qualifier switch
    {
        Qualifier.Exact when high is { } h && h != value => new(value, Qualifier.About, value, h, evidence),
        Qualifier.Exact => new(value, qualifier, value, value, evidence),
        Qualifier.AtLeast => new(value, qualifier, value, high, evidence),
        Qualifier.MoreThan => new(value, qualifier, value + 1, high, evidence),
        Qualifier.AtMost => new(value, qualifier, null, value, evidence),
        _ => new(value, qualifier, null, high, evidence),
    };

    /// <summary>How the figure was made when it is not one statement's count: "4 victims + 3 attackers".</summary>
    public string? Basis { get; init; }

    /// <summary>True when the figure is only a lower bound ("at least", "more than").</summary>
    public bool IsLowerBound => Qualifier is Qualifier.AtLeast or Qualifier.MoreThan;
}

public sealed record CasualtyFigures(
    Figure? Killed,
    Figure? KilledVictims,
    Figure? KilledPerpetrators,
    Figure? Wounded,
    Figure? WoundedVictims,
    Figure? WoundedPerpetrators)
{
    public static CasualtyFigures None { get; } = new(null, null, null, null, null, null);
}

public sealed record IncidentEventType(
    ImmutableArray<string> GtdAttackTypes,
    string AcledEventType,
    string AcledSubEventType,
    ImmutableArray<Evidence> Evidence);

public sealed record IncidentDate(
    DateOnly? Start,
    DateOnly? End,
    DatePrecision Precision,
    DayOfWeek? Weekday,
    string? Time,
    string? Text,
    ImmutableArray<Evidence> Evidence)
{
    public static IncidentDate Unknown { get; } = new(null, null, DatePrecision.Unknown, null, null, null, []);
}

public enum LocationPrecision
{
    Unknown,
    Country,
    Admin1,
    /// <summary>A county or district ("Polk County"): its towns' mean point.</summary>
    Admin2,
    City,
    Facility,
}

public sealed record IncidentLocation(
    string? Name,
    string? Facility,
    string? City,
    string? Admin1,
    string? Country,
    string? CountryCode,
    double? Latitude,
    double? Longitude,
    LocationPrecision Precision,
    ImmutableArray<Evidence> Evidence)
{
    public static IncidentLocation Unknown { get; } = new(null, null, null, null, null, null, null, null, LocationPrecision.Unknown, []);

    /// <summary>The county or district ("Polk County") where the text or the gazetteer gives one.</summary>
    public string? Admin2 { get; init; }

    /// <summary>How the town was read: from the words, the dateline, or the outlet's home; null where no town is given.</summary>
    public LocationBasis? Basis { get; init; }
}

/// <summary>Where a location's town comes from.</summary>
public enum LocationBasis
{
    /// <summary>The report's words name the town ("shot in Hayward", "Hayward police").</summary>
    Text,
    /// <summary>The dateline's town ("HAYWARD, Calif. —"): the words name none surer.</summary>
    Dateline,
    /// <summary>
    /// The outlet's home town (its address, site name or <c>outlets.tsv</c>): the words name no town, and a local
    /// outlet's story about no other town is about its own. The evidence is the incident's words, not the town's name.
    /// </summary>
    Outlet,
    /// <summary>
    /// The seat of the county the words name ("a man was shot in Navarro County": Corsicana): the words name no town,
    /// and a county's incidents are filed under its seat, as analysts file them. The evidence is the county's name.
    /// </summary>
    CountySeat,
}

public enum PerpetratorConfidence
{
    Unknown,
    Suspected,
    Claimed,
}

public sealed record Perpetrator(string Name, ImmutableArray<string> Aliases, bool Claimed, PerpetratorConfidence Confidence, ImmutableArray<Evidence> Evidence)
{
    public const string UnknownName = "Unknown";
}

public sealed record Target(string Type, string? Name, ImmutableArray<Evidence> Evidence);

public sealed record Weapon(string Type, string? Subtype, ImmutableArray<Evidence> Evidence);

public sealed record Quote(string? Speaker, string? Role, string Text, string Document, Evidence Evidence);

public sealed record ConflictValue(string Value, string Document, string Text, Evidence Evidence);

/// <summary>Sources that disagree on a field, what Sitrep settled on, and why.</summary>
public sealed record Conflict(string Field, ImmutableArray<ConflictValue> Values, string Resolution, string Explanation);

/// <summary>One figure as one document gave it, for the record of how figures moved over time.</summary>
public sealed record HistoryEntry(string Field, string Value, string Document, PublicationDate? Published);

/// <summary>An incident record: one value per field, each with its evidence.</summary>
/// <param name="Documents">The documents that report the incident (for a background incident, those that mention it).</param>
public sealed record Incident(
    string Id,
    IncidentRole Role,
    string Title,
    IncidentEventType EventType,
    IncidentDate Date,
    IncidentLocation Location,
    ImmutableArray<Perpetrator> Perpetrators,
    ImmutableArray<Target> Targets,
    ImmutableArray<Weapon> Weapons,
    CasualtyFigures Casualties,
    ImmutableArray<Quote> Quotes,
    ImmutableArray<string> Documents,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<HistoryEntry> History,
    ImmutableArray<string> Related)
{
    /// <summary>Documents that only mention the incident, in passing, while reporting another.</summary>
    public ImmutableArray<string> MentionedIn { get; init; } = [];

    /// <summary>Documents that are copies of another document of the incident (syndicated wire stories).</summary>
    public ImmutableArray<string> Copies { get; init; } = [];
}
