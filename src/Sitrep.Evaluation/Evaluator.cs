using System.Collections.Immutable;
using System.Text;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Places;
using Sitrep.Text;

namespace Sitrep.Evaluation;

/// <summary>What was predicted for one article, and the gold beside it, for reading failures.</summary>
/// <param name="Own">The figures the article itself gives for the incidents it reports.</param>
/// <param name="Incidents">The reconciled incident records the article was grouped into (its primary incidents).</param>
/// <param name="Mentioned">The place of the first incident the article mentions as background, which the "any incident"
/// location rows score where the article reports no incident of its own.</param>
public sealed record ArticleOutcome(
    GoldArticle Gold,
    ImmutableArray<IncidentFacts> Own,
    ImmutableArray<Incident> Incidents,
    int BaselineKilled,
    int BaselineWounded,
    IncidentLocation? Mentioned = null)
{
    public bool HasPrimary => Own.Length > 0;

    public long OwnKilled => Own.Sum(f => f.Casualties.Killed?.Value ?? 0);

    public long OwnWounded => Own.Sum(f => f.Casualties.Wounded?.Value ?? 0);

    public long OwnKilledVictims => Own.Sum(f => f.Casualties.KilledVictims?.Value ?? 0);

    public long OwnKilledPerpetrators => Own.Sum(f => f.Casualties.KilledPerpetrators?.Value ?? 0);

    public long OwnWoundedVictims => Own.Sum(f => f.Casualties.WoundedVictims?.Value ?? 0);

    public long OwnWoundedPerpetrators => Own.Sum(f => f.Casualties.WoundedPerpetrators?.Value ?? 0);

    public long IncidentKilled => Incidents.Sum(i => i.Casualties.Killed?.Value ?? 0);

    public long IncidentWounded => Incidents.Sum(i => i.Casualties.Wounded?.Value ?? 0);
}

/// <summary>
/// Analyses the articles of a gold file as one batch (so that reports of the same incident are
/// grouped and reconciled, as <c>sitrep analyze</c> does) and scores the result, with the keyword
/// baseline scored on the same articles. A missing prediction (no reported incident where the
/// gold has one) counts as an error, never as a skipped case.
/// </summary>
public sealed class Evaluator(DocumentAnalyzer analyzer, IncidentAssembler assembler, ActorRecognizer actors)
{
    public static Evaluator Default { get; } = new(DocumentAnalyzer.Default, IncidentAssembler.Default, ActorRecognizer.Default);

    public Scorecard Evaluate(string corpus, IEnumerable<GoldArticle> articles, Action<ArticleOutcome>? onArticle = null,
        Action<LocationOutcome>? onLocation = null)
    {
        var builder = new ReportBuilder(assembler);
        var golds = new List<GoldArticle>();
        var own = new Dictionary<string, ImmutableArray<IncidentFacts>>(StringComparer.Ordinal);
        var mentioned = new Dictionary<string, IncidentLocation?>(StringComparer.Ordinal);
        foreach (var gold in articles)
        {
            var article = builder.Admit(gold.ToArticle(), out _);
            var analysis = analyzer.Analyze(article);
            builder.Add(analysis);
            golds.Add(gold with { Id = article.Id });
            own[article.Id] = [.. analysis.Facts.Where(f => f.Role == IncidentRole.Primary)];
            mentioned[article.Id] = analysis.Facts.FirstOrDefault(f => f.Role != IncidentRole.Primary && f.Location is not null)?.Location;
        }
        var report = builder.Build();
        var incidentsOf = report.Incidents.Where(i => i.Role == IncidentRole.Primary)
            .SelectMany(i => i.Documents.Select(d => (d, i)))
            .GroupBy(x => x.d, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToImmutableArray(), StringComparer.Ordinal);

        var outcomes = new List<ArticleOutcome>(golds.Count);
        var locations = new LocationScorer(Gazetteer.Default);
        // MUC counts every specific act a message mentions as relevant, asides included, which Sitrep reports as
        // background by design: this scorer reads the place of such an incident where the article reports none.
        var anyIncidentLocations = new LocationScorer(Gazetteer.Default, LocationScorer.AnyIncident);
        foreach (var gold in golds)
        {
            var outcome = new ArticleOutcome(gold, own[gold.Id], incidentsOf.GetValueOrDefault(gold.Id, []),
                KeywordBaseline.Killed(gold.Text), KeywordBaseline.Wounded(gold.Text), mentioned[gold.Id]);
            outcomes.Add(outcome);
            onArticle?.Invoke(outcome);
            var primaryLocation = outcome.Own.FirstOrDefault()?.Location;
            var location = locations.Add(gold, primaryLocation);
            onLocation?.Invoke(location);
            anyIncidentLocations.Add(gold, primaryLocation ?? outcome.Mentioned);
        }
        var rows = ImmutableArray.CreateBuilder<MetricRow>();
        ScoreCasualties(outcomes, rows);
        ScoreClustering(outcomes, report, rows);
        rows.AddRange(locations.Rows());
        rows.AddRange(anyIncidentLocations.Rows());
        ScoreDate(outcomes, rows);
        ScoreRelevance(outcomes, rows);
        ScoreTemplates(outcomes, rows);
        return new Scorecard(corpus, outcomes.Count, rows.ToImmutable());
    }

    private static void ScoreCasualties(List<ArticleOutcome> outcomes, ImmutableArray<MetricRow>.Builder rows)
    {
        var counted = outcomes.Where(o => o.Gold.Gold.Relevant && o.Gold.Gold.Counts.Exact).ToList();
        void Row(string name, Func<GoldCounts, int?> gold, Func<ArticleOutcome, long> predicted, Func<ArticleOutcome, int>? baseline, int tolerance,
            Func<ArticleOutcome, bool> predictedAtAll)
        {
            var cases = counted.Where(o => gold(o.Gold.Gold.Counts) is not null).ToList();
            bool Hit(long value, int g) => Math.Abs(value - g) <= tolerance;
            var correct = cases.Count(o => predictedAtAll(o) && Hit(predicted(o), gold(o.Gold.Gold.Counts)!.Value));
            int? baselineCorrect = baseline is null ? null : cases.Count(o => Hit(baseline(o), gold(o.Gold.Gold.Counts)!.Value));
            if (cases.Count > 0) rows.Add(MetricRow.Rate(name, cases.Count, correct, baselineCorrect));
        }
        bool Own(ArticleOutcome o) => o.HasPrimary;
        bool Grouped(ArticleOutcome o) => o.Incidents.Length > 0;
        Row("killed exact", g => g.Killed, o => o.OwnKilled, o => o.BaselineKilled, 0, Own);
        Row("killed within one", g => g.Killed, o => o.OwnKilled, o => o.BaselineKilled, 1, Own);
        Row("wounded exact", g => g.Wounded, o => o.OwnWounded, o => o.BaselineWounded, 0, Own);
        Row("wounded within one", g => g.Wounded, o => o.OwnWounded, o => o.BaselineWounded, 1, Own);
        Row("killed victims exact", g => g.KilledVictims, o => o.OwnKilledVictims, null, 0, Own);
        Row("killed perpetrators exact", g => g.KilledPerpetrators, o => o.OwnKilledPerpetrators, null, 0, Own);
        Row("wounded victims exact", g => g.WoundedVictims, o => o.OwnWoundedVictims, null, 0, Own);
        Row("wounded perpetrators exact", g => g.WoundedPerpetrators, o => o.OwnWoundedPerpetrators, null, 0, Own);
        Row("incident killed exact", g => g.Killed, o => o.IncidentKilled, null, 0, Grouped);
        Row("incident killed within one", g => g.Killed, o => o.IncidentKilled, null, 1, Grouped);
        Row("incident wounded exact", g => g.Wounded, o => o.IncidentWounded, null, 0, Grouped);
        Row("incident wounded within one", g => g.Wounded, o => o.IncidentWounded, null, 1, Grouped);
    }

    /// <summary>B-cubed over articles: gold clusters are the gold incident ids; an article Sitrep groups nowhere is a cluster of its own.</summary>
    private static void ScoreClustering(List<ArticleOutcome> outcomes, Report report, ImmutableArray<MetricRow>.Builder rows)
    {
        var clustered = outcomes.Where(o => o.Gold.Gold.ClusterId is not null).ToList();
        if (clustered.Count == 0) return;
        var items = clustered.Select(o => (Predicted: o.Incidents.FirstOrDefault()?.Id ?? "none:" + o.Gold.Id, Gold: o.Gold.Gold.ClusterId!)).ToList();
        var score = BCubed.Compute(items);
        rows.Add(new MetricRow("clustering b-cubed precision", clustered.Count, score.Precision, null, "rate"));
        rows.Add(new MetricRow("clustering b-cubed recall", clustered.Count, score.Recall, null, "rate"));
        rows.Add(new MetricRow("clustering b-cubed f1", clustered.Count, score.F1, null, "rate"));
        rows.Add(new MetricRow("incidents predicted", clustered.Count, items.Select(i => i.Predicted).Distinct().Count(), null, "count"));
        rows.Add(new MetricRow("incidents in gold", clustered.Count, items.Select(i => i.Gold).Distinct().Count(), null, "count"));

        // Per gold incident: the record most of its articles were grouped into, against the gold counts.
        var perIncident = clustered.GroupBy(o => o.Gold.Gold.ClusterId!).ToList();
        int killed = 0, wounded = 0, killedOne = 0, woundedOne = 0;
        foreach (var group in perIncident)
        {
            var record = group.SelectMany(o => o.Incidents).GroupBy(i => i.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.First()).FirstOrDefault();
            var counts = group.First().Gold.Gold.Counts;
            if (record is null) continue;
            var k = record.Casualties.Killed?.Value ?? 0;
            var w = record.Casualties.Wounded?.Value ?? 0;
            if (counts.Killed == k) killed++;
            if (counts.Wounded == w) wounded++;
            if (counts.Killed is { } gk && Math.Abs(gk - k) <= 1) killedOne++;
            if (counts.Wounded is { } gw && Math.Abs(gw - w) <= 1) woundedOne++;
        }
        rows.Add(MetricRow.Rate("per incident killed exact", perIncident.Count, killed));
        rows.Add(MetricRow.Rate("per incident killed within one", perIncident.Count, killedOne));
        rows.Add(MetricRow.Rate("per incident wounded exact", perIncident.Count, wounded));
        rows.Add(MetricRow.Rate("per incident wounded within one", perIncident.Count, woundedOne));
    }

    /// <summary>The reported incident dated to the gold day.</summary>
    private static void ScoreDate(List<ArticleOutcome> outcomes, ImmutableArray<MetricRow>.Builder rows)
    {
        var cases = outcomes.Where(o => o.Gold.Gold.Relevant && o.Gold.Gold.Incidents.Any(i => i.Date is not null)).ToList();
        if (cases.Count == 0) return;
        var correct = cases.Count(o =>
        {
            var days = o.Gold.Gold.Incidents.Select(i => i.Date).Where(d => d is not null).ToHashSet();
            return o.Incidents.Any(i => i.Date.Precision == Recognizers.Time.DatePrecision.Day && days.Contains(i.Date.Start));
        });
        rows.Add(MetricRow.Rate("date exact day", cases.Count, correct));
    }

    private static void ScoreRelevance(List<ArticleOutcome> outcomes, ImmutableArray<MetricRow>.Builder rows)
    {
        var truePositives = outcomes.Count(o => o.HasPrimary && o.Gold.Gold.Relevant);
        var predictedPositive = outcomes.Count(o => o.HasPrimary);
        var goldPositive = outcomes.Count(o => o.Gold.Gold.Relevant);
        var goldNegative = outcomes.Count - goldPositive;
        rows.Add(new MetricRow("relevance precision", predictedPositive, predictedPositive == 0 ? 0 : (double)truePositives / predictedPositive, null, "rate"));
        rows.Add(new MetricRow("relevance recall", goldPositive, goldPositive == 0 ? 0 : (double)truePositives / goldPositive, null, "rate"));
        if (goldNegative > 0)
            rows.Add(MetricRow.Rate("irrelevant without primary", goldNegative, outcomes.Count(o => !o.Gold.Gold.Relevant && !o.HasPrimary)));
    }

    /// <summary>Perpetrator and attack type, per gold incident where the gold names them (MUC templates).</summary>
    private void ScoreTemplates(List<ArticleOutcome> outcomes, ImmutableArray<MetricRow>.Builder rows)
    {
        int perpetratorCases = 0, perpetratorHits = 0, typeCases = 0, typeHits = 0;
        foreach (var o in outcomes.Where(o => o.Gold.Gold.Relevant))
        {
            var predictedNames = o.Incidents.SelectMany(i => i.Perpetrators).Select(p => Normalise(p.Name)).ToHashSet();
            var predictedTypes = o.Incidents.SelectMany(i => i.EventType.GtdAttackTypes).ToHashSet();
            foreach (var incident in o.Gold.Gold.Incidents)
            {
                if (incident.Perpetrators.Length > 0)
                {
                    perpetratorCases++;
                    if (CanonicalNames(incident.Perpetrators).Any(predictedNames.Contains)) perpetratorHits++;
                }
                if (incident.AttackType is { } type)
                {
                    typeCases++;
                    var accepted = o.Gold.Gold.AttackTypes.TryGetValue(type, out var gtd) ? gtd : [type];
                    if (accepted.Any(predictedTypes.Contains)) typeHits++;
                }
            }
        }
        if (perpetratorCases > 0) rows.Add(MetricRow.Rate("perpetrator", perpetratorCases, perpetratorHits));
        if (typeCases > 0) rows.Add(MetricRow.Rate("attack type", typeCases, typeHits));
    }

    /// <summary>The canonical names the gold's names stand for ("FMLN" → the group's canonical name), and the names themselves.</summary>
    private IEnumerable<string> CanonicalNames(ImmutableArray<string> names)
    {
        foreach (var name in names)
        {
            yield return Normalise(name);
            var doc = DocumentPreparer.Default.Prepare(new Article("gold", name));
            foreach (var actor in actors.Find(doc).Where(a => a.Kind == ActorKind.ArmedGroup)) yield return Normalise(actor.Name);
        }
    }

    private static string Normalise(string name) => TextFolding.Fold(name).Trim();
}
