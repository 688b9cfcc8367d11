using System.Collections.Immutable;

namespace Sitrep.Evaluation;

/// <summary>One metric: how many cases it rests on, how many Sitrep got right, and the baseline's figure where there is one.</summary>
public sealed record MetricRow(string Name, int Cases, double Sitrep, double? Baseline, string Unit)
{
    public static MetricRow Rate(string name, int cases, int correct, int? baselineCorrect = null) =>
        new(name, cases, cases == 0 ? 0 : (double)correct / cases, baselineCorrect is { } b && cases > 0 ? (double)b / cases : null, "rate");
}

/// <summary>The scores of one gold file.</summary>
public sealed record Scorecard(string Corpus, int Articles, ImmutableArray<MetricRow> Metrics)
{
    public MetricRow? this[string name] => Metrics.FirstOrDefault(m => m.Name == name);
}
