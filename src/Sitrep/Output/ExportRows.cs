using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Recognizers.Time;

namespace Sitrep.Output;

/// <summary>
/// Incidents as rows of the ACLED and GTD export shapes: column names as those datasets use them,
/// values from the record (never from the clock: ACLED's timestamp is the latest publication date
/// of the incident's sources). Column order is <see cref="AcledColumns"/> and <see cref="GtdColumns"/>;
/// Sitrep's own incident id ends each GTD row, whose <c>eventid</c> is GTD's date-and-number shape.
/// </summary>
public static class ExportRows
{
    public static readonly ImmutableArray<string> AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static readonly ImmutableArray<string> GtdColumns =
    [
        "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "region_txt", "provstate", "city",
        "latitude", "longitude", "specificity", "summary", "suicide", "attacktype1", "attacktype1_txt", "attacktype2_txt",
        "attacktype3_txt", "targtype1_txt", "target1", "targtype2_txt", "target2", "gname", "gname2", "guncertain1",
        "claimed", "weaptype1_txt", "weapsubtype1_txt", "weaptype2_txt", "weapsubtype2_txt", "nkill", "nkillter",
        "nwound", "nwoundte", "scite1", "scite2", "scite3", "dbsource", "related", "sitrep_id",
    ];

    private static readonly string[] GtdAttackCodes =
    [
        "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
        "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown",
    ];

    public static IEnumerable<string[]> Acled(Report report)
    {
        var documents = report.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var i in report.Incidents)
        {
            var l = i.Location;
            var region = CountryRegions.Of(l.CountryCode);
            var perpetrators = i.Perpetrators.Select(p => Actor(p.Name, l.Country)).ToList();
            var targets = i.Targets.Select(t => TargetActor(t, l.Country)).Distinct().ToList();
            var inter1 = perpetrators.Count == 0 ? "" : i.Perpetrators[0].Name == Perpetrator.UnknownName ? "3" : "2";
            var inter2 = i.Targets.IsEmpty ? "" : TargetInter(i.Targets[0].Type);
            var sources = i.Documents.Select(d => documents.GetValueOrDefault(d)).Where(d => d is not null).ToList();
            yield return
            [
                i.Id,
                Date(i.Date.Start),
                i.Date.Start?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
                AcledTimePrecision(i.Date),
                DisorderType(i.EventType.AcledEventType),
                i.EventType.AcledEventType,
                i.EventType.AcledSubEventType,
                perpetrators.FirstOrDefault() ?? "",
                string.Join("; ", perpetrators.Skip(1)),
                inter1,
                targets.FirstOrDefault() ?? "",
                string.Join("; ", targets.Skip(1)),
                inter2,
                Interaction(inter1, inter2),
                i.EventType.AcledEventType == "Violence against civilians" || i.Targets.Any(t => t.Type.StartsWith("Private Citizens", StringComparison.Ordinal)) ? "Civilian targeting" : "",
                region?.Numeric.TrimStart('0') ?? "",
                region?.AcledRegion ?? "",
                l.Country ?? "",
                l.Admin1 ?? "",
                "",
                "",
                l.City ?? l.Admin1 ?? l.Country ?? "",
                Coordinate(l.Latitude),
                Coordinate(l.Longitude),
                l.Precision switch { LocationPrecision.Facility or LocationPrecision.City => "1", LocationPrecision.Admin1 => "2", LocationPrecision.Country => "3", _ => "" },
                string.Join("; ", sources.Select(d => d!.Outlet ?? d.Id).Distinct(StringComparer.Ordinal)),
                "",
                Summary(i),
                (i.Casualties.Killed?.Value ?? 0).ToString(CultureInfo.InvariantCulture),
                i.Role == IncidentRole.Primary ? "" : "background incident (mentioned, not reported)",
                Timestamp(sources.Select(d => d!.Published)),
            ];
        }
    }

    public static IEnumerable<string[]> Gtd(Report report)
    {
        var documents = report.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var perDay = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in report.Incidents)
        {
            var l = i.Location;
            var d = i.Date;
            var day = d.Start is { } s ? s.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "00000000";
            if (d.Start is { } && d.Precision is DatePrecision.Month) day = day[..6] + "00";
            if (d.Start is { } && d.Precision is DatePrecision.Year) day = day[..4] + "0000";
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
            var attacks = i.EventType.GtdAttackTypes;
            var primaryPerpetrator = i.Perpetrators.FirstOrDefault();
            var sources = i.Documents.Select(x => documents.GetValueOrDefault(x)).Where(x => x is not null).Take(3)
                .Select(x => string.Join(", ", new[] { x!.Outlet, x.Title, x.Url, x.Published?.ToString() }.Where(v => !string.IsNullOrEmpty(v))))
                .ToList();
            var c = i.Casualties;
            yield return
            [
                day + perDay[day].ToString("D4", CultureInfo.InvariantCulture),
                day[..4] == "0000" ? "" : day[..4],
                day[..4] == "0000" ? "" : int.Parse(day[4..6], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                day[..4] == "0000" ? "" : int.Parse(day[6..], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                d.Precision == DatePrecision.Day ? "" : d.Text ?? "",
                d.Start is { } a && d.End is { } b && b > a ? "1" : "0",
                l.Country ?? "",
                CountryRegions.Of(l.CountryCode)?.GtdRegion ?? "",
                l.Admin1 ?? "",
                l.City ?? "",
                Coordinate(l.Latitude),
                Coordinate(l.Longitude),
                l.Precision switch { LocationPrecision.Facility or LocationPrecision.City => "1", LocationPrecision.Admin1 => "3", LocationPrecision.Country => "4", _ => "5" },
                Summary(i),
                i.Weapons.Any(w => w.Subtype?.Contains("suicide", StringComparison.OrdinalIgnoreCase) == true)
                    || i.EventType.AcledSubEventType.Contains("Suicide", StringComparison.OrdinalIgnoreCase) ? "1" : "0",
                attacks.IsEmpty ? "9" : (Array.IndexOf(GtdAttackCodes, attacks[0]) + 1 is var code && code > 0 ? code : 9).ToString(CultureInfo.InvariantCulture),
                attacks.ElementAtOrDefault(0) ?? "Unknown",
                attacks.ElementAtOrDefault(1) ?? "",
                attacks.ElementAtOrDefault(2) ?? "",
                i.Targets.ElementAtOrDefault(0)?.Type ?? "",
                i.Targets.ElementAtOrDefault(0)?.Name ?? "",
                i.Targets.ElementAtOrDefault(1)?.Type ?? "",
                i.Targets.ElementAtOrDefault(1)?.Name ?? "",
                primaryPerpetrator?.Name ?? Perpetrator.UnknownName,
                i.Perpetrators.ElementAtOrDefault(1)?.Name ?? "",
                primaryPerpetrator is { Confidence: PerpetratorConfidence.Suspected } ? "1" : "0",
                primaryPerpetrator?.Claimed == true ? "1" : "0",
                i.Weapons.ElementAtOrDefault(0)?.Type ?? "",
                i.Weapons.ElementAtOrDefault(0)?.Subtype ?? "",
                i.Weapons.ElementAtOrDefault(1)?.Type ?? "",
                i.Weapons.ElementAtOrDefault(1)?.Subtype ?? "",
                Count(c.Killed),
                Count(c.KilledPerpetrators),
                Count(c.Wounded),
                Count(c.WoundedPerpetrators),
                sources.ElementAtOrDefault(0) ?? "",
                sources.ElementAtOrDefault(1) ?? "",
                sources.ElementAtOrDefault(2) ?? "",
                "Sitrep",
                string.Join(", ", i.Related),
                i.Id,
            ];
        }
    }

    /// <summary>A one-line summary of the record: title, date, casualties.</summary>
    public static string Summary(Incident i)
    {
        var parts = new List<string> { i.Title };
        if (i.Date.Start is { } start) parts.Add(Date(start));
        else if (i.Date.Text is { } text) parts.Add(text);
        if (i.Casualties.Killed is { } k) parts.Add($"{FigureText.Of(k)} killed");
        if (i.Casualties.Wounded is { } w) parts.Add($"{FigureText.Of(w)} wounded");
        return string.Join("; ", parts);
    }

    private static string Actor(string name, string? country) =>
        name == Perpetrator.UnknownName ? country is null ? "Unidentified Armed Group" : $"Unidentified Armed Group ({country})" : name;

    private static string TargetActor(Target t, string? country) => t.Type switch
    {
        "Police" => country is null ? "Police Forces" : $"Police Forces of {country}",
        "Military" => country is null ? "Military Forces" : $"Military Forces of {country}",
        var type when type.StartsWith("Private Citizens", StringComparison.Ordinal) => country is null ? "Civilians" : $"Civilians ({country})",
        _ => t.Name ?? t.Type,
    };

    /// <summary>ACLED's actor codes: 1 state forces, 2 rebel groups, 3 political militias, 7 civilians, 8 other.</summary>
    private static string TargetInter(string type) => type switch
    {
        "Police" or "Military" or "Government (General)" or "Government (Diplomatic)" => "1",
        var t when t.StartsWith("Private Citizens", StringComparison.Ordinal) || t.StartsWith("Religious", StringComparison.Ordinal) || t.StartsWith("Educational", StringComparison.Ordinal) => "7",
        _ => "8",
    };

    /// <summary>ACLED's interaction: the two actor codes, the smaller first.</summary>
    private static string Interaction(string a, string b)
    {
        if (a.Length == 0) return b;
        if (b.Length == 0) return a;
        return string.CompareOrdinal(a, b) <= 0 ? a + b : b + a;
    }

    private static string DisorderType(string acledEventType) => acledEventType switch
    {
        "Protests" or "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    };

    /// <summary>ACLED: 1 the day is known, 2 within a week or a few days, 3 within a month or longer.</summary>
    private static string AcledTimePrecision(IncidentDate d) => d.Precision switch
    {
        DatePrecision.Day when d.End is not { } end || d.Start is not { } start || end.DayNumber - start.DayNumber <= 1 => "1",
        DatePrecision.Day => "2",
        _ when d.Start is null => "",
        _ => "3",
    };

    /// <summary>The latest publication date of the sources, as Unix seconds (midnight UTC where no time is known).</summary>
    private static string Timestamp(IEnumerable<Documents.PublicationDate?> published)
    {
        var latest = published.Where(p => p is not null).Select(p => p!.Value).DefaultIfEmpty().Max();
        if (latest == default) return "";
        var moment = new DateTimeOffset(latest.Date.ToDateTime(latest.Time ?? TimeOnly.MinValue), latest.Offset ?? TimeSpan.Zero);
        return moment.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    }

    private static string Count(Figure? f) => f is null ? "" : f.Value.ToString(CultureInfo.InvariantCulture);

    private static string Coordinate(double? v) => v is { } x ? Math.Round(x, 4).ToString("0.0###", CultureInfo.InvariantCulture) : "";

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
