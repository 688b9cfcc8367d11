using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Casualties;
using Sitrep.Recognizers.Places;
using Sitrep.Recognizers.Quotes;
using Sitrep.Recognizers.Time;
using Sitrep.Resources;

namespace Sitrep.Incidents;

/// <summary>
/// Reads the facts one document gives about one of its incidents from that incident's event
/// mentions: type, date, place, perpetrators, targets, weapons, casualties, quotes.
/// </summary>
public sealed class FactsReader(Taxonomy taxonomy, FrozenDictionary<string, string> facilityTargets)
{
    /// <summary>Which ACLED type wins when an incident's mentions name several kinds of event.</summary>
    private static readonly string[] AcledPrecedence =
    [
        "hijacking", "hostage_taking", "kidnapping", "suicide_bombing", "clash", "raid", "air_strike", "shelling", "bombing", "grenade",
        "shooting", "stabbing", "arson", "assassination", "sabotage", "beating", "attack", "killing",
    ];

    public static FactsReader Default { get; } = new(Taxonomy.Default, LoadFacilityTargets());

    private static FrozenDictionary<string, string> LoadFacilityTargets() =>
        ResourceTable.Load("Events/facility-targets.tsv").Rows.ToFrozenDictionary(r => r["word"], r => r["target"], StringComparer.Ordinal);

    /// <param name="places">Every place mention of the document: the reported incident's place may stand apart from its event words.</param>
    public IncidentFacts Read(DocumentIncident incident, ImmutableArray<QuoteMention> quotes, ImmutableArray<ActorMention> actors,
        ImmutableArray<PlaceMention> places = default)
    {
        var doc = incident.Document;
        var mentions = incident.Mentions;
        var casualties = mentions.SelectMany(m => m.Casualties).Distinct().OrderBy(c => c.Span).ToList();
        var weapons = ReadWeapons(doc, mentions, incident.Weapons);
        var targets = ReadTargets(doc, mentions, casualties);
        return new IncidentFacts(
            doc.Id,
            doc.Published,
            incident.Role,
            [.. mentions.Select(m => m.Trigger.Start)],
            ReadEventType(doc, mentions, weapons, targets),
            ReadDate(doc, mentions),
            LocationResolver.Default.Resolve(incident, places),
            ReadPerpetrators(doc, incident, actors),
            targets,
            weapons,
            CasualtyCounter.Count(doc, casualties),
            [.. quotes.Select(q => new Quote(q.Speaker, q.Role, doc.TextOf(q.Span), doc.Id, Evidence(doc, q.Span)))]);
    }

    internal static Evidence Evidence(Document doc, TextSpan span) => new(doc.Id, span, doc.TextOf(span));

    private IncidentEventType ReadEventType(Document doc, ImmutableArray<EventMention> mentions, ImmutableArray<Weapon> weapons, ImmutableArray<Target> targets)
    {
        var specific = mentions.Where(m => !m.Class.IsUnspecific).ToList();
        var gtd = specific.Select(m => m.Class.GtdAttackType).Distinct().ToList();
        if (gtd.Count == 0) gtd.Add(AttackTypeFromWeapons(weapons));

        var classes = mentions.Select(m => m.Class.Name).ToHashSet();
        var main = AcledPrecedence.FirstOrDefault(classes.Contains) ?? "attack";
        var cls = taxonomy[main];
        if (cls.IsUnspecific && weapons.Any(w => w.Type == "Explosives")) cls = taxonomy["bombing"];
        else if (cls.IsUnspecific && weapons.Any(w => w.Type == "Firearms")) cls = taxonomy["shooting"];
        var (acled, sub) = (cls.AcledEventType, cls.AcledSubEventType);
        // ACLED: armed violence against security forces is a battle; against civilians, violence against civilians.
        if (acled == "Violence against civilians" && sub == "Attack" && targets.Any(t => t.Type is "Police" or "Military"))
            (acled, sub) = ("Battles", "Armed clash");

        var evidence = (specific.Count > 0 ? specific : mentions.ToList()).Take(6).Select(m => Evidence(doc, m.Trigger));
        return new IncidentEventType([.. gtd], acled, sub, [.. evidence]);
    }

    private static string AttackTypeFromWeapons(ImmutableArray<Weapon> weapons)
    {
        if (weapons.Any(w => w.Type == "Explosives")) return "Bombing/Explosion";
        if (weapons.Any(w => w.Type is "Firearms" or "Melee")) return "Armed Assault";
        if (weapons.Any(w => w.Type == "Incendiary")) return "Facility/Infrastructure Attack";
        return Taxonomy.UnknownAttackType;
    }

    private static IncidentDate ReadDate(Document doc, ImmutableArray<EventMention> mentions)
    {
        var times = mentions.SelectMany(m => m.Times).Distinct().ToList();
        var best = IncidentSeparator.BestTime(times);
        var clock = times.FirstOrDefault(t => t.Clock is not null) ?? (best?.Clock is not null ? best : null);
        var part = best?.PartOfDay ?? times.FirstOrDefault(t => t.PartOfDay is not null)?.PartOfDay;
        if (best is null && clock is null) return IncidentDate.Unknown;
        string? time = clock?.Clock is { } c ? c.ToString("HH:mm", CultureInfo.InvariantCulture) : part?.ToString().ToLowerInvariant();
        var evidence = new List<Evidence>();
        if (best is not null) evidence.Add(Evidence(doc, best.Span));
        if (clock is not null && clock != best) evidence.Add(Evidence(doc, clock.Span));
        return new IncidentDate(
            best?.Start,
            best?.End,
            best?.Precision ?? DatePrecision.Unknown,
            best?.Weekday ?? (best?.Precision == DatePrecision.Day ? best.Start?.DayOfWeek : null),
            time,
            best is null ? null : doc.TextOf(best.Span),
            [.. evidence]);
    }

    private static ImmutableArray<Perpetrator> ReadPerpetrators(Document doc, DocumentIncident incident, ImmutableArray<ActorMention> actors)
    {
        var groups = new Dictionary<string, GroupEvidence>(StringComparer.Ordinal);
        GroupEvidence Of(ActorMention group) =>
            groups.TryGetValue(group.Name, out var e) ? e : groups[group.Name] = new GroupEvidence();
        foreach (var claim in incident.Mentions.SelectMany(m => m.Claims).Concat(incident.Claims))
        {
            var e = Of(claim.Group);
            e.Claimed |= claim.Claimed;
            e.Evidence.Add(Evidence(doc, claim.Span));
        }
        foreach (var actor in incident.Mentions.SelectMany(m => m.Perpetrators))
        {
            // "Pakistani Taliban militants": attackers said to belong to a group name it.
            if (actor.Kind == ActorKind.ArmedGroup) Of(actor).Evidence.Add(Evidence(doc, actor.Span));
            else if (actor is { Kind: ActorKind.Attacker, Group: { } group }) Of(actor with { Name = group }).Evidence.Add(Evidence(doc, actor.Span));
        }

        var result = ImmutableArray.CreateBuilder<Perpetrator>();
        foreach (var (name, e) in groups.OrderBy(g => g.Value.Evidence.Min(v => v.Span)))
        {
            // Every form the document uses for the group, in order of appearance.
            var aliases = actors.Where(a => a.Kind == ActorKind.ArmedGroup && a.Name == name)
                .Select(a => a.Alias ?? doc.TextOf(a.Span)).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new Perpetrator(name, aliases, e.Claimed, e.Claimed ? PerpetratorConfidence.Claimed : PerpetratorConfidence.Suspected,
                [.. e.Evidence.Distinct().OrderBy(v => v.Span)]));
        }
        if (result.Count == 0)
        {
            var attackers = incident.Mentions.SelectMany(m => m.Perpetrators).Where(a => a.Kind == ActorKind.Attacker).ToList();
            if (attackers.Count > 0)
                result.Add(new Perpetrator(Perpetrator.UnknownName, [], false, PerpetratorConfidence.Unknown,
                    [.. attackers.Take(3).Select(a => Evidence(doc, a.Span))]));
        }
        return result.ToImmutable();
    }

    private sealed class GroupEvidence
    {
        public bool Claimed { get; set; }
        public List<Evidence> Evidence { get; } = [];
    }

    private ImmutableArray<Target> ReadTargets(Document doc, ImmutableArray<EventMention> mentions, List<CasualtyMention> casualties)
    {
        var targets = new List<(string Type, string Name, TextSpan Span)>();
        foreach (var place in mentions.SelectMany(m => m.Places).Where(p => p.Kind == PlaceKind.Facility))
            if (TargetOfFacility(place.FacilityType ?? place.Name) is { } type) targets.Add((type, place.Name, place.Span));
        foreach (var c in casualties.Where(c => c.Side is CasualtySide.Victims or CasualtySide.Mixed or CasualtySide.Unknown && !c.IsNegated))
        {
            if (c.Parts.Length > 0)
            {
                foreach (var part in c.Parts.Where(p => p.Side == CasualtySide.Victims && p.TargetType is not null && p.Class != PersonClass.Person))
                    targets.Add((part.TargetType!, doc.TextOf(part.Span), part.Span));
            }
            // "people" say nothing of whom an attack aimed at; "policemen" and "civilians" do.
            else if (c.Side == CasualtySide.Victims && c.TargetType is not null && c.Class != PersonClass.Person)
                targets.Add((c.TargetType, doc.TextOf(c.CountSpan), c.CountSpan));
        }
        foreach (var actor in mentions.SelectMany(m => m.TargetActors))
        {
            var type = actor.Branch switch
            {
                ForceBranch.Police => "Police",
                ForceBranch.Military or ForceBranch.Paramilitary => "Military",
                _ => actor.Kind == ActorKind.Civilian ? "Private Citizens & Property" : null,
            };
            if (type is not null) targets.Add((type, doc.TextOf(actor.Span), actor.Span));
        }
        return [.. targets.GroupBy(t => t.Type).OrderBy(g => g.Min(t => t.Span))
            .Select(g => new Target(g.Key, g.OrderBy(t => t.Span).First().Name, [.. g.OrderBy(t => t.Span).Take(4).Select(t => Evidence(doc, t.Span)).Distinct()]))];
    }

    private string? TargetOfFacility(string facilityType)
    {
        foreach (var word in facilityType.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (facilityTargets.TryGetValue(word, out var target)) return target;
        return null;
    }

    private static ImmutableArray<Weapon> ReadWeapons(Document doc, ImmutableArray<EventMention> mentions, ImmutableArray<WeaponMention> unattached)
    {
        var found = new List<(string Type, string? Subtype, TextSpan Span)>();
        foreach (var w in mentions.SelectMany(m => m.Weapons).Concat(unattached)) found.Add((w.Kind.Type, w.Kind.Subtype, w.Span));
        foreach (var m in mentions.Where(m => m.Class.Weapon is not null)) found.Add((m.Class.Weapon!, m.Class.WeaponSubtype, m.Trigger));
        var result = new List<Weapon>();
        foreach (var byType in found.GroupBy(f => f.Type).OrderBy(g => g.Min(f => f.Span)))
        {
            var subtypes = byType.Where(f => f.Subtype is not null && !f.Subtype.StartsWith("Unknown", StringComparison.Ordinal)).GroupBy(f => f.Subtype).ToList();
            if (subtypes.Count == 0)
                result.Add(new Weapon(byType.Key, byType.First().Subtype, [.. byType.OrderBy(f => f.Span).Take(3).Select(f => Evidence(doc, f.Span)).Distinct()]));
            else
                foreach (var sub in subtypes.OrderBy(g => g.Min(f => f.Span)))
                    result.Add(new Weapon(byType.Key, sub.Key, [.. sub.OrderBy(f => f.Span).Take(3).Select(f => Evidence(doc, f.Span)).Distinct()]));
        }
        return [.. result];
    }
}
