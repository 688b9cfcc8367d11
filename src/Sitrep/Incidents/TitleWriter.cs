using System.Collections.Immutable;

namespace Sitrep.Incidents;

/// <summary>Writes an incident's one-line title: "Armed assault on Karachi Police Office, Karachi".</summary>
public static class TitleWriter
{
    public static string Write(IncidentEventType eventType, IncidentLocation location, ImmutableArray<Target> targets)
    {
        var kind = eventType.GtdAttackTypes.FirstOrDefault() switch
        {
            "Armed Assault" => "Armed assault",
            "Bombing/Explosion" => "Bombing",
            "Hostage Taking (Kidnapping)" => "Kidnapping",
            "Hostage Taking (Barricade Incident)" => "Hostage-taking",
            "Facility/Infrastructure Attack" => "Attack on infrastructure",
            "Assassination" => "Assassination",
            "Hijacking" => "Hijacking",
            "Unarmed Assault" => "Unarmed assault",
            _ => "Attack",
        };
        var title = kind;
        var on = location.Facility ?? targets.FirstOrDefault()?.Type switch
        {
            "Police" => "police",
            "Military" => "military",
            "Private Citizens & Property" => "civilians",
            "Religious Figures/Institutions" => "religious figures",
            "Government (General)" => "government",
            "Business" => "business",
            "Journalists & Media" => "journalists",
            "Educational Institution" => "a school",
            _ => null,
        };
        if (on is not null && kind != "Attack on infrastructure") title += " on " + on;
        var where = location.City ?? location.Admin1 ?? location.Country;
        if (where is not null && where != location.Facility) title += (on is null ? " in " : ", ") + where;
        return title;
    }
}
