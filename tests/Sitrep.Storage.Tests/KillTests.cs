using System.Diagnostics;
using Dapper;
using Sitrep.Storage;
using Sitrep.Tests.Shared;
using Xunit.Abstractions;

namespace Sitrep.Storage.Tests;

/// <summary>
/// A real <c>sitrep ingest</c> process over 5,000 articles, killed (SIGKILL) at random points and
/// run again: after each kill the store is consistent (its incident records are the assembly of
/// its documents), and at the end every article is stored exactly once and the incidents equal a
/// clean run's.
/// </summary>
public abstract class KillTests(IStoreFactory factory, ITestOutputHelper output) : IDisposable
{
    private const int Articles = 5000;

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [EnvironmentFact]
    public void Killing_ingest_at_random_points_and_running_it_again_loses_no_article_and_duplicates_none()
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-kill-").FullName;
        var corpus = Path.Combine(folder, "corpus.jsonl");
        var ids = SyntheticCorpus.Write(corpus, Articles);
        var expected = Seeds.Json(Seeds.Analyze([corpus]), "jsonl");

        var location = factory.NewLocation();
        var db = location.Kind == StoreKind.Sqlite ? location.Display : location.ConnectionString;
        var random = new Random(20260221);
        var kills = 0;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // Kill at a random point of the run: after one to three more batches are committed, plus up to half a
            // second, which lands in the middle of reading, analysing or committing the next batch.
            var commits = new SemaphoreSlim(0);
            using var process = Start(corpus, db, line =>
            {
                if (line.StartsWith("sitrep: stored ", StringComparison.Ordinal)) commits.Release();
            });
            var wanted = random.Next(1, 4);
            var finished = false;
            for (var k = 0; k < wanted && !finished; k++)
                while (!commits.Wait(TimeSpan.FromMilliseconds(200)))
                    if (process.HasExited)
                    {
                        finished = true;
                        break;
                    }
            if (finished) break;
            var delay = random.Next(0, 500);
            if (process.WaitForExit(TimeSpan.FromMilliseconds(delay))) break;
            process.Kill(); // SIGKILL on Unix: no handler, no flush, no rollback by the process itself
            process.WaitForExit();
            kills++;
            var count = AssertConsistent(location);
            output.WriteLine($"kill {kills}: after {wanted} more commits and {delay} ms; {count} documents stored, store consistent");
        }
        using (var last = Start(corpus, db, batch: 1000)) // the rest in large batches: fewer assemblies
        {
            Assert.True(last.WaitForExit(TimeSpan.FromMinutes(3)), "the final ingest did not finish");
            Assert.Equal(0, last.ExitCode);
        }
        Assert.True(kills >= 2, $"only {kills} kills landed before ingest finished");

        var store = IncidentStore.Open(location);
        using (var c = store.Dialect.Open(location.ConnectionString))
        {
            var stored = c.Query<string>("SELECT id FROM documents").ToList();
            Assert.Equal(Articles, stored.Count);
            Assert.Equal(ids.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        }
        Assert.Equal(expected, Seeds.Json(store.LoadReport(), "jsonl"));
        AssertConsistent(location);
    }

    /// <summary>The stored incident records are exactly the assembly of the stored documents.</summary>
    private static long AssertConsistent(StoreLocation location)
    {
        var store = IncidentStore.Open(location);
        var assembled = store.LoadReport().Incidents.Select(i => (i.Id, IncidentRow.IncidentJson(i))).ToList();
        using var c = store.Dialect.Open(location.ConnectionString);
        var stored = c.Query<(string Id, string Json)>("SELECT i.id, r.json FROM incidents i JOIN incident_records r ON r.id = i.id ORDER BY i.sort_key").ToList();
        Assert.Equal(assembled, stored);
        return store.Reader.Count("documents");
    }

    private static Process Start(string corpus, string db, Action<string>? onError = null, int batch = 100)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "ingest", corpus, "--db", db, "--batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) onError?.Invoke(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

public sealed class SqliteKillTests(ITestOutputHelper output) : KillTests(new SqliteStoreFactory(), output);

[RequiresEnvironment(PostgresStoreFactory.Variable, "scripts/ci/setup-postgres.sh")]
public sealed class PostgresKillTests(ITestOutputHelper output) : KillTests(new PostgresStoreFactory(), output);
