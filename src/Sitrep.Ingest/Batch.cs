using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Ingest;

/// <summary>
/// Reads inputs and analyses each article into a report, one at a time. A bad input, or a
/// failure on one document, is recorded and reported, and the batch goes on.
/// </summary>
public static class Batch
{
    public sealed record Outcome(int Read, int Failed, ReadTally Tally);

    /// <param name="say">Receives each error and warning as a line, as it happens (standard error, for the CLI).</param>
    public static Outcome Run(InputReader reader, IEnumerable<string> paths, PublicationDate? published, ReportBuilder builder,
        DocumentAnalyzer analyzer, Action<string>? say = null)
    {
        var tally = new ReadTally();
        foreach (var item in reader.Read(paths, published))
        {
            tally.Count(item);
            if (item.Error is not null)
            {
                builder.AddError(item.Path, item.Error);
                say?.Invoke($"sitrep: {item.Path}: {item.Error}");
                continue;
            }
            if (item.Article is null) continue; // passed over: counted in the tally
            if (item.Warning is not null) say?.Invoke($"sitrep: warning: {item.Path}: {item.Warning}");
            var article = builder.Admit(item.Article, out var renamed);
            if (renamed is not null) say?.Invoke($"sitrep: warning: {item.Path}: id '{item.Article.Id}' already used; this document is '{renamed}'");
            try
            {
                builder.Add(analyzer.Analyze(article));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug on one document must not lose the batch: it is reported like a bad input.
                tally.Unread("analysis failed");
                var reason = $"analysis failed: {e.GetType().Name}: {e.Message}";
                builder.AddError(item.Path, reason);
                say?.Invoke($"sitrep: {item.Path}: {reason}");
            }
        }
        return new Outcome(tally.Articles, tally.Failed, tally);
    }
}
