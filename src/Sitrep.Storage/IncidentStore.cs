using System.Data.Common;
using System.Globalization;
using Dapper;
using Sitrep.Documents;
using Sitrep.Incidents;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Storage;

/// <summary>
/// The incident store: documents kept once each, and the incident records assembled from all of
/// them. Each commit stores a batch of documents, re-assembles the incidents from every stored
/// document, and writes what changed, all in one transaction: documents and incidents are always
/// consistent, a killed process leaves the last committed batch, and a re-run completes the rest.
/// Assembly is order-independent, so the incidents are those <c>sitrep analyze</c> gives on the
/// same documents, whatever order they came in.
/// </summary>
public sealed class IncidentStore
{
    private readonly SqlDialect _dialect;
    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly IncidentAssembler _assembler;
    private readonly DocumentCache _cache = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private IncidentStore(StoreLocation location, TimeProvider clock, IncidentAssembler assembler)
    {
        Location = location;
        _dialect = SqlDialect.For(location.Kind);
        _connectionString = location.ConnectionString;
        _clock = clock;
        _assembler = assembler;
        Reader = new IncidentReader(this);
    }

    public StoreLocation Location { get; }

    public SqlDialect Dialect => _dialect;

    public IncidentReader Reader { get; }

    /// <summary>Opens the store, creating it on first use and migrating its schema to this build's version.</summary>
    public static IncidentStore Open(StoreLocation location, TimeProvider? clock = null, IncidentAssembler? assembler = null)
    {
        var store = new IncidentStore(location, clock ?? TimeProvider.System, assembler ?? IncidentAssembler.Default);
        using var connection = store.Connect();
        new SchemaMigrator(store._dialect, store._clock).Migrate(connection);
        return store;
    }

    internal DbConnection Connect() => _dialect.Open(_connectionString);

    public int SchemaVersion()
    {
        using var c = Connect();
        return new SchemaMigrator(_dialect, _clock).CurrentVersion(c);
    }

    /// <summary>Which of these content hashes are stored already.</summary>
    public HashSet<string> KnownHashes(IReadOnlyCollection<string> hashes)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (hashes.Count == 0) return known;
        using var c = Connect();
        foreach (var h in hashes)
            if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE content_hash = @h", new { h }) > 0) known.Add(h);
        return known;
    }

    /// <summary>
    /// An id no stored document and none of <paramref name="taken"/> has: the article's own, or
    /// "id~2", "id~3"... as <c>analyze</c> names a second document with the same id.
    /// </summary>
    public string FreeId(string id, IReadOnlySet<string> taken)
    {
        using var c = Connect();
        return FreeId(c, null, id, taken);
    }

    private static string FreeId(DbConnection c, DbTransaction? tx, string id, IReadOnlySet<string> taken)
    {
        var candidate = id;
        for (var n = 2; taken.Contains(candidate) || c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE id = @candidate", new { candidate }, tx) > 0; n++)
            candidate = $"{id}~{n}";
        return candidate;
    }

    /// <summary>
    /// Stores a batch of analysed documents and rewrites the incidents, in one transaction under the
    /// writer lock. A document whose content is stored already is skipped; one whose id was taken
    /// meanwhile by another writer is analysed again under a free id (<paramref name="reanalyze"/>).
    /// </summary>
    public CommitResult Commit(IReadOnlyList<PendingDocument> batch, Func<Article, AnalyzedDocument> reanalyze)
    {
        _writeGate.Wait();
        try
        {
            using var c = Connect();
            using var tx = _dialect.BeginWrite(c);
            try
            {
                _cache.Refresh(c, tx);
                var added = new List<string>();
                var duplicates = 0;
                var inBatch = new HashSet<string>(StringComparer.Ordinal);
                foreach (var pending in batch)
                {
                    if (!inBatch.Add(pending.ContentHash)
                        || c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE content_hash = @h", new { h = pending.ContentHash }, tx) > 0)
                    {
                        duplicates++;
                        continue;
                    }
                    var document = pending.Analysis;
                    var free = FreeId(c, tx, document.Id, inBatch);
                    if (free != document.Id) document = reanalyze(pending.Article with { Id = free });
                    var seq = Insert(c, tx, pending.ContentHash, document);
                    _cache.Add(seq, document);
                    added.Add(document.Id);
                }
                var (written, removed, count) = added.Count == 0 ? (0, 0, -1) : new IncidentWriter(_dialect, c, tx).Replace(_assembler.Assemble(_cache.Documents), _cache);
                tx.Commit();
                return new CommitResult(added, duplicates, written, removed, count);
            }
            catch
            {
                // What this transaction added to the cache was never committed: read it all again next time.
                _cache.Clear();
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private long Insert(DbConnection c, DbTransaction tx, string hash, AnalyzedDocument d)
    {
        var seq = c.ExecuteScalar<long>(
            """
            INSERT INTO documents (id, content_hash, title, published, outlet, url, text, analysis, ingested_at)
            VALUES (@id, @hash, @title, @published, @outlet, @url, @text, @analysis, @at)
            RETURNING seq
            """,
            new
            {
                id = d.Id, hash, title = d.Title, published = d.Published?.ToString(), outlet = d.Outlet, url = d.Url, text = d.Text,
                analysis = AnalyzedDocumentJson.Serialize(d), at = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            }, tx);
        return seq;
    }

    /// <summary>Every stored document's analysis, in storage order.</summary>
    public IReadOnlyList<AnalyzedDocument> LoadDocuments()
    {
        using var c = Connect();
        return [.. c.Query<string>("SELECT analysis FROM documents ORDER BY seq").Select(AnalyzedDocumentJson.Deserialize)];
    }

    /// <summary>
    /// The store as a report: the documents re-assembled exactly as <c>analyze</c> assembles them,
    /// so an export equals <c>analyze</c>'s output on the same documents, byte for byte.
    /// </summary>
    public Report LoadReport()
    {
        var builder = new ReportBuilder(_assembler);
        foreach (var d in LoadDocuments()) builder.Add(d);
        return builder.Build();
    }
}
