using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>
/// <c>sitrep bench PATH... [--repeat N]</c>: streams a corpus through the pipeline on one thread
/// and reports articles and megabytes per second and peak memory, next to a floor measured in
/// the same run (reading, cleaning and tokenising the same text and nothing else), so the cost
/// of extraction shows as a ratio. Steady-state figures are the median of three passes after a
/// first, cold pass (reported apart).
/// </summary>
internal static class BenchCommand
{
    /// <summary>Timed passes over the corpus after the warm-up; the median is reported, as the machine may be shared.</summary>
    private const int TimedPasses = 3;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Corpus files or folders.", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat") { Description = "Read the corpus this many times (memory must not grow with it).", DefaultValueFactory = _ => 1 };
        var published = CommonOptions.Published();
        var assemble = new Option<string?>("--assemble")
        {
            Description = "Also time grouping and reconciling N articles (comma-separated sizes, e.g. 1000,10000,100000), made from the corpus.",
        };
        var command = new Command("bench", "Measure throughput and peak memory on a corpus.") { paths, repeat, published, assemble };
        command.SetAction(result =>
        {
            var inputs = result.GetValue(paths)!;
            var times = Math.Max(1, result.GetValue(repeat));
            IEnumerable<Documents.Article> Articles() =>
                Enumerable.Range(0, times).SelectMany(_ => InputReader.Default.Read(inputs, result.GetValue(published)))
                    .Where(i => i.Article is not null).Select(i => i.Article!);

            // The gazetteer is the largest table: its load time and the memory it keeps are reported on their own.
            var gazetteer = MeasureGazetteer();
            // The first pass is the cold start: the JIT compiles and every word list loads. It is reported, not mixed in.
            var cold = Measure(Articles(), article => DocumentAnalyzer.Default.Analyze(article).Incidents.Length);
            var floor = Median(Enumerable.Range(0, TimedPasses).Select(_ => Measure(Articles(), article => DocumentPreparer.Default.Prepare(article).Tokens.Length)));
            var full = Median(Enumerable.Range(0, TimedPasses).Select(_ => Measure(Articles(), article => DocumentAnalyzer.Default.Analyze(article).Incidents.Length)));
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"corpus: {string.Join(", ", inputs)} (x{times}), {full.Articles} articles, {full.Megabytes:0.0} MB of text\n");
            sb.Append(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {RuntimeInformationText()}, one thread\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"{"run",-28} {"seconds",8} {"articles/s",11} {"MB/s",7}\n");
            sb.Append(CultureInfo.InvariantCulture, $"{"first pass (cold start)",-28} {cold.Seconds,8:0.00} {cold.PerSecond,11:0} {cold.MegabytesPerSecond,7:0.00}\n");
            sb.Append(CultureInfo.InvariantCulture, $"{"floor (read+clean+tokenize)",-28} {floor.Seconds,8:0.00} {floor.PerSecond,11:0} {floor.MegabytesPerSecond,7:0.00}\n");
            sb.Append(CultureInfo.InvariantCulture, $"{"full pipeline",-28} {full.Seconds,8:0.00} {full.PerSecond,11:0} {full.MegabytesPerSecond,7:0.00}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"extraction costs {full.Seconds / Math.Max(floor.Seconds, 1e-9):0.0}x the floor\n");
            sb.Append(CultureInfo.InvariantCulture, $"peak working set: {peak / 1048576.0:0} MB; allocated per article: {full.AllocatedBytes / Math.Max(1, full.Articles) / 1024.0:0} KB\n");
            sb.Append(CultureInfo.InvariantCulture, $"gazetteer and place lexicon: loaded in {gazetteer.Seconds * 1000:0} ms, {gazetteer.Megabytes:0} MB kept on the heap ({Recognizers.Places.Gazetteer.Default.Cities.Length} towns)\n");
            if (result.GetValue(assemble) is { } sizes)
                sb.Append('\n').Append(AssemblyScale.Measure(Articles().Take(full.Articles / times), sizes));
            Console.Out.Write(sb.ToString());
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record Run(int Articles, double Megabytes, double Seconds, long AllocatedBytes)
    {
        public double PerSecond => Articles / Math.Max(Seconds, 1e-9);

        public double MegabytesPerSecond => Megabytes / Math.Max(Seconds, 1e-9);
    }

    /// <summary>Loads the gazetteer and the place lexicon built on it, first thing in the process: time, and heap kept after a full collection.</summary>
    private static (double Seconds, double Megabytes) MeasureGazetteer()
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(Recognizers.Places.PlaceLexicon.Default);
        clock.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (clock.Elapsed.TotalSeconds, (after - before) / 1048576.0);
    }

    private static Run Median(IEnumerable<Run> runs) => runs.OrderBy(r => r.Seconds).ToList() is var sorted ? sorted[sorted.Count / 2] : throw new InvalidOperationException();

    private static Run Measure(IEnumerable<Documents.Article> articles, Func<Documents.Article, int> work)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var count = 0;
        long chars = 0;
        var sink = 0;
        foreach (var article in articles)
        {
            sink ^= work(article);
            count++;
            chars += article.Text.Length;
        }
        clock.Stop();
        GC.KeepAlive(sink);
        return new Run(count, chars / 1048576.0, clock.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static string RuntimeInformationText() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}";
}
