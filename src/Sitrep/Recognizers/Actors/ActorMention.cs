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
/// <see cref="Role"/> the title or role given with it ("interior minister"). For attackers, security
/// forces and civilians <see cref="Name"/> is the noun as the lexicon lists it ("gunmen", "police").
/// </summary>
public sealed record ActorMention(TextSpan Span, ActorKind Kind, string Name)
{
    /// <summary>
    /// For groups, the alias as written ("T.T.P."). For people, the form written here when
    /// <see cref="Name"/> comes from a fuller mention elsewhere in the document ("Sharif", "Sanuallah").
    /// </summary>
    public string? Alias { get; init; }

    /// <summary>
    /// For people, the role or title ("interior minister", "Karachi police chief"); a later mention by
    /// surname inherits the role of the full mention it links to. For groups, the part of the group
    /// meant ("faction", "affiliate", "chapter") when the text names one; null for the group itself.
    /// </summary>
    public string? Role { get; init; }

    public ForceBranch Branch { get; init; }

    public bool Plural { get; init; }

    public int FirstToken { get; init; }

    public int EndToken { get; init; }

    /// <summary>For attackers: the canonical name of the group they are said to belong to ("T.T.P. fighters", "terrorists of the FMLN").</summary>
    public string? Group { get; init; }

    /// <summary>For attackers: described as of unknown identity ("unidentified gunmen", "unknown assailants").</summary>
    public bool Unidentified { get; init; }

    /// <summary>A group mention that names a part of the group ("a faction of the T.T.P."): <see cref="Role"/> says which part.</summary>
    public bool IsFaction => Kind == ActorKind.ArmedGroup && Role is not null;
}
