using Sitrep.Recognizers.Places;
using Sitrep.Resources;

namespace Sitrep.Tests.Recognizers;

/// <summary>The integrity of the place tables under src/Sitrep/Resources/Places.</summary>
public sealed class PlaceGazetteerTests
{
    [Fact]
    public void Every_country_has_iso_codes_and_coordinates()
    {
        var table = ResourceTable.Load("Places/countries.tsv");
        Assert.True(table.Rows.Length >= 240, $"only {table.Rows.Length} countries");
        foreach (var row in table.Rows)
        {
            Assert.Matches("^[A-Z]{2}$", row["code"]);
            Assert.Matches("^[A-Z]{3}$", row["iso3"]);
            Assert.False(string.IsNullOrWhiteSpace(row["name"]), $"line {row.Line}: no name");
            var lat = double.Parse(row["lat"], System.Globalization.CultureInfo.InvariantCulture);
            var lon = double.Parse(row["lon"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(lat, -90, 90);
            Assert.InRange(lon, -180, 180);
        }
        var place = Gazetteer.Default.Countries["PK"];
        Assert.Equal("Pakistan", place.Name);
        Assert.NotEqual(0, place.Latitude);
    }

    [Theory]
    [InlineData("Places/countries.tsv", "code")]
    [InlineData("Places/admin1.tsv", "id")]
    [InlineData("Places/admin2.tsv", "id")]
    [InlineData("Places/relations.tsv", "word")]
    [InlineData("Places/common-names.tsv", "name")]
    [InlineData("Places/facilities.tsv", "phrase")]
    [InlineData("Places/not-places.tsv", "phrase")]
    [InlineData("Places/cues.tsv", "word", "cue")]
    [InlineData("Places/outlets.tsv", "host")]
    public void Rows_are_sorted_and_unique(string file, params string[] key)
    {
        var table = ResourceTable.Load(file);
        string? previous = null;
        foreach (var row in table.Rows)
        {
            var current = string.Join("\t", key.Select(k => row[k]));
            if (previous is not null)
                Assert.True(string.CompareOrdinal(previous, current) < 0, $"{file}:{row.Line}: '{current}' after '{previous}'");
            previous = current;
        }
    }

    [Fact]
    public void Cities_are_sorted_by_country_then_name_and_know_their_country_and_region()
    {
        var table = ResourceTable.Load("Places/cities.tsv");
        var countries = ResourceTable.Load("Places/countries.tsv").Rows.Select(r => r["code"]).ToHashSet();
        var regions = ResourceTable.Load("Places/admin1.tsv").Rows.Select(r => r["id"]).ToHashSet();
        var counties = ResourceTable.Load("Places/admin2.tsv").Rows.Select(r => r["id"]).ToHashSet();
        var ids = table.Rows.Select(r => r["id"]).ToHashSet();
        (string Country, string Name, string Id)? previous = null;
        foreach (var row in table.Rows)
        {
            var current = (row["country"], row["name"], row["id"]);
            if (previous is { } p)
            {
                var order = string.CompareOrdinal(p.Country, current.Item1) is var byCountry and not 0 ? byCountry
                    : string.CompareOrdinal(p.Name, current.Item2) is var byName and not 0 ? byName
                    : CompareIds(p.Id, current.Item3);
                Assert.True(order < 0, $"cities.tsv:{row.Line}: out of order");
            }
            previous = current;
            Assert.Contains(row["country"], countries);
            if (row.Optional("admin1") is { } region) Assert.Contains(region, regions);
            if (row.Optional("admin2") is { } county) Assert.Contains($"{row["admin1"]}-{county}", counties);
            if (row.Optional("part_of") is { } city) Assert.Contains(city, ids);
            // A postal town: Sitrep's own feature code, population unknown.
            if (row["id"].StartsWith("US-ZIP-", StringComparison.Ordinal))
                Assert.True(row["feature"] == Place.PostalTownFeature && row["population"] == "0" && row["country"] == "US", $"cities.tsv:{row.Line}: postal town");
        }
    }

    /// <summary>GeoNames ids are numbers, in numeric order; postal towns' ids ("US-ZIP-34141") come after them.</summary>
    private static int CompareIds(string a, string b) =>
        (long.TryParse(a, out var x), long.TryParse(b, out var y)) switch
        {
            (true, true) => x.CompareTo(y),
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(a, b),
        };

    [Fact]
    public void Every_table_names_its_source_and_licence()
    {
        foreach (var file in new[] { "countries.tsv", "admin1.tsv", "admin2.tsv", "cities.tsv", "common-names.tsv", "facilities.tsv", "cues.tsv", "not-places.tsv", "relations.tsv" })
        {
            using var stream = typeof(ResourceTable).Assembly.GetManifestResourceStream("Sitrep.Resources.Places/" + file)
                               ?? typeof(ResourceTable).Assembly.GetManifestResourceStream("Sitrep.Resources.Places." + file);
            Assert.NotNull(stream);
            using var reader = new StreamReader(stream);
            var head = string.Join("\n", Enumerable.Range(0, 40).Select(_ => reader.ReadLine()).TakeWhile(l => l is not null && l.StartsWith('#')));
            Assert.Contains("source:", head);
            Assert.Contains("licence:", head);
        }
    }

    [Fact]
    public void Cities_carry_the_geonames_attribution()
    {
        using var stream = typeof(ResourceTable).Assembly.GetManifestResourceStream("Sitrep.Resources.Places/cities.tsv")
                           ?? typeof(ResourceTable).Assembly.GetManifestResourceStream("Sitrep.Resources.Places.cities.tsv");
        using var reader = new StreamReader(stream!);
        var head = string.Join("\n", Enumerable.Range(0, 8).Select(_ => reader.ReadLine()));
        Assert.Contains("GeoNames", head);
        Assert.Contains("CC BY 4.0", head);
        Assert.Contains("build-gazetteer.mjs", head);
    }

    [Fact]
    public void Towns_go_down_to_about_a_thousand_people_in_every_country()
    {
        var cities = Gazetteer.Default.Cities;
        Assert.True(cities.Length > 100_000, $"only {cities.Length} towns");
        Assert.Contains(cities, c => c.Population is >= 1_000 and < 2_000 && c.CountryCode == "US");
        Assert.Contains(cities, c => c.Population is >= 1_000 and < 2_000 && c.CountryCode == "PK");
        var countriesWithTowns = cities.Select(c => c.CountryCode).ToHashSet();
        Assert.True(countriesWithTowns.Count > 230, $"towns in only {countriesWithTowns.Count} countries");
    }

    [Fact]
    public void US_villages_of_five_hundred_people_are_listed_unless_named_like_a_word_or_a_person()
    {
        // Local news names villages below GeoNames' 1,000 line; without them a far namesake is read (Elgin, Illinois).
        var cities = Gazetteer.Default.Cities;
        Assert.Contains(cities, c => c is { Name: "Elgin", Admin1Id: "US-IA", Population: >= 500 and < 1_000 });
        Assert.Contains(cities, c => c is { Name: "Elliston", Admin1Id: "US-VA", Population: >= 500 and < 1_000 });
        // A village named like a word or a person stays out: "Davis" or "Jefferson" would be read everywhere.
        Assert.DoesNotContain(cities, c => c is { CountryCode: "US", Population: >= 500 and < 1_000 } && c.Name is "Jefferson" or "Bentley" or "Davis");
    }

    [Theory]
    [InlineData("Polk County", "US-FL-105", "Florida")]
    [InlineData("Orleans Parish", "US-LA-071", "Louisiana")]
    [InlineData("Miami-Dade County", "US-FL-086", "Florida")]
    public void Counties_are_listed_with_their_state(string name, string id, string state)
    {
        var county = Gazetteer.Default.Counties[id];
        Assert.Equal((name, state, PlaceKind.Admin2), (county.Name, county.Admin1, county.Kind));
        Assert.Contains(Gazetteer.Default.Cities, c => c.Admin2Id == id);
    }

    [Theory]
    [InlineData("Englewood", "US-IL", "Chicago")]
    // A great city reaches farther than a mid-size town nearer by (Escondido, Santa Clarita, Thousand Oaks) ...
    [InlineData("Rancho Penasquitos", "US-CA", "San Diego")]
    [InlineData("Woodland Hills", "US-CA", "Los Angeles")]
    // ... but a town pulls its own parts harder than the great city beside it.
    [InlineData("Wilburton", "US-WA", "Bellevue")]
    public void A_part_of_a_city_knows_its_city(string part, string region, string city)
    {
        var town = Gazetteer.Default.Cities.Single(c => c.Name == part && c.Admin1Id == region);
        Assert.Equal("PPLX", town.Feature);
        Assert.Equal(city, town.PartOf?.Name);
    }

    [Theory]
    [InlineData("Pakistani", "PK")]
    [InlineData("Salvadoran", "SV")]
    [InlineData("Afghan", "AF")]
    [InlineData("Sindh", "PK-05")]
    [InlineData("Balochistan", "PK-02")]
    [InlineData("Khyber Pakhtunkhwa", "PK-03")]
    [InlineData("NWFP", "PK-03")]
    [InlineData("Illinois", "US-IL")]
    [InlineData("Ill.", "US-IL")]
    [InlineData("Calif.", "US-CA")]
    public void Countries_and_regions_are_known_by_their_names_demonyms_and_abbreviations(string phrase, string id)
    {
        Assert.Contains(Gazetteer.Default.Names, n => n.Phrase == phrase && n.Place.Id == id);
    }

    [Fact]
    public void Loads_from_its_tables_into_every_level()
    {
        // How fast is measured by `sitrep bench` (about 0.4 s, docs/BENCHMARKS.md), not here: a timed test fails on a
        // busy machine and proves nothing on a quiet one.
        var tables = new[] { "countries", "admin1", "admin2", "cities", "common-names" }.Select(t => ResourceTable.Load($"Places/{t}.tsv")).ToArray();
        var gazetteer = Gazetteer.Load(tables[0], tables[1], tables[2], tables[3], tables[4]);
        Assert.True(gazetteer.Cities.Length > 100_000);
        Assert.True(gazetteer.Countries.Count > 200);
        Assert.True(gazetteer.Regions.Count > 3_000);
    }

    [Theory]
    [InlineData("Karachi", "PK", "PK-05")]
    [InlineData("Peshawar", "PK", "PK-03")]
    [InlineData("San Salvador", "SV", "SV-10")]
    [InlineData("Chicago", "US", "US-IL")]
    public void Known_cities_have_their_region(string name, string country, string region)
    {
        var city = Gazetteer.Default.Cities.Where(c => c.Name == name && c.CountryCode == country).MaxBy(c => c.Population);
        Assert.NotNull(city);
        Assert.Equal(region, city.Admin1Id);
        Assert.True(city.Population > 100_000);
    }

    [Fact]
    public void A_table_with_an_unknown_country_is_refused()
    {
        var countries = ResourceTable.Parse("countries.tsv", "# source: test\ncode\tiso3\tname\tlat\tlon\tcapital\tnames\tabbreviations\tdemonyms\nPK\tPAK\tPakistan\t30\t70\t\t\t\t\n");
        var admin1 = ResourceTable.Parse("admin1.tsv", "# source: test\nid\tcountry\tname\tlat\tlon\tnames\tabbreviations\tap\tpostal\nXX-AA\tXX\tNowhere\t0\t0\t\t\t\t\n");
        var cities = ResourceTable.Parse("cities.tsv", "# source: test\nid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\tnames\n");
        var common = ResourceTable.Parse("common-names.tsv", "# source: test\nname\n");
        var admin2 = ResourceTable.Parse("admin2.tsv", "# source: test\nid\tcountry\tadmin1\tname\tlat\tlon\tnames\n");
        var error = Assert.Throws<FormatException>(() => Gazetteer.Load(countries, admin1, admin2, cities, common));
        Assert.Contains("admin1.tsv:3", error.Message);
    }
}
