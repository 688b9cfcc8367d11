using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Tests.CrossDocument;

/// <summary>Syndicated copies count once; the order documents come in changes nothing.</summary>
public sealed class CopiesAndOrderTests
{
    private static readonly PublicationDate Published = PublicationDate.Parse("2023-02-18");

    private static AnalyzedDocument Seed(string prefix, string? id = null, Func<string, string>? edit = null)
    {
        var path = Seeds.PathOf(prefix);
        var text = File.ReadAllText(path);
        return DocumentAnalyzer.Default.Analyze(new Article(id ?? Path.GetFileNameWithoutExtension(path), edit is null ? text : edit(text))
            { Published = Published }).ToAnalyzedDocument();
    }

    /// <summary>A syndicated copy: another headline, an outlet's line added at the end, one word changed.</summary>
    private static string Syndicated(string text, int n) =>
        $"Wire report {n}: police compound attacked in Karachi\n\n" + text[(text.IndexOf('\n') + 1)..].Replace("raging", "continuing") +
        $"\n\nThis story was published from a wire agency feed without modifications to the text. (Outlet {n})";

    [Fact]
    public void Syndicated_copies_are_duplicates_of_the_original_and_do_not_outvote_the_other_reports()
    {
        // 001 says two were treated for wounds; 002 and 004 say 14 were wounded. Three copies of 001
        // would outvote them if copies counted as corroboration.
        var documents = new List<AnalyzedDocument> { Seed("001"), Seed("002"), Seed("003"), Seed("004") };
        documents.AddRange(Enumerable.Range(1, 3).Select(n => Seed("001", $"copy-{n}", t => Syndicated(t, n))));
        var assembly = IncidentAssembler.Default.Assemble(documents);

        var original = documents[0].Id;
        Assert.All(Enumerable.Range(1, 3), n => Assert.Equal(original, assembly.CopyOf[$"copy-{n}"]));
        var assault = Assert.Single(assembly.Incidents, i => i.Role == IncidentRole.Primary);
        Assert.Equal(14, assault.Casualties.Wounded!.Value);
        Assert.Equal(["copy-1", "copy-2", "copy-3"], assault.Copies.AsEnumerable());
        var wounded = Assert.Single(assault.Conflicts, c => c.Field == "wounded");
        Assert.Contains("copy", wounded.Explanation);
    }

    [Fact]
    public void Reports_that_share_wire_paragraphs_know_which_paragraphs_and_with_whom()
    {
        // 001 and 004 both carry AFP paragraphs.
        var (a, b) = (Seed("001"), Seed("004"));
        var shared = WireParagraphs.Find([(a.Id, a.Fingerprint), (b.Id, b.Fingerprint)]);
        Assert.NotEmpty(shared[a.Id]);
        Assert.NotEmpty(shared[b.Id]);
        Assert.All(shared[a.Id], p => Assert.Equal(b.Id, p.Other));
        Assert.All(shared[b.Id], p => Assert.Equal(a.Id, p.Other));
        // Fewer than all paragraphs: the two are different articles, not copies.
        Assert.True(shared[a.Id].Length < a.Fingerprint.Paragraphs.Length);
        Assert.DoesNotContain(a.Id, IncidentAssembler.Default.Assemble([a, b]).CopyOf.Keys);
    }

    [Fact]
    public void Shuffling_the_documents_changes_no_incident_and_no_figure()
    {
        var documents = Directory.GetFiles(Seeds.Folder, "*.txt").Select(p => Seed(Path.GetFileName(p)[..3]))
            .Append(Seed("002", "copy-of-002", t => Syndicated(t, 1)))
            .ToList();
        var expected = Json(documents);
        for (var seed = 1; seed <= 5; seed++)
        {
            var shuffled = documents.ToList();
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
            Assert.Equal(expected, Json(shuffled));
        }
    }

    private static string Json(IEnumerable<AnalyzedDocument> documents)
    {
        var builder = new ReportBuilder();
        foreach (var d in documents) builder.Add(d);
        using var stream = new MemoryStream();
        JsonReportWriter.WriteJson(builder.Build(), stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
