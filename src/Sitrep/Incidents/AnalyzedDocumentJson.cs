using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Incidents;

/// <summary>
/// Reads and writes an <see cref="AnalyzedDocument"/> as JSON, for a store to keep what the
/// pipeline read of a document without reading it again. Deterministic: the same document gives
/// the same bytes.
/// </summary>
public static class AnalyzedDocumentJson
{
    public static string Serialize(AnalyzedDocument document) => JsonSerializer.Serialize(document, AnalyzedDocumentJsonContext.Default.AnalyzedDocument);

    public static AnalyzedDocument Deserialize(string json) =>
        JsonSerializer.Deserialize(json, AnalyzedDocumentJsonContext.Default.AnalyzedDocument) ?? throw new JsonException("An analysed document was null.");
}

/// <summary>Source-generated serializers: no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AnalyzedDocument))]
internal sealed partial class AnalyzedDocumentJsonContext : JsonSerializerContext;
