using System.Collections.Immutable;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Where a gold file keeps each label: a small JSON mapping from Sitrep's label names to the keys
/// of a corpus's gold objects (<c>Shapes/*.json</c>). A new annotated set is added as a new shape
/// file, not as code. A shape is chosen for a gold object when the object has its <c>detect</c> key.
/// </summary>
/// <param name="Relevant">Key of the "reports an incident" flag; null when every article does.</param>
/// <param name="Incidents">Key of the list of incidents; null when the gold object is itself the one incident.</param>
/// <param name="Article">Keys of article-level counts (killed, wounded, exact_when), when the corpus gives them apart.</param>
/// <param name="Fields">Keys of an incident's labels: id, attack_type, date, country, admin1, city, location (a
/// "COUNTRY: REGION: PLACE" path), perpetrators, claimed, killed, wounded, killed_victims, killed_perpetrators,
/// wounded_victims, wounded_perpetrators, and exact_when (key → value that marks the counts exact).</param>
/// <param name="AttackTypes">The corpus's attack types and the GTD attack types that match each; empty when the corpus uses GTD's.</param>
public sealed record GoldShape(
    string Name,
    string Detect,
    string? Relevant,
    string? Incidents,
    ImmutableDictionary<string, JsonElement>? Article,
    ImmutableDictionary<string, JsonElement> Fields,
    ImmutableDictionary<string, ImmutableArray<string>> AttackTypes)
{
    public static ImmutableArray<GoldShape> BuiltIn { get; } = [Load("flat-incident.json"), Load("templates.json")];

    public string? Key(string field) =>
        Fields.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static GoldShape Parse(string json, string source)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        ImmutableDictionary<string, JsonElement>? Map(string name) =>
            root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object
                ? v.EnumerateObject().ToImmutableDictionary(p => p.Name, p => p.Value.Clone())
                : null;
        return new GoldShape(
            Str("name") ?? throw new FormatException($"{source}: a shape needs a \"name\""),
            Str("detect") ?? throw new FormatException($"{source}: a shape needs a \"detect\" key"),
            Str("relevant"),
            Str("incidents"),
            Map("article"),
            Map("fields") ?? throw new FormatException($"{source}: a shape needs \"fields\""),
            (Map("attack_types") ?? ImmutableDictionary<string, JsonElement>.Empty)
                .ToImmutableDictionary(p => p.Key, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToImmutableArray()));
    }

    public static GoldShape FromFile(string path) => Parse(File.ReadAllText(path), path);

    private static GoldShape Load(string name)
    {
        var assembly = typeof(GoldShape).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Sitrep.Evaluation.Shapes.{name}")
                           ?? throw new InvalidOperationException($"Gold shape {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), name);
    }
}
