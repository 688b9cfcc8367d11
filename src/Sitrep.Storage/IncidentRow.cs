using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Output;

namespace Sitrep.Storage;

/// <summary>
/// An incident as the store keeps it: the record's JSON exactly as <c>analyze</c> writes it, and
/// beside it the columns that lists and filters read, so that no query parses JSON.
/// </summary>
public sealed record IncidentRow(
    string Id,
    string SortKey,
    string Role,
    string Title,
    string? AcledEventType,
    string? AcledSubEventType,
    string? GtdAttackTypes,
    string? DateStart,
    string? DateEnd,
    string DatePrecision,
    string? Location,
    string? Country,
    string? CountryCode,
    double? Lat,
    double? Lon,
    long? Killed,
    long? Wounded,
    string? Perpetrators,
    long DocumentCount,
    string? CountryKey,
    string SearchText,
    string Json,
    string Digest)
{
    public const string PerpetratorFacet = "perpetrator";
    public const string TypeFacet = "type";

    /// <param name="sortKey">Where the assembly put the incident (see <see cref="SortKeys"/>).</param>
    /// <param name="sources">The documents that report or mention the incident: their titles and text are searched with it.</param>
    public static IncidentRow Of(Incident incident, string sortKey, IEnumerable<AnalyzedDocument> sources)
    {
        var json = IncidentJson(incident);
        var l = incident.Location;
        var perpetrators = incident.Perpetrators.Select(p => p.Name).ToList();
        return new IncidentRow(
            incident.Id,
            sortKey,
            incident.Role == IncidentRole.Primary ? "primary" : "background",
            incident.Title,
            incident.EventType.AcledEventType,
            incident.EventType.AcledSubEventType,
            incident.EventType.GtdAttackTypes.IsEmpty ? null : string.Join("; ", incident.EventType.GtdAttackTypes),
            Date(incident.Date.Start),
            Date(incident.Date.End ?? incident.Date.Start),
            JsonReportWriter.PrecisionName(incident.Date.Precision),
            l.Name ?? l.City ?? l.Admin1 ?? l.Country,
            l.Country,
            l.CountryCode,
            l.Latitude is { } lat ? Math.Round(lat, 4) : null,
            l.Longitude is { } lon ? Math.Round(lon, 4) : null,
            incident.Casualties.Killed?.Value,
            incident.Casualties.Wounded?.Value,
            perpetrators.Count == 0 ? null : string.Join("; ", perpetrators),
            incident.Documents.Length,
            l.Country?.ToLowerInvariant(),
            SearchBody(incident, sources),
            json,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    /// <summary>The lower-case facet values the filters match: perpetrator names and aliases, event types.</summary>
    public static IEnumerable<(string Facet, string Value)> Terms(Incident incident)
    {
        var perpetrators = incident.Perpetrators.SelectMany(p => p.Aliases.Prepend(p.Name));
        var types = incident.EventType.GtdAttackTypes.Append(incident.EventType.AcledEventType).Append(incident.EventType.AcledSubEventType);
        return perpetrators.Select(v => (PerpetratorFacet, v))
            .Concat(types.Select(v => (TypeFacet, v)))
            .Where(t => !string.IsNullOrWhiteSpace(t.v))
            .Select(t => (t.Item1, t.v.Trim().ToLowerInvariant()))
            .Distinct();
    }

    public static string IncidentJson(Incident incident)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            JsonReportWriter.WriteIncident(w, incident);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string SearchBody(Incident i, IEnumerable<AnalyzedDocument> sources)
    {
        var l = i.Location;
        var parts = new List<string?> { i.Title, l.Name, l.Facility, l.City, l.Admin1, l.Country, l.CountryCode, i.Date.Text, i.EventType.AcledEventType, i.EventType.AcledSubEventType };
        parts.AddRange(i.EventType.GtdAttackTypes);
        parts.AddRange(i.Perpetrators.SelectMany(p => p.Aliases.Prepend(p.Name)));
        parts.AddRange(i.Targets.SelectMany(t => new[] { t.Type, t.Name }));
        parts.AddRange(i.Weapons.SelectMany(w => new[] { w.Type, w.Subtype }));
        parts.AddRange(i.Quotes.SelectMany(q => new[] { q.Speaker, q.Text }));
        foreach (var d in sources)
        {
            parts.Add(d.Title);
            parts.Add(d.Text);
        }
        return string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal));
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Sort keys that keep the assembly's order (primary first, then by first document, then the
/// assembly's own tie-break) and stay the same for an incident whose role and first document do
/// not change, so that a new report rewrites only the incidents it touches.
/// </summary>
public static class SortKeys
{
    public static IReadOnlyList<string> Of(IReadOnlyList<Incident> ordered)
    {
        var keys = new List<string>(ordered.Count);
        var rank = 0;
        for (var k = 0; k < ordered.Count; k++)
        {
            var i = ordered[k];
            rank = k > 0 && ordered[k - 1].Role == i.Role && ordered[k - 1].Documents[0] == i.Documents[0] ? rank + 1 : 0;
            keys.Add($"{(i.Role == IncidentRole.Primary ? 0 : 1)}\u0001{i.Documents[0]}\u0001{rank.ToString("D4", CultureInfo.InvariantCulture)}");
        }
        return keys;
    }
}
