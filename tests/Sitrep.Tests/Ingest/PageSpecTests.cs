using System.Text.Json;
using Sitrep.Ingest.Html;

namespace Sitrep.Tests.Ingest;

/// <summary>The page spec file: a new case of metadata or furniture is a line of data.</summary>
public sealed class PageSpecTests
{
    private const string File = "Ingest/pages.json";

    [Fact]
    public void Reads_each_page_of_the_spec_file()
    {
        // The text checks sit beside "expected"; SpecFile keeps only input and expected, so they are read here.
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", File);
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var extra = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("input").GetString()!, e => e.Clone());
        SpecFile.Check(File, c =>
        {
            var article = HtmlArticleReader.Default.Read(c.Input, "spec", null, "spec.html", null).Article
                          ?? throw new InvalidOperationException("no article read");
            var actual = SpecFile.ToJson(new
            {
                title = article.Title,
                published = article.Published?.ToString(),
                outlet = article.Outlet,
                byline = article.Byline,
                url = article.Url,
                language = article.Language,
            });
            if (!SpecFile.Subsumes(c.Expected, actual)) throw new InvalidOperationException($"got {actual.GetRawText()}");
            var spec = extra[c.Input];
            foreach (var want in Strings(spec, "text_has"))
                if (!article.Text.Contains(want, StringComparison.Ordinal)) throw new InvalidOperationException($"text lacks '{want}': {article.Text}");
            foreach (var unwanted in Strings(spec, "text_lacks"))
                if (article.Text.Contains(unwanted, StringComparison.Ordinal)) throw new InvalidOperationException($"text holds '{unwanted}': {article.Text}");
        });
    }

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(x => x.GetString()!) : [];
}
