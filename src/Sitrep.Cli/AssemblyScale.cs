using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Documents;
using Sitrep.Incidents;
using Sitrep.Pipeline;

namespace Sitrep.Cli;

/// <summary>
/// Times the cross-article stage (copies, grouping, reconciliation) on batches of growing size,
/// made from a corpus's analysed articles: each further copy of the corpus is moved months on
/// and given a fingerprint of its own, so it forms incidents of its own, as new news would.
/// The time per article should stay flat if blocking keeps the cost near-linear.
/// </summary>
internal static class AssemblyScale
{
    private const int DaysPerCycle = 120;

    public static string Measure(IEnumerable<Article> corpus, string sizes)
    {
        var analysed = corpus.Select(a => DocumentAnalyzer.Default.Analyze(a).ToAnalyzedDocument()).ToList();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"articles",10} {"incidents",10} {"seconds",8} {"ms/article",11} {"peak MB",8}\n");
        foreach (var size in sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse))
        {
            var batch = Enumerable.Range(0, size).Select(i => Shift(analysed[i % analysed.Count], i / analysed.Count)).ToList();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var assembly = IncidentAssembler.Default.Assemble(batch);
            clock.Stop();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
            sb.Append(CultureInfo.InvariantCulture,
                $"{size,10} {assembly.Incidents.Length,10} {clock.Elapsed.TotalSeconds,8:0.00} {clock.Elapsed.TotalMilliseconds / size,11:0.000} {peak,8:0}\n");
        }
        return sb.ToString();
    }

    private static AnalyzedDocument Shift(AnalyzedDocument doc, int cycle)
    {
        if (cycle == 0) return doc;
        var days = cycle * DaysPerCycle;
        var id = $"{doc.Id}~{cycle}";
        var mask = (uint)cycle * 2654435761u;
        return doc with
        {
            Id = id,
            Published = doc.Published is { } p ? p with { Date = p.Date.AddDays(days) } : null,
            Fingerprint = doc.Fingerprint with { Signature = [.. doc.Fingerprint.Signature.Select(h => h ^ mask)] },
            Facts = [.. doc.Facts.Select(f => f with
            {
                DocumentId = id,
                Published = f.Published is { } fp ? fp with { Date = fp.Date.AddDays(days) } : null,
                Profile = f.Profile is { } profile
                    ? profile with
                    {
                        DocumentId = id,
                        Key = id + profile.Key[profile.Key.IndexOf('\u0001')..],
                        Day = Move(profile.Day, days),
                        Window = Move(profile.Window, days),
                    }
                    : null,
            })],
        };
    }

    private static DayRange? Move(DayRange? range, int days) => range is { } r ? new DayRange(r.First + days, r.Last + days) : null;
}
