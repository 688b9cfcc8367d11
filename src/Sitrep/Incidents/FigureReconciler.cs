using System.Collections.Immutable;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Incidents;

/// <summary>
/// Settles one casualty field across the reports of an incident: one figure, the conflict when
/// reports disagree (every value with its document and words, the resolution and why), and the
/// field's history report by report.
/// </summary>
/// <remarks>
/// Qualified counts are bounds, not values: "at least 4" agrees with 7. Among exact counts, the
/// count most independent sources give; between counts as well supported, for the wounded the
/// latest report's, then the smaller (see <see cref="Best"/>). On gva-dev, letting the latest
/// report overrule more sources lost more counts than it won. A copy,
/// or a figure that stands only in a wire paragraph two outlets share, is one source, not two.
/// </remarks>
public static class FigureReconciler
{
    public sealed record Candidate(IncidentReport Report, Figure Figure, string Source);

    public sealed record Outcome(Figure? Figure, Conflict? Conflict, ImmutableArray<HistoryEntry> History);

    public static Outcome Settle(string field, IReadOnlyList<IncidentReport> reports, Func<CasualtyFigures, Figure?> select)
    {
        var all = reports.Select(r => (Report: r, Figure: select(r.Facts.Casualties))).Where(x => x.Figure is not null)
            .Select(x => new Candidate(x.Report, x.Figure!, x.Report.SourceOf(x.Figure!))).ToList();
        var history = all.Where(c => c.Report.CopyOf is null)
            .OrderBy(c => c.Report.Published is null ? 1 : 0).ThenBy(c => c.Report.Published).ThenBy(c => c.Report.DocumentId, StringComparer.Ordinal)
            .Select(c => new HistoryEntry(field, FigureText.Of(c.Figure), c.Report.DocumentId, c.Report.Published)).ToImmutableArray();
        var candidates = all.Where(c => c.Report.CopyOf is null).ToList();
        if (candidates.Count == 0) return new Outcome(null, null, history);

        // Reports that count the dead (or the wounded) and say nothing of this field are votes for none:
        // "two were wounded" early, and later only "one died", most often means the wounded one died.
        var silent = reports.Where(r => r.CopyOf is null && select(r.Facts.Casualties) is null && Counts(r.Facts.Casualties))
            .Select(r => r.DocumentId).Distinct().ToList();
        var speaking = candidates.Select(c => c.Source).Distinct().Count();
        if (field.StartsWith("wounded", StringComparison.Ordinal) && silent.Count >= speaking && candidates.All(c => c.Figure.Qualifier == Qualifier.Exact && c.Figure.Value > 0))
        {
            var note = new Conflict(field,
                [.. candidates.OrderBy(c => c.Report.DocumentId, StringComparer.Ordinal)
                    .SelectMany(c => c.Figure.Evidence.Take(1).Select(e => new ConflictValue(FigureText.Of(c.Figure), c.Report.DocumentId, e.Text, e)))],
                "none stated",
                $"{string.Join(", ", candidates.Select(c => c.Report.DocumentId).Distinct())} {(speaking == 1 ? "gives" : "give")} a count; " +
                $"{silent.Count} other reports of the incident ({string.Join(", ", silent)}) count casualties but none for this field, so no figure is retained.");
            return new Outcome(null, note, history);
        }

        var chosen = Choose(field, candidates);
        // A floor above the exact count chosen ("at least 10" against "7") wins when as many sources
        // give it: the count was short. One source's "more than 7,000" does not undo three reports' 8.
        var floor = candidates.Where(c => c.Figure.IsLowerBound).OrderByDescending(c => c.Figure.Low).FirstOrDefault();
        if (floor is not null && floor.Figure.Low > chosen.Value && SourcesOf(floor.Figure, candidates) >= SourcesOf(chosen, candidates))
            chosen = floor.Figure;
        var evidence = candidates.Where(c => Same(c.Figure, chosen)).SelectMany(c => c.Figure.Evidence).Distinct().ToImmutableArray();
        var settled = chosen with { Evidence = evidence };

        Conflict? conflict = null;
        if (candidates.Select(c => FigureText.Of(c.Figure)).Distinct().Count() > 1)
        {
            var values = candidates.OrderBy(c => c.Report.DocumentId, StringComparer.Ordinal)
                .SelectMany(c => c.Figure.Evidence.Take(1).Select(e => new ConflictValue(FigureText.Of(c.Figure), c.Report.DocumentId, e.Text, e)))
                .ToImmutableArray();
            conflict = new Conflict(field, values, FigureText.Of(settled), Explain(field, settled, candidates, reports));
        }
        return new Outcome(settled, conflict, history);
    }

    /// <summary>The report states a count of the dead or of the wounded.</summary>
    private static bool Counts(CasualtyFigures c) => c.Killed is not null || c.Wounded is not null;

    private static Figure Choose(string field, List<Candidate> candidates)
    {
        var exact = candidates.Where(c => c.Figure.Qualifier == Qualifier.Exact).ToList();
        if (exact.Count > 0) return Best(field, exact);
        // Bounds only: the highest floor ("more than 100" over "at least 80").
        return candidates.OrderByDescending(c => c.Figure.Low ?? c.Figure.Value).ThenBy(c => c.Report.DocumentId, StringComparer.Ordinal).First().Figure;
    }

    /// <summary>
    /// The value most independent sources give; between values as well supported, for the
    /// wounded the latest report's (the wounded are counted as they reach hospitals), then the
    /// smaller. A count of the dead that one report alone raises is more often a misreading
    /// (another incident's dead, a year's toll) than a revision: on gva-dev, preferring the later
    /// of two single reports' dead lost 0.5 points of incident-level accuracy, for the wounded it won 0.5.
    /// </summary>
    private static Figure Best(string field, List<Candidate> candidates) =>
        candidates.GroupBy(c => c.Figure.Value)
            .OrderByDescending(g => g.Select(c => c.Source).Distinct().Count())
            .ThenByDescending(g => field.StartsWith("wounded", StringComparison.Ordinal) ? g.Max(c => c.Report.Published) : null)
            .ThenBy(g => g.Key)
            .First().First().Figure;

    private static int SourcesOf(Figure figure, List<Candidate> candidates) =>
        candidates.Where(c => Same(c.Figure, figure)).Select(c => c.Source).Distinct().Count();

    private static bool Same(Figure a, Figure b) => a.Value == b.Value && a.Qualifier == b.Qualifier && a.High == b.High;

    /// <summary>
    /// Plain words on how each report's figure relates to the one settled on: the figure, what it
    /// is made of where the report breaks it down, and why it stands or gives way.
    /// </summary>
    private static string Explain(string field, Figure settled, List<Candidate> candidates, IReadOnlyList<IncidentReport> reports)
    {
        var text = FigureText.Of(settled);
        var sentences = new List<string>();
        var agreeing = candidates.Where(c => Same(c.Figure, settled)).ToList();
        var sources = agreeing.Select(c => c.Source).Distinct().Count();
        var lead = $"Settled on {text}, as {Join(agreeing.Select(c => c.Report.DocumentId).Distinct())} {(agreeing.Count == 1 ? "gives it" : "give it")}";
        if (sources < agreeing.Count) lead += $" ({sources} independent source{(sources == 1 ? "" : "s")}: the others carry the same wire story)";
        if (field.StartsWith("killed", StringComparison.Ordinal) && field == "killed" && agreeing.Any(c => c.Figure.Basis is not null))
            lead += "; the total counts the victims and the attackers killed together";
        sentences.Add(lead + ".");
        foreach (var c in candidates.OrderBy(c => Same(c.Figure, settled) ? 0 : 1).ThenBy(c => c.Report.DocumentId, StringComparer.Ordinal))
        {
            var value = FigureText.Of(c.Figure);
            var said = c.Figure.Evidence.FirstOrDefault()?.Text;
            var sentence = $"{c.Report.DocumentId} says {value}" + (said is null ? "" : $" (\"{said}\")");
            if (c.Figure.Basis is not null) sentence += $": {c.Figure.Basis}";
            var copies = reports.Where(r => r.CopyOf == c.Report.DocumentId).Select(r => r.DocumentId).Distinct().Order(StringComparer.Ordinal).ToList();
            if (copies.Count > 0) sentence += $" (so {(copies.Count == 1 ? "does its copy" : "do its copies")} {Join(copies)}, counted once with it)";
            if (!Same(c.Figure, settled)) sentence += $"; {Relation(c, settled, candidates)}";
            sentences.Add(sentence + ".");
        }
        return string.Join(" ", sentences);
    }

    private static string Relation(Candidate c, Figure settled, List<Candidate> all)
    {
        var text = FigureText.Of(settled);
        if (c.Figure.IsLowerBound && (c.Figure.Low ?? c.Figure.Value) <= settled.Value)
            return $"a lower bound that {text} meets, from an earlier or partial count";
        if (c.Figure.Value < settled.Value)
            return Earlier(c, settled, all) ? $"an earlier count, since raised to {text}" : $"fewer than {text}: an earlier or partial count";
        if (c.Figure.Value > settled.Value)
            return Later(c, all)
                ? $"more than {text}, not borne out by the other reports"
                : $"more than {text}, which more sources or later reports give";
        return "the same count, written otherwise";
    }

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static bool Earlier(Candidate c, Figure settled, List<Candidate> all) =>
        c.Report.Published is { } p && all.Any(o => Same(o.Figure, settled) && o.Report.Published is { } q && q.CompareTo(p) > 0);

    private static bool Later(Candidate c, List<Candidate> all) =>
        c.Report.Published is { } p && all.All(o => o.Report.Published is null || o.Report.Published.Value.CompareTo(p) <= 0);

}
