using Sitrep.Documents;

namespace Sitrep.Recognizers.Actors;

public enum ActorKind
{
    /// <summary>A named armed group: "Tehreek-e-Taliban Pakistan", "FMLN", "the Pakistani Taliban".</summary>
    ArmedGroup,
    /// <summary>An unnamed attacker: "gunmen", "militants", "assailants", "a suicide bomber", "the shooter".</summary>
    Attacker,
    /// <summary>Police, soldiers, troops, Rangers, paramilitary, security forces.</summary>
    SecurityForce,
    /// <summary>"civilians", "residents", "passers-by", "worshippers", "students".</summary>
    Civilian,
    /// <summary>A named person ("Rana Sanaullah", "interior minister Rana Sanaullah").</summary>
    Person,
}

/// <summary>Which GTD target type a security force belongs to.</summary>
public enum ForceBranch
{
    None,
    Police,
    Military,
    Paramilitary,
    Intelligence,
    Other,
}

/// <summary>
/// A mention of an actor. For groups <see cref="Name"/> is the canonical name and
/// <see cref="Alias"/> the form used; for people <see cref="Name"/> is the name and
/// <see cref="Role"/> the title or role given with it ("interior minister").
/// </summary>
public sealed record ActorMention(TextSpan Span, ActorKind Kind, string Name)
{
    public string? Alias { get; init; }

    public string? Role { get; init; }

    public ForceBranch Branch { get; init; }

    public bool Plural { get; init; }

    public int FirstToken { get; init; }

    public int EndToken { get; init; }
}
