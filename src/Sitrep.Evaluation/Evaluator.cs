using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Pipeline;
using Sitrep.Recognizers.Places;

namespace Sitrep.Evaluation;

/// <summary>What was predicted for one article, and the gold beside it, for reading failures.</summary>
public sealed record ArticleOutcome(GoldArticle Gold, bool HasPrimary, long Killed, long Wounded, long KilledVictims, long KilledPerpetrators,
    int BaselineKilled, int BaselineWounded, ImmutableArray<Evidence> Evidence);

/// <summary>
/// Analyses the articles of a gold file and scores the results, next to the keyword baseline
/// scored on the same articles. A missing prediction (no reported incident where the gold has
/// one) counts as an error, never as a skipped case.
/// </summary>
public sealed class Evaluator(DocumentAnalyzer analyzer)
{
    public static Evaluator Default { get; } = new(DocumentAnalyzer.Default);

    public Scorecard Evaluate(string corpus, IEnumerable<GoldArticle> articles, Action<ArticleOutcome>? onArticle = null,
        Action<LocationOutcome>? onLocation = null)
    {
        var outcomes = new List<ArticleOutcome>();
        var locations = new LocationScorer(Gazetteer.Default);
        foreach (var gold in articles)
        {
            var analysis = analyzer.Analyze(gold.ToArticle());
            var primary = analysis.Facts.Where(f => f.Source.Role == IncidentRole.Primary).ToList();
            var location = locations.Add(gold, primary.FirstOrDefault()?.Location);
            onLocation?.Invoke(location);
            static long Sum(IEnumerable<Figure?> figures) => figures.Sum(f => f?.Value ?? 0);
            var outcome = new ArticleOutcome(
                gold,
                primary.Count > 0,
                Sum(primary.Select(p => p.Casualties.Killed)),
                Sum(primary.Select(p => p.Casualties.Wounded)),
                Sum(primary.Select(p => p.Casualties.KilledVictims)),
                Sum(primary.Select(p => p.Casualties.KilledPerpetrators)),
                KeywordBaseline.Killed(gold.Text),
                KeywordBaseline.Wounded(gold.Text),
                [.. primary.SelectMany(p => new[] { p.Casualties.Killed, p.Casualties.Wounded }).Where(f => f is not null).SelectMany(f => f!.Evidence)]);
            outcomes.Add(outcome);
            onArticle?.Invoke(outcome);
        }
        var card = Score(corpus, outcomes);
        return card with { Metrics = card.Metrics.AddRange(locations.Rows()) };
    }

    private static Scorecard Score(string corpus, List<ArticleOutcome> outcomes)
    {
        var rows = ImmutableArray.CreateBuilder<MetricRow>();
        var relevant = outcomes.Where(o => o.Gold.Gold.Relevant).ToList();

        // Casualties per article, where the gold counts them exactly.
        var counted = relevant.Where(o => o.Gold.Gold.Counts.Exact).ToList();
        void CountRow(string name, Func<ArticleOutcome, int?> gold, Func<ArticleOutcome, long> predicted, Func<ArticleOutcome, int>? baseline, int tolerance)
        {
            var cases = counted.Where(o => gold(o) is not null).ToList();
            bool Hit(long value, int g) => Math.Abs(value - g) <= tolerance;
            var correct = cases.Count(o => o.HasPrimary && Hit(predicted(o), gold(o)!.Value));
            int? baselineCorrect = baseline is null ? null : cases.Count(o => Hit(baseline(o), gold(o)!.Value));
            rows.Add(MetricRow.Rate(name, cases.Count, correct, baselineCorrect));
        }
        CountRow("killed exact", o => o.Gold.Gold.Counts.Killed, o => o.Killed, o => o.BaselineKilled, 0);
        CountRow("killed within one", o => o.Gold.Gold.Counts.Killed, o => o.Killed, o => o.BaselineKilled, 1);
        CountRow("wounded exact", o => o.Gold.Gold.Counts.Wounded, o => o.Wounded, o => o.BaselineWounded, 0);
        CountRow("wounded within one", o => o.Gold.Gold.Counts.Wounded, o => o.Wounded, o => o.BaselineWounded, 1);
        CountRow("killed victims exact", o => o.Gold.Gold.Counts.KilledVictims, o => o.KilledVictims, null, 0);
        CountRow("killed perpetrators exact", o => o.Gold.Gold.Counts.KilledPerpetrators, o => o.KilledPerpetrators, null, 0);

        // Relevance: does the article report an incident?
        var truePositives = outcomes.Count(o => o.HasPrimary && o.Gold.Gold.Relevant);
        var predictedPositive = outcomes.Count(o => o.HasPrimary);
        var goldPositive = outcomes.Count(o => o.Gold.Gold.Relevant);
        var goldNegative = outcomes.Count - goldPositive;
        rows.Add(new MetricRow("relevance precision", predictedPositive, predictedPositive == 0 ? 0 : (double)truePositives / predictedPositive, null, "rate"));
        rows.Add(new MetricRow("relevance recall", goldPositive, goldPositive == 0 ? 0 : (double)truePositives / goldPositive, null, "rate"));
        if (goldNegative > 0)
            rows.Add(MetricRow.Rate("irrelevant without primary", goldNegative, outcomes.Count(o => !o.Gold.Gold.Relevant && !o.HasPrimary)));
        return new Scorecard(corpus, outcomes.Count, rows.ToImmutable());
    }
}
