using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sitrep.Storage;

public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where a store lives: a SQLite file (the default, created on first use) or a PostgreSQL
/// database named by a <c>postgres://user:password@host:port/database</c> URL. Given by
/// <c>--db</c>, else by the <c>SITREP_DB</c> environment variable, else <c>sitrep.db</c>.
/// </summary>
public sealed record StoreLocation(StoreKind Kind, string ConnectionString, string Display)
{
    public const string EnvironmentVariable = "SITREP_DB";
    public const string DefaultFile = "sitrep.db";

    public static StoreLocation Resolve(string? db) =>
        Parse(string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env : DefaultFile : db);

    public static StoreLocation Parse(string db)
    {
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return FromPostgresUrl(db);
        if (db.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
            return new StoreLocation(StoreKind.Postgres, db, Redact(new NpgsqlConnectionStringBuilder(db)));
        var path = Path.GetFullPath(db);
        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Waits this long for another writer's lock (a second ingest, the server) before failing.
            DefaultTimeout = 60,
        };
        return new StoreLocation(StoreKind.Sqlite, sqlite.ToString(), path);
    }

    private static StoreLocation FromPostgresUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new ArgumentException($"'{url}' is not a PostgreSQL URL (postgres://user:password@host:port/database).");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : "sitrep",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        // Query parameters (sslmode=..., etc.) pass through as connection string keywords.
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2) builder[Uri.UnescapeDataString(kv[0]).Replace('_', ' ')] = Uri.UnescapeDataString(kv[1]);
        }
        return new StoreLocation(StoreKind.Postgres, builder.ConnectionString, Redact(builder));
    }

    /// <summary>What to show a user: never the password.</summary>
    private static string Redact(NpgsqlConnectionStringBuilder b) => $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
}
