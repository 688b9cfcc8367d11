using System.Text;
using System.Text.Json;
using Dapper;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Tests.Shared;

namespace Sitrep.Storage.Tests;

/// <summary>
/// What a store does, whatever the engine: the same tests run against SQLite (always) and a real
/// PostgreSQL server (when scripts/ci/setup-postgres.sh has started one, as CI does).
/// </summary>
public abstract class StoreContractTests(IStoreFactory factory) : IDisposable
{
    private static readonly PublicationDate Published = PublicationDate.Parse("2023-02-18");

    private IncidentStore NewStore() => IncidentStore.Open(factory.NewLocation());

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [EnvironmentFact]
    public void Creates_the_schema_on_first_use_and_runs_each_migration_once()
    {
        var location = factory.NewLocation();
        var store = IncidentStore.Open(location);
        Assert.Equal(1, store.SchemaVersion());
        var again = IncidentStore.Open(location);
        Assert.Equal(1, again.SchemaVersion());
        using var c = store.Dialect.Open(location.ConnectionString);
        Assert.Equal(1L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [EnvironmentFact]
    public void The_seeds_ingested_one_by_one_in_any_order_give_the_incidents_of_analyze()
    {
        var expected = Seeds.Json(Seeds.Analyze([Seeds.Folder]));
        var orders = new[]
        {
            Seeds.Files,
            Seeds.Files.Reverse().ToArray(),
            [.. Seeds.Files.OrderBy(f => Path.GetFileName(f)[1..], StringComparer.Ordinal)],
            [.. Seeds.Files.Skip(2), .. Seeds.Files.Take(2)],
        };
        foreach (var order in orders)
        {
            var store = NewStore();
            foreach (var file in order) Seeds.Ingest(store, [file]);
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(Seeds.Json(store.LoadReport())));
            // The stored records (what the list and the API read) are the assembly's, one for one.
            Assert.Equal(store.LoadReport().Incidents.Select(i => i.Id), store.Reader.List(new IncidentQuery { PageSize = 500 }).Items.Select(i => i.Id));
        }
    }

    [EnvironmentFact]
    public void The_same_article_twice_is_stored_once()
    {
        var store = NewStore();
        var first = Seeds.Ingest(store, [Seeds.Folder]);
        var second = Seeds.Ingest(store, [Seeds.Folder, Seeds.PathOf("002")]);
        Assert.Equal(5, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(6, second.Duplicates);
        Assert.Equal(5, store.Reader.Count("documents"));
        Assert.Equal(Seeds.Json(Seeds.Analyze([Seeds.Folder])), Seeds.Json(store.LoadReport()));
    }

    [EnvironmentFact]
    public void A_different_article_under_a_known_id_is_kept_under_the_next_free_id()
    {
        var store = NewStore();
        var folder = Directory.CreateTempSubdirectory("sitrep-ids-").FullName;
        File.WriteAllText(Path.Combine(folder, "a.jsonl"),
            """
            {"id": "x", "text": "Gunmen killed two soldiers in Karachi on Tuesday, police said."}
            {"id": "x", "text": "A bomb killed five people at a market in Quetta on Monday, officials said."}
            """);
        var outcome = Seeds.Ingest(store, [folder]);
        Assert.Equal(2, outcome.Added);
        Assert.NotNull(store.Reader.GetDocument("x"));
        Assert.NotNull(store.Reader.GetDocument("x~2"));
    }

    [EnvironmentFact]
    public void A_new_report_of_a_known_incident_updates_it_appends_to_its_history_and_its_old_id_leads_to_it()
    {
        var store = NewStore();
        Seeds.Ingest(store, [Seeds.PathOf("003")], Published);
        var before = PoliceOffice(store.LoadReport());
        Assert.Equal(["003_5732fad530838b03"], before.Documents.ToArray());

        Seeds.Ingest(store, [Seeds.PathOf("002")], Published);
        var after = PoliceOffice(store.LoadReport());
        Assert.Equal(["002_07d0ea6010db6825", "003_5732fad530838b03"], after.Documents.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(after.History, h => h.Document == "002_07d0ea6010db6825");
        Assert.Contains(after.History, h => h.Document == "003_5732fad530838b03");
        Assert.True(after.History.Length > before.History.Length);

        if (before.Id != after.Id)
        {
            Assert.Null(store.Reader.Get(before.Id, out var current));
            Assert.Equal(after.Id, current);
        }
        Assert.NotNull(store.Reader.Get(after.Id, out _));
    }

    [EnvironmentFact]
    public void The_police_office_history_shows_each_reports_figures()
    {
        var store = NewStore();
        foreach (var file in Seeds.Files.Reverse()) Seeds.Ingest(store, [file], Published);
        var dossier = store.Reader.List(new IncidentQuery { Text = "police headquarters", Role = "primary" }).Items.Single();
        var json = store.Reader.Get(dossier.Id, out _)!.Json;
        using var doc = JsonDocument.Parse(json);
        var history = doc.RootElement.GetProperty("history").EnumerateArray()
            .Select(h => (Field: h.GetProperty("field").GetString(), Value: h.GetProperty("value").GetString(), Document: h.GetProperty("document").GetString()))
            .ToList();
        // Each of the four reports gives its own killed and wounded figures.
        foreach (var report in new[] { "001", "002", "003", "004" })
            Assert.Contains(history, h => h.Document!.StartsWith(report, StringComparison.Ordinal));
        Assert.Contains(history, h => h.Field!.StartsWith("wounded", StringComparison.Ordinal) && h.Value == "14");
        Assert.Contains(history, h => h.Field!.StartsWith("wounded", StringComparison.Ordinal) && h.Value == "9");
        Assert.Equal(7, doc.RootElement.GetProperty("casualties").GetProperty("killed").GetProperty("value").GetInt32());
    }

    [EnvironmentFact]
    public void Lists_filter_by_text_date_country_type_perpetrator_and_bounding_box_with_paging()
    {
        var store = NewStore();
        Seeds.Ingest(store, [Seeds.Folder], Published);
        var all = store.Reader.List(new IncidentQuery());
        Assert.Equal(store.LoadReport().Incidents.Length, (int)all.Total);

        var karachi = store.Reader.List(new IncidentQuery { Text = "Karachi" });
        Assert.Contains(karachi.Items, i => i.Title.Contains("Police", StringComparison.Ordinal));
        Assert.Empty(store.Reader.List(new IncidentQuery { Text = "zanzibar" }).Items);

        var police = PoliceOffice(store.LoadReport());
        var onTheDay = store.Reader.List(new IncidentQuery { From = new DateOnly(2023, 2, 17), To = new DateOnly(2023, 2, 17) });
        Assert.Contains(onTheDay.Items, i => i.Id == police.Id);
        Assert.DoesNotContain(store.Reader.List(new IncidentQuery { From = new DateOnly(2024, 1, 1) }).Items, i => i.Id == police.Id);

        Assert.Contains(store.Reader.List(new IncidentQuery { Country = "PK" }).Items, i => i.Id == police.Id);
        Assert.Contains(store.Reader.List(new IncidentQuery { Country = "pakistan" }).Items, i => i.Id == police.Id);
        Assert.DoesNotContain(store.Reader.List(new IncidentQuery { Country = "IN" }).Items, i => i.Id == police.Id);

        Assert.Contains(store.Reader.List(new IncidentQuery { Type = "armed assault" }).Items, i => i.Id == police.Id);
        Assert.Contains(store.Reader.List(new IncidentQuery { Type = "Battles" }).Items, i => i.Id == police.Id);
        Assert.Contains(store.Reader.List(new IncidentQuery { Perpetrator = "taliban" }).Items, i => i.Id == police.Id);
        Assert.Contains(store.Reader.List(new IncidentQuery { Perpetrator = "TTP" }).Items, i => i.Id == police.Id);
        Assert.DoesNotContain(store.Reader.List(new IncidentQuery { Perpetrator = "boko haram" }).Items, i => i.Id == police.Id);

        Assert.Contains(store.Reader.List(new IncidentQuery { Bbox = new BoundingBox(66, 24, 68, 26) }).Items, i => i.Id == police.Id);
        Assert.Empty(store.Reader.List(new IncidentQuery { Bbox = new BoundingBox(-10, 40, 10, 50) }).Items);

        var page1 = store.Reader.List(new IncidentQuery { PageSize = 2 });
        var page2 = store.Reader.List(new IncidentQuery { PageSize = 2, Page = 2 });
        Assert.Equal(2, page1.Items.Count);
        Assert.Equal(all.Total, page2.Total);
        Assert.Equal(all.Items.Skip(2).Take(2).Select(i => i.Id), page2.Items.Select(i => i.Id));
    }

    [EnvironmentFact]
    public void Filters_are_parameters_never_sql()
    {
        var store = NewStore();
        Seeds.Ingest(store, [Seeds.Folder]);
        foreach (var hostile in new[] { "'; DROP TABLE incidents; --", "\" OR 1=1 --", "x' OR '1'='1", "%", "_", "NEAR(a b)", "*", "a:* | b" })
        {
            store.Reader.List(new IncidentQuery { Text = hostile, Country = hostile, Type = hostile, Perpetrator = hostile });
            Assert.Empty(store.Reader.List(new IncidentQuery { Country = hostile }).Items);
            Assert.Empty(store.Reader.List(new IncidentQuery { Perpetrator = hostile }).Items);
        }
        Assert.Equal(6, store.Reader.Count());
    }

    [EnvironmentFact]
    public void A_document_comes_with_its_cleaned_text_and_the_spans_cited_from_it()
    {
        var store = NewStore();
        Seeds.Ingest(store, [Seeds.Folder]);
        var report = store.LoadReport();
        var document = store.Reader.GetDocument("002_07d0ea6010db6825")!;
        Assert.Equal(report.Documents.Single(d => d.Id == document.Id).Text, document.Text);
        Assert.NotEmpty(document.Spans);
        Assert.Contains(document.Spans, s => s.Field == "casualties.killed");
        var cited = report.Incidents.SelectMany(EvidenceOf).Where(e => e.Document == document.Id).Select(e => (e.Span.Start, e.Span.End)).ToHashSet();
        Assert.All(document.Spans, s => Assert.Contains((s.Start, s.End), cited));
        Assert.Null(store.Reader.GetDocument("no-such-document"));
    }

    [EnvironmentFact]
    public void The_same_store_gives_the_same_export_bytes_in_every_format()
    {
        var store = NewStore();
        Seeds.Ingest(store, [Seeds.Folder], Published);
        foreach (var format in ReportExporter.Formats)
            Assert.Equal(Seeds.Json(store.LoadReport(), format), Seeds.Json(store.LoadReport(), format));
        var acled = Encoding.UTF8.GetString(Seeds.Json(store.LoadReport(), "csv-acled")).Split('\n');
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,", acled[0]);
        Assert.Contains(acled, l => l.Contains("2023-02-17,2023,1,Political violence", StringComparison.Ordinal) && l.Contains("Tehreek-e-Taliban Pakistan", StringComparison.Ordinal));
        var gtd = Encoding.UTF8.GetString(Seeds.Json(store.LoadReport(), "csv-gtd")).Split('\n');
        Assert.StartsWith("eventid,iyear,imonth,iday,approxdate,extended,country_txt,region_txt,provstate,city,latitude,longitude,", gtd[0]);
        Assert.Contains(gtd, l => l.StartsWith("202302170001,2023,2,17,", StringComparison.Ordinal) && l.Contains(",Pakistan,South Asia,Sindh,Karachi,", StringComparison.Ordinal));
    }

    [EnvironmentFact]
    public void Batches_of_any_size_give_the_same_store()
    {
        var expected = Seeds.Json(Seeds.Analyze([Seeds.Folder]));
        foreach (var batch in new[] { 1, 2, 100 })
        {
            var store = NewStore();
            Seeds.Ingest(store, [Seeds.Folder], batch: batch);
            Assert.Equal(expected, Seeds.Json(store.LoadReport()));
        }
    }

    [EnvironmentFact]
    public void Two_stores_on_one_database_see_each_others_documents()
    {
        var location = factory.NewLocation();
        var a = IncidentStore.Open(location);
        var b = IncidentStore.Open(location);
        Seeds.Ingest(a, [Seeds.PathOf("001"), Seeds.PathOf("002")]);
        Seeds.Ingest(b, [Seeds.PathOf("003"), Seeds.PathOf("004"), Seeds.PathOf("000")]);
        Seeds.Ingest(a, [Seeds.PathOf("001")]);
        Assert.Equal(Seeds.Json(Seeds.Analyze([Seeds.Folder])), Seeds.Json(a.LoadReport()));
        Assert.Equal(a.Reader.List(new IncidentQuery()).Items.Select(i => i.Id), a.LoadReport().Incidents.Select(i => i.Id));
    }

    private static Incident PoliceOffice(Output.Report report) =>
        report.Incidents.Single(i => i.Role == IncidentRole.Primary && i.Title.Contains("Police", StringComparison.Ordinal));

    private static IEnumerable<Evidence> EvidenceOf(Incident i) =>
        i.EventType.Evidence.Concat(i.Date.Evidence).Concat(i.Location.Evidence)
            .Concat(i.Perpetrators.SelectMany(p => p.Evidence)).Concat(i.Targets.SelectMany(t => t.Evidence)).Concat(i.Weapons.SelectMany(w => w.Evidence))
            .Concat(new[] { i.Casualties.Killed, i.Casualties.KilledVictims, i.Casualties.KilledPerpetrators, i.Casualties.Wounded, i.Casualties.WoundedVictims, i.Casualties.WoundedPerpetrators }
                .Where(f => f is not null).SelectMany(f => f!.Evidence))
            .Concat(i.Quotes.Select(q => q.Evidence)).Concat(i.Conflicts.SelectMany(c => c.Values.Select(v => v.Evidence)));
}

public sealed class SqliteStoreTests() : StoreContractTests(new SqliteStoreFactory());

[RequiresEnvironment(PostgresStoreFactory.Variable, "scripts/ci/setup-postgres.sh")]
public sealed class PostgresStoreTests() : StoreContractTests(new PostgresStoreFactory());
