using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.CrossDocument;

/// <summary>Where an incident reported by several documents happened, when they read its place differently.</summary>
public sealed class LocationSettlingTests
{
    private static IncidentReport Report(string id, string city, string region)
    {
        var facts = DocumentAnalyzer.Default.Analyze(new Article(id, "A man was shot and killed outside a store on Sunday night, police said."))
            .Facts.First(f => f.Role == IncidentRole.Primary);
        var location = new IncidentLocation(city, null, city, region, "United States", "US", 0, 0, LocationPrecision.City, []);
        return new IncidentReport(facts with { DocumentId = id, Location = location }, null, []);
    }

    [Fact]
    public void A_city_named_alike_in_every_report_stands_in_the_region_most_reports_give()
    {
        // The first report read "Houston" as the Pennsylvanian town; the two others as the Texan city.
        var incident = IncidentReconciler.Default.Reconcile(
            [Report("a", "Houston", "Pennsylvania"), Report("b", "Houston", "Texas"), Report("c", "Houston", "Texas")], IncidentRole.Primary, [], []);
        Assert.Equal(("Houston", "Texas"), (incident.Location.City, incident.Location.Admin1));
    }

    [Theory]
    [InlineData("BOGOTA, 18 SEP 89 (EFE) -- [TEXT] REBELS SHOT AND KILLED TWO GUARDS TODAY.", false)]
    [InlineData("BOGOTA, Sept. 18 (AP) - Rebels shot and killed two guards today.", true)]
    public void A_place_read_only_from_a_wire_dateline_does_not_group_reports(string text, bool grouped)
    {
        // Many attacks a day are filed under one capital's dateline in wire copy: the incident is still placed there,
        // but the place does not tie it to the others filed there.
        var facts = DocumentAnalyzer.Default.Analyze(new Article("a", text)).Facts.First(f => f.Role == IncidentRole.Primary);
        Assert.Equal("CO", facts.Location.CountryCode);
        Assert.Equal(grouped, facts.Profile!.Place is not null);
    }
}
