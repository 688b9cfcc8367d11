using Sitrep.Events;
using Sitrep.Incidents;

namespace Sitrep.Tests.CrossDocument;

/// <summary>The five seeds as one batch: what EXPECTED.md asks of the incident records.</summary>
public sealed class SeedIncidentTests
{
    private static readonly Lazy<Sitrep.Output.Report> Batch = new(() => Seeds.Analyze("2023-02-18"));

    private static Incident Assault => Batch.Value.Incidents.Single(i => i.Role == IncidentRole.Primary && i.Documents.Length > 1);

    [Fact]
    public void Two_reported_incidents_the_2014_attack_alone_and_the_police_office_assault_in_four_reports()
    {
        var primary = Batch.Value.Incidents.Where(i => i.Role == IncidentRole.Primary).ToList();
        Assert.Equal(2, primary.Count);
        Assert.Contains(primary, i => i.Documents.Select(Prefix).SequenceEqual(["000"]));
        Assert.Equal(["001", "002", "003", "004"], Assault.Documents.Select(Prefix));
    }

    [Fact]
    public void The_assault_counts_seven_dead_four_victims_three_attackers_and_fourteen_wounded()
    {
        var c = Assault.Casualties;
        Assert.Equal((7L, 4L, 3L, 14L), (c.Killed!.Value, c.KilledVictims!.Value, c.KilledPerpetrators!.Value, c.Wounded!.Value));
    }

    [Fact]
    public void The_conflict_on_the_dead_explains_what_003_and_004_count()
    {
        var killed = Assert.Single(Assault.Conflicts, c => c.Field == "killed");
        Assert.Equal("7", killed.Resolution);
        var explanation = killed.Explanation;
        // 003's "at least four" counts soldiers and militants; 004's "at least four people" the victims only.
        Assert.Contains(Id("003") + " says at least 4", explanation);
        Assert.Contains("at least 2 victims and at least 2 attackers", explanation);
        Assert.Contains("\"At least four people were killed\" counts the victims only", explanation);
        Assert.Contains(killed.Values, v => v.Document == Id("003") && v.Value == "at least 4");
    }

    [Fact]
    public void The_assault_is_dated_friday_the_seventeenth_and_claimed_by_the_pakistani_taliban()
    {
        Assert.Equal(new DateOnly(2023, 2, 17), Assault.Date.Start);
        var perpetrator = Assert.Single(Assault.Perpetrators);
        Assert.Equal("Tehreek-e-Taliban Pakistan", perpetrator.Name);
        Assert.True(perpetrator.Claimed);
        Assert.Contains("TTP", perpetrator.Aliases);
    }

    [Fact]
    public void The_peshawar_bombing_is_one_background_incident_whose_conflicting_figures_are_listed()
    {
        var peshawar = Assert.Single(Batch.Value.Incidents, i => i.Role == IncidentRole.Background && i.Location.City == "Peshawar");
        Assert.Equal(["001", "002", "003", "004"], peshawar.Documents.Select(Prefix));
        var killed = Assert.Single(peshawar.Conflicts, c => c.Field == "killed");
        Assert.True(killed.Values.Select(v => v.Document).Distinct().Count() >= 3);
        // Mentioned in passing, it never leaks into the assault's own figures.
        Assert.DoesNotContain(Assault.Casualties.Killed!.Evidence, e => e.Text.Contains("100") || e.Text.Contains("101"));
    }

    [Fact]
    public void Every_value_of_a_conflict_cites_a_span_of_its_document()
    {
        var texts = Batch.Value.Documents.ToDictionary(d => d.Id, d => d.Text);
        foreach (var conflict in Batch.Value.Incidents.SelectMany(i => i.Conflicts))
        foreach (var value in conflict.Values)
        {
            Assert.Equal(value.Document, value.Evidence.Document);
            Assert.Equal(value.Evidence.Text, texts[value.Document][value.Evidence.Span.Start..value.Evidence.Span.End]);
        }
    }

    [Fact]
    public void The_assault_is_placed_at_the_karachi_police_office_the_name_most_reports_give()
    {
        // 001 leads with "a police compound" and names "the Karachi Police Office compound" later; 002 says
        // "Karachi Police Headquarters" in its headline only.
        Assert.Equal("Karachi Police Office", Assault.Location.Facility);
        Assert.Equal(("Karachi", "Sindh", "PK"), (Assault.Location.City, Assault.Location.Admin1, Assault.Location.CountryCode));
    }

    [Fact]
    public void The_json_record_says_how_the_dead_were_counted_and_lists_mentions_and_copies()
    {
        using var stream = new MemoryStream();
        Sitrep.Output.JsonReportWriter.WriteJson(Batch.Value, stream);
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var assault = json.RootElement.GetProperty("incidents").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == Assault.Id);
        var killed = assault.GetProperty("casualties").GetProperty("killed");
        Assert.Equal("4 victims and 3 attackers", killed.GetProperty("basis").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, assault.GetProperty("mentioned_in").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, assault.GetProperty("copies").ValueKind);
    }

    private static string Prefix(string id) => id[..3];

    private static string Id(string prefix) => Batch.Value.Documents.Single(d => d.Id.StartsWith(prefix, StringComparison.Ordinal)).Id;
}
