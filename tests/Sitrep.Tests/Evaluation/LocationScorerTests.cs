using Sitrep.Evaluation;
using Sitrep.Incidents;
using Sitrep.Recognizers.Places;

namespace Sitrep.Tests.Evaluation;

public sealed class LocationScorerTests
{
    private static IncidentLocation At(string? city, string? admin1 = null, string? country = null, string? code = null, string? county = null) =>
        new(city, null, city, admin1, country, code, null, null, LocationPrecision.City, []) { Admin2 = county };

    [Theory]
    [InlineData("Chicago (Englewood)", "Chicago", true)]
    [InlineData("Chicago (Englewood)", "Englewood", true)]
    [InlineData("Saint Louis", "St. Louis", true)]
    [InlineData("Winston Salem (Winston-salem)", "Winston-Salem", true)]
    [InlineData("Mc Lean (Mclean)", "McLean", true)]
    [InlineData("Bronx", "The Bronx", true)]
    [InlineData("New York (Manhattan)", "New York City", true)]
    [InlineData("Trenton (Hamilton Township)", "Hamilton", true)]
    [InlineData("Houston", "Dallas", false)]
    public void Gva_city_names_are_compared_loosely(string gold, string predicted, bool match) =>
        Assert.Equal(match, LocationScorer.CityMatches(gold, At(predicted)));

    [Fact]
    public void A_gva_county_matches_the_county_of_the_prediction()
    {
        Assert.True(LocationScorer.CityMatches("Polk (county)", At(null, "Florida", county: "Polk County")));
        Assert.True(LocationScorer.CityMatches("Polk (county)", At("Lakeland", "Florida", county: "Polk County")));
        Assert.False(LocationScorer.CityMatches("Polk (county)", At("Polk City", "Florida", county: "Orange County")));
        Assert.False(LocationScorer.CityMatches("Polk (county)", null));
    }

    [Theory]
    [InlineData("GUATAMALA", "GT", true)]
    [InlineData("GUATEMALA", "GT", true)]
    [InlineData("GUATAMALA", "SV", false)]
    public void A_gold_country_misspelt_by_one_letter_is_still_that_country(string goldCountry, string predicted, bool match)
    {
        var scorer = new LocationScorer(Gazetteer.Default);
        var gold = GoldReader.Default.Parse($$$"""{"id":"m","text":"T","gold":{"relevant":true,"incidents":[{"location":"{{{goldCountry}}}: GUATEMALA CITY (CITY)"}]}}""");
        var outcome = scorer.Add(gold, At(null, null, predicted == "GT" ? "Guatemala" : "El Salvador", predicted));
        Assert.Equal(match, outcome.Country);
    }

    [Theory]
    [InlineData("guatamala", "guatemala", true)]
    [InlineData("peru", "perus", true)]
    [InlineData("chile", "china", false)]
    public void One_edit_apart_means_one_substitution_insertion_or_deletion(string a, string b, bool expected) =>
        Assert.Equal(expected, LocationScorer.OneEditApart(a, b));

    [Fact]
    public void Scores_per_article_and_counts_a_missing_prediction_as_an_error()
    {
        var scorer = new LocationScorer(Gazetteer.Default);
        var muc = GoldReader.Default.Parse("""{"id":"m","text":"T","gold":{"relevant":true,"incidents":[{"location":"EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)"}]}}""");
        var gva = GoldReader.Default.Parse("""{"id":"g","text":"T","gold":{"incident_id":"1","state":"Tennessee","city_or_county":"Hermitage"}}""");
        scorer.Add(muc, At("San Miguel", "San Miguel Department", "El Salvador", "SV"));
        scorer.Add(gva, null);
        var rows = scorer.Rows().ToDictionary(r => r.Name);
        Assert.Equal((2, 0.0), (rows["location city"].Cases, rows["location city"].Sitrep));
        Assert.Equal((2, 0.5), (rows["location admin1"].Cases, rows["location admin1"].Sitrep));
        Assert.Equal((1, 1.0), (rows["location country"].Cases, rows["location country"].Sitrep));
        Assert.Equal(1, rows["location country, incident found"].Cases);
    }

    [Theory]
    [InlineData("(PERU: CUZCO (CITY)) / (PERU: LIMA (CITY))", "PERU", "CUZCO")]
    [InlineData("? ECUADOR", "ECUADOR", null)]
    public void Reads_muc_alternatives_in_brackets_and_uncertain_fills(string location, string country, string? city)
    {
        var muc = GoldReader.Default.Parse("""{"id":"m","text":"T","gold":{"relevant":true,"incidents":[{"location":""" + $"\"{location}\"" + "}]}}");
        var incident = muc.Gold.Incidents.Single();
        Assert.Equal((country, city), (incident.Country, incident.City));
    }

    [Fact]
    public void The_evaluator_reports_location_rows_without_a_details_file()
    {
        var gold = GoldReader.Default.Parse("""{"id":"g","text":"Gunmen shot dead two soldiers in Karachi on Tuesday.","gold":{"incident_id":"1","killed":2,"wounded":0,"state":"Sindh","city_or_county":"Karachi"}}""");
        var card = Evaluator.Default.Evaluate("t", [gold]);
        Assert.Equal(1.0, card["location city"]!.Sitrep);
        Assert.Equal(1.0, card["location admin1"]!.Sitrep);
        Assert.Equal(1.0, card["location city, any incident"]!.Sitrep);
    }

    [Fact]
    public void An_any_incident_scorer_names_its_rows_by_its_scope_and_has_no_incident_found_rows()
    {
        var scorer = new LocationScorer(Gazetteer.Default, LocationScorer.AnyIncident);
        var muc = GoldReader.Default.Parse("""{"id":"m","text":"T","gold":{"relevant":true,"incidents":[{"location":"EL SALVADOR: SAN SALVADOR (CITY)"}]}}""");
        scorer.Add(muc, At("San Salvador", "San Salvador Department", "El Salvador", "SV"));
        var names = scorer.Rows().Select(r => r.Name).ToList();
        Assert.Equal(["location city, any incident", "location country, any incident"], names);
    }
}
