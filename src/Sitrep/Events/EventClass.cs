namespace Sitrep.Events;

/// <summary>
/// A kind of violent event and what it is in the GTD codebook and in ACLED's typology.
/// <see cref="Weapon"/> is the GTD weapon type the kind implies (a shooting implies firearms).
/// </summary>
public sealed record EventClass(
    string Name,
    string GtdAttackType,
    string AcledEventType,
    string AcledSubEventType,
    string? Weapon,
    string? WeaponSubtype)
{
    /// <summary>"attack" and "killing" say that violence happened, not how.</summary>
    public bool IsUnspecific => GtdAttackType == Taxonomy.UnknownAttackType;
}
