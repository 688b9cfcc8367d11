namespace Sitrep.Recognizers.Actors;

/// <summary>What the actor lexicons say about one folded word; a token may be in several classes.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    /// <summary>A common English word: never a name nor part of one.</summary>
    Common = 1 << 0,
    /// <summary>A capitalised word that never is part of a person's name ("Hospital", "Friday", "Reuters").</summary>
    NotName = 1 << 1,
    /// <summary>A lower-case word inside a name ("ur", "bin", "de").</summary>
    Particle = 1 << 2,
    Determiner = 1 << 3,
    Pronoun = 1 << 4,
    /// <summary>A nationality or region adjective ("Pakistani", "Salvadoran").</summary>
    Demonym = 1 << 5,
    /// <summary>May open a role ("senior", "former").</summary>
    RoleModifier = 1 << 6,
    /// <summary>After a person or force noun, makes it a modifier ("police headquarters").</summary>
    NotHead = 1 << 7,
    /// <summary>A whole entry of the person, role, force or speech lexicons ("police", "minister", "said"): never part of a name.</summary>
    LexiconWord = 1 << 8,
    Preposition = 1 << 16,
    /// <summary>A noun for where words come from when no person is named ("statement", "source", "radio").</summary>
    SpeakerNoun = 1 << 17,
    StartsGroup = 1 << 9,
    StartsRole = 1 << 10,
    StartsForce = 1 << 11,
    StartsPersonNoun = 1 << 12,
    StartsSpeech = 1 << 13,
    StartsFaction = 1 << 14,
    StartsAttackerModifier = 1 << 15,

    /// <summary>Never part of a person's name.</summary>
    NeverInName = Common | NotName | Determiner | Pronoun | Demonym | LexiconWord,
}
