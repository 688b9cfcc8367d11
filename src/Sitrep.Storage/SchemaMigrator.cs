using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace Sitrep.Storage;

/// <summary>
/// Brings a store's schema to the version this build knows, on every start. Migrations are SQL
/// scripts embedded in the assembly (<c>Migrations/{sqlite,postgres}/NNN_name.sql</c>), applied
/// in order, each in its own transaction under the writer lock, and recorded in
/// <c>schema_migrations</c>: two processes starting at once apply each script once.
/// </summary>
public sealed class SchemaMigrator(SqlDialect dialect, TimeProvider clock)
{
    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>The migrations this build carries for the dialect, in version order.</summary>
    public IReadOnlyList<Migration> Known()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"Sitrep.Storage.Migrations.{dialect.MigrationFolder}.";
        // The folder separator in a resource name is the build machine's: read both as dots.
        return assembly.GetManifestResourceNames()
            .Select(n => (Resource: n, Name: n.Replace('/', '.').Replace('\\', '.')))
            .Where(n => n.Name.StartsWith(prefix, StringComparison.Ordinal) && n.Name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n.Resource, n.Name[prefix.Length..^4]))
            .OrderBy(m => m.Version)
            .ToList();
    }

    /// <returns>The versions applied now (none when the store was up to date).</returns>
    public IReadOnlyList<int> Migrate(DbConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = new List<int>();
        foreach (var migration in Known())
        {
            using var tx = dialect.BeginWrite(connection);
            // Read under the lock: another process may have applied it while this one waited.
            var done = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", new { v = migration.Version }, tx);
            if (done > 0)
            {
                tx.Commit();
                continue;
            }
            connection.Execute(migration.Sql, transaction: tx);
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)",
                new { v = migration.Version, n = migration.Name, at = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) }, tx);
            tx.Commit();
            applied.Add(migration.Version);
        }
        return applied;
    }

    public int CurrentVersion(DbConnection connection) =>
        connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_migrations") ?? 0;

    private static Migration Read(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var underscore = fileName.IndexOf('_');
        var version = int.Parse(fileName[..underscore], CultureInfo.InvariantCulture);
        return new Migration(version, fileName[(underscore + 1)..], reader.ReadToEnd());
    }
}
