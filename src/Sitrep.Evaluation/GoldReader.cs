using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads a gold file: JSON Lines of <c>{"id", "text" | "path", "published"?, "title"?, "url"?, "gold": {...}}</c>
/// (<c>path</c> names a text file beside the gold file). Each gold object is read through the
/// first <see cref="GoldShape"/> whose <c>detect</c> key it has: the built-in shapes cover the
/// Gun Violence Archive's flat records and MUC-4's template lists; <c>sitrep eval --shape</c> adds others.
/// </summary>
public sealed class GoldReader(ImmutableArray<GoldShape> shapes)
{
    public static GoldReader Default { get; } = new(GoldShape.BuiltIn);

    public GoldReader With(GoldShape shape) => new(shapes.Insert(0, shape));

    public IEnumerable<GoldArticle> Read(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            GoldArticle article;
            try
            {
                article = Parse(line, folder);
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or IOException)
            {
                throw new FormatException($"{path}:{lineNumber}: {e.Message}", e);
            }
            yield return article;
        }
    }

    public GoldArticle Parse(string line, string? folder = null)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = Str(root, "id") ?? throw new FormatException("no \"id\"");
        var text = Str(root, "text")
                   ?? (Str(root, "path") is { } file ? File.ReadAllText(Path.Combine(folder ?? ".", file)) : null)
                   ?? throw new FormatException($"{id}: no \"text\" or \"path\"");
        PublicationDate? published = Str(root, "published") is { } p && PublicationDate.TryParse(p, out var d) ? d : null;
        if (!root.TryGetProperty("gold", out var gold) || gold.ValueKind != JsonValueKind.Object)
            throw new FormatException($"{id}: no \"gold\" object");
        var shape = shapes.FirstOrDefault(s => gold.TryGetProperty(s.Detect, out _))
                    ?? throw new FormatException($"{id}: the gold object matches no shape ({string.Join(", ", shapes.Select(s => $"{s.Name}: '{s.Detect}'"))})");
        return new GoldArticle(id, text, published, Str(root, "title"), Str(root, "url"), Labels(shape, gold));
    }

    private static GoldLabels Labels(GoldShape shape, JsonElement gold)
    {
        var incidents = ImmutableArray.CreateBuilder<GoldIncident>();
        if (shape.Incidents is { } key)
        {
            if (gold.TryGetProperty(key, out var list) && list.ValueKind == JsonValueKind.Array)
                foreach (var item in list.EnumerateArray()) incidents.Add(Incident(shape, item));
        }
        else incidents.Add(Incident(shape, gold));

        var relevant = shape.Relevant is { } r
            ? gold.TryGetProperty(r, out var flag) && flag.ValueKind == JsonValueKind.True
            : true;
        var counts = shape.Article is { } article
            ? new GoldCounts(Int(gold, Field(article, "killed")), Int(gold, Field(article, "wounded")), null, null, null, null, Exact(gold, article))
            : incidents.Count == 1 ? incidents[0].Counts : new GoldCounts(null, null, null, null, null, null);
        var cluster = shape.Incidents is null ? incidents[0].Id : null;
        return new GoldLabels(relevant, cluster, counts, incidents.ToImmutable()) { AttackTypes = shape.AttackTypes };
    }

    private static GoldIncident Incident(GoldShape shape, JsonElement e)
    {
        string? S(string field) => shape.Key(field) is { } k ? Str(e, k) : null;
        int? I(string field) => shape.Key(field) is { } k ? Int(e, k) : null;
        var (country, admin1, city) = SplitLocationPath(S("location"));
        var counts = new GoldCounts(I("killed"), I("wounded"), I("killed_victims"), I("killed_perpetrators"), I("wounded_victims"),
            I("wounded_perpetrators"), Exact(e, shape.Fields));
        var perpetrators = shape.Key("perpetrators") is { } pk && e.TryGetProperty(pk, out var perps) ? Strings(perps) : [];
        var claimed = shape.Key("claimed") is { } ck && e.TryGetProperty(ck, out var c) && c.ValueKind == JsonValueKind.True;
        return new GoldIncident(S("id"), S("attack_type"), Date(S("date")), S("country") ?? country, S("admin1") ?? admin1, S("city") ?? city,
            perpetrators, claimed, counts);
    }

    private static string? Field(ImmutableDictionary<string, JsonElement> map, string name) =>
        map.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The counts are exact unless a key named in <c>exact_when</c> holds another value ("lower_bound").</summary>
    private static bool Exact(JsonElement e, ImmutableDictionary<string, JsonElement> map)
    {
        if (!map.TryGetValue("exact_when", out var rules) || rules.ValueKind != JsonValueKind.Object) return true;
        foreach (var rule in rules.EnumerateObject())
            if (Str(e, rule.Name) is { } value && value != rule.Value.GetString()) return false;
        return true;
    }

    /// <summary>A string, a list of strings, or a list of lists of strings (MUC alternatives).</summary>
    private static ImmutableArray<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => [.. e.EnumerateArray().SelectMany(x => Strings(x))],
        _ => [],
    };

    /// <summary>"EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)" → country, region, place.</summary>
    internal static (string? Country, string? Admin1, string? City) SplitLocationPath(string? location)
    {
        if (string.IsNullOrWhiteSpace(location)) return (null, null, null);
        // Alternatives are separated by '/' and may stand in brackets ("(EL SALVADOR: ZARAGOZA (TOWN)) / (...)"); the
        // first is taken. A leading '?' marks an uncertain fill ("? COLOMBIA"): the place is still the gold's.
        var first = location.Split('/')[0].Trim().TrimStart('?').Trim();
        if (first.StartsWith('(') && first.EndsWith(')')) first = first[1..^1];
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

    /// <summary>A date in a common form; of a range or alternatives ("10 JAN 90 - 11 JAN 90") the first full date.</summary>
    internal static DateOnly? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var candidate = text.Split(" - ")[0].Trim().TrimStart('-', ' ');
        if (candidate.Length == 0) candidate = text.Trim().TrimStart('-', ' ');
        return DateOnly.TryParseExact(candidate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
    }

    private static string? Str(JsonElement e, string? name) =>
        name is not null && e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static int? Int(JsonElement e, string? name) =>
        name is not null && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
