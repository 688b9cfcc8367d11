using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Events;
using Sitrep.Incidents;

namespace Sitrep.Output;

/// <summary>
/// Writes a report's located incidents as a GeoJSON FeatureCollection: one Point feature per
/// incident with coordinates, its id, role, title, date, event type, casualties and documents as
/// properties. Incidents without coordinates are left out. The same report gives the same bytes.
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
        foreach (var i in report.Incidents)
        {
            if (i.Location.Latitude is not { } lat || i.Location.Longitude is not { } lon) continue;
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", i.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteRawValue(Coordinate(lon));
            w.WriteRawValue(Coordinate(lat));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("id", i.Id);
            w.WriteString("role", i.Role == IncidentRole.Primary ? "primary" : "background");
            w.WriteString("title", i.Title);
            Nullable(w, "date_start", i.Date.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Nullable(w, "date_end", i.Date.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("date_precision", JsonReportWriter.PrecisionName(i.Date.Precision));
            w.WriteString("acled_event_type", i.EventType.AcledEventType);
            w.WriteString("acled_sub_event_type", i.EventType.AcledSubEventType);
            w.WriteStartArray("gtd_attack_types");
            foreach (var t in i.EventType.GtdAttackTypes) w.WriteStringValue(t);
            w.WriteEndArray();
            Nullable(w, "location", i.Location.Name ?? i.Location.City);
            Nullable(w, "country_code", i.Location.CountryCode);
            Count(w, "killed", i.Casualties.Killed);
            Count(w, "wounded", i.Casualties.Wounded);
            w.WriteStartArray("documents");
            foreach (var d in i.Documents) w.WriteStringValue(d);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void Count(Utf8JsonWriter w, string name, Figure? f)
    {
        if (f is null) w.WriteNull(name);
        else w.WriteNumber(name, f.Value);
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static string Coordinate(double v) => Math.Round(v, 4).ToString("0.0###", CultureInfo.InvariantCulture);
}
