using System.Diagnostics;
using System.Text;

namespace Sitrep.Storage.Tests;

/// <summary>The store's commands as a user runs them: ingest, incidents, export; and analyze's CSV and GeoJSON formats.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left to the system's temp cleaning
        }
    }

    [Fact]
    public void Ingest_twice_then_list_and_export_as_analyze_writes()
    {
        var db = Path.Combine(_folder, "store.db");
        var first = Run("ingest", Seeds.Folder, "--db", db, "--published", "2023-02-18");
        Assert.Equal(0, first.Code);
        Assert.Contains("5 documents added", first.Stderr);
        var second = Run("ingest", Seeds.Folder, "--db", db, "--published", "2023-02-18");
        Assert.Contains("0 documents added, 5 already stored", second.Stderr);

        var list = Run("incidents", "--db", db, "--q", "Karachi", "--country", "PK", "--from", "2023-02-01");
        Assert.Equal(0, list.Code);
        Assert.Contains("Police", list.Stdout);

        foreach (var format in new[] { "json", "csv-acled", "csv-gtd", "geojson" })
        {
            var export = Run("export", "--db", db, "--format", format);
            var analyze = Run("analyze", Seeds.Folder, "--published", "2023-02-18", "--format", format);
            Assert.Equal(0, export.Code);
            Assert.Equal(analyze.Stdout, export.Stdout);
        }
        Assert.StartsWith("event_id_cnty,event_date,year,", Run("analyze", Seeds.Folder, "--format", "csv-acled").Stdout);
        Assert.Contains("\"FeatureCollection\"", Run("export", "--db", db, "--format", "geojson").Stdout);
    }

    [Fact]
    public void Bad_store_arguments_exit_2()
    {
        Assert.Equal(2, Run("incidents", "--db", Path.Combine(_folder, "x.db"), "--bbox", "1,2").Code);
        Assert.Equal(2, Run("incidents", "--db", Path.Combine(_folder, "x.db"), "--from", "soon").Code);
        Assert.Equal(2, Run("ingest", Seeds.Folder, "--db", "postgres://").Code);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
