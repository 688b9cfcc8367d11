using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Casualties;
using Sitrep.Recognizers.Numbers;
using Sitrep.Recognizers.Places;
using Sitrep.Recognizers.Quotes;
using Sitrep.Recognizers.Time;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// Each stage of the per-article pipeline on its own, over the five seed articles (about 16 KB of
/// text in all): where the time of <c>sitrep bench</c> goes. Inputs of a stage are prepared once.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private Article[] _articles = [];
    private Document[] _docs = [];
    private ImmutableArray<NumberMention>[] _numbers = [];
    private ImmutableArray<TimeMention>[] _times = [];
    private ImmutableArray<PlaceMention>[] _places = [];
    private ImmutableArray<ActorMention>[] _actors = [];
    private ImmutableArray<CasualtyMention>[] _casualties = [];
    private EventExtraction[] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        _articles = [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))];
        _docs = [.. _articles.Select(DocumentPreparer.Default.Prepare)];
        _numbers = [.. _docs.Select(NumberRecognizer.Default.Find)];
        _times = [.. _docs.Select((d, i) => TimeRecognizer.Default.Find(d, _numbers[i]))];
        _places = [.. _docs.Select(PlaceRecognizer.Default.Find)];
        _actors = [.. _docs.Select(ActorRecognizer.Default.Find)];
        _casualties = [.. _docs.Select((d, i) => CasualtyRecognizer.Default.Find(d, _numbers[i]))];
        _events = [.. _docs.Select((d, i) => EventExtractor.Default.Extract(d, _numbers[i], _times[i], _places[i], _actors[i], _casualties[i]))];
    }

    [Benchmark]
    public int Clean() => _articles.Sum(a => Cleaner.Default.Clean(a.Text).Length);

    [Benchmark]
    public int Prepare() => _articles.Sum(a => DocumentPreparer.Default.Prepare(a).Tokens.Length);

    [Benchmark]
    public int Numbers() => _docs.Sum(d => NumberRecognizer.Default.Find(d).Length);

    [Benchmark]
    public int Times() => _docs.Select((d, i) => TimeRecognizer.Default.Find(d, _numbers[i]).Length).Sum();

    [Benchmark]
    public int Places() => _docs.Sum(d => PlaceRecognizer.Default.Find(d).Length);

    [Benchmark]
    public int Actors() => _docs.Sum(d => ActorRecognizer.Default.Find(d).Length);

    [Benchmark]
    public int Quotes() => _docs.Select((d, i) => QuoteRecognizer.Default.Find(d, _actors[i]).Length).Sum();

    [Benchmark]
    public int Casualties() => _docs.Select((d, i) => CasualtyRecognizer.Default.Find(d, _numbers[i]).Length).Sum();

    [Benchmark]
    public int Events() => _docs.Select((d, i) => EventExtractor.Default.Extract(d, _numbers[i], _times[i], _places[i], _actors[i], _casualties[i]).Events.Length).Sum();

    [Benchmark]
    public int Separate() => _docs.Select((d, i) => IncidentSeparator.Default.Separate(d, _events[i]).Length).Sum();

    [Benchmark(Baseline = true)]
    public int WholePipeline() => _articles.Sum(a => DocumentAnalyzer.Default.Analyze(a).Incidents.Length);
}
