using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Recognizers.Casualties;

public enum PersonPhraseHead
{
    /// <summary>"at least four people", "a 16-year-old boy".</summary>
    Noun,
    /// <summary>"the other two", "killing at least 101": a count with no noun.</summary>
    Number,
    /// <summary>"he", "they", "one of them".</summary>
    Pronoun,
    /// <summary>"Kevin Barbee".</summary>
    Name,
}

/// <summary>
/// A phrase that counts people, read by <see cref="PersonPhraseReader"/>: tokens
/// <c>[FirstToken, EndToken)</c>, its count (null when unsaid: "soldiers"), its class and parts.
/// <see cref="HeadKey"/> names the head ("girl", a surname, "she") to tell when two phrases mean the same person.
/// </summary>
internal sealed record PersonPhrase(
    int FirstToken,
    int EndToken,
    TextSpan Span,
    PersonPhraseHead Head,
    long? Count,
    long? High,
    Qualifier Qualifier,
    PersonClass Class,
    string? TargetType,
    bool Plural,
    bool IsAdditional,
    bool IsNegated,
    bool IsAnaphoric,
    ImmutableArray<CasualtyPart> Parts,
    string HeadKey)
{
    public CasualtySide Side => SideOf(Class, Parts);

    /// <summary>Set by the reader when a determiner makes the phrase definite ("the boy", "his son").</summary>
    public bool IsDefinite { get; init; }

    public PersonReference Reference => Head switch
    {
        PersonPhraseHead.Pronoun when Count is 1 && !IsAdditional => PersonReference.Pronoun,
        PersonPhraseHead.Name => PersonReference.Name,
        _ when IsDefinite => PersonReference.Definite,
        _ => PersonReference.Indefinite,
    };

    public static CasualtySide SideOf(PersonClass cls, ImmutableArray<CasualtyPart> parts)
    {
        if (!parts.IsDefaultOrEmpty)
        {
            var attackers = parts.Any(p => p.Side == CasualtySide.Perpetrators);
            var victims = parts.Any(p => p.Side == CasualtySide.Victims);
            // "two soldiers and two militants"; "seven people, including the three attackers".
            if (attackers && (victims || cls == PersonClass.Person)) return CasualtySide.Mixed;
            if (victims && !attackers && parts.All(p => p.Side == CasualtySide.Victims)) return CasualtySide.Victims;
        }
        return cls switch
        {
            PersonClass.Attacker => CasualtySide.Perpetrators,
            PersonClass.Person => CasualtySide.Unknown,
            _ => CasualtySide.Victims,
        };
    }
}
