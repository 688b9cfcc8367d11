using Sitrep.Documents;
using Sitrep.Incidents;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Pipeline;

public sealed class AnalyzedDocumentJsonTests
{
    [Fact]
    public void A_stored_analysis_assembles_into_the_same_report_as_a_fresh_one()
    {
        var fresh = new ReportBuilder();
        var stored = new ReportBuilder();
        foreach (var path in Directory.GetFiles(Seeds.Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var analysis = DocumentAnalyzer.Default.Analyze(new Article(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
            fresh.Add(analysis);
            var json = AnalyzedDocumentJson.Serialize(analysis.ToAnalyzedDocument());
            var back = AnalyzedDocumentJson.Deserialize(json);
            Assert.Equal(json, AnalyzedDocumentJson.Serialize(back));
            stored.Add(back);
        }
        Assert.Equal(Bytes(fresh.Build()), Bytes(stored.Build()));
    }

    private static byte[] Bytes(Report report)
    {
        using var stream = new MemoryStream();
        JsonReportWriter.WriteJson(report, stream);
        return stream.ToArray();
    }
}
