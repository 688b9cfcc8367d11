using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Events;

public sealed class IncidentSeparationTests
{
    [Fact]
    public void Tells_the_reported_incident_from_the_ones_it_mentions()
    {
        SpecFile.Check("Events/incidents.json", c =>
        {
            var analysis = DocumentAnalyzer.Default.Analyze(new Article("spec", c.Input)
            {
                Published = c.Published is null ? null : PublicationDate.Parse(c.Published),
                Url = c.Url,
            });
            var facts = analysis.Facts;
            var primary = facts.Where(f => f.Role == IncidentRole.Primary).ToList();
            var background = facts.Where(f => f.Role == IncidentRole.Background).ToList();
            object? Describe(Incidents.IncidentFacts f) => new
            {
                killed = f.Casualties.Killed?.Value,
                wounded = f.Casualties.Wounded?.Value,
                city = f.Location.City,
                country = f.Location.CountryCode,
                claimed_by = f.Perpetrators.FirstOrDefault(p => p.Claimed)?.Name,
            };
            var actual = SpecFile.ToJson(new
            {
                primary = primary.Count == 0 ? null : Describe(primary[0]),
                background = background.Select(Describe),
            });
            if (primary.Count > 1) throw new InvalidOperationException($"{primary.Count} primary incidents");
            var expected = c.Expected;
            var wantPrimary = expected.GetProperty("primary");
            var gotPrimary = actual.GetProperty("primary");
            if (wantPrimary.ValueKind == JsonValueKind.Null ? gotPrimary.ValueKind != JsonValueKind.Null : !SpecFile.Subsumes(wantPrimary, gotPrimary))
                throw new InvalidOperationException($"got {actual.GetRawText()}");
            var wantBackground = expected.GetProperty("background");
            if (wantBackground.GetArrayLength() != actual.GetProperty("background").GetArrayLength() || !SpecFile.Subsumes(wantBackground, actual.GetProperty("background")))
                throw new InvalidOperationException($"got {actual.GetRawText()}");
        });
    }
}
