using System.Data.Common;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sitrep.Storage;

/// <summary>
/// What differs between SQLite and PostgreSQL, and nothing else: connections, the writer's lock,
/// full-text search. Every other statement is written once, in SQL both accept.
/// </summary>
public sealed class SqlDialect
{
    /// <summary>The advisory lock every PostgreSQL writer takes: one writer at a time, as SQLite's IMMEDIATE transaction gives.</summary>
    private const long WriterLock = 0x5317_2E50;

    private SqlDialect(StoreKind kind) => Kind = kind;

    public static SqlDialect Sqlite { get; } = new(StoreKind.Sqlite);

    public static SqlDialect Postgres { get; } = new(StoreKind.Postgres);

    public static SqlDialect For(StoreKind kind) => kind == StoreKind.Sqlite ? Sqlite : Postgres;

    public StoreKind Kind { get; }

    /// <summary>The folder of embedded migration scripts.</summary>
    public string MigrationFolder => Kind == StoreKind.Sqlite ? "sqlite" : "postgres";

    public DbConnection Open(string connectionString)
    {
        DbConnection connection = Kind == StoreKind.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        connection.Open();
        if (Kind == StoreKind.Sqlite)
        {
            // WAL: readers (the server) never wait for the writer (an ingest), and a killed writer leaves the last commit intact.
            // synchronous=NORMAL: a commit survives a killed process; only a power cut may lose the latest commits, never consistency.
            // A 64 MB page cache and memory-mapped reads: a store of 10,000 incidents is read from memory.
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;");
        }
        return connection;
    }

    /// <summary>Starts a write transaction holding the store's single writer lock.</summary>
    public DbTransaction BeginWrite(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite) return sqlite.BeginTransaction(deferred: false); // BEGIN IMMEDIATE
        var tx = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = WriterLock }, tx);
        return tx;
    }

    /// <summary>
    /// The condition that incident <c>i</c> matches a full-text query (parameter <c>@q</c>): its
    /// search text holds its title, places, actors and quotes and its sources' titles and text.
    /// </summary>
    public string SearchCondition => Kind == StoreKind.Sqlite
        ? "i.rowid IN (SELECT rowid FROM incident_search WHERE incident_search MATCH @q)"
        : "i.id IN (SELECT id FROM incident_records WHERE search @@ to_tsquery('simple', @q))";

    /// <summary>
    /// A query in the engine's syntax from the user's words: every word must occur, as a word or a
    /// word's start. Only letters and digits pass, so no user text is ever read as query syntax.
    /// </summary>
    public string? SearchQuery(string? text)
    {
        var words = SearchWords(text);
        if (words.Count == 0) return null;
        return Kind == StoreKind.Sqlite
            ? string.Join(" AND ", words.Select(w => $"\"{w}\"*"))
            : string.Join(" & ", words.Select(w => $"{w}:*"));
    }

    internal static List<string> SearchWords(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0 && words.Count < 12) words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>SQLite keeps its full-text index in separate tables; PostgreSQL in generated columns (nothing to do).</summary>
    public void IndexIncident(DbConnection c, DbTransaction tx, long rowid, string body)
    {
        if (Kind == StoreKind.Sqlite) c.Execute("INSERT INTO incident_search (rowid, body) VALUES (@rowid, @body)", new { rowid, body }, tx);
    }

    public void UnindexIncident(DbConnection c, DbTransaction tx, string id)
    {
        if (Kind == StoreKind.Sqlite) c.Execute("DELETE FROM incident_search WHERE rowid = (SELECT rowid FROM incidents WHERE id = @id)", new { id }, tx);
    }

    /// <summary>The key SQL returns for a new incident row, to index it by.</summary>
    public string IncidentRowKey => Kind == StoreKind.Sqlite ? "rowid" : "0";
}
