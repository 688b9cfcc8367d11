using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Events;
using Sitrep.Incidents;

namespace Sitrep.Output;

/// <summary>
/// Writes a report as a GeoJSON FeatureCollection (RFC 7946) for maps: one Point feature per incident with
/// coordinates, in the report's order (primary incidents first). Incidents without coordinates are left out and
/// counted in the top-level <c>incidents_without_coordinates</c>. Coordinates are [longitude, latitude] with four
/// decimals (about 11 m), as in the json output; the same report gives the same bytes.
/// </summary>
public static class GeoJsonReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Report report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        var without = 0;
        foreach (var incident in report.Incidents)
        {
            if (incident.Location is not { Latitude: { } lat, Longitude: { } lon })
            {
                without++;
                continue;
            }
            WriteFeature(w, incident, lat, lon);
        }
        w.WriteEndArray();
        w.WriteNumber("incidents", report.Incidents.Length);
        w.WriteNumber("incidents_without_coordinates", without);
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteFeature(Utf8JsonWriter w, Incident i, double lat, double lon)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", i.Id);
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        WriteCoordinate(w, lon);
        WriteCoordinate(w, lat);
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("properties");
        w.WriteString("id", i.Id);
        w.WriteString("role", i.Role == IncidentRole.Primary ? "primary" : "background");
        w.WriteString("title", i.Title);
        WriteNullable(w, "date", i.Date.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("date_precision", JsonReportWriter.PrecisionName(i.Date.Precision));
        w.WriteStartArray("gtd_attack_types");
        foreach (var t in i.EventType.GtdAttackTypes) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteString("acled_event_type", i.EventType.AcledEventType);
        w.WriteString("acled_sub_event_type", i.EventType.AcledSubEventType);
        WriteCount(w, "killed", i.Casualties.Killed);
        WriteCount(w, "wounded", i.Casualties.Wounded);
        var l = i.Location;
        WriteNullable(w, "location", l.Name);
        WriteNullable(w, "city", l.City);
        WriteNullable(w, "admin1", l.Admin1);
        WriteNullable(w, "country_code", l.CountryCode);
        w.WriteString("location_precision", l.Precision.ToString().ToLowerInvariant());
        w.WriteStartArray("documents");
        foreach (var d in i.Documents) w.WriteStringValue(d);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter w, string name, Figure? figure)
    {
        if (figure is null) w.WriteNull(name);
        else w.WriteNumber(name, figure.Value);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    /// <summary>Four decimals, written as the shortest number that reads back the same: stable bytes.</summary>
    private static void WriteCoordinate(Utf8JsonWriter w, double value) => w.WriteNumberValue(Math.Round(value, 4));
}
