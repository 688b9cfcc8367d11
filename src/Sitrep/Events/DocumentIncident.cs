using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events;

public enum IncidentRole
{
    /// <summary>An incident the document reports on.</summary>
    Primary,
    /// <summary>An incident the document only mentions (an earlier bombing cited for context).</summary>
    Background,
}

/// <summary>Why an event mention was judged to be about an earlier incident.</summary>
public enum BackgroundReason
{
    None,
    /// <summary>"three weeks after a mosque bombing".</summary>
    EarlierEventCue,
    /// <summary>"last month", "in June 2014", a date far from the reported incident's.</summary>
    EarlierTime,
    /// <summary>Another city than the reported incident's.</summary>
    OtherPlace,
    /// <summary>"that blast": the event last mentioned, which was background.</summary>
    Reference,
    /// <summary>Mentioned only in passing: deep in a story that is about something else, with nothing specific said of it.</summary>
    Aside,
}

/// <summary>
/// An incident as one document tells it: its role there, the event mentions that speak of it,
/// and the claims of responsibility that name no event but belong to it.
/// </summary>
public sealed record DocumentIncident(
    Document Document,
    int Index,
    IncidentRole Role,
    BackgroundReason Reason,
    ImmutableArray<EventMention> Mentions,
    ImmutableArray<ClaimMention> Claims)
{
    /// <summary>Weapons named in sentences without an event word, which belong to the document's main incident.</summary>
    public ImmutableArray<WeaponMention> Weapons { get; init; } = [];
}
