using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Recognizers.Time;

namespace Sitrep.Output;

/// <summary>
/// Writes a report as a readable dossier: each incident's fields with the words behind them,
/// its conflicts, history and quotes, then each document's cleaned text.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(Report report)
    {
        var md = new StringBuilder();
        md.Append("# Sitrep report\n\n");
        var primary = report.Incidents.Count(i => i.Role == IncidentRole.Primary);
        md.Append(CultureInfo.InvariantCulture,
            $"{report.Documents.Length} document(s), {primary} reported incident(s), {report.Incidents.Length - primary} background incident(s), {report.Errors.Length} error(s).\n\n");
        var number = 0;
        foreach (var incident in report.Incidents) WriteIncident(md, incident, ++number);
        if (report.Errors.Length > 0)
        {
            md.Append("## Errors\n\n");
            foreach (var e in report.Errors) md.Append("- `").Append(e.Path).Append("`: ").Append(e.Reason).Append('\n');
            md.Append('\n');
        }
        md.Append("## Documents\n\n");
        foreach (var doc in report.Documents)
        {
            md.Append("### ").Append(doc.Id);
            if (doc.Title is not null) md.Append(": ").Append(Inline(doc.Title));
            md.Append("\n\n");
            var meta = new List<string>();
            if (doc.Published is { } p) meta.Add("published " + p);
            if (doc.Outlet is not null) meta.Add(doc.Outlet);
            if (doc.Url is not null) meta.Add(doc.Url);
            if (doc.DuplicateOf is not null) meta.Add("copy of " + doc.DuplicateOf);
            if (doc.Incidents.Length > 0) meta.Add("incidents: " + string.Join(", ", doc.Incidents));
            if (meta.Count > 0) md.Append(string.Join(" · ", meta)).Append("\n\n");
            md.Append("```text\n").Append(doc.Text.Replace("```", "'''")).Append("\n```\n\n");
        }
        return md.ToString();
    }

    private static void WriteIncident(StringBuilder md, Incident i, int number)
    {
        md.Append(CultureInfo.InvariantCulture, $"## {number}. {Inline(i.Title)} ({(i.Role == IncidentRole.Primary ? "reported" : "background")})\n\n");
        md.Append('`').Append(i.Id).Append("` · documents: ").Append(string.Join(", ", i.Documents));
        if (i.Related.Length > 0) md.Append(" · related: ").Append(string.Join(", ", i.Related));
        md.Append("\n\n| field | value | evidence |\n|---|---|---|\n");
        Row(md, "event type", $"{string.Join(", ", i.EventType.GtdAttackTypes)} (ACLED: {i.EventType.AcledEventType} / {i.EventType.AcledSubEventType})", i.EventType.Evidence);
        Row(md, "date", DateText(i.Date), i.Date.Evidence);
        Row(md, "place", PlaceText(i.Location), i.Location.Evidence);
        foreach (var p in i.Perpetrators)
            Row(md, "perpetrator", $"{p.Name} ({p.Confidence.ToString().ToLowerInvariant()}){(p.Aliases.Length > 0 ? "; also " + string.Join(", ", p.Aliases) : "")}", p.Evidence);
        foreach (var t in i.Targets) Row(md, "target", t.Name is null ? t.Type : $"{t.Type}: {t.Name}", t.Evidence);
        foreach (var w in i.Weapons) Row(md, "weapon", w.Subtype is null ? w.Type : $"{w.Type} ({w.Subtype})", w.Evidence);
        FigureRow(md, "killed", i.Casualties.Killed);
        FigureRow(md, "killed: victims", i.Casualties.KilledVictims);
        FigureRow(md, "killed: attackers", i.Casualties.KilledPerpetrators);
        FigureRow(md, "wounded", i.Casualties.Wounded);
        FigureRow(md, "wounded: victims", i.Casualties.WoundedVictims);
        FigureRow(md, "wounded: attackers", i.Casualties.WoundedPerpetrators);
        md.Append('\n');

        if (i.Conflicts.Length > 0)
        {
            md.Append("### Conflicts\n\n");
            foreach (var c in i.Conflicts)
            {
                md.Append("- **").Append(c.Field).Append("**: ");
                md.Append(string.Join("; ", c.Values.Select(v => $"{v.Value} ({v.Document}: \"{Inline(v.Text)}\")")));
                md.Append(". Resolved: ").Append(Inline(c.Resolution)).Append(". ").Append(Inline(c.Explanation)).Append('\n');
            }
            md.Append('\n');
        }
        if (i.History.Select(h => h.Document).Distinct().Count() > 1)
        {
            md.Append("### How the figures changed\n\n| published | document | field | value |\n|---|---|---|---|\n");
            foreach (var h in i.History)
                md.Append(CultureInfo.InvariantCulture, $"| {h.Published?.ToString() ?? "unknown"} | {h.Document} | {h.Field} | {h.Value} |\n");
            md.Append('\n');
        }
        if (i.Quotes.Length > 0)
        {
            md.Append("### Quotes\n\n");
            foreach (var q in i.Quotes)
            {
                md.Append("> ").Append(Inline(q.Text)).Append("\n>\n> — ").Append(Inline(q.Speaker ?? "unattributed"));
                if (q.Role is not null) md.Append(", ").Append(Inline(q.Role));
                md.Append(" (").Append(q.Document).Append(")\n\n");
            }
        }
    }

    private static void FigureRow(StringBuilder md, string field, Figure? figure)
    {
        if (figure is not null) Row(md, field, FigureText.Of(figure), figure.Evidence);
    }

    private static void Row(StringBuilder md, string field, string value, ImmutableArray<Evidence> evidence)
    {
        var quoted = string.Join("<br>", evidence.Take(3).Select(e => $"{e.Document} [{e.Span.Start}-{e.Span.End}] \"{Cell(e.Text)}\""));
        md.Append("| ").Append(field).Append(" | ").Append(Cell(value)).Append(" | ").Append(quoted).Append(" |\n");
    }

    private static string DateText(IncidentDate d)
    {
        var parts = new List<string>();
        if (d.Weekday is { } wd) parts.Add(wd.ToString());
        if (d.Start is { } s)
        {
            var text = d.Precision switch
            {
                DatePrecision.Year => s.ToString("yyyy", CultureInfo.InvariantCulture),
                DatePrecision.Month => s.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                _ => s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            parts.Add(text);
        }
        if (d.Time is not null) parts.Add(d.Time);
        return parts.Count == 0 ? "unknown" : string.Join(", ", parts) + $" ({d.Precision.ToString().ToLowerInvariant()})";
    }

    private static string PlaceText(IncidentLocation l)
    {
        var names = new[] { l.City, l.City is null ? l.Admin2 : null, l.Admin1, l.Country }.Where(n => n is not null);
        var text = string.Join(", ", names);
        if (l.CountryCode is not null) text += $" ({l.CountryCode})";
        // The most precise words first: a facility, or an address, distance or part of town ("the 2600 block of ...").
        var precise = l.Facility ?? (l.Name is { } name && name != l.City && name != l.Admin2 && name != l.Admin1 && name != l.Country ? name : null);
        if (precise is not null) text = precise + "; " + text;
        if (l.Latitude is { } lat && l.Longitude is { } lon) text += string.Create(CultureInfo.InvariantCulture, $"; {lat:0.0###}, {lon:0.0###}");
        return text.Length == 0 ? l.Name ?? "unknown" : text;
    }

    private static string Inline(string text) => text.Replace('\n', ' ').Replace("\r", "");

    private static string Cell(string text) => Inline(text).Replace("|", "\\|");
}
