using Sitrep.Incidents;
using Sitrep.Recognizers.Numbers;
using Sitrep.Recognizers.Time;

namespace Sitrep.Tests.Pipeline;

/// <summary>What ../shared/seeds/EXPECTED.md says of each seed article analysed alone.</summary>
public sealed class SeedArticleTests
{
    private static void AssertFigure(Figure? figure, long value, Qualifier qualifier = Qualifier.Exact)
    {
        Assert.NotNull(figure);
        Assert.Equal(value, figure.Value);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.NotEmpty(figure.Evidence);
    }

    [Fact]
    public void Report_002_counts_seven_dead_four_victims_three_attackers_fourteen_wounded()
    {
        var incident = Seeds.Analyze(null, "002").Primary();
        AssertFigure(incident.Casualties.Killed, 7);
        AssertFigure(incident.Casualties.KilledVictims, 4);
        AssertFigure(incident.Casualties.KilledPerpetrators, 3);
        AssertFigure(incident.Casualties.Wounded, 14);
        var ttp = Assert.Single(incident.Perpetrators, p => p.Name == "Tehreek-e-Taliban Pakistan");
        Assert.True(ttp.Claimed);
        Assert.Contains("T.T.P.", ttp.Aliases);
        Assert.Equal(DayOfWeek.Friday, incident.Date.Weekday);
        Assert.Equal(DatePrecision.Weekday, incident.Date.Precision);
        Assert.Equal("19:10", incident.Date.Time);
        Assert.Equal("Karachi", incident.Location.City);
        Assert.Equal("PK", incident.Location.CountryCode);
    }

    [Fact]
    public void Report_003_counts_at_least_two_victims_and_two_attackers_and_nine_wounded()
    {
        var incident = Seeds.Analyze(null, "003").Primary();
        AssertFigure(incident.Casualties.KilledVictims, 2, Qualifier.AtLeast);
        AssertFigure(incident.Casualties.KilledPerpetrators, 2, Qualifier.AtLeast);
        AssertFigure(incident.Casualties.Killed, 4, Qualifier.AtLeast);
        AssertFigure(incident.Casualties.Wounded, 9);
        Assert.Contains(incident.Perpetrators, p => p.Name == "Tehreek-e-Taliban Pakistan" && p.Claimed);
    }

    [Fact]
    public void Report_000_counts_two_soldiers_killed_by_unidentified_gunmen_on_a_Tuesday()
    {
        var incident = Seeds.Analyze(null, "000").Primary();
        AssertFigure(incident.Casualties.Killed, 2);
        AssertFigure(incident.Casualties.KilledVictims, 2);
        Assert.Null(incident.Casualties.KilledPerpetrators);
        Assert.Equal(Perpetrator.UnknownName, Assert.Single(incident.Perpetrators).Name);
        Assert.Contains(incident.Targets, t => t.Type == "Military");
        Assert.Contains(incident.Weapons, w => w.Type == "Firearms");
        Assert.Equal(DayOfWeek.Tuesday, incident.Date.Weekday);
        Assert.Equal("Karachi", incident.Location.City);
    }

    [Fact]
    public void Report_004_is_placed_in_Karachi_not_at_its_Islamabad_dateline()
    {
        var incident = Seeds.Analyze(null, "004").Primary();
        Assert.Equal("Karachi", incident.Location.City);
        Assert.Equal("Sindh", incident.Location.Admin1);
        AssertFigure(incident.Casualties.Killed, 7);
        AssertFigure(incident.Casualties.KilledVictims, 4);
        AssertFigure(incident.Casualties.KilledPerpetrators, 3);
        AssertFigure(incident.Casualties.Wounded, 14);
        Assert.Equal(DayOfWeek.Friday, incident.Date.Weekday);
    }

    [Fact]
    public void Report_001_counts_two_treated_for_wounds_and_no_dead()
    {
        var incident = Seeds.Analyze(null, "001").Primary();
        AssertFigure(incident.Casualties.Wounded, 2);
        Assert.Null(incident.Casualties.Killed);
        Assert.Contains(incident.Quotes, q => q.Speaker == "Rana Sanaullah" && q.Role == "interior minister");
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_Peshawar_bombing_is_background_and_never_leaks_into_the_reported_incident(string seed)
    {
        var report = Seeds.Analyze(null, seed);
        var peshawar = Assert.Single(report.Background(), i => i.Location.City == "Peshawar");
        Assert.Contains("Bombing/Explosion", peshawar.EventType.GtdAttackTypes);
        Assert.True(peshawar.Casualties.Killed!.Value >= 80);
        var primary = report.Primary();
        Assert.True((primary.Casualties.Killed?.Value ?? 0) < 80);
        Assert.DoesNotContain(primary.Casualties.Killed?.Evidence ?? [], e => e.Text.Contains("80") || e.Text.Contains("101") || e.Text.Contains("100"));
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void With_a_publication_date_the_Friday_resolves_to_the_seventeenth(string seed)
    {
        var incident = Seeds.Analyze("2023-02-18", seed).Primary();
        Assert.Equal(new DateOnly(2023, 2, 17), incident.Date.Start);
        Assert.Equal(DatePrecision.Day, incident.Date.Precision);
    }

    [Fact]
    public void Last_months_attack_in_report_000_is_background()
    {
        var report = Seeds.Analyze(null, "000");
        var earlier = Assert.Single(report.Background());
        Assert.Equal(4, earlier.Casualties.Killed?.Value);
    }

    [Fact]
    public void The_2014_airport_attack_in_report_002_is_background()
    {
        var report = Seeds.Analyze(null, "002");
        Assert.Contains(report.Background(), i => i.Location.Facility == "international airport" && i.Date.Start?.Year == 2014);
    }

    /// <summary>Karachi's centre, as GeoNames gives it: 24.8608 N, 67.0104 E.</summary>
    private const double KarachiLat = 24.8608, KarachiLon = 67.0104;

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_reported_incident_is_in_Karachi_Sindh_within_a_few_km_of_the_centre(string seed)
    {
        var location = Seeds.Analyze(null, seed).Primary().Location;
        Assert.Equal(("Karachi", "Sindh", "Pakistan", "PK"), (location.City, location.Admin1, location.Country, location.CountryCode));
        // 0.03 degrees is about 3 km here.
        Assert.InRange(location.Latitude!.Value, KarachiLat - 0.03, KarachiLat + 0.03);
        Assert.InRange(location.Longitude!.Value, KarachiLon - 0.03, KarachiLon + 0.03);
        Assert.NotEmpty(location.Evidence);
    }

    [Fact]
    public void Report_004_datelined_Islamabad_is_placed_in_Karachi_at_the_police_office()
    {
        var location = Seeds.Analyze(null, "004").Primary().Location;
        Assert.Equal("Karachi", location.City);
        Assert.Equal(LocationPrecision.Facility, location.Precision);
        Assert.Contains("police", location.Facility, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_Peshawar_bombing_is_in_Peshawar_Khyber_Pakhtunkhwa(string seed)
    {
        var peshawar = Seeds.Analyze(null, seed).Background().First(i => i.Location.City == "Peshawar");
        Assert.Equal(("Khyber Pakhtunkhwa", "PK"), (peshawar.Location.Admin1, peshawar.Location.CountryCode));
        Assert.InRange(peshawar.Location.Latitude!.Value, 33.9, 34.1);
        Assert.InRange(peshawar.Location.Longitude!.Value, 71.4, 71.7);
    }
}
