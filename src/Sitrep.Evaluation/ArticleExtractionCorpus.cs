using System.IO.Compression;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>One page of the article-extraction benchmark: its key, saved HTML (bytes, as served), URL and gold body.</summary>
public sealed record ExtractionCase(string Key, byte[] Html, string? Url, string GoldBody);

/// <summary>
/// Reads the article-extraction benchmark's layout: a folder with <c>ground-truth.json</c>
/// (<c>{key: {"articleBody", "url"}}</c>) and <c>html/KEY.html.gz</c> (or <c>.html</c>).
/// </summary>
public static class ArticleExtractionCorpus
{
    public const string GroundTruthFile = "ground-truth.json";

    public static bool IsCorpusFolder(string path) => Directory.Exists(path) && File.Exists(Path.Combine(path, GroundTruthFile));

    public static IEnumerable<ExtractionCase> Read(string folder)
    {
        using var stream = File.OpenRead(Path.Combine(folder, GroundTruthFile));
        using var json = JsonDocument.Parse(stream);
        var cases = new List<(string Key, string? Url, string Body)>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var body = entry.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "";
            var url = entry.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            cases.Add((entry.Name, url, body));
        }
        // Keys in a stable order: the scores do not depend on it, the details file does.
        foreach (var (key, url, body) in cases.OrderBy(c => c.Key, StringComparer.Ordinal))
            yield return new ExtractionCase(key, ReadHtml(folder, key), url, body);
    }

    private static byte[] ReadHtml(string folder, string key)
    {
        var gz = Path.Combine(folder, "html", key + ".html.gz");
        if (File.Exists(gz))
        {
            using var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            return buffer.ToArray();
        }
        var plain = Path.Combine(folder, "html", key + ".html");
        if (File.Exists(plain)) return File.ReadAllBytes(plain);
        throw new FileNotFoundException($"{key}: no html/{key}.html.gz or .html", gz);
    }
}
