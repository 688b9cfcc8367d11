using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Tests;

/// <summary>The five seed articles bundled in samples/karachi, analysed through the real pipeline.</summary>
internal static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples", "karachi");

    public static string PathOf(string prefix) => Directory.GetFiles(Folder, prefix + "_*.txt").Single();

    public static Report Analyze(string? published = null, params string[] prefixes)
    {
        var paths = prefixes.Length == 0 ? [Folder] : prefixes.Select(PathOf).ToArray();
        var builder = new ReportBuilder();
        Batch.Run(InputReader.Default, paths, published is null ? null : PublicationDate.Parse(published), builder, DocumentAnalyzer.Default);
        return builder.Build();
    }

    public static Incident Primary(this Report report) => Assert.Single(report.Incidents, i => i.Role == IncidentRole.Primary);

    public static IEnumerable<Incident> Background(this Report report) => report.Incidents.Where(i => i.Role == IncidentRole.Background);
}
