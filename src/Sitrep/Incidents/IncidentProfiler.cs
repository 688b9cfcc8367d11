using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Casualties;
using Sitrep.Recognizers.Time;
using Sitrep.Text;

namespace Sitrep.Incidents;

/// <summary>Builds an incident's <see cref="IncidentProfile"/> from its facts and the document they came from.</summary>
public sealed class IncidentProfiler(FunctionWords words)
{
    /// <summary>How many days before its publication an undated report's incident may lie.</summary>
    public const int RecentDays = 10;

    public static IncidentProfiler Default { get; } = new(FunctionWords.Default);

    public IncidentProfile Profile(DocumentIncident incident, IncidentFacts facts, ImmutableArray<ActorMention> actors)
    {
        var doc = incident.Document;
        var first = incident.Mentions.IsEmpty ? 0 : incident.Mentions.Min(m => m.Trigger.Start);
        var date = facts.Date;
        DayRange? day = date is { Start: { } s, End: { } e } && date.Precision is DatePrecision.Day or DatePrecision.Month
            ? new DayRange(s.DayNumber, e.DayNumber)
            : null;
        // A report without a day of its own tells of the days just before its publication.
        DayRange? window = day is null && incident.Role == IncidentRole.Primary && doc.Published is { } published
            ? new DayRange(published.Date.DayNumber - RecentDays, published.Date.DayNumber)
            : null;
        var location = facts.Location;
        // Upper-case wire copy from a capital ("BOGOTA, 18 SEP 89 --") files many attacks a day under one dateline: a
        // place read from nothing but the dateline says where the report was written, not which incident it is. (Local
        // news in mixed case is filed where it happens: there the dateline's town still groups, and gva-dev loses a
        // little without it.)
        var datelineOnly = doc.IsUpperCase && doc.Dateline is { } dateline && !location.Evidence.IsDefaultOrEmpty &&
                           location.Evidence.All(e => dateline.Span.Overlaps(e.Span));
        var place = location.CountryCode is null && location.City is null && location.Admin1 is null || datelineOnly
            ? null
            : string.Join('|', location.CountryCode ?? "", location.Admin1 ?? "", location.City ?? "");
        return new IncidentProfile(
            $"{doc.Id}\u0001{first:D9}",
            doc.Id,
            incident.Role,
            day,
            day is null ? date.Weekday : null,
            window,
            location.CountryCode,
            place,
            location.Facility is { } f ? TextFolding.Fold(f) : null,
            location.Latitude is { } lat && location.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            [.. facts.EventType.GtdAttackTypes.Where(t => t != Taxonomy.UnknownAttackType)],
            [.. facts.Perpetrators.Where(p => p.Name != Perpetrator.UnknownName).Select(p => p.Name)],
            [.. facts.Targets.Select(t => t.Type)],
            facts.Casualties.Killed?.Value,
            facts.Casualties.Wounded?.Value,
            VictimNames(doc, incident, actors),
            Terms(doc, incident));
    }

    /// <summary>
    /// The words that stand for the incident: for the incident a document reports, the whole
    /// document (its story is about it); for one it only mentions, the sentences that mention it.
    /// </summary>
    private ImmutableArray<TermCount> Terms(Document doc, DocumentIncident incident)
    {
        var counts = new Dictionary<uint, int>();
        IEnumerable<Sentence> sentences = incident.Role == IncidentRole.Primary
            ? doc.Sentences
            : incident.Mentions.Select(m => m.Sentence).Distinct().Order().Select(i => doc.Sentences[i]);
        foreach (var sentence in sentences)
        {
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var token = doc.Tokens[k];
                if (!token.IsWord || token.Span.Length < 3 || words.RolesOf(doc, k) != WordRole.None) continue;
                var term = (uint)TextFingerprint.Hash(doc.FoldedOf(k));
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }
        // Each term once, so the order by term is the same whatever the sort.
        var keys = new uint[counts.Count];
        var values = new int[counts.Count];
        counts.Keys.CopyTo(keys, 0);
        counts.Values.CopyTo(values, 0);
        Array.Sort(keys, values);
        var terms = new TermCount[keys.Length];
        for (var i = 0; i < terms.Length; i++) terms[i] = new TermCount(keys[i], values[i]);
        return ImmutableCollectionsMarshal.AsImmutableArray(terms);
    }

    /// <summary>
    /// People named in the incident's casualty statements, or in their sentences without a role
    /// (a victim, not the police chief who speaks of it).
    /// </summary>
    private static ImmutableHashSet<string> VictimNames(Document doc, DocumentIncident incident, ImmutableArray<ActorMention> actors)
    {
        var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var casualties = incident.Mentions.SelectMany(m => m.Casualties).ToList();
        foreach (var c in casualties.Where(c => c.Reference == PersonReference.Name))
            names.Add(TextFolding.Fold(doc.TextOf(c.CountSpan)));
        // For the incident a document reports, every person it names without an office (victims,
        // suspects, witnesses: who a follow-up story names again); for one it mentions, those of its sentences.
        var sentences = incident.Role == IncidentRole.Primary ? null : incident.Mentions.Select(m => m.Sentence).ToHashSet();
        foreach (var actor in actors)
            if (actor is { Kind: ActorKind.Person, Role: null } && (sentences is null || sentences.Contains(doc.SentenceAt(actor.Span.Start).Index)))
                names.Add(TextFolding.Fold(actor.Name));
        return names.ToImmutable();
    }

}
