using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

public sealed class EvaluationTests
{
    [Theory]
    [InlineData("Police said two men were killed and three wounded.", 2, 3)]
    [InlineData("A man was killed. Later 4 people were injured.", 0, 4)]
    [InlineData("No one was hurt.", 0, 0)]
    [InlineData("Seven people, including the three attackers, were killed.", 3, 0)]
    public void The_keyword_baseline_takes_the_nearest_number_before_the_first_keyword(string text, int killed, int wounded)
    {
        Assert.Equal(killed, KeywordBaseline.Killed(text));
        Assert.Equal(wounded, KeywordBaseline.Wounded(text));
    }

    [Fact]
    public void Reads_flat_incident_gold()
    {
        var a = GoldReader.Default.Parse("""{"id":"g1","published":"2014-01-28","text":"t","gold":{"incident_id":"101725","killed":1,"wounded":0,"killed_victims":1,"killed_perpetrators":0,"state":"Tennessee","city_or_county":"Hermitage","incident_date":"January 28, 2014"}}""");
        Assert.True(a.Gold.Relevant);
        Assert.Equal("101725", a.Gold.ClusterId);
        Assert.Equal(1, a.Gold.Counts.Killed);
        Assert.Equal(0, a.Gold.Counts.KilledPerpetrators);
        var incident = Assert.Single(a.Gold.Incidents);
        Assert.Equal(new DateOnly(2014, 1, 28), incident.Date);
        Assert.Equal("Tennessee", incident.Admin1);
    }

    [Fact]
    public void Reads_template_gold_with_relevance_and_places()
    {
        var a = GoldReader.Default.Parse("""{"id":"m1","published":"1990-01-03","text":"T","gold":{"relevant":true,"killed":0,"killed_status":"exact","incidents":[{"attack_type":"KIDNAPPING","incident_date":"30 DEC 89","location":"EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)","perpetrator":[["FARABUNDO MARTI NATIONAL LIBERATION FRONT","FMLN"]],"killed":0,"killed_status":"exact","wounded":0,"wounded_status":"lower_bound"}]}}""");
        var incident = Assert.Single(a.Gold.Incidents);
        Assert.Equal("KIDNAPPING", incident.AttackType);
        Assert.Equal(new DateOnly(1989, 12, 30), incident.Date);
        Assert.Equal(("EL SALVADOR", "SAN MIGUEL", "SAN LUIS DE LA REINA"), (incident.Country, incident.Admin1, incident.City));
        Assert.Contains("FMLN", incident.Perpetrators);
        Assert.False(incident.Counts.Exact);
        var irrelevant = GoldReader.Default.Parse("""{"id":"m2","text":"T","gold":{"relevant":false,"incidents":[]}}""");
        Assert.False(irrelevant.Gold.Relevant);
    }

    [Fact]
    public void A_missing_prediction_counts_as_an_error_never_as_a_skipped_case()
    {
        var articles = new[]
        {
            GoldReader.Default.Parse("""{"id":"hit","published":"2016-05-03","text":"Gunmen shot dead two soldiers in Karachi on Tuesday.","gold":{"incident_id":"1","killed":2,"wounded":0}}"""),
            GoldReader.Default.Parse("""{"id":"miss","published":"2016-05-03","text":"The city council met to discuss the budget.","gold":{"incident_id":"2","killed":1,"wounded":0}}"""),
        };
        var card = Evaluator.Default.Evaluate("test", articles);
        var killed = card["killed exact"]!;
        Assert.Equal(2, killed.Cases);
        Assert.Equal(0.5, killed.Sitrep);
        Assert.Equal(0.5, card["relevance recall"]!.Sitrep);
    }

    [Fact]
    public void A_qualified_count_scores_by_its_value_exact_or_within_one()
    {
        var text = "At least four people were killed in a bombing in Kabul on Monday.";
        static string Line(string id, int killed, string text) =>
            $$$"""{"id":"{{{id}}}","published":"2021-03-02","text":"{{{text}}}","gold":{"incident_id":"{{{id}}}","killed":{{{killed}}},"wounded":0}}""";
        var exact = GoldReader.Default.Parse(Line("a", 4, text));
        var near = GoldReader.Default.Parse(Line("b", 5, text));
        var card = Evaluator.Default.Evaluate("test", [exact, near]);
        Assert.Equal(0.5, card["killed exact"]!.Sitrep);
        Assert.Equal(1.0, card["killed within one"]!.Sitrep);
    }
}
