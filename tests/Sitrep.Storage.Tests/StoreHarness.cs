using Npgsql;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Storage.Tests;

/// <summary>Makes empty stores of one engine for a test, and removes them afterwards.</summary>
public interface IStoreFactory : IDisposable
{
    StoreLocation NewLocation();
}

public sealed class SqliteStoreFactory : IStoreFactory
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-store-").FullName;
    private int _count;

    public StoreLocation NewLocation() => StoreLocation.Parse(Path.Combine(_folder, $"store{Interlocked.Increment(ref _count)}.db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection: the temp folder is cleaned by the system.
        }
    }
}

/// <summary>A database per store on the server SITREP_TEST_POSTGRES names (created by scripts/ci/setup-postgres.sh).</summary>
public sealed class PostgresStoreFactory : IStoreFactory
{
    public const string Variable = "SITREP_TEST_POSTGRES";
    private readonly List<string> _databases = [];
    private readonly StoreLocation _admin = StoreLocation.Parse(Environment.GetEnvironmentVariable(Variable)!);

    public StoreLocation NewLocation()
    {
        var name = "sitrep_t_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(_admin.ConnectionString))
        {
            c.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", c); // a generated name, never user input
            create.ExecuteNonQuery();
        }
        _databases.Add(name);
        var builder = new NpgsqlConnectionStringBuilder(_admin.ConnectionString) { Database = name };
        return StoreLocation.Parse(builder.ConnectionString);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(_admin.ConnectionString);
        c.Open();
        foreach (var name in _databases)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c);
            try
            {
                drop.ExecuteNonQuery();
            }
            catch (PostgresException)
            {
                // Clean-up only: a database left behind (a unique name) fails no test; the next run of the
                // set-up script's cluster is unaffected.
            }
        }
    }
}

public static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples", "karachi");

    public static string[] Files => [.. Directory.GetFiles(Folder).Order(StringComparer.Ordinal)];

    public static string PathOf(string prefix) => Directory.GetFiles(Folder, prefix + "_*.txt").Single();

    /// <summary>What <c>sitrep analyze</c> reports on these inputs.</summary>
    public static Report Analyze(IEnumerable<string> paths, PublicationDate? published = null)
    {
        var builder = new ReportBuilder();
        Batch.Run(InputReader.Default, paths, published, builder, DocumentAnalyzer.Default);
        return builder.Build();
    }

    public static StoreIngestor.Outcome Ingest(IncidentStore store, IEnumerable<string> paths, PublicationDate? published = null, int batch = StoreIngestor.DefaultBatchSize) =>
        new StoreIngestor(store, DocumentAnalyzer.Default, batch).Run(InputReader.Default.Read(paths, published));

    public static byte[] Json(Report report, string format = "json")
    {
        using var buffer = new MemoryStream();
        ReportExporter.Write(report, format, buffer);
        return buffer.ToArray();
    }
}
