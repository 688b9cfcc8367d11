using System.Collections.Immutable;
using Sitrep.Evaluation;
using Sitrep.Incidents;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Tests.Evaluation;

public sealed class GateAndClusteringScoreTests
{
    [Fact]
    public void BCubed_on_a_hand_computed_example()
    {
        // Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
        // Precision: a,b: 2/2; c: 1/3; d,e: 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15.
        // Recall:    a,b: 2/3; c: 1/3; d,e: 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15.
        var items = new List<(string, string)> { ("p1", "g1"), ("p1", "g1"), ("p2", "g1"), ("p2", "g2"), ("p2", "g2") };
        var score = BCubed.Compute(items);
        Assert.Equal(11.0 / 15, score.Precision, 10);
        Assert.Equal(11.0 / 15, score.Recall, 10);
        Assert.Equal(11.0 / 15, score.F1, 10);
    }

    [Fact]
    public void BCubed_singletons_against_one_cluster_have_full_precision_and_low_recall()
    {
        var items = new List<(string, string)> { ("a", "g"), ("b", "g"), ("c", "g"), ("d", "g") };
        var score = BCubed.Compute(items);
        Assert.Equal(1.0, score.Precision, 10);
        Assert.Equal(0.25, score.Recall, 10);
    }

    [Fact]
    public void BCubed_everything_in_one_cluster_has_full_recall()
    {
        var items = new List<(string, string)> { ("p", "g1"), ("p", "g1"), ("p", "g2"), ("p", "g3") };
        var score = BCubed.Compute(items);
        Assert.Equal(1.0, score.Recall, 10);
        Assert.Equal((0.5 + 0.5 + 0.25 + 0.25) / 4, score.Precision, 10);
    }

    [Fact]
    public void The_gate_names_the_metric_and_the_floor_it_fell_below()
    {
        var card = new Scorecard("gva-dev.jsonl", 10,
            [MetricRow.Rate("killed exact", 10, 7), MetricRow.Rate("wounded exact", 10, 9)]);
        ImmutableArray<Floor> floors =
        [
            new("gva-dev.jsonl", "killed exact", 0.80, 6),
            new("gva-dev.jsonl", "wounded exact", 0.90, 7),
            new("gva-dev.jsonl", "date exact day", 0.50, 8),
        ];
        var failures = AccuracyGate.Check(floors, card);
        Assert.Equal(2, failures.Length);
        Assert.Equal("gva-dev.jsonl: 'killed exact' is 0.700, below its floor 0.800 (floors file line 6)", failures[0].ToString());
        Assert.Contains("no metric 'date exact day'", failures[1].ToString());
    }

    [Fact]
    public void The_floors_file_of_the_repository_reads()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "eval", "floors.tsv");
        var floors = AccuracyGate.ReadFloors(path);
        Assert.Contains(floors, f => f.Corpus == "seeds.jsonl" && f.Metric == "incident killed exact");
        Assert.All(floors, f => Assert.InRange(f.Value, 0, 1));
    }

    [Fact]
    public void Qualified_figures_are_judged_by_their_value_and_bounds_are_kept()
    {
        var killed = Figure.Of(4, Qualifier.AtLeast, null, []);
        Assert.Equal((4L, 4L, (long?)null), (killed.Value, killed.Low, killed.High));
        var more = Figure.Of(80, Qualifier.MoreThan, null, []);
        Assert.Equal(81, more.Low);
        var range = Figure.Of(2, Qualifier.Exact, 3, []);
        Assert.Equal((Qualifier.About, 2L, 3L), (range.Qualifier, range.Low, range.High));
    }
}
