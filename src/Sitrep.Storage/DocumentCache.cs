using System.Data.Common;
using Dapper;
using Sitrep.Incidents;

namespace Sitrep.Storage;

/// <summary>
/// The stored documents' analyses, held in memory by the process that writes, so that each
/// assembly reads from the database only the documents added since the last one (by this or any
/// other process). Documents are never changed once stored, so a document read once stays right.
/// </summary>
internal sealed class DocumentCache
{
    private readonly List<AnalyzedDocument> _documents = [];
    private readonly Dictionary<string, AnalyzedDocument> _byId = new(StringComparer.Ordinal);
    private long _lastSeq;

    public IReadOnlyList<AnalyzedDocument> Documents => _documents;

    public AnalyzedDocument? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads the documents stored since the last refresh, inside the caller's transaction.</summary>
    public void Refresh(DbConnection connection, DbTransaction? tx)
    {
        var rows = connection.Query<(long Seq, string Analysis)>(
            "SELECT seq, analysis FROM documents WHERE seq > @last ORDER BY seq", new { last = _lastSeq }, tx, buffered: false);
        foreach (var (seq, analysis) in rows) Add(seq, AnalyzedDocumentJson.Deserialize(analysis));
    }

    public void Add(long seq, AnalyzedDocument document)
    {
        _documents.Add(document);
        _byId[document.Id] = document;
        _lastSeq = Math.Max(_lastSeq, seq);
    }

    /// <summary>After a rolled-back transaction: forget everything, read it all again next time.</summary>
    public void Clear()
    {
        _documents.Clear();
        _byId.Clear();
        _lastSeq = 0;
    }
}
