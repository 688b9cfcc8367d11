using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Events;

namespace Sitrep.Incidents;

/// <summary>
/// Makes one incident record from the facts each document gives about the incident: one value
/// per field, with evidence, and the history of the casualty figures report by report.
/// </summary>
public sealed class IncidentReconciler
{
    public static IncidentReconciler Default { get; } = new();

    public Incident Reconcile(IReadOnlyList<IncidentFacts> reports, IncidentRole role, ImmutableArray<string> related)
    {
        if (reports.Count == 0) throw new ArgumentException("An incident needs at least one report.", nameof(reports));
        var ordered = reports.OrderBy(r => r.Source.Document.Published).ThenBy(r => r.DocumentId, StringComparer.Ordinal).ToList();
        var latest = ordered[^1];
        var first = ordered[0];

        var casualties = latest.Casualties;
        var eventType = first.EventType;
        var date = ordered.Select(r => r.Date).FirstOrDefault(d => d.Start is not null) ?? ordered.Select(r => r.Date).First();
        var location = ordered.Select(r => r.Location).OrderByDescending(l => l.Precision).First();
        var perpetrators = ordered.SelectMany(r => r.Perpetrators).GroupBy(p => p.Name)
            .Select(g => g.Aggregate((a, b) => a with
            {
                Aliases = a.Aliases.AddRange(b.Aliases.Except(a.Aliases)),
                Claimed = a.Claimed || b.Claimed,
                Confidence = (PerpetratorConfidence)Math.Max((int)a.Confidence, (int)b.Confidence),
                Evidence = a.Evidence.AddRange(b.Evidence),
            })).ToImmutableArray();
        var targets = ordered.SelectMany(r => r.Targets).GroupBy(t => t.Type).Select(g => g.First() with { Evidence = [.. g.SelectMany(t => t.Evidence)] }).ToImmutableArray();
        var weapons = ordered.SelectMany(r => r.Weapons).GroupBy(w => (w.Type, w.Subtype)).Select(g => g.First() with { Evidence = [.. g.SelectMany(w => w.Evidence)] }).ToImmutableArray();
        var quotes = ordered.SelectMany(r => r.Quotes).ToImmutableArray();
        var documents = ordered.Select(r => r.DocumentId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

        return new Incident(
            IdOf(reports),
            role,
            TitleWriter.Write(eventType, location, targets),
            eventType,
            date,
            location,
            perpetrators,
            targets,
            weapons,
            casualties,
            quotes,
            documents,
            [],
            History(ordered),
            related);
    }

    /// <summary>Stable across runs and input order: a hash of the event mentions that make the incident.</summary>
    public static string IdOf(IEnumerable<IncidentFacts> reports)
    {
        var keys = reports.SelectMany(r => r.Source.Mentions.Select(m => $"{r.DocumentId}:{m.Trigger.Start}")).Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", keys)));
        return "inc-" + Convert.ToHexStringLower(hash)[..12];
    }

    private static ImmutableArray<HistoryEntry> History(List<IncidentFacts> ordered)
    {
        var history = ImmutableArray.CreateBuilder<HistoryEntry>();
        foreach (var report in ordered)
        {
            var c = report.Casualties;
            void Add(string field, Figure? figure)
            {
                if (figure is not null) history.Add(new HistoryEntry(field, FigureText.Of(figure), report.DocumentId, report.Source.Document.Published));
            }
            Add("killed", c.Killed);
            Add("killed_victims", c.KilledVictims);
            Add("killed_perpetrators", c.KilledPerpetrators);
            Add("wounded", c.Wounded);
            Add("wounded_victims", c.WoundedVictims);
            Add("wounded_perpetrators", c.WoundedPerpetrators);
        }
        return history.ToImmutable();
    }
}

/// <summary>A figure as words: "7", "at least 4", "more than 80".</summary>
public static class FigureText
{
    public static string Of(Figure f) => f.Qualifier switch
    {
        Recognizers.Numbers.Qualifier.AtLeast => $"at least {f.Value}",
        Recognizers.Numbers.Qualifier.MoreThan => $"more than {f.Value}",
        Recognizers.Numbers.Qualifier.About when f.High is { } h && h != f.Value => $"{f.Value} to {h}",
        Recognizers.Numbers.Qualifier.About => $"about {f.Value}",
        Recognizers.Numbers.Qualifier.AtMost => $"at most {f.Value}",
        _ => f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
