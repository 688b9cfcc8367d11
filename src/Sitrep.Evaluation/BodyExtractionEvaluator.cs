using System.Diagnostics;
using Sitrep.Ingest;
using Sitrep.Ingest.Html;

namespace Sitrep.Evaluation;

/// <summary>One page's outcome: what was extracted beside the gold, and its shingle match.</summary>
public sealed record ExtractionOutcome(ExtractionCase Case, string Extracted, ShingleMatch Match, bool Exact);

/// <summary>The corpus score and the time HTML reading took (decoding, parsing, metadata and body).</summary>
public sealed record ExtractionReport(string Corpus, BodyExtractionScore Score, double MillisecondsPerPage, double TotalMegabytes);

/// <summary>
/// Scores Sitrep's HTML reader on the article-extraction benchmark: each page is decoded and read
/// as <c>sitrep analyze</c> reads an .html file, and the article text it gives (before the
/// cleaner, which is not part of finding the article) is scored against the gold body with
/// <see cref="BodyExtractionScorer"/>.
/// </summary>
public sealed class BodyExtractionEvaluator(HtmlArticleReader reader)
{
    public static BodyExtractionEvaluator Default { get; } = new(HtmlArticleReader.Default);

    public ExtractionReport Evaluate(string folder, Action<ExtractionOutcome>? onPage = null)
    {
        var matches = new List<ShingleMatch>();
        var exact = new List<bool>();
        var clock = new Stopwatch();
        long bytes = 0;
        foreach (var page in ArticleExtractionCorpus.Read(folder))
        {
            clock.Start();
            var html = CharsetDecoder.Decode(page.Html, null, out _);
            var reading = reader.Read(html, page.Key, page.Url, page.Key, null);
            clock.Stop();
            bytes += page.Html.Length;
            var extracted = reading.Article?.Text ?? "";
            var match = BodyExtractionScorer.Match(page.GoldBody, extracted);
            var same = BodyExtractionScorer.SameTokens(page.GoldBody, extracted);
            matches.Add(match);
            exact.Add(same);
            onPage?.Invoke(new ExtractionOutcome(page, extracted, match, same));
        }
        var score = BodyExtractionScorer.Score(matches, exact);
        return new ExtractionReport(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), score,
            matches.Count == 0 ? 0 : clock.Elapsed.TotalMilliseconds / matches.Count, bytes / 1048576.0);
    }
}
