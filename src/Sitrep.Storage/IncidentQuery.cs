namespace Sitrep.Storage;

/// <summary>A bounding box in degrees, GeoJSON order: west, south, east, north. West greater than east crosses the antimeridian.</summary>
public sealed record BoundingBox(double West, double South, double East, double North)
{
    /// <summary>Reads "west,south,east,north".</summary>
    public static bool TryParse(string? text, out BoundingBox? box)
    {
        box = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Split(',');
        if (parts.Length != 4) return false;
        var values = new double[4];
        for (var k = 0; k < 4; k++)
            if (!double.TryParse(parts[k].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out values[k]) || !double.IsFinite(values[k]))
                return false;
        if (values[0] is < -180 or > 180 || values[2] is < -180 or > 180 || values[1] is < -90 or > 90 || values[3] is < -90 or > 90 || values[1] > values[3]) return false;
        box = new BoundingBox(values[0], values[1], values[2], values[3]);
        return true;
    }
}

/// <summary>
/// What to list: every given filter must hold. <see cref="Text"/> is full-text (every word, as a
/// word or a word's start); dates select incidents whose date range overlaps [From, To];
/// <see cref="Country"/> is an ISO code or a country name; <see cref="Type"/> a GTD attack type or
/// an ACLED event or sub-event type; <see cref="Perpetrator"/> part of a perpetrator's name or alias.
/// </summary>
public sealed record IncidentQuery
{
    public const int MaxPageSize = 500;

    public string? Text { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Country { get; init; }
    public string? Type { get; init; }
    public string? Perpetrator { get; init; }
    public BoundingBox? Bbox { get; init; }
    public string? Role { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

/// <summary>One line of a list: what a list, a map marker and a timeline need.</summary>
public sealed record IncidentSummary(
    string Id,
    string Role,
    string Title,
    string? DateStart,
    string? DateEnd,
    string DatePrecision,
    string? Location,
    string? Country,
    string? CountryCode,
    double? Lat,
    double? Lon,
    string? AcledEventType,
    string? AcledSubEventType,
    string? GtdAttackTypes,
    long? Killed,
    long? Wounded,
    string? Perpetrators,
    long DocumentCount);

public sealed record IncidentPage(long Total, int Page, int PageSize, IReadOnlyList<IncidentSummary> Items);

/// <summary>A document's metadata as listed beside an incident.</summary>
public sealed record DocumentInfo(string Id, string? Title, string? Published, string? Outlet, string? Url, string Relation);

/// <summary>One incident: its JSON record as <c>analyze</c> writes it, and its documents.</summary>
public sealed record IncidentDossier(string Id, string Json, IReadOnlyList<DocumentInfo> Documents);

/// <summary>A span of a document used as evidence, and what it was evidence for.</summary>
public sealed record EvidenceSpan(int Start, int End, string Field, string Incident);

/// <summary>A stored document: metadata, cleaned text, the incidents it reports or mentions, and the spans cited from it.</summary>
public sealed record StoredDocument(
    string Id,
    string? Title,
    string? Published,
    string? Outlet,
    string? Url,
    string Text,
    IReadOnlyList<(string Incident, string Relation)> Incidents,
    IReadOnlyList<EvidenceSpan> Spans);
