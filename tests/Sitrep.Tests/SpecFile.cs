using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests;

/// <summary>
/// A spec file: JSON cases for one recognizer, <c>[{ "input", "published"?, "expected": [...] , "note"? }]</c>.
/// A new case is a line of data. <see cref="Check"/> runs every case and reports every failure at once.
/// </summary>
/// <param name="Url">The page's address, where the outlet matters ("https://www.wxyz.com/...": a US broadcaster).</param>
public sealed record SpecCase(string Input, string? Published, JsonElement Expected, string? Note, string? Url = null)
{
    public Document Prepare(string id = "spec") =>
        DocumentPreparer.Default.Prepare(new Article(id, Input)
        {
            Published = Published is null ? null : PublicationDate.Parse(Published),
            Url = Url,
        });

    public override string ToString() => Note ?? Input;
}

public static class SpecFile
{
    public static IReadOnlyList<SpecCase> Load(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", relativePath);
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var cases = new List<SpecCase>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            cases.Add(new SpecCase(
                item.GetProperty("input").GetString()!,
                item.TryGetProperty("published", out var p) ? p.GetString() : null,
                item.GetProperty("expected").Clone(),
                item.TryGetProperty("note", out var n) ? n.GetString() : null,
                item.TryGetProperty("url", out var u) ? u.GetString() : null));
        }
        Assert.NotEmpty(cases);
        return cases;
    }

    /// <summary>
    /// Runs <paramref name="check"/> on every case of the file; a case fails by throwing. All
    /// failures are collected into one assertion message naming each case.
    /// </summary>
    public static void Check(string relativePath, Action<SpecCase> check)
    {
        var failures = new List<string>();
        foreach (var c in Load(relativePath))
        {
            try
            {
                check(c);
            }
            catch (Exception e)
            {
                failures.Add($"- {c}: {e.Message}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} case(s) of {relativePath} failed:\n{string.Join("\n", failures)}");
    }

    /// <summary>
    /// True when every property of <paramref name="expected"/> is present in <paramref name="actual"/>
    /// with an equal value (objects compared recursively; properties absent from the expectation are not checked).
    /// </summary>
    public static bool Subsumes(JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind == JsonValueKind.Object)
        {
            if (actual.ValueKind != JsonValueKind.Object) return false;
            foreach (var property in expected.EnumerateObject())
            {
                if (!actual.TryGetProperty(property.Name, out var value))
                {
                    if (property.Value.ValueKind == JsonValueKind.Null) continue;
                    return false;
                }
                if (!Subsumes(property.Value, value)) return false;
            }
            return true;
        }
        if (expected.ValueKind == JsonValueKind.Array)
        {
            if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != expected.GetArrayLength()) return false;
            return expected.EnumerateArray().Zip(actual.EnumerateArray()).All(p => Subsumes(p.First, p.Second));
        }
        if (expected.ValueKind == JsonValueKind.Number && actual.ValueKind == JsonValueKind.Number)
            return expected.GetDecimal() == actual.GetDecimal();
        if (expected.ValueKind == JsonValueKind.String && actual.ValueKind == JsonValueKind.String)
            return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal);
        return expected.ValueKind == actual.ValueKind;
    }

    /// <summary>
    /// Checks that every expected item is matched, in order, by a distinct actual item (extra actual
    /// items are allowed unless <paramref name="exact"/>). Throws with both sides when not.
    /// </summary>
    public static void AssertMatches(JsonElement expected, IReadOnlyList<JsonElement> actual, bool exact = false)
    {
        var at = 0;
        foreach (var want in expected.EnumerateArray())
        {
            while (at < actual.Count && !Subsumes(want, actual[at])) at++;
            if (at == actual.Count)
                throw new InvalidOperationException($"expected {want.GetRawText()} in [{string.Join(", ", actual.Select(a => a.GetRawText()))}]");
            at++;
        }
        if (exact && expected.GetArrayLength() != actual.Count)
            throw new InvalidOperationException($"expected exactly {expected.GetArrayLength()} item(s), got [{string.Join(", ", actual.Select(a => a.GetRawText()))}]");
    }

    public static JsonElement ToJson(object value) => JsonSerializer.SerializeToElement(value, JsonOptions);

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
