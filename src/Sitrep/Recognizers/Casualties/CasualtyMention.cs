using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Recognizers.Casualties;

public enum CasualtyOutcome
{
    Killed,
    Wounded,
    /// <summary>Hurt (shot, taken to hospital), the fate told elsewhere ("two people were shot, one fatally").</summary>
    Hit,
}

/// <summary>Whom a count counts.</summary>
public enum CasualtySide
{
    /// <summary>People of unknown side ("people", "others", a name).</summary>
    Unknown,
    Victims,
    /// <summary>Attackers: "all three attackers were killed", "the gunman shot himself".</summary>
    Perpetrators,
    /// <summary>A total that includes both: "seven people, including the three attackers".</summary>
    Mixed,
}

/// <summary>How the counted people are referred to: known already ("the boy", "he", a name) or new ("a man", "two people").</summary>
public enum PersonReference
{
    /// <summary>"a man", "two people", "at least four": people introduced here.</summary>
    Indefinite,
    /// <summary>"the boy", "the victim", "the other two".</summary>
    Definite,
    Pronoun,
    Name,
}

/// <summary>
/// A part of a casualty count told apart in the same statement: the "three attackers" in "seven
/// people, including the three attackers", or the "two policemen" in "two policemen, one
/// paramilitary soldier and a civilian".
/// </summary>
public sealed record CasualtyPart(TextSpan Span, long Count, Qualifier Qualifier, PersonClass Class, CasualtySide Side, string? TargetType);

/// <summary>
/// A statement that people were killed, wounded or shot: "seven people, including the three
/// attackers, were killed", "killing at least 101", "left six people wounded", "shot dead".
/// </summary>
/// <param name="Span">The statement: from the counted people to the verb, or the verb to its object.</param>
/// <param name="CountSpan">The words that give the count ("at least four people", "a 16-year-old boy").</param>
/// <param name="Count">How many; null when the text does not say ("soldiers were killed").</param>
/// <param name="High">Upper end of a range.</param>
/// <param name="Parts">The breakdown the statement gives, if any.</param>
/// <param name="Referent">The counted phrase, folded ("a 16-year-old boy"), to tell repeated mentions of the same people.</param>
/// <param name="IsAdditional">"another man", "a second victim", "14 others": people besides those counted before.</param>
/// <param name="IsNegated">"no one was hurt": a count of zero.</param>
public sealed record CasualtyMention(
    TextSpan Span,
    CasualtyOutcome Outcome,
    TextSpan CountSpan,
    long? Count,
    long? High,
    Qualifier Qualifier,
    CasualtySide Side,
    PersonClass Class,
    string? TargetType,
    ImmutableArray<CasualtyPart> Parts,
    string Referent,
    bool IsAdditional,
    bool IsNegated,
    int Sentence,
    int TriggerToken)
{
    public PersonReference Reference { get; init; }

    /// <summary>A state rather than an event: "suffering from a gunshot wound", "in critical condition".</summary>
    public bool IsCondition { get; init; }
}
