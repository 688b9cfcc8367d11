using System.Text.Json;

namespace Sitrep.Storage;

/// <summary>A page of incident summaries as JSON: <c>{ total, page, page_size, items: [...] }</c>, the shape the CLI and the API share.</summary>
public static class IncidentListJson
{
    public static void Write(Utf8JsonWriter w, IncidentPage page)
    {
        w.WriteStartObject();
        w.WriteNumber("total", page.Total);
        w.WriteNumber("page", page.Page);
        w.WriteNumber("page_size", page.PageSize);
        w.WriteStartArray("items");
        foreach (var i in page.Items) WriteSummary(w, i);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteSummary(Utf8JsonWriter w, IncidentSummary i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("role", i.Role);
        w.WriteString("title", i.Title);
        w.WriteStartObject("date");
        Nullable(w, "start", i.DateStart);
        Nullable(w, "end", i.DateEnd);
        w.WriteString("precision", i.DatePrecision);
        w.WriteEndObject();
        w.WriteStartObject("location");
        Nullable(w, "name", i.Location);
        Nullable(w, "country", i.Country);
        Nullable(w, "country_code", i.CountryCode);
        Number(w, "lat", i.Lat);
        Number(w, "lon", i.Lon);
        w.WriteEndObject();
        w.WriteStartObject("event_type");
        Nullable(w, "acled_event_type", i.AcledEventType);
        Nullable(w, "acled_sub_event_type", i.AcledSubEventType);
        w.WriteStartArray("gtd_attack_types");
        foreach (var t in (i.GtdAttackTypes ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries)) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteEndObject();
        Number(w, "killed", i.Killed);
        Number(w, "wounded", i.Wounded);
        w.WriteStartArray("perpetrators");
        foreach (var p in (i.Perpetrators ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries)) w.WriteStringValue(p);
        w.WriteEndArray();
        w.WriteNumber("document_count", i.DocumentCount);
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void Number(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
