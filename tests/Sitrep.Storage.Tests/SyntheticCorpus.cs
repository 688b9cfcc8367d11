using System.Text;
using System.Text.Json;

namespace Sitrep.Storage.Tests;

/// <summary>
/// Short incident reports made from templates (the shape of bench/store/make-corpus.py): one to
/// three reports per incident, figures that move between reports, many places and dates.
/// Deterministic for a seed.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Cities =
    [
        "Karachi", "Lahore", "Quetta", "Peshawar", "Kabul", "Kandahar", "Baghdad", "Mosul", "Kirkuk", "Maiduguri", "Mogadishu",
        "Kismayo", "Bamako", "Gao", "Niamey", "Damascus", "Aleppo", "Sanaa", "Aden", "Tripoli", "Kano", "Goma", "Juba", "Khartoum",
        "Srinagar", "Manila", "Bogota", "Cali", "Nairobi", "Dhaka",
    ];
    private static readonly (string Who, string? Group)[] Attackers =
    [
        ("Gunmen", null), ("Militants", null), ("Boko Haram fighters", "Boko Haram"), ("Al-Shabaab militants", "al-Shabaab"),
        ("Tehreek-e-Taliban Pakistan militants", "Tehreek-e-Taliban Pakistan"), ("Unidentified assailants", null),
    ];
    private static readonly string[] Victims = ["policemen", "soldiers", "civilians", "villagers", "worshippers", "security guards"];
    private static readonly string[] Places = ["at a checkpoint", "at a market", "near a mosque", "at a police station", "on a highway", "at a school"];
    private static readonly string[] Verbs = ["opened fire on", "attacked", "detonated a bomb near", "stormed"];

    /// <returns>The ids written, in order.</returns>
    public static IReadOnlyList<string> Write(string path, int articles, int seed = 7)
    {
        var rng = new Random(seed);
        var ids = new List<string>(articles);
        var start = new DateOnly(2015, 1, 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var incident = 1; ids.Count < articles; incident++)
        {
            var city = Cities[rng.Next(Cities.Length)];
            var when = start.AddDays(rng.Next(3650));
            var (who, group) = Attackers[rng.Next(Attackers.Length)];
            var victims = Victims[rng.Next(Victims.Length)];
            var place = Places[rng.Next(Places.Length)];
            var verb = Verbs[rng.Next(Verbs.Length)];
            var killed = rng.Next(1, 40);
            var wounded = rng.Next(0, 60);
            var reports = new[] { 1, 1, 1, 2, 3 }[rng.Next(5)];
            for (var report = 0; report < reports && ids.Count < articles; report++)
            {
                var k = killed + report * rng.Next(0, 3);
                var text = new StringBuilder($"{city}: {who} {verb} {victims} {place} in {city} on {when.DayOfWeek}, killing {k} people and wounding {wounded + report}, officials said. ");
                if (group is not null && rng.NextDouble() < 0.6) text.Append($"{group} claimed responsibility for the attack in a statement. ");
                text.Append($"\"The attackers fled before security forces arrived,\" a police spokesman said. Report {incident}-{report}.");
                var id = $"syn-{ids.Count:D6}";
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id,
                    title = $"{k} killed in {city} attack",
                    published = when.AddDays(1 + report).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    text = text.ToString(),
                }));
                ids.Add(id);
            }
        }
        return ids;
    }
}
