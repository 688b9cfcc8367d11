using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Casualties;
using Sitrep.Recognizers.Places;
using Sitrep.Recognizers.Time;

namespace Sitrep.Events;

/// <summary>How an event word points at its event: "an attack", "the attack", "that blast".</summary>
public enum EventReference
{
    Indefinite,
    /// <summary>"the attack", "this assault", "Friday's attack": an event already in view.</summary>
    Definite,
    /// <summary>"that blast", "that attack": the event mentioned last, usually not the main one.</summary>
    Demonstrative,
}

/// <summary>A weapon named in the text.</summary>
public sealed record WeaponMention(TextSpan Span, WeaponKind Kind);

/// <summary>A claim of responsibility or an accusation naming a group: "the TTP claimed responsibility".</summary>
public sealed record ClaimMention(TextSpan Span, ActorMention Group, bool Claimed, int Sentence);

/// <summary>
/// One mention of a violent event in one document: its trigger word, its class, and what the
/// words around it say of it (casualties, time, place, actors, weapons, claims).
/// </summary>
/// <param name="Index">Position among the document's event mentions.</param>
/// <param name="Trigger">The word naming the event ("assault", "blast"), or the casualty verb for an implicit event.</param>
/// <param name="IsImplicit">No event word: the event is known from a casualty statement ("two soldiers were shot dead").</param>
/// <param name="EarlierEventCue">The word marking it as an earlier event: "after a mosque bombing", "since the blast".</param>
public sealed record EventMention(
    int Index,
    TextSpan Trigger,
    int Sentence,
    EventClass Class,
    bool IsImplicit,
    EventReference Reference,
    TextSpan? EarlierEventCue)
{
    public ImmutableArray<CasualtyMention> Casualties { get; init; } = [];

    public ImmutableArray<TimeMention> Times { get; init; } = [];

    public ImmutableArray<PlaceMention> Places { get; init; } = [];

    /// <summary>Groups and attackers named near the event word: who did it.</summary>
    public ImmutableArray<ActorMention> Perpetrators { get; init; } = [];

    /// <summary>Security forces, civilians and people named near the event word: whom it hit.</summary>
    public ImmutableArray<ActorMention> TargetActors { get; init; } = [];

    public ImmutableArray<WeaponMention> Weapons { get; init; } = [];

    public ImmutableArray<ClaimMention> Claims { get; init; } = [];
}
