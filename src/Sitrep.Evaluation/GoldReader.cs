using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads a gold file (JSON Lines: <c>{"id", "text", "published"?, "title"?, "url"?, "gold": {...}}</c>).
/// Two gold shapes are understood, told apart by their keys:
/// <list type="bullet">
/// <item>flat incident records (Gun Violence Archive: <c>incident_id</c>, <c>killed</c>, <c>wounded</c>,
/// <c>killed_victims</c>, ..., <c>state</c>, <c>city_or_county</c>, <c>incident_date</c>): one incident per article;</item>
/// <item>template lists (MUC-4: <c>relevant</c>, <c>incidents[]</c> with <c>attack_type</c>, <c>incident_date</c>,
/// <c>location</c> "COUNTRY: REGION (DEPARTMENT): PLACE (TOWN)", <c>perpetrator</c>, <c>killed</c>/<c>killed_status</c>).</item>
/// </list>
/// An analyst's own coded incidents can use the flat shape with the same key names.
/// </summary>
public static class GoldReader
{
    public static IEnumerable<GoldArticle> Read(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            GoldArticle article;
            try
            {
                article = Parse(line);
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: {e.Message}", e);
            }
            yield return article;
        }
    }

    public static GoldArticle Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = Str(root, "id") ?? throw new FormatException("no \"id\"");
        var text = Str(root, "text") ?? throw new FormatException($"{id}: no \"text\"");
        PublicationDate? published = Str(root, "published") is { } p && PublicationDate.TryParse(p, out var d) ? d : null;
        if (!root.TryGetProperty("gold", out var gold) || gold.ValueKind != JsonValueKind.Object)
            throw new FormatException($"{id}: no \"gold\" object");
        var labels = gold.TryGetProperty("incidents", out _) ? ReadTemplates(gold) : ReadFlat(gold);
        return new GoldArticle(id, text, published, Str(root, "title"), Str(root, "url"), labels);
    }

    private static GoldLabels ReadFlat(JsonElement g)
    {
        var counts = new GoldCounts(Int(g, "killed"), Int(g, "wounded"), Int(g, "killed_victims"), Int(g, "killed_perpetrators"),
            Int(g, "wounded_victims"), Int(g, "wounded_perpetrators"));
        var city = Str(g, "city_or_county");
        var incident = new GoldIncident(Str(g, "incident_id"), Str(g, "attack_type"), Date(Str(g, "incident_date")), Str(g, "country"),
            Str(g, "state"), city, [], false, counts);
        return new GoldLabels(true, Str(g, "incident_id"), counts, [incident]);
    }

    private static GoldLabels ReadTemplates(JsonElement g)
    {
        var incidents = ImmutableArray.CreateBuilder<GoldIncident>();
        foreach (var t in g.GetProperty("incidents").EnumerateArray())
        {
            var exact = Str(t, "killed_status") is null or "exact" && Str(t, "wounded_status") is null or "exact";
            var counts = new GoldCounts(Int(t, "killed"), Int(t, "wounded"), null, null, null, null, exact);
            var (country, admin1, city) = SplitMucLocation(Str(t, "location"));
            var perpetrators = t.TryGetProperty("perpetrator", out var perps) && perps.ValueKind == JsonValueKind.Array
                ? perps.EnumerateArray().SelectMany(a => a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToArray() : [a])
                    .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToImmutableArray()
                : [];
            incidents.Add(new GoldIncident(Str(t, "incident_id"), Str(t, "attack_type"), Date(Str(t, "incident_date")), country, admin1, city,
                perpetrators, t.TryGetProperty("claimed", out var c) && c.ValueKind == JsonValueKind.True, counts));
        }
        var relevant = g.TryGetProperty("relevant", out var r) ? r.ValueKind == JsonValueKind.True : incidents.Count > 0;
        var total = new GoldCounts(Int(g, "killed"), Int(g, "wounded"), null, null, null, null,
            Str(g, "killed_status") is null or "exact" && Str(g, "wounded_status") is null or "exact");
        return new GoldLabels(relevant, null, total, incidents.ToImmutable());
    }

    /// <summary>"EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)" → country, region, place.</summary>
    internal static (string? Country, string? Admin1, string? City) SplitMucLocation(string? location)
    {
        if (string.IsNullOrWhiteSpace(location)) return (null, null, null);
        // Alternatives are separated by '/'; the first is taken.
        var first = location.Split('/')[0];
        var parts = first.Split(':', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        static string Clean(string s) => s.Contains('(') ? s[..s.IndexOf('(')].Trim() : s.Trim();
        string? country = parts.Length > 0 ? Clean(parts[0]) : null;
        string? admin1 = null, city = null;
        foreach (var part in parts.Skip(1))
        {
            if (part.Contains("(DEPARTMENT)") || part.Contains("(PROVINCE)") || part.Contains("(REGION)") || part.Contains("(STATE)")) admin1 ??= Clean(part);
            else city ??= Clean(part);
        }
        return (country, admin1, city);
    }

    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMM d, yyyy", "yyyy-MM-dd", "dd MMM yy", "d MMM yy", "dd MMM yyyy", "d MMM yyyy"];

    internal static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // MUC writes ranges and alternatives ("10 JAN 90 - 11 JAN 90", "- 10 JAN 90"): the first full date is taken.
        var candidate = text.Split(" - ")[0].Trim().TrimStart('-', ' ');
        if (candidate.Length == 0) candidate = text.Trim().TrimStart('-', ' ');
        return DateOnly.TryParseExact(candidate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
