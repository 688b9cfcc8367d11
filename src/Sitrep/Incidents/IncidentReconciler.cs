using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Events;
using Sitrep.Recognizers.Time;

using Sitrep.Recognizers.Places;

namespace Sitrep.Incidents;

/// <summary>
/// Makes one incident record from the reports of it: one value per field, with the evidence of
/// every report that gives it; each disagreement as a conflict with its explanation; and the
/// history of the casualty figures report by report, in publication order.
/// </summary>
public sealed class IncidentReconciler
{
    private static readonly (string Field, Func<CasualtyFigures, Figure?> Select)[] CasualtyFields =
    [
        ("killed", c => c.Killed),
        ("killed_victims", c => c.KilledVictims),
        ("killed_perpetrators", c => c.KilledPerpetrators),
        ("wounded", c => c.Wounded),
        ("wounded_victims", c => c.WoundedVictims),
        ("wounded_perpetrators", c => c.WoundedPerpetrators),
    ];

    public static IncidentReconciler Default { get; } = new();

    public Incident Reconcile(IReadOnlyList<IncidentReport> reports, IncidentRole role, ImmutableArray<string> related, ImmutableArray<string> mentionedIn)
    {
        if (reports.Count == 0) throw new ArgumentException("An incident needs at least one report.", nameof(reports));
        var ordered = reports
            .OrderBy(r => r.Published is null ? 1 : 0).ThenBy(r => r.Published).ThenBy(r => r.DocumentId, StringComparer.Ordinal)
            .ToList();
        var independent = ordered.Where(r => r.CopyOf is null).ToList();
        if (independent.Count == 0) independent = ordered;

        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var history = ImmutableArray.CreateBuilder<HistoryEntry>();
        var figures = new Figure?[CasualtyFields.Length];
        for (var i = 0; i < CasualtyFields.Length; i++)
        {
            var (field, select) = CasualtyFields[i];
            var outcome = FigureReconciler.Settle(field, ordered, select);
            figures[i] = outcome.Figure;
            if (outcome.Conflict is not null) conflicts.Add(outcome.Conflict);
            history.AddRange(outcome.History);
        }
        var casualties = new CasualtyFigures(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5]);

        var facts = independent.Select(r => r.Facts).ToList();
        var date = SettleDate(facts, conflicts);
        var location = SettleLocation(facts, conflicts);
        var eventType = SettleEventType(facts);
        var perpetrators = SettlePerpetrators(facts);
        var targets = facts.SelectMany(f => f.Targets).GroupBy(t => t.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First() with { Evidence = [.. g.SelectMany(t => t.Evidence).Distinct().Take(6)] }).ToImmutableArray();
        var weapons = SettleWeapons(facts);
        // Syndicated copies carry the same quotes: each once.
        var quotes = ordered.SelectMany(r => r.Facts.Quotes).GroupBy(q => (q.Speaker, Key: TextKey(q.Text))).Select(g => g.First()).ToImmutableArray();
        var documents = ordered.Select(r => r.DocumentId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

        return new Incident(
            IdOf(reports.Select(r => r.Facts)),
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
            conflicts.ToImmutable(),
            history.ToImmutable(),
            related)
        {
            MentionedIn = mentionedIn,
            Copies = [.. ordered.Where(r => r.CopyOf is not null).Select(r => r.DocumentId).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>Stable across runs and input order: a hash of the event mentions that make the incident.</summary>
    public static string IdOf(IEnumerable<IncidentFacts> reports)
    {
        var keys = reports.SelectMany(r => r.MentionKeys.Select(k => $"{r.DocumentId}:{k}")).Order(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", keys)));
        return "inc-" + Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>The most precise date; among days, the one most reports give, then the latest report's.</summary>
    private static IncidentDate SettleDate(List<IncidentFacts> facts, ImmutableArray<Conflict>.Builder conflicts)
    {
        var dated = facts.Where(f => f.Date.Precision != DatePrecision.Unknown).ToList();
        if (dated.Count == 0) return facts.Select(f => f.Date).FirstOrDefault(d => d.Time is not null) ?? IncidentDate.Unknown;
        var best = dated.Max(f => Rank(f.Date));
        var top = dated.Where(f => Rank(f.Date) == best).ToList();
        var chosen = top.GroupBy(f => (f.Date.Start, f.Date.Weekday)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(f => f.Published))
            .First().First().Date;
        var time = chosen.Time ?? dated.Select(f => f.Date.Time).FirstOrDefault(t => t is not null);
        var evidence = top.Where(f => f.Date.Start == chosen.Start && f.Date.Weekday == chosen.Weekday).SelectMany(f => f.Date.Evidence).Distinct().Take(6);
        var days = top.Where(f => f.Date.Start is not null).Select(f => f.Date.Start).Distinct().ToList();
        if (days.Count > 1)
        {
            conflicts.Add(new Conflict("date",
                [.. top.Where(f => f.Date.Evidence.Length > 0).Select(f => new ConflictValue(DayText(f.Date), f.DocumentId, f.Date.Evidence[0].Text, f.Date.Evidence[0]))],
                DayText(chosen),
                $"Reports date the incident differently; {DayText(chosen)} is the day most reports give, or the latest report's."));
        }
        return chosen with { Time = time, Evidence = [.. evidence] };

        static int Rank(IncidentDate d) => (d.Start is not null ? 10 : 0) + d.Precision switch
        {
            DatePrecision.Day => 4,
            DatePrecision.Weekday => 3,
            DatePrecision.Month => 2,
            DatePrecision.Year => 1,
            _ => 0,
        };
    }

    private static string DayText(IncidentDate d) =>
        d.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? d.Weekday?.ToString() ?? "unknown";

    /// <summary>
    /// The most precise place; of facilities, the one with a proper name that most reports use
    /// ("Karachi Police Office" over "police compound"); cities that differ are a conflict.
    /// </summary>
    private static IncidentLocation SettleLocation(List<IncidentFacts> facts, ImmutableArray<Conflict>.Builder conflicts)
    {
        var located = facts.Where(f => f.Location.Precision != LocationPrecision.Unknown).ToList();
        if (located.Count == 0) return facts.Select(f => f.Location).FirstOrDefault(l => l.Name is not null) ?? IncidentLocation.Unknown;
        var cities = located.Where(f => f.Location.City is not null).GroupBy(f => f.Location.City!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        // "Houston" in three reports, one of which read it in Pennsylvania: the city's region is the one most of its reports give (on a tie, the first report's).
        var city = cities.FirstOrDefault()?.GroupBy(f => f.Location.Admin1 ?? "", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).First().First().Location;
        if (cities.Count > 1)
            conflicts.Add(new Conflict("location",
                [.. cities.SelectMany(g => g).Where(f => f.Location.Evidence.Length > 0)
                    .Select(f => new ConflictValue(f.Location.City!, f.DocumentId, f.Location.Evidence[0].Text, f.Location.Evidence[0]))],
                city!.City!,
                $"Reports place the incident in different cities; {city.City} is the one most reports give."));
        var basis = city ?? located.OrderByDescending(f => f.Location.Precision).First().Location;
        var facilities = located.Where(f => f.Location.Facility is not null && (city is null || f.Location.City is null || f.Location.City == city.City)).ToList();
        // The facility name most reports use, counted in the words they cite for the place.
        var cited = facts.SelectMany(f => f.Location.Evidence.Select(e => e.Text)).ToList();
        var facility = facilities
            .OrderByDescending(f => FacilityNamer.IsProperName(f.Location.Facility!))
            .ThenByDescending(f => cited.Count(t => t.Contains(f.Location.Facility!, StringComparison.OrdinalIgnoreCase)))
            .ThenByDescending(f => f.Location.Facility!.Length)
            .ThenBy(f => f.DocumentId, StringComparer.Ordinal)
            .FirstOrDefault()?.Location;
        var evidence = located.Where(f => f.Location.City == basis.City).SelectMany(f => f.Location.Evidence);
        if (facility is not null) evidence = facility.Evidence.Take(1).Concat(evidence);
        return basis with
        {
            Facility = facility?.Facility,
            Name = facility?.Facility ?? basis.Name,
            Precision = facility is not null ? LocationPrecision.Facility : basis.Precision == LocationPrecision.Facility ? LocationPrecision.City : basis.Precision,
            Evidence = [.. evidence.Distinct().Take(6)],
        };
    }


    /// <summary>GTD attack types in order of how many reports give them; the ACLED type most reports give.</summary>
    private static IncidentEventType SettleEventType(List<IncidentFacts> facts)
    {
        var gtd = facts.SelectMany(f => f.EventType.GtdAttackTypes.Select((t, i) => (Type: t, Rank: i)))
            .GroupBy(x => x.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.Rank)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        if (gtd.Count > 1) gtd.Remove(Taxonomy.UnknownAttackType);
        var acled = facts.GroupBy(f => (f.EventType.AcledEventType, f.EventType.AcledSubEventType))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.AcledEventType, StringComparer.Ordinal).First().Key;
        return new IncidentEventType([.. gtd], acled.AcledEventType, acled.AcledSubEventType,
            [.. facts.SelectMany(f => f.EventType.Evidence).Distinct().Take(8)]);
    }

    /// <summary>Each weapon type and subtype once; an "Unknown ..." subtype only where the reports name no other of its type.</summary>
    private static ImmutableArray<Weapon> SettleWeapons(List<IncidentFacts> facts)
    {
        var all = facts.SelectMany(f => f.Weapons).ToList();
        var specific = all.Where(w => w.Subtype is not null && !w.Subtype.StartsWith("Unknown", StringComparison.Ordinal)).Select(w => w.Type).ToHashSet(StringComparer.Ordinal);
        return [.. all.Where(w => !(specific.Contains(w.Type) && (w.Subtype is null || w.Subtype.StartsWith("Unknown", StringComparison.Ordinal))))
            .GroupBy(w => (w.Type, w.Subtype))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Subtype, StringComparer.Ordinal)
            .Select(g => g.First() with { Evidence = [.. g.SelectMany(w => w.Evidence).Distinct().Take(6)] })];
    }

    /// <summary>One entry per group, aliases merged, claimed if any report says so; "Unknown" only when no report names anyone.</summary>
    private static ImmutableArray<Perpetrator> SettlePerpetrators(List<IncidentFacts> facts)
    {
        var merged = facts.SelectMany(f => f.Perpetrators).GroupBy(p => p.Name)
            .Select(g => g.Aggregate((a, b) => a with
            {
                Aliases = a.Aliases.AddRange(b.Aliases.Except(a.Aliases)),
                Claimed = a.Claimed || b.Claimed,
                Confidence = (PerpetratorConfidence)Math.Max((int)a.Confidence, (int)b.Confidence),
                Evidence = a.Evidence.AddRange(b.Evidence.Except(a.Evidence)),
            }))
            .OrderByDescending(p => p.Claimed).ThenByDescending(p => p.Evidence.Length).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        if (merged.Count > 1) merged.RemoveAll(p => p.Name == Perpetrator.UnknownName);
        return [.. merged];
    }

    private static string TextKey(string text) => new([.. Text.TextFolding.Fold(text).Where(char.IsLetterOrDigit)]);
}
