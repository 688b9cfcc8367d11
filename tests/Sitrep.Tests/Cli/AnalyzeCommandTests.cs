using System.Text;
using System.Text.Json;

namespace Sitrep.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyses_the_sample_folder_into_the_json_contract()
    {
        var result = SitrepProcess.Run("analyze", Seeds.Folder);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("documents").GetArrayLength());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        var incident = root.GetProperty("incidents")[0];
        foreach (var field in new[] { "id", "role", "title", "event_type", "date", "location", "perpetrators", "targets", "weapons", "casualties",
                     "quotes", "documents", "conflicts", "history", "related" })
            Assert.True(incident.TryGetProperty(field, out _), $"incident lacks '{field}'");
        foreach (var field in new[] { "killed", "killed_victims", "killed_perpetrators", "wounded", "wounded_victims", "wounded_perpetrators" })
            Assert.True(incident.GetProperty("casualties").TryGetProperty(field, out _), $"casualties lack '{field}'");
        Assert.Equal("primary", incident.GetProperty("role").GetString());
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_whatever_the_order_of_the_paths()
    {
        var files = Directory.GetFiles(Seeds.Folder).Order(StringComparer.Ordinal).ToArray();
        var first = SitrepProcess.Run(["analyze", .. files]);
        var again = SitrepProcess.Run(["analyze", .. files]);
        var reversed = SitrepProcess.Run(["analyze", .. files.Reverse()]);
        Assert.Equal(first.Stdout, again.Stdout);
        Assert.Equal(first.Stdout, reversed.Stdout);
    }

    [Fact]
    public void Every_evidence_cites_its_document_text_exactly_and_every_figure_has_evidence()
    {
        var result = SitrepProcess.Run("analyze", Seeds.Folder);
        using var json = JsonDocument.Parse(result.Stdout);
        var texts = json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("text").GetString()!);
        var checkedSpans = 0;
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("evidence", out var evidence))
                {
                    foreach (var ev in evidence.EnumerateArray())
                    {
                        var text = texts[ev.GetProperty("document").GetString()!];
                        var start = ev.GetProperty("start").GetInt32();
                        var end = ev.GetProperty("end").GetInt32();
                        Assert.Equal(ev.GetProperty("text").GetString(), text[start..end]);
                        checkedSpans++;
                    }
                    if (e.TryGetProperty("value", out _)) Assert.True(evidence.GetArrayLength() > 0, $"a figure without evidence: {e.GetRawText()}");
                }
                foreach (var p in e.EnumerateObject()) Walk(p.Value);
            }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) Walk(item);
        }
        Walk(json.RootElement.GetProperty("incidents"));
        Assert.True(checkedSpans > 50, $"only {checkedSpans} evidence spans checked");
    }

    [Fact]
    public void Markdown_shows_the_dossier_and_the_cleaned_text()
    {
        var result = SitrepProcess.Run("analyze", Seeds.PathOf("002"), "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        var text = result.Text;
        Assert.Contains("| killed | 7 |", text);
        Assert.Contains("Muqadas Haider", text);
        Assert.Contains("Seven people — including the three attackers — were killed", text);
        Assert.DoesNotContain("Back to top", text);
    }

    [Fact]
    public void Json_lines_give_one_incident_per_line()
    {
        var result = SitrepProcess.Run("analyze", Seeds.PathOf("000"), "--format", "jsonl");
        var lines = result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("casualties", out _)));
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var result = SitrepProcess.RunWithInput("Gunmen shot dead two police officers in Quetta on Monday, officials said.", "analyze", "-", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        using var incident = JsonDocument.Parse(result.Text.Split('\n')[0]);
        Assert.Equal(2, incident.RootElement.GetProperty("casualties").GetProperty("killed").GetProperty("value").GetInt32());
    }

    [Theory]
    [InlineData("analyze", "--format", "xml", ".")]
    [InlineData("analyze", "--published", "yesterday", ".")]
    [InlineData("analyze")]
    [InlineData("frobnicate")]
    public void Bad_arguments_exit_with_two(params string[] args)
    {
        var result = SitrepProcess.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Stderr);
    }

    [Fact]
    public void Geojson_output_is_a_feature_collection_of_incident_points()
    {
        var result = SitrepProcess.Run("analyze", Seeds.PathOf("004"), "--format", "geojson");
        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Text);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var primary = json.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("role").GetString() == "primary");
        Assert.Equal("Karachi", primary.GetProperty("properties").GetProperty("city").GetString());
    }
}
