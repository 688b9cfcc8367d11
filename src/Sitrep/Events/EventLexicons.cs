using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>A word naming a violent event: its class, and whether it is a plural that usually names events in general.</summary>
public sealed record Trigger(EventClass Class, bool Plural);

/// <summary>A GTD weapon type and subtype named by a word.</summary>
public sealed record WeaponKind(string Type, string? Subtype);

/// <summary>A claim of responsibility or an accusation; where the group stands relative to the phrase.</summary>
public sealed record ClaimPhrase(bool Claimed, bool GroupBefore);

/// <summary>
/// The event extractor's word lists: triggers (<c>Events/triggers.tsv</c>), weapons
/// (<c>Events/weapons.tsv</c>) and claims (<c>Events/claims.tsv</c>).
/// </summary>
public sealed class EventLexicons
{
    public EventLexicons(Taxonomy taxonomy, ResourceTable triggers, ResourceTable weapons, ResourceTable claims, ResourceTable aggregateCues,
        ResourceTable notEvents, ResourceTable unrealCues, ResourceTable accidentCues)
    {
        AccidentCues = new PhraseMatcher<bool>(accidentCues.Rows.Select(row => (row["cue"], true)));
        NotEvents = new PhraseMatcher<bool>(notEvents.Rows.Select(row => (row["phrase"], true)));
        UnrealCues = new PhraseMatcher<bool>(unrealCues.Rows.Select(row => (row["cue"], true)));
        AggregateCues = new PhraseMatcher<bool>(aggregateCues.Rows.Select(row => (row["cue"], true)));
        Taxonomy = taxonomy;
        Triggers = new PhraseMatcher<Trigger>(triggers.Rows.Select(row =>
        {
            if (!taxonomy.Contains(row["class"])) throw row.Error($"unknown event class '{row["class"]}'.");
            return (row["trigger"], new Trigger(taxonomy[row["class"]], row["number"] == "pl"));
        }));
        Weapons = new PhraseMatcher<WeaponKind>(weapons.Rows.Select(row => (row["phrase"], new WeaponKind(row["type"], row.Optional("subtype")))));
        Claims = new PhraseMatcher<ClaimPhrase>(claims.Rows.Select(row =>
        {
            var claimed = row["confidence"] switch
            {
                "claimed" => true,
                "suspected" => false,
                var other => throw row.Error($"confidence must be claimed or suspected, not '{other}'."),
            };
            return (row["phrase"], new ClaimPhrase(claimed, row["direction"] == "before"));
        }));
    }

    public static EventLexicons Default { get; } = new(
        Taxonomy.Default,
        ResourceTable.Load("Events/triggers.tsv"),
        ResourceTable.Load("Events/weapons.tsv"),
        ResourceTable.Load("Events/claims.tsv"),
        ResourceTable.Load("Events/aggregate-cues.tsv"),
        ResourceTable.Load("Events/not-events.tsv"),
        ResourceTable.Load("Events/unreal-cues.tsv"),
        ResourceTable.Load("Events/accident-cues.tsv"));

    public Taxonomy Taxonomy { get; }

    public PhraseMatcher<Trigger> Triggers { get; }

    public PhraseMatcher<WeaponKind> Weapons { get; }

    public PhraseMatcher<ClaimPhrase> Claims { get; }

    /// <summary>"state of siege", "heart attack": event words that name no violent event.</summary>
    public PhraseMatcher<bool> NotEvents { get; }

    /// <summary>"denied", "plans", "threatened", "would": what follows did not happen, or not yet.</summary>
    public PhraseMatcher<bool> UnrealCues { get; }

    /// <summary>"crash", "earthquake": a death told beside one of these, with no word of violence, was no attack.</summary>
    public PhraseMatcher<bool> AccidentCues { get; }

    /// <summary>"so far this year", "since the war began": a sentence of statistics, not of an incident.</summary>
    public PhraseMatcher<bool> AggregateCues { get; }
}
