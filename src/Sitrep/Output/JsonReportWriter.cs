using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Recognizers.Numbers;
using Sitrep.Recognizers.Time;

namespace Sitrep.Output;

/// <summary>
/// Writes reports in the <c>json</c> and <c>jsonl</c> shapes of spec/OUTPUT.md. Field names and
/// their order are the contract; the same report gives the same bytes.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteJson(Report report, Stream output, bool includeText = true)
    {
        using var w = new Utf8JsonWriter(output, Indented);
        w.WriteStartObject();
        w.WriteStartArray("incidents");
        foreach (var incident in report.Incidents) WriteIncident(w, incident);
        w.WriteEndArray();
        w.WriteStartArray("documents");
        foreach (var doc in report.Documents) WriteDocument(w, doc, includeText);
        w.WriteEndArray();
        w.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            w.WriteStartObject();
            w.WriteString("path", error.Path);
            w.WriteString("reason", error.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>One incident per line.</summary>
    public static void WriteJsonLines(IEnumerable<Incident> incidents, Stream output)
    {
        foreach (var incident in incidents)
        {
            using (var w = new Utf8JsonWriter(output, Compact)) WriteIncident(w, incident);
            output.WriteByte((byte)'\n');
        }
    }

    public static void WriteIncident(Utf8JsonWriter w, Incident i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("role", i.Role == IncidentRole.Primary ? "primary" : "background");
        w.WriteString("title", i.Title);

        w.WriteStartObject("event_type");
        w.WriteStartArray("gtd_attack_types");
        foreach (var t in i.EventType.GtdAttackTypes) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteString("acled_event_type", i.EventType.AcledEventType);
        w.WriteString("acled_sub_event_type", i.EventType.AcledSubEventType);
        WriteEvidence(w, i.EventType.Evidence);
        w.WriteEndObject();

        w.WriteStartObject("date");
        WriteDate(w, "start", i.Date.Start);
        WriteDate(w, "end", i.Date.End);
        w.WriteString("precision", PrecisionName(i.Date.Precision));
        WriteNullable(w, "weekday", i.Date.Weekday?.ToString());
        WriteNullable(w, "time", i.Date.Time);
        WriteNullable(w, "text", i.Date.Text);
        WriteEvidence(w, i.Date.Evidence);
        w.WriteEndObject();

        var l = i.Location;
        w.WriteStartObject("location");
        WriteNullable(w, "name", l.Name);
        WriteNullable(w, "facility", l.Facility);
        WriteNullable(w, "city", l.City);
        WriteNullable(w, "admin1", l.Admin1);
        WriteNullable(w, "admin2", l.Admin2);
        WriteNullable(w, "country", l.Country);
        WriteNullable(w, "country_code", l.CountryCode);
        WriteCoordinate(w, "lat", l.Latitude);
        WriteCoordinate(w, "lon", l.Longitude);
        w.WriteString("precision", l.Precision.ToString().ToLowerInvariant());
        WriteNullable(w, "basis", l.Basis?.ToString().ToLowerInvariant());
        WriteEvidence(w, l.Evidence);
        w.WriteEndObject();

        w.WriteStartArray("perpetrators");
        foreach (var p in i.Perpetrators)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteStartArray("aliases");
            foreach (var a in p.Aliases) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteBoolean("claimed", p.Claimed);
            w.WriteString("confidence", p.Confidence.ToString().ToLowerInvariant());
            WriteEvidence(w, p.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("targets");
        foreach (var t in i.Targets)
        {
            w.WriteStartObject();
            w.WriteString("type", t.Type);
            WriteNullable(w, "name", t.Name);
            WriteEvidence(w, t.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("weapons");
        foreach (var weapon in i.Weapons)
        {
            w.WriteStartObject();
            w.WriteString("type", weapon.Type);
            WriteNullable(w, "subtype", weapon.Subtype);
            WriteEvidence(w, weapon.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        var c = i.Casualties;
        w.WriteStartObject("casualties");
        WriteFigure(w, "killed", c.Killed);
        WriteFigure(w, "killed_victims", c.KilledVictims);
        WriteFigure(w, "killed_perpetrators", c.KilledPerpetrators);
        WriteFigure(w, "wounded", c.Wounded);
        WriteFigure(w, "wounded_victims", c.WoundedVictims);
        WriteFigure(w, "wounded_perpetrators", c.WoundedPerpetrators);
        w.WriteEndObject();

        w.WriteStartArray("quotes");
        foreach (var q in i.Quotes)
        {
            w.WriteStartObject();
            WriteNullable(w, "speaker", q.Speaker);
            WriteNullable(w, "role", q.Role);
            w.WriteString("text", q.Text);
            w.WriteString("document", q.Document);
            WriteEvidence(w, [q.Evidence]);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteStrings(w, "documents", i.Documents);

        w.WriteStartArray("conflicts");
        foreach (var conflict in i.Conflicts)
        {
            w.WriteStartObject();
            w.WriteString("field", conflict.Field);
            w.WriteStartArray("values");
            foreach (var v in conflict.Values)
            {
                w.WriteStartObject();
                w.WriteString("value", v.Value);
                w.WriteString("document", v.Document);
                w.WriteString("text", v.Text);
                WriteEvidence(w, [v.Evidence]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("resolution", conflict.Resolution);
            w.WriteString("explanation", conflict.Explanation);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("history");
        foreach (var h in i.History)
        {
            w.WriteStartObject();
            w.WriteString("field", h.Field);
            w.WriteString("value", h.Value);
            w.WriteString("document", h.Document);
            WriteNullable(w, "published", h.Published?.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteStrings(w, "related", i.Related);
        WriteStrings(w, "mentioned_in", i.MentionedIn);
        WriteStrings(w, "copies", i.Copies);
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentSummary d, bool includeText)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        WriteNullable(w, "title", d.Title);
        WriteNullable(w, "published", d.Published?.ToString());
        WriteNullable(w, "outlet", d.Outlet);
        WriteNullable(w, "url", d.Url);
        if (d.DuplicateOf is not null) w.WriteString("duplicate_of", d.DuplicateOf);
        WriteStrings(w, "incidents", d.Incidents);
        if (includeText) w.WriteString("text", d.Text);
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, string name, Figure? f)
    {
        if (f is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteNumber("value", f.Value);
        w.WriteString("qualifier", QualifierName(f.Qualifier));
        if (f.Low is { } low) w.WriteNumber("low", low);
        else w.WriteNull("low");
        if (f.High is { } high) w.WriteNumber("high", high);
        else w.WriteNull("high");
        WriteNullable(w, "basis", f.Basis);
        WriteEvidence(w, f.Evidence);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, ImmutableArray<Evidence> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("document", e.Document);
            w.WriteNumber("start", e.Span.Start);
            w.WriteNumber("end", e.Span.End);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date) =>
        WriteNullable(w, name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Four decimals (about 11 m) and invariant formatting: stable bytes.</summary>
    private static void WriteCoordinate(Utf8JsonWriter w, string name, double? value)
    {
        if (value is not { } v)
        {
            w.WriteNull(name);
            return;
        }
        w.WritePropertyName(name);
        w.WriteRawValue(Math.Round(v, 4).ToString("0.0###", CultureInfo.InvariantCulture));
    }

    public static string QualifierName(Qualifier q) => q switch
    {
        Qualifier.Exact => "exact",
        Qualifier.AtLeast => "at_least",
        Qualifier.MoreThan => "more_than",
        Qualifier.About => "about",
        Qualifier.AtMost => "at_most",
        _ => throw new ArgumentOutOfRangeException(nameof(q)),
    };

    public static string PrecisionName(DatePrecision p) => p.ToString().ToLowerInvariant();
}
