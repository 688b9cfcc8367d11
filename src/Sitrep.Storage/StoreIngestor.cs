using Sitrep.Documents;
using Sitrep.Incidents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Storage;

/// <summary>
/// Adds articles to a store in batches: each article is hashed, skipped if stored already,
/// otherwise given a free id and analysed (outside any transaction: analysis is the slow part);
/// each full batch is committed with the incidents it changes. Bad inputs are reported and the
/// rest goes on, as for <c>analyze</c>.
/// </summary>
public sealed class StoreIngestor(IncidentStore store, DocumentAnalyzer analyzer, int batchSize = StoreIngestor.DefaultBatchSize)
{
    /// <summary>Articles per transaction: large enough that re-assembly is paid rarely, small enough that a kill loses little work.</summary>
    public const int DefaultBatchSize = 250;

    public sealed record Outcome(int Read, int Added, int Duplicates, int Failed, int Incidents, ReadTally Tally);

    /// <param name="say">Receives each error, warning and progress line as it happens.</param>
    public Outcome Run(IEnumerable<InputItem> items, Action<string>? say = null)
    {
        var tally = new ReadTally();
        var pending = new List<PendingDocument>();
        var pendingIds = new HashSet<string>(StringComparer.Ordinal);
        var pendingHashes = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, duplicates = 0, incidents = -1;
        foreach (var item in items)
        {
            tally.Count(item);
            if (item.Error is not null)
            {
                say?.Invoke($"sitrep: {item.Path}: {item.Error}");
                continue;
            }
            if (item.Article is null) continue;
            if (item.Warning is not null) say?.Invoke($"sitrep: warning: {item.Path}: {item.Warning}");
            var article = item.Article;
            var hash = ArticleHash.Of(article);
            if (!pendingHashes.Add(hash) || store.KnownHashes([hash]).Count > 0)
            {
                duplicates++;
                continue;
            }
            var id = store.FreeId(article.Id, pendingIds);
            if (id != article.Id) say?.Invoke($"sitrep: warning: {item.Path}: id '{article.Id}' already used; this document is '{id}'");
            pendingIds.Add(id);
            try
            {
                var analysis = Analyze(article with { Id = id });
                pending.Add(new PendingDocument(article with { Id = id }, hash, analysis));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                tally.Unread("analysis failed");
                say?.Invoke($"sitrep: {item.Path}: analysis failed: {e.GetType().Name}: {e.Message}");
                continue;
            }
            if (pending.Count >= batchSize) Flush();
        }
        Flush();
        return new Outcome(tally.Articles, added, duplicates, tally.Failed, incidents, tally);

        void Flush()
        {
            if (pending.Count == 0) return;
            var result = store.Commit(pending, Analyze);
            added += result.Added.Count;
            duplicates += result.Duplicates;
            if (result.IncidentCount >= 0) incidents = result.IncidentCount;
            say?.Invoke($"sitrep: stored {result.Added.Count} documents ({added} so far); incidents: {result.IncidentsWritten} written, {result.IncidentsRemoved} removed, {result.IncidentCount} in all");
            pending.Clear();
            pendingIds.Clear();
            pendingHashes.Clear();
        }
    }

    /// <summary>One article, committed at once (the API's POST).</summary>
    public CommitResult Add(Article article)
    {
        var hash = ArticleHash.Of(article);
        if (store.KnownHashes([hash]).Count > 0) return new CommitResult([], 1, 0, 0, -1);
        var id = store.FreeId(article.Id, new HashSet<string>());
        var renamed = article with { Id = id };
        return store.Commit([new PendingDocument(renamed, hash, Analyze(renamed))], Analyze);
    }

    private AnalyzedDocument Analyze(Article article) => analyzer.Analyze(article).ToAnalyzedDocument();
}
