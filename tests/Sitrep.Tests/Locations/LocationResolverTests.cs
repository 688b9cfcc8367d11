using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Locations;

/// <summary>Where the reported incident happened, read through the whole pipeline from short texts.</summary>
public sealed class LocationResolverTests
{
    private static IncidentLocation PrimaryLocation(string text, string? url = null)
    {
        var analysis = DocumentAnalyzer.Default.Analyze(new Article("t", text) { Url = url });
        var primary = analysis.Facts.FirstOrDefault(f => f.Role == IncidentRole.Primary);
        Assert.NotNull(primary);
        return primary.Location;
    }

    private static IncidentLocation PrimaryLocation(string title, string text, string url)
    {
        var analysis = DocumentAnalyzer.Default.Analyze(new Article("t", text) { Title = title, Url = url });
        var primary = analysis.Facts.FirstOrDefault(f => f.Role == IncidentRole.Primary);
        Assert.NotNull(primary);
        return primary.Location;
    }

    [Fact]
    public void The_outlets_home_in_its_site_name_is_no_place_of_the_incident()
    {
        var l = PrimaryLocation("Teenager hurt in accidental shooting - KXYZ News 19 La Crosse, WI – News, Weather and Sports",
            "A 15-year-old was injured in an accidental shooting in Allamakee County on Saturday, the sheriff's office said.", "https://www.kxyz.com/story/1");
        Assert.Equal("Iowa", l.Admin1);
        Assert.NotEqual("La Crosse", l.City);
    }

    [Theory]
    [InlineData("KXYZ News 18 Lexington, Kentucky", "Kentucky")]
    [InlineData("WXYZ.com-Roanoke, VA News Weather & Sports", "Virginia")]
    public void A_town_of_several_states_is_read_in_the_state_of_the_outlets_site_name(string site, string state)
    {
        var l = PrimaryLocation($"Toddler dies after shooting inside apartment - {site}",
            "A 2-year-old boy died after he was shot inside an apartment in Winchester on Friday, police said.", "https://www.kxyz.com/story/1");
        Assert.Equal(("Winchester", state), (l.City, l.Admin1));
    }

    [Fact]
    public void A_countys_short_name_is_no_town_that_agrees_with_the_county()
    {
        // DeKalb, Illinois lies in DeKalb County, Illinois, but "DeKalb police" after "DeKalb County" is the county's
        // short name: one clue, not two; an Atlanta station's story is in Georgia's DeKalb County.
        var l = PrimaryLocation("Man shot outside apartment",
            "A man was shot outside an apartment complex in DeKalb County on Sunday night. DeKalb police said the man was taken to a hospital.",
            "https://www.wsbtv.com/news/local/1");
        Assert.Equal("Georgia", l.Admin1);
    }

    [Fact]
    public void A_county_named_bare_keeps_the_readings_of_its_name_for_the_outlet_to_choose()
    {
        // Lancaster County is in Nebraska, Pennsylvania, South Carolina and Virginia; "Lancaster" alone is the county
        // here, and a Lancaster station's story is about Pennsylvania's.
        var l = PrimaryLocation("Teen shot and killed",
            "A teen was shot and killed at a home in Lancaster County on Sunday, the coroner said. Lancaster authorities said the boy was 15.",
            "https://www.wgal.com/article/1");
        Assert.Equal("Pennsylvania", l.Admin1);
    }

    [Fact]
    public void A_compass_name_is_read_joined_or_apart_and_the_outlets_market_chooses()
    {
        // GeoNames lists "East Lake", Florida and "Eastlake", Ohio: a Tampa station's "Eastlake" is the Florida one.
        var l = PrimaryLocation("Toddler shot at home",
            "A toddler was shot at a home in Eastlake on Sunday after finding a handgun in a car, deputies said.",
            "https://www.wfla.com/story/1");
        Assert.Equal("Florida", l.Admin1);
    }

    [Fact]
    public void Where_a_victim_is_from_does_not_outvote_the_local_outlets_state()
    {
        var l = PrimaryLocation("Three hurt in shooting",
            "Three men were wounded in a shooting early Sunday, police said.\n\nNo arrests have been made.\n\nA friend of one of the men, a 30-year-old man from Ohio, said he was shocked.",
            "https://nypost.com/2016/10/30/three-hurt/");
        Assert.Equal("New York", l.Admin1);
    }

    [Fact]
    public void A_county_of_several_states_is_the_one_in_the_outlets_market()
    {
        // Seventeen states have a Marion County; Texas' lies within a Shreveport station's market.
        var l = PrimaryLocation("Child dies after accidental shooting",
            "A 4-year-old boy was accidentally shot and killed at a home in Marion County on Sunday, the sheriff said.",
            "https://www.ksla.com/story/1");
        Assert.Equal("Texas", l.Admin1);
    }

    [Fact]
    public void A_town_of_several_states_is_the_one_inside_a_county_the_story_names()
    {
        // Brookhaven is in Georgia, New York, Pennsylvania and Mississippi, Lincoln County in some twenty states: only
        // Mississippi has both, one inside the other.
        var l = PrimaryLocation("A man was shot and killed in Brookhaven on Saturday night. Lincoln County deputies arrested a suspect on Sunday.");
        Assert.Equal(("Brookhaven", "Mississippi"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_county_of_several_states_is_the_one_near_a_town_the_story_names()
    {
        // Marion County is in seventeen states (Indiana's the largest); Texas' lies some 60 km from Shreveport, Louisiana.
        var l = PrimaryLocation("A 3-year-old was wounded in an accidental shooting at a home in Marion County on Sunday, the sheriff said. The girl's grandmother, who lives in Shreveport, said the family was heartbroken.");
        Assert.Equal(("Marion County", "Texas"), (l.Admin2, l.Admin1));
    }

    [Fact]
    public void A_dateline_town_of_several_states_is_the_one_near_the_outlets_town()
    {
        // Brentwood, New York is the larger; Brentwood, California lies some 60 km from San Francisco.
        var l = PrimaryLocation("BRENTWOOD — Four teenagers were hurt in a drive-by shooting outside a house party late Saturday, police said.",
            "https://sanfrancisco.examplenews.com/2013/01/22/teens-hurt/");
        Assert.Equal(("Brentwood", "California"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_dateline_town_of_several_states_is_the_one_in_the_outlets_market()
    {
        // Danville, Virginia lies some 90 km from Roanoke, where the listed station is; California's Danville is larger.
        var l = PrimaryLocation("DANVILLE — A teenager was shot and killed outside a corner store late Friday, police said.",
            "https://www.wsls.com/news/2017/01/01/teen-killed/");
        Assert.Equal(("Danville", "Virginia"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_town_of_several_states_is_the_one_in_the_outlets_market_across_its_state_line()
    {
        // A Philadelphia station: Wilmington, Delaware lies some 45 km away; North Carolina's is the larger.
        var l = PrimaryLocation("A man was shot and wounded in Wilmington on Saturday night, police said. No arrests were made.",
            "https://6abc.com/archive/1/");
        Assert.Equal(("Wilmington", "Delaware"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_town_of_several_states_in_a_story_that_names_another_state_is_not_read_by_the_outlets_market()
    {
        // A limit of the market reading (held before it too): the state the story names reads the town inside it.
        var l = PrimaryLocation("Wilmington police said a man was shot and wounded on Saturday night.\n\nThe governor of North Carolina spoke of the shooting on Monday.",
            "https://6abc.com/archive/1/");
        Assert.Equal(("Wilmington", "North Carolina"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_is_the_town_where_the_story_names_no_other()
    {
        // The gazetteer lists towns down to about 1,000 people: "in Moosefield" is read as a town of the story's state.
        var l = PrimaryLocation("A 13-year-old boy accidentally shot himself in the foot while hunting in Moosefield, Vermont State Police said. He is expected to recover.");
        Assert.Equal(("Moosefield", "Vermont"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_is_the_town_before_the_outlets_home()
    {
        // A Burlington station's story: the village its words name is where it happened, not the station's town.
        var l = PrimaryLocation("A 15-year-old girl was wounded in the leg on Saturday while hunting in Moosefield, police said. She is expected to recover.",
            "https://www.wptz.com/article/girl-hurt/1");
        Assert.Equal(("Moosefield", "Vermont"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_wire_report_carried_by_a_local_outlet_is_not_at_home_in_its_town()
    {
        // "DEXTER, W.Va. (AP)" on a Charleston paper's site: the gazetteer lists Dexter only in other states, and the
        // wire's town is no part of the paper's; the outlet only carries the report.
        var l = PrimaryLocation("Dexter police say man hurt in shooting",
            "DEXTER, W.Va. (AP) — Dexter police say a man was wounded on Saturday when a rifle he was cleaning went off.\n\nThe man was taken to a hospital.",
            "https://www.wvgazette.com/article/20150101/1");
        Assert.Equal(("Dexter", "West Virginia"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_month_after_in_is_no_village()
    {
        var l = PrimaryLocation("A 13-year-old boy accidentally shot himself in the foot in May, Vermont State Police said. He is expected to recover.");
        Assert.Null(l.City);
        Assert.Equal("Vermont", l.Admin1);
    }

    [Fact]
    public void A_place_in_the_datelines_agency_is_not_where_the_report_is_filed()
    {
        // "(The Lewis County Herald)" names a paper; the dateline's place is Lewis, Kentucky (Lewis County is in seven states).
        var l = PrimaryLocation("LEWIS, Ky. (The Lewis County Herald) -- A woman was wounded in a shooting at her home late Tuesday, the Lewis County Sheriff's Office said. She was flown to a hospital in Huntington, West Virginia.");
        Assert.Equal(("Lewis County", "Kentucky"), (l.Admin2, l.Admin1));
    }

    [Theory]
    [InlineData("NEW YORK (AP) — A man was shot dead in an apartment building on Tuesday, police said. The building is in the Bronx.", "The Bronx")]
    [InlineData("NEW YORK (AP) — A teenager was stabbed on a subway platform late Friday, police said. Two Queens men were arrested in Queens on Saturday.", "Queens")]
    public void New_york_city_is_read_as_the_borough_the_story_names(string text, string borough)
    {
        // Reports and the Gun Violence Archive give the borough as the town (Places/city-counties.tsv).
        Assert.Equal(borough, PrimaryLocation(text).City);
    }

    [Fact]
    public void A_neighborhood_listed_as_a_town_elsewhere_says_nothing_of_the_region()
    {
        // GeoNames lists Lawndale only in California: "the Lawndale neighborhood" is a part of the story's own town.
        var l = PrimaryLocation("Three men were shot in the Lawndale neighborhood on Sunday. Residents of the Lawndale neighborhood marched on Monday, and the Lawndale neighborhood held a vigil. Shootings in Chicago have risen this year, a pastor said in Lawndale.",
            "https://www.chicagotribune.com/news/breaking/shooting-1.html");
        Assert.Equal(("Chicago", "Illinois"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_street_block_in_a_story_that_names_no_town_is_in_the_outlets_town()
    {
        // A block of a street lies in a town; the one the report leaves unsaid is its own.
        var l = PrimaryLocation("Man wounded in overnight shooting - WXYZ.com-Tucson, AZ News Weather & Sports",
            "A man was wounded in the 3100 block of West Maple Street late Friday, police said. No arrests were made.", "https://www.wxyz.com/story/1");
        Assert.Equal(("Tucson", "Arizona"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_story_that_names_no_town_is_in_the_outlets_town_and_says_so()
    {
        // A local outlet's story naming no town, county or distance is about its own town; the location cites the
        // incident's words (no place words exist) and says the town came from the outlet.
        var l = PrimaryLocation("Man killed in overnight shooting - WXYZ.com-Tucson, AZ News Weather & Sports",
            "A man was shot and killed late Friday, police said. No arrests were made.", "https://www.wxyz.com/story/1");
        Assert.Equal(("Tucson", "Arizona", LocationBasis.Outlet), (l.City, l.Admin1, l.Basis));
        Assert.NotEmpty(l.Evidence);
        Assert.All(l.Evidence, e => Assert.DoesNotContain("Tucson", e.Text, StringComparison.Ordinal));
    }

    [Theory]
    // Call letters and a paper's short name hide the town: Places/outlets.tsv knows it.
    [InlineData("https://www.wlky.com/article/man-shot/1", "Louisville", "Kentucky")]
    [InlineData("https://www.post-gazette.com/local/city/2016/01/01/story.html", "Pittsburgh", "Pennsylvania")]
    [InlineData("http://web.archive.org/web/2015/http://www.kctv5.com:80/story/1", "Kansas City", "Missouri")]
    public void A_listed_outlets_story_that_names_no_town_is_in_its_home_town(string url, string city, string region)
    {
        var l = PrimaryLocation("A man was shot and killed late Friday, police said. No arrests were made.", url);
        Assert.Equal((city, region, LocationBasis.Outlet), (l.City, l.Admin1, l.Basis));
    }

    [Fact]
    public void A_listed_outlets_story_that_names_only_its_towns_county_is_in_its_home_town()
    {
        // The county's police act, and the county is the outlet's own: its town, as GVA codes it.
        var l = PrimaryLocation("A man was shot and killed late Friday, Jefferson County police said. No arrests were made.",
            "https://www.wlky.com/article/man-shot/1");
        Assert.Equal(("Louisville", "Kentucky", LocationBasis.Outlet), (l.City, l.Admin1, l.Basis));
    }

    [Fact]
    public void A_name_read_as_a_part_of_the_outlets_great_city_yields_to_the_part_the_story_names()
    {
        // "St. John" (no town of New York) is read as a part of the outlet's city; New York's parts are its boroughs.
        var l = PrimaryLocation("A 22-year-old St. John's University student was shot and killed during the street festival early Monday, police said.\n\n" +
            "Her mother said she had begged her not to go.\n\nThe festival is one of the largest in New York, and New York officials had promised more police.\n\n" +
            "New York has seen fewer shootings this year.\n\nThe shooting happened in Brooklyn, near the parade route.", "https://www.nydailynews.com/new-york/story-1.html");
        Assert.Equal(("Brooklyn", "New York"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_neighborhood_named_for_a_state_names_no_region()
    {
        // "the California neighborhood" is a part of the outlet's town (Louisville), not the state.
        var l = PrimaryLocation("Police are investigating a shooting in the California neighborhood Friday that left two people hurt.",
            "https://www.wlky.com/article/man-shot/1");
        Assert.Equal(("Louisville", "Kentucky"), (l.City, l.Admin1));
    }

    [Theory]
    // A county (filed under its seat), or a town of the story's own, is where it happened; the outlet's town does not override them.
    [InlineData("A man was shot and killed late Friday in rural Oldham County, deputies said.", "La Grange")]
    [InlineData("A man was shot and killed late Friday in Shelbyville, police said.", "Shelbyville")]
    public void The_outlets_town_never_overrides_the_place_the_words_give(string text, string? city)
    {
        var l = PrimaryLocation(text, "https://www.wlky.com/article/man-shot/1");
        Assert.Equal((city, "Kentucky"), (l.City, l.Admin1));
        Assert.NotEqual(LocationBasis.Outlet, l.Basis);
    }

    [Fact]
    public void A_town_guessed_a_part_of_the_outlets_town_yields_to_a_town_the_story_puts_the_incident_in()
    {
        // GeoNames lists Hopkins only in Minnesota: in a Kentucky station's story it is read as a part of the outlet's
        // town, a guess that a home the story puts in White Plains (Kentucky) outweighs.
        var l = PrimaryLocation("Boy hurt by gunfire in Hopkins - KXYZ News 6 Paducah, Kentucky",
            "Boy hurt by gunfire in Hopkins\n\nKentucky State Police are investigating a shooting that hurt a boy on Monday.\n\n" +
            "Troopers said two boys were at a home in White Plains when one of them was handling a gun and it fired.", "https://www.kxyz.com/story/1");
        Assert.Equal(("White Plains", "Kentucky"), (l.City, l.Admin1));
    }

    [Fact]
    public void Under_a_dateline_a_town_the_story_puts_the_incident_in_outweighs_where_the_victim_is_from()
    {
        // Filed from the girl's home town, named twice as where she is from; the house the story puts the shooting in
        // is in another town of the region.
        var l = PrimaryLocation("10-year-old Oakdale girl killed in gun accident\n\nOAKDALE - A 10-year-old Oakdale girl died after she was " +
            "accidentally shot by her cousin over the weekend.\n\nThe children were staying at their grandmother's house in Modesto when the boy " +
            "found a rifle in a closet.", "https://www.kxyz.com/news/1");
        Assert.Equal(("Modesto", "California"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_town_someone_once_served_yields_to_the_town_the_story_puts_a_call_in()
    {
        // The retired officer's old force names his employer, not whose officers act; the troopers' call is in another
        // town of the region, the only one named outright.
        var l = PrimaryLocation("Retired officer kills wife, self",
            "A retired Yonkers police officer shot and killed his wife and then himself, authorities said.\n\n" +
            "State troopers responded to a 911 call at a house on Elm Street in Peekskill shortly after 6 p.m.\n\n" +
            "Neighbors said the couple had lived there for years.", "https://www.kxyz.com/news/1");
        Assert.Equal(("Peekskill", "New York"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_headline_town_the_story_gives_only_as_where_the_wounded_recovers_is_no_scene()
    {
        // The headline's town is the boxer's home, which the story names only as where he recovers; the shooting was
        // in the town he was visiting.
        var l = PrimaryLocation("Fremont boxer shot twice in downtown crossfire",
            "A boxer who was shot twice early Sunday is recovering at his home in Fremont.\n\n" +
            "He was visiting Oakland for the weekend when gunfire erupted on a crowded street downtown.\n\n" +
            "Police said eight people were wounded. He said he plans to return to Oakland next year.", "https://www.kxyz.com/news/1");
        Assert.Equal(("Oakland", "California"), (l.City, l.Admin1));
    }

    [Fact]
    public void An_outlet_of_two_towns_is_at_home_in_the_one_in_the_county_the_story_names()
    {
        // The site serves Youngstown (Mahoning County) and Warren (Trumbull County): the story names Trumbull County.
        var l = PrimaryLocation("Man shot at home - KXYZ.com News weather sports for Youngstown-Warren Ohio",
            "Man shot at home\n\nA man was shot at a home on Elm Road on Saturday, police said.\n\n" +
            "A neighbor told Trumbull County dispatchers she heard three shots.", "https://www.kxyz.com/story/1");
        Assert.Equal(("Warren", "Ohio"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_report_filed_from_a_town_is_not_at_home_in_its_outlets_town()
    {
        // "WELLSTON —": the gazetteer lists the dateline's town only in another state; it is still no part of the
        // outlet's city (here Des Moines) but a town of the story's own region.
        var l = PrimaryLocation("WELLSTON — A man was shot and killed late Friday near a grain elevator, the Iowa sheriff's office said.",
            "https://www.kcci.com/article/man-shot/1");
        Assert.NotEqual("Des Moines", l.City);
    }

    [Theory]
    [InlineData("A man was shot and killed in Hayward on Friday, police said.", LocationBasis.Text)]
    [InlineData("HAYWARD, Calif. — A man was shot and killed on Friday, police said.", LocationBasis.Dateline)]
    public void The_location_says_how_its_town_was_read(string text, LocationBasis basis)
    {
        var l = PrimaryLocation(text);
        Assert.Equal(("Hayward", basis), (l.City, l.Basis));
    }

    [Theory]
    [InlineData("https://www.athensherald.com/news/crime/shooting.html", "GR")]
    [InlineData("https://www.athensherald.com/news/crime/shooting.html", "US")]
    public void An_outlet_named_after_towns_of_several_countries_is_read_in_the_country_the_story_is_in(string url, string country)
    {
        // Athens is a capital in Greece and a city in Georgia; the words for the police say which one the paper is in.
        var police = country == "US" ? "the sheriff's office said in a statement to 911 callers" : "police said";
        var l = PrimaryLocation($"A man was shot and killed outside a bakery on Friday night, {police}. No arrests were made.", url);
        Assert.Equal(country, l.CountryCode);
        if (country == "US") Assert.Equal("Georgia", l.Admin1);
    }

    [Fact]
    public void A_citys_own_outlet_reads_its_neighborhood_named_like_a_village_elsewhere_as_the_city()
    {
        // Roxbury is listed only as a Wisconsin village; Boston is a great city whose namesakes are villages, and the
        // outlet's address names it: a story that keeps naming Boston is in Boston.
        var l = PrimaryLocation("A man was shot in Roxbury late Sunday, Boston police said. Boston Police Commissioner " +
                                "said officers found the man on the sidewalk. Boston officers searched the area.",
            "https://www.bostonherald.com/news/local/shooting.html");
        Assert.Equal(("Boston", "Massachusetts"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("A 19-year-old man was shot in Roxbury on Saturday night. Boston police said the man was taken to a hospital.", "Boston", "Massachusetts")]
    [InlineData("A boy was shot in Madisonville on Friday, police said. Cincinnati police are looking for a gray car.", "Cincinnati", "Ohio")]
    public void A_small_town_of_another_state_is_a_part_of_the_city_whose_police_act(string text, string city, string state)
    {
        // Without its outlet, the story names Roxbury (listed only in Wisconsin) as the scene and Boston only as the
        // police: a city's police do not work across a state line, so Roxbury is a part of Boston.
        var l = PrimaryLocation(text);
        Assert.Equal((city, state), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("A man died and three others were wounded in a shooting in East Hills today, authorities said.", "Pittsburgh", "Pennsylvania")]
    [InlineData("A teen was shot on Saturday, East Hills Police Chief John Doe said.", "East Hills", "New York")]
    public void A_local_papers_story_reads_a_name_listed_only_far_beyond_its_market_as_a_part_of_its_town(string text, string city, string state)
    {
        // The story names no region; East Hills is listed only in New York, 500 km from Pittsburgh, the paper's home:
        // a part of the paper's town. Where the name's own police act, it is a town of its own, far away or not.
        var l = PrimaryLocation(text, "https://www.post-gazette.com/local/east/2016/shooting");
        Assert.Equal((city, state), (l.City, l.Admin1));
    }

    [Fact]
    public void A_town_named_only_as_where_someone_is_from_yields_to_the_town_of_a_street_address()
    {
        var l = PrimaryLocation("Two people have been charged in the shooting death of a Plymouth teen. Prosecutors said the two " +
                                "women drove her to an alley on the 400 block of Elm Avenue in Duluth, where a man got into the car.");
        Assert.Equal(("Duluth", "Minnesota"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_county_named_without_a_town_is_filed_under_its_seat()
    {
        // GeoNames marks Corsicana the seat (PPLA2) of Navarro County; the words name only the county, which stays the
        // location's name and point.
        var l = PrimaryLocation("A man was shot and killed Tuesday night in Navarro County, the sheriff's office said.");
        Assert.Equal(("Corsicana", "Navarro County", "Texas", LocationBasis.CountySeat), (l.City, l.Admin2, l.Admin1, l.Basis));
        Assert.Equal(("Navarro County", LocationPrecision.Admin2), (l.Name, l.Precision));
    }

    [Fact]
    public void A_story_credited_to_another_station_is_at_home_in_that_stations_town()
    {
        // Carried on an Albany, Georgia station's site, credited to Memphis' WMC: the story is of WMC's market.
        var l = PrimaryLocation("(WMC) - A man was shot and killed Saturday afternoon outside a gas station, police said.", "https://www.walb.com/story/1");
        Assert.Equal(("Memphis", "Tennessee"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_small_town_of_the_agencys_own_state_stays_itself()
    {
        var l = PrimaryLocation("A man was shot in Hayward on Tuesday, Fremont police said.");
        Assert.Equal(("Hayward", "California"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("Two men were wounded in a Bridgeport shooting late Saturday, Chicago police said.", "Chicago")]
    [InlineData("A boy was shot near his home in Bennettsville on Sunday, the Marlboro County Sheriff's Office said. Charleston police said they had found a stolen rifle.", "Bennettsville")]
    public void A_small_town_of_the_agencys_state_far_beyond_its_reach_is_a_part_of_the_city(string text, string city)
    {
        // GeoNames lists Bridgeport only as a village 350 km from Chicago, where no Chicago officer works; a county
        // named beside the town is its own, though ("Bennettsville ... Marlboro County").
        Assert.Equal(city, PrimaryLocation(text).City);
    }

    [Fact]
    public void A_papers_town_is_no_place_of_the_incident()
    {
        var l = PrimaryLocation("Three people were found shot dead in a parked car, the Denver Post reported on Wednesday. Officers in Lone Tree had received a call about the car.");
        Assert.Equal("Lone Tree", l.City);
    }

    [Fact]
    public void Where_the_words_put_the_incident_comes_before_the_town_whose_police_act()
    {
        var l = PrimaryLocation("Fremont police said a man was shot in Hayward on Tuesday.");
        Assert.Equal(("Hayward", "California"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("PEORIA, Ill. — A teenager was charged Monday with involuntary manslaughter in the death of his best friend. Neighbors still wonder what happened at the family's Pekin home that afternoon.", "Pekin")]
    [InlineData("PEORIA, Ill. — A teenager was charged Monday with involuntary manslaughter in the death of his best friend. Neighbors still wonder what happened that afternoon at the family's home in Pekin.", "Pekin")]
    public void A_dateline_yields_to_another_town_of_its_state_the_story_puts_the_incident_in(string text, string town)
    {
        // Reports are often filed from the county seat or the court, while the story says where it happened.
        var l = PrimaryLocation(text);
        Assert.Equal((town, "Illinois"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("PEORIA, Ill. — A 19-year-old Pekin man was held without bail Monday in the fatal shooting of his roommate.", "Pekin")]
    [InlineData("PEORIA, Ill. — Pekin teen John Doe received two years' probation Monday for accidentally shooting his best friend last spring.", "Pekin")]
    [InlineData("PEORIA, Ill. — A 19-year-old Pekin man was held without bail Monday in the fatal shooting of his roommate at a Peoria apartment.", "Peoria")]
    public void A_dateline_the_story_never_names_again_yields_to_the_home_town_of_its_people(string text, string town)
    {
        // A court's town over a story that says only where the people are from: that is the incident's town, unless the
        // story names the dateline's town again.
        var l = PrimaryLocation(text);
        Assert.Equal((town, "Illinois"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("A Dayton man was killed early Sunday. Gunfire erupted outside a party in Xenia after an argument, police said.", "Xenia")]
    [InlineData("A 30-year-old Dayton man died on Saturday. Deputies said he was shot at a farm near Xenia.", "Xenia")]
    [InlineData("An arrest has been made in the killing of a Dayton woman, police said Monday. Officers said Mark Jensen, of Tulsa, Oklahoma, was arrested in the shooting.", "Dayton")]
    public void Where_someone_is_from_sets_no_later_mention_of_the_incident_apart(string text, string town)
    {
        // "A Dayton man" says where the victim lives: the shooting "in Xenia" is the same incident, and its scene; a
        // suspect "of Tulsa, Oklahoma" is from elsewhere, his town's region no more the incident's than his town.
        Assert.Equal(town, PrimaryLocation(text).City);
    }

    [Fact]
    public void A_township_the_gazetteer_lacks_named_surely_twice_outweighs_where_someone_is_from()
    {
        var l = PrimaryLocation("BARRY COUNTY, Mich. — A 15-year-old was hurt when he accidentally shot himself on Sunday.\n\n" +
                                "The incident happened around noon in Orangeville Township.\n\n" +
                                "Deputies say the boy from the Comstock Park area shot himself in the hand while he was visiting in Orangeville Township.");
        Assert.Equal(("Orangeville Township", "Michigan"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_town_the_words_put_the_incident_near_comes_before_one_named_later_in_passing()
    {
        // "the shootings at a farmhouse just east of Millbrook" is the incident; the truck found in Enterprise is not.
        var l = PrimaryLocation("Police were searching Thursday for the man who shot and killed three people. Deputies received a call about the " +
                                "shootings at a farmhouse just east of Millbrook, a town about 40 miles north of Dothan. A stolen truck was later " +
                                "found in the community of Enterprise, about 20 miles from the scene.");
        Assert.Equal(("Millbrook", "Alabama"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("A 15-year-old boy was wounded on Friday. He was taken to Valley Medical Center in Hayward, Fremont police said.", "Fremont")]
    [InlineData("A 15-year-old Hayward boy was wounded on Friday. He was flown to a Fresno area hospital, police said.", "Hayward")]
    [InlineData("A woman was shot dead in the Sacramento suburbs on Friday. Officers responded to a home in Elk Grove, police said.", "Elk Grove")]
    public void The_town_of_a_hospital_or_around_a_city_is_not_the_scene(string text, string town)
    {
        Assert.Equal(town, PrimaryLocation(text).City);
    }

    [Fact]
    public void The_town_after_a_street_address_is_put_as_surely_as_in_it()
    {
        // The sheriff's office's town is named as surely ("Angleton, Texas") but only as where reporters are met.
        var l = PrimaryLocation("Deputies received a call about a disturbance in the 200 block of Oak Street, Manvel, early Sunday. " +
                                "A woman and two children were found shot dead inside. Sheriff John Doe will speak to reporters at 2 p.m. " +
                                "at his office, 3602 County Road 45, Angleton, Texas.");
        Assert.Equal(("Manvel", "Texas"), (l.City, l.Admin1));
    }

    [Fact]
    public void The_town_of_a_hospital_is_the_incidents_where_the_words_name_no_other()
    {
        // The wounded are taken to a hospital near where they were hurt: nearer than the outlet's home, if no surer town.
        var l = PrimaryLocation("A 6-year-old girl was taken to a hospital in Bakersfield after being shot in the arm on Sunday, deputies said.",
            "https://www.examplenews.com/news/2016/girl-shot/");
        Assert.Equal(("Bakersfield", "California"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("Four people were shot in Broad Ripple early Sunday. Indianapolis Metro Police arrested a man at the scene.", "Indianapolis", "Broad Ripple")]
    [InlineData("A man was shot in Allapattah on Friday night, Miami police said.", "Miami", "Allapattah")]
    public void A_place_of_the_agencys_state_inside_its_great_citys_reach_is_a_part_of_the_city(string text, string city, string part)
    {
        // The gazetteer lists Broad Ripple as a town of its own, 11 km from the middle of Indianapolis: where only the
        // city's police act, it is a part of the city.
        var l = PrimaryLocation(text);
        Assert.Equal((city, part), (l.City, l.Name?.Split(',')[0]));
    }

    [Theory]
    [InlineData("A teenager was stabbed in Bensonhurst on Saturday night, police said.", "Brooklyn", "Bensonhurst")]
    [InlineData("Two men were shot in Mott Haven early Monday, police said.", "The Bronx", "Mott Haven")]
    [InlineData("A woman was wounded by a stray bullet in East Harlem, police said.", "Manhattan", "East Harlem")]
    public void A_neighbourhood_of_a_new_york_borough_is_filed_under_its_borough(string text, string borough, string part)
    {
        // GeoNames lists them as towns of Kings, Bronx and New York counties, which are boroughs (Places/city-counties.tsv):
        // reports and the Gun Violence Archive name the borough as the town.
        var l = PrimaryLocation(text);
        Assert.Equal((borough, part), (l.City, l.Name?.Split(',')[0]));
    }

    [Theory]
    [InlineData("A man was shot in Broad Ripple on Sunday, Broad Ripple police said. Indianapolis police helped.", "Broad Ripple")]
    [InlineData("A man was shot in Carmel on Friday. Indianapolis police said the man was taken to a hospital.", "Carmel")]
    public void A_town_with_its_own_police_or_beyond_the_citys_reach_stays_itself(string text, string city)
    {
        var l = PrimaryLocation(text);
        Assert.Equal(city, l.City);
    }

    [Fact]
    public void A_great_city_named_under_another_citys_dateline_is_the_great_city()
    {
        // Medellin outweighs its namesakes a hundredfold: "IN MEDELLIN" under a BOGOTA dateline is no part of Bogota.
        var l = PrimaryLocation("BOGOTA, 12 JAN 90 -- [TEXT] A CAR BOMB EXPLODED TODAY IN MEDELLIN, KILLING FOUR PEOPLE, " +
                                "THE POLICE REPORTED. THE BOMB WAS PLACED NEAR A POLICE STATION.");
        Assert.Equal(("Medellín", "Antioquia"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("Deputies searched a northeast Raleigh neighborhood after a boy was shot on Tuesday night.", "Raleigh")]
    [InlineData("A man was shot and killed in a Raleigh neighborhood on Tuesday night, police said.", "Raleigh")]
    public void A_neighborhood_of_a_town_is_in_the_town(string text, string city)
    {
        // "a Raleigh neighborhood" is some neighborhood of Raleigh, unlike "the Englewood neighborhood", which is Englewood.
        var l = PrimaryLocation(text);
        Assert.Equal((city, "North Carolina"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("An arrest was made in a west Charlotte bar shooting that injured five people at Hank's Bar and Grill on Sunday.", "Charlotte")]
    [InlineData("Three people were shot outside a Charlotte bar early Sunday.\n\nThe victim, a student at Concord High School, was hurt.", "Charlotte")]
    public void A_facility_named_for_its_town_places_the_incident_in_the_town(string text, string city)
    {
        var l = PrimaryLocation(text);
        Assert.Equal((city, "North Carolina"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("KANSAS CITY, Mo. -- A teenage boy has died from an accidental shooting in the Northland on Monday night.", "US")]
    [InlineData("SAN SALVADOR, 3 JAN 90 (RADIO CADENA) -- [TEXT] A BOMB EXPLODED TODAY IN COLONIA MIRAMONTES, KILLING TWO PEOPLE.", "SV")]
    public void A_region_abroad_needs_its_country_named(string text, string country)
    {
        var l = PrimaryLocation(text);
        Assert.Equal(country, l.CountryCode);
    }

    [Fact]
    public void A_towns_police_acting_in_the_headline_name_the_town()
    {
        var l = PrimaryLocation("Duluth Police Investigate Shooting Near Apartment Block",
            "Officers were called to a hospital on Friday afternoon after a man arrived with a gunshot wound, and then taped off an apartment building.",
            "https://www.example.com/news/1");
        Assert.Equal(("Duluth", "Minnesota"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_city_is_never_given_without_its_region_beside_a_distance()
    {
        var l = PrimaryLocation("Chicago police said a boy was shot and killed on Tuesday night, and a second man was shot 20 miles west of Chicago an hour later.");
        Assert.Equal(("Chicago", "Illinois", "US"), (l.City, l.Admin1, l.CountryCode));
    }

    [Fact]
    public void A_distance_in_apposition_to_a_town_places_the_town_not_the_incident()
    {
        var l = PrimaryLocation("ROSEBURG, Ore. (AP) - A gunman killed nine people at a community college on Thursday. The attack " +
                                "shook the small town of Roseburg, about 180 miles south of Portland, police said.");
        Assert.Equal(("Roseburg", "Oregon"), (l.City, l.Admin1));
        Assert.Equal(LocationPrecision.Facility, l.Precision);
    }

    [Theory]
    [InlineData("the Navarro County Sheriff's Office")]
    [InlineData("the Navarro County Fire Department")]
    [InlineData("Navarro County Sheriff Elmer Tanner")]
    public void A_county_named_in_its_offices_name_places_the_incident(string office)
    {
        // A capitalised word after a town's name may make it a person's or a paper's; after "X County" it is the county's office.
        var l = PrimaryLocation($"Three people were found shot dead in a home on Thursday, {office} said.");
        Assert.Equal(("Navarro County", "Texas"), (l.Admin2, l.Admin1));
    }

    [Fact]
    public void The_incident_is_placed_where_its_words_say_not_in_the_dateline()
    {
        var l = PrimaryLocation("ISLAMABAD: Gunmen stormed a police office in the southern city of Karachi on Friday, killing four people.");
        Assert.Equal(("Karachi", "Sindh", "Pakistan", "PK"), (l.City, l.Admin1, l.Country, l.CountryCode));
        Assert.InRange(l.Latitude!.Value, 24.8, 24.95);
        Assert.InRange(l.Longitude!.Value, 66.95, 67.1);
    }

    [Fact]
    public void Without_a_town_near_the_event_the_datelines_town_is_taken()
    {
        var l = PrimaryLocation("PESHAWAR: A bomb exploded outside a mosque on Friday, killing six people, police said.");
        Assert.Equal(("Peshawar", "Khyber Pakhtunkhwa", "PK"), (l.City, l.Admin1, l.CountryCode));
        Assert.Equal("mosque", l.Facility);
        Assert.Equal(LocationPrecision.Facility, l.Precision);
    }

    [Fact]
    public void A_distance_from_a_town_is_not_the_town_and_moves_the_point()
    {
        var l = PrimaryLocation("A roadside bomb killed three soldiers 110 km east of Islamabad on Monday, the army said.");
        Assert.Null(l.City);
        Assert.Equal("PK", l.CountryCode);
        Assert.Equal("110 km east of Islamabad", l.Name);
        // Islamabad is at 73.04 E: 110 km east is about 1.2 degrees of longitude further.
        Assert.InRange(l.Longitude!.Value, 74.0, 74.4);
        Assert.InRange(l.Latitude!.Value, 33.5, 33.9);
    }

    [Fact]
    public void A_distance_from_the_capital_is_not_the_capital()
    {
        var l = PrimaryLocation("SAN SALVADOR, 3 JAN 90 (DPA) -- [TEXT] A BOMB EXPLODED TODAY 110 KM EAST OF THE CAPITAL, KILLING TWO SOLDIERS.");
        Assert.NotEqual("San Salvador", l.City);
        Assert.Equal("110 KM EAST OF THE CAPITAL", l.Name);
    }

    [Fact]
    public void Paris_in_an_article_about_Texas_is_Paris_Texas()
    {
        var l = PrimaryLocation("Texas authorities said a man was shot dead in Paris on Saturday. The Lamar County sheriff said the shooting followed an argument.");
        Assert.Equal(("Paris", "Texas", "US"), (l.City, l.Admin1, l.CountryCode));
    }

    [Fact]
    public void A_block_of_a_street_is_the_locations_name_in_its_town()
    {
        var l = PrimaryLocation("CHICAGO — A man was shot and killed in the 2600 block of East 79th Street on Sunday, police said.");
        Assert.Equal("the 2600 block of East 79th Street", l.Name);
        Assert.Equal(("Chicago", "Illinois"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_part_of_a_city_is_named_beside_its_city()
    {
        var l = PrimaryLocation("A 15-year-old boy was shot in the Englewood neighborhood of Chicago on Friday, police said.");
        Assert.Equal("Chicago", l.City);
        Assert.Equal("Englewood, Chicago", l.Name);
    }

    [Fact]
    public void Near_a_town_is_placed_in_the_town()
    {
        var l = PrimaryLocation("A hunter was shot and killed near Lakeland, Fla., on Saturday, deputies said.");
        Assert.Equal(("Lakeland", "Florida"), (l.City, l.Admin1));
        Assert.StartsWith("near Lakeland", l.Name);
    }

    [Fact]
    public void A_county_with_no_town_is_the_county()
    {
        // Its town is its seat, filed as analysts file it; the location is still the county's.
        var l = PrimaryLocation("A 12-year-old boy was accidentally shot in Polk County, Florida, on Sunday, the sheriff's office said.");
        Assert.Equal(("Bartow", LocationBasis.CountySeat), (l.City, l.Basis));
        Assert.Equal(("Polk County", "Florida"), (l.Admin2, l.Admin1));
        Assert.Equal(LocationPrecision.Admin2, l.Precision);
    }

    [Fact]
    public void The_town_a_victim_was_taken_to_is_not_the_scene()
    {
        var l = PrimaryLocation("A man was shot in Hayward on Tuesday and was rushed to a hospital in Oakland, where he died.");
        Assert.Equal("Hayward", l.City);
        Assert.Null(l.Facility);
    }

    [Fact]
    public void A_town_in_capitals_is_read_in_the_country_the_story_is_about()
    {
        var l = PrimaryLocation("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] SALVADORAN GUERRILLAS ATTACKED A MILITARY POST IN USULUTAN DEPARTMENT, KILLING FOUR SOLDIERS.");
        Assert.Equal("SV", l.CountryCode);
        Assert.Equal("Usulutan", l.Admin1);
    }

    [Fact]
    public void A_foreign_town_named_twice_does_not_vouch_for_itself()
    {
        // "ESCALON" is a Californian town; named twice in a Salvadoran story with the United States only as "U.S.
        // advisers", it is no place abroad.
        var l = PrimaryLocation("SAN SALVADOR, 4 FEB 90 (ACAN-EFE) -- [TEXT] SALVADORAN REBELS KIDNAPPED TWO MERCHANTS IN ESCALON TODAY, POLICE SAID. " +
                                "U.S. ADVISERS LEFT THE CAPITAL. TROOPS SURROUNDED HOUSES IN ESCALON.");
        Assert.Equal("SV", l.CountryCode);
    }

    [Fact]
    public void A_country_the_words_put_the_incident_in_beats_a_foreign_datelines_town()
    {
        var l = PrimaryLocation("MEXICO CITY (MEXICO), 9 FEB 90 (EFE) -- [TEXT] MEXICO CONDEMNED TODAY THE MURDER OF FOUR NUNS " +
                                "YESTERDAY IN EL SALVADOR.");
        Assert.Equal("SV", l.CountryCode);
        Assert.Null(l.City);
    }

    [Fact]
    public void A_town_outside_the_country_the_words_name_is_not_the_incidents()
    {
        // Where the teachers spoke and whose university it is say nothing of where the deans were killed.
        var l = PrimaryLocation("QUITO (ECUADOR), 9 FEB 90 (EFE) -- [TEXT] QUITO UNIVERSITY TEACHERS HAVE CONDEMNED THE MURDER OF TWO " +
                                "DEANS OF THE UNIVERSITY OF PANAMA, WHO WERE KILLED BY GUNMEN.  IN A DECLARATION ISSUED IN QUITO, THE TEACHERS " +
                                "ALSO CONDEMNED THE MURDER OF A STUDENT.");
        Assert.Equal("PA", l.CountryCode);
        Assert.NotEqual("Quito", l.City);
    }

    [Fact]
    public void The_capital_named_by_its_countrys_people_is_the_capital_city()
    {
        var l = PrimaryLocation("PANAMA CITY (PANAMA), 9 FEB 90 (EFE) -- [TEXT] PANAMANIAN OFFICIALS SAID THE GUATEMALAN ARMY SHELLED " +
                                "A HILLSIDE NEAR THE GUATEMALAN CAPITAL TODAY, KILLING TWO PEASANTS.");
        Assert.Equal(("Guatemala City", "GT"), (l.City, l.CountryCode));
    }

    [Fact]
    public void A_capital_abroad_is_no_namesake_village_of_the_country_the_story_is_filed_in()
    {
        var l = PrimaryLocation("MEXICO CITY (MEXICO), 5 MAR 90 (EFE) -- [TEXT] MEXICO CONDEMNED TODAY THE ATTACK IN SAN SALVADOR THAT " +
                                "KILLED TWO TEACHERS. MEXICO WILL ASK FOR AN INQUIRY, AND MEXICO WILL SEND AID.");
        Assert.Equal(("San Salvador", "SV"), (l.City, l.CountryCode));
    }

    [Fact]
    public void A_great_city_abroad_that_is_no_capital_needs_its_country_to_lead_somewhere()
    {
        // San Antonio, Texas is a city of a million; "SAN ANTONIO" here opens a neighbourhood's name the gazetteer lacks.
        var l = PrimaryLocation("SAN SALVADOR, 5 MAR 90 (ACAN) -- [TEXT] GUNMEN KILLED TWO STUDENTS TODAY IN SAN ANTONIO ABAD, THE POLICE SAID.");
        Assert.Equal("SV", l.CountryCode);
    }

    [Fact]
    public void The_dateline_names_the_outlets_own_town_where_that_is_one_of_its_readings()
    {
        var l = PrimaryLocation("LIMA — A man was shot and killed outside a bar on Friday night, police said.", "https://www.limaohio.com/news/1");
        Assert.Equal(("Lima", "Ohio"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_dateline_that_names_its_own_country_is_where_the_report_was_filed_not_the_incident()
    {
        // The wire spells out the country of a dateline abroad; the Salvadoran union office is not in Panama.
        var l = PrimaryLocation("PANAMA CITY (PANAMA), 4 MAR 90 (ACAN) -- [TEXT] A BOMB DESTROYED THE OFFICES OF A SALVADORAN " +
                                "TRADE UNION YESTERDAY, KILLING TWO WORKERS, THE UNION SAID IN A STATEMENT.");
        Assert.Equal("SV", l.CountryCode);
        Assert.Null(l.City);
    }

    [Fact]
    public void A_great_city_of_another_region_is_itself_not_a_part_of_the_datelines_town()
    {
        // Medellin shares its name with smaller places; under a BOGOTA dateline it is still Colombia's second city.
        var l = PrimaryLocation("BOGOTA, 3 SEP 89 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY IN MEDELLIN, KILLING TWO POLICEMEN.  " +
                                "THE GOVERNMENT IN BOGOTA CONDEMNED THE ATTACK.");
        Assert.Equal(("Medellín", "CO"), (l.City, l.CountryCode));
    }

    [Fact]
    public void In_capitals_a_countrys_name_that_is_also_a_village_still_names_the_country()
    {
        // "EL SALVADOR" is also a Mexican village; "ARGENTINA" here is a woman's name, and must not make the dateline
        // the San Salvador of Entre Rios.
        var l = PrimaryLocation("SAN SALVADOR, 5 MAR 90 (RADIO) -- [TEXT] A BOMB WENT OFF AT THE OFFICES OF A UNION IN EL SALVADOR, " +
                                "INJURING TWO PERSONS.  ALSO INJURED WAS THE DAUGHTER OF ARGENTINA MORALES.  THE BLAST WAS HEARD ALL OVER SAN SALVADOR.");
        Assert.Equal("SV", l.CountryCode);
    }

    [Fact]
    public void In_capitals_a_town_named_again_and_again_votes_for_its_country_once()
    {
        // "ESCALON" (a Californian town) four times must not outvote the dateline.
        var l = PrimaryLocation("SAN SALVADOR, 6 FEB 90 (ACAN-EFE) -- [TEXT] REBELS KIDNAPPED TWO MERCHANTS IN ESCALON TODAY. " +
                                "SALVADORAN TROOPS SURROUNDED HOUSES IN ESCALON.  RESIDENTS FLED FROM ESCALON.  " +
                                "THE CHURCH CONDEMNED THE EVENTS IN ESCALON.");
        Assert.Equal("SV", l.CountryCode);
    }

    [Fact]
    public void A_demonym_beside_the_event_that_agrees_with_the_dateline_keeps_the_datelines_town()
    {
        var l = PrimaryLocation("SAN SALVADOR, 8 MAY 90 (RADIO) -- [TEXT] A SALVADORAN JUDGE WAS MURDERED YESTERDAY, THE MINISTER SAID " +
                                "BEFORE LEAVING FOR THE UNITED STATES.  HE WILL MEET OFFICIALS OF THE UNITED STATES AND WILL RETURN " +
                                "FROM THE UNITED STATES NEXT WEEK.");
        Assert.Equal(("San Salvador", "SV"), (l.City, l.CountryCode));
    }

    [Fact]
    public void A_town_of_the_region_the_story_is_in_beats_one_named_elsewhere()
    {
        // Wellston is a town of Ohio only; Lexington is one of several, and the story is in Kentucky.
        var l = PrimaryLocation("A man was wounded in a shooting at an apartment complex early Sunday. Officers found the man on a sidewalk " +
                                "with a gunshot wound to the leg. The Kentucky State Police are investigating. Neighbors said the family had " +
                                "come from Wellston last year and that Lexington was still new to them.");
        Assert.Equal(("Lexington", "Kentucky"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("Two men were shot near Newton and 16th avenues on Thursday night, police said.")]
    [InlineData("Two men were shot near Thompson and Colorado avenues on Thursday night, police said.")]
    [InlineData("Police said a man was shot in the 5000 block of Kensington Avenue late Sunday. Four more people were wounded in the shooting on Kensington an hour later.")]
    public void A_town_named_street_is_no_town(string text)
    {
        var l = PrimaryLocation(text);
        Assert.Null(l.City);
        Assert.Null(l.Admin1);
    }

    [Fact]
    public void A_county_named_without_its_type_word_is_the_county_not_a_town_elsewhere()
    {
        // DeKalb the town is in Illinois; DeKalb County, near Stone Mountain, in Georgia.
        var l = PrimaryLocation("A man was shot and killed in DeKalb early Sunday, police said. Officers found the victim outside an " +
                                "apartment building near Stone Mountain. It was the third shooting in DeKalb County this month.");
        Assert.Equal("Georgia", l.Admin1);
        Assert.NotEqual("DeKalb", l.City);
    }

    [Fact]
    public void A_small_town_listed_only_in_another_state_is_taken_for_one_of_the_state_the_story_names()
    {
        // The gazetteer lists Howland only in Maine; the story names Ohio outright.
        var l = PrimaryLocation("A man was found shot to death outside a bar early Saturday, Howland police said. Detectives said it " +
                                "was the second killing of the year. The state of Ohio will review the case.");
        Assert.Equal(("Howland", "Ohio"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("A 30-year-old man died Sunday after he was shot in the chest by a relative, the Tyler County Sheriff's Office in Texas said. " +
                "Witnesses told deputies the two men were outside a house in Ivanhoe comparing their pistols.", "Texas")]
    [InlineData("A man was fatally shot late Monday in rural Lafayette County, Arkansas, the sheriff said. " +
                "It happened at a residence on County Road 41 in Ivanhoe.", "Arkansas")]
    public void A_village_put_in_a_county_the_gazetteer_lists_only_elsewhere_is_a_village_of_the_countys_state(string text, string state)
    {
        // The gazetteer lists Ivanhoe only in California (and Australia); "in Ivanhoe" in a story of a county of another
        // state is a village there that the gazetteer lacks, not the Californian town.
        var l = PrimaryLocation(text);
        Assert.Equal(("Ivanhoe", state), (l.City, l.Admin1));
    }

    [Fact]
    public void A_great_city_is_not_moved_to_a_village_of_its_name_in_a_region_that_leads_narrowly()
    {
        // Kensington and Newburgh lean to New York, which has a village called Philadelphia.
        var l = PrimaryLocation("A man was shot and killed on a porch on Sunday night, Philadelphia police said. The victim's cousin said " +
                                "the family had moved to the city from Kensington and lived near Newburgh before that.");
        Assert.Equal(("Philadelphia", "Pennsylvania"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_surname_after_an_age_and_a_first_name_is_no_town()
    {
        // "Kyle" is a town in Texas, "Carney" one in Maryland: neither is a place here.
        var l = PrimaryLocation("A boy was shot and killed at a home on Tuesday night, police said. Detectives said 24-year-old Kyle Carney " +
                                "had been cleaning a rifle when it fired. Carney was charged with manslaughter.");
        Assert.Null(l.City);
        Assert.Null(l.Admin1);
    }

    [Fact]
    public void A_dateline_town_the_gazetteer_does_not_list_stands_in_the_region_the_story_names()
    {
        var l = PrimaryLocation("Pomfret Center (AP) — Connecticut State Police say a teenager has died after being shot at a home on " +
                                "Tuesday night. Troopers said the shooting appeared to be accidental.");
        Assert.Equal(("Pomfret Center", "Connecticut"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("Neighbors called 911 after hearing several shots.")]
    [InlineData("The county sheriff said deputies were helping.")]
    [InlineData("The Chester Police Department asked witnesses to come forward.")]
    public void A_countrys_institutions_place_a_town_of_several_countries_there(string cue)
    {
        // Chester is a city in England and in Pennsylvania; nothing but the words for the police and the emergency line says which.
        var l = PrimaryLocation("A woman was shot in the arm outside a corner store on Friday night, Chester police said. " + cue +
                                " The woman was taken to a hospital and is expected to survive.");
        Assert.Equal(("Chester", "US"), (l.City, l.CountryCode));
    }

    [Theory]
    [InlineData(33.7215, 73.0433, 110, 90, 33.71, 74.23)]
    [InlineData(0, 0, 111.19, 0, 1.0, 0)]
    [InlineData(10, 179.5, 111.19, 90, 10, -179.49)]
    public void Moves_a_point_by_distance_and_bearing(double lat, double lon, double km, double bearing, double lat2, double lon2)
    {
        var (la, lo) = LocationResolver.Move(lat, lon, km, bearing);
        Assert.Equal(lat2, la, 0.02);
        Assert.Equal(lon2, lo, 0.02);
    }

    [Theory]
    // A town of one state, its name read (Cadiz, Kentucky, in Trigg County).
    [InlineData("A man was shot and killed at his home in Trigg County on Sunday, deputies said. He was a deacon at the Cadiz Baptist Church.", "Cadiz", "Kentucky")]
    // A name of many towns (Riverdale in a dozen states), only Georgia's in Clayton County.
    [InlineData("Two teenagers were found shot to death in a home in Clayton County, Ga., on Monday. Both attended Riverdale High School.", "Riverdale", "Georgia")]
    public void A_facility_named_after_a_town_of_the_incidents_county_puts_it_in_that_town(string text, string city, string state)
    {
        var l = PrimaryLocation(text);
        Assert.Equal((city, state), (l.City, l.Admin1));
    }

    [Fact]
    public void A_town_of_several_states_that_names_a_facility_is_read_where_the_story_is()
    {
        // Winchester is in a dozen states, Nevada's the largest; a Lexington station's story is about Kentucky's.
        var l = PrimaryLocation("Man shot at apartment complex",
            "A man was shot and wounded Friday night at a Winchester apartment complex, police said. No arrests have been made.",
            "https://www.wkyt.com/content/news/1");
        Assert.Equal(("Winchester", "Kentucky"), (l.City, l.Admin1));
    }

    [Theory]
    [InlineData("A man was shot and killed at Lakeforest Mall on Friday morning. As officers worked that scene, a caller reported a shooting outside a grocery store on the 13000 block of Georgia Avenue in Aspen Hill, Maryland, about 8 miles northeast of the mall.", "Aspen Hill")]
    public void A_distance_after_a_town_and_its_state_places_the_town_not_a_point_away_from_it(string text, string city)
    {
        // "Aspen Hill, Maryland, about 8 miles northeast of the mall": the distance says where Aspen Hill is.
        Assert.Equal((city, "Maryland"), (PrimaryLocation(text).City, PrimaryLocation(text).Admin1));
    }

    [Fact]
    public void A_shooting_range_named_after_a_town_puts_the_incident_there_not_in_the_victims_home_town()
    {
        var l = PrimaryLocation("A 14-year-old Twin Falls boy was accidentally shot on Saturday while at the Jerome Gun Range, deputies said. " +
                                "He was taken to a hospital and is in stable condition.");
        Assert.Equal(("Jerome", "Idaho"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_towns_name_that_the_story_uses_only_as_a_countys_short_name_is_no_town_elsewhere()
    {
        // Washington, Indiana lies in Daviess County; a page title cut after "The Washington..." names the sheriff of
        // Washington County, whose words put the shooting in Salem.
        var l = PrimaryLocation("ACCIDENTAL SHOOTING The Washington... - Washington County Indiana Sheriffs Department",
            "ACCIDENTAL SHOOTING\n\nThe Washington County Sheriff's Department is investigating what appears to be an accidental shooting, " +
            "which occurred earlier today. Deputies responded to 410 North Elm Road, Salem, Indiana, and found that a 10-year-old boy had " +
            "been shot in the leg by his uncle.",
            "https://www.facebook.com/sheriff/posts/1");
        Assert.Equal(("Salem", "Indiana"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_town_placed_by_its_distance_from_the_datelines_town_is_where_it_happened()
    {
        // The deaths in March are a background incident of a June story about the charges; the dateline's town is only
        // the point the distance is measured from.
        var article = new Article("t", "KANSAS CITY, Mo. (AP) — A 30-year-old man is accused of fatally shooting three of his relatives in " +
                                       "northwestern Missouri.\n\nHe is charged with three counts of first-degree murder in the March 2 deaths of " +
                                       "his parents and his brother at their home near Smithville, 20 miles north of Kansas City.\n\n" +
                                       "His attorney says he will plead not guilty.")
        {
            Title = "Missouri man accused of killing 3 relatives",
            Published = PublicationDate.Parse("2016-06-20"),
        };
        var primary = DocumentAnalyzer.Default.Analyze(article).Facts.First(f => f.Role == IncidentRole.Primary);
        Assert.Equal(("Smithville", "Missouri"), (primary.Location.City, primary.Location.Admin1));
    }

    [Fact]
    public void An_entry_of_a_police_log_is_in_the_town_of_the_heading_above_it()
    {
        var l = PrimaryLocation("Police log",
            "SPRINGFIELD POLICE\n\nTheft — 3:10 p.m. Monday, 400 block Main Street. A bicycle was stolen from a porch. John Smith, 30, " +
            "of Springfield, was arrested on a charge of theft.\n\nEUGENE POLICE\n\nGunshot wound — 11:02 p.m. Monday, 1200 block Oak " +
            "Street. A man was shot in the leg during an argument with a neighbor. The injury was not life-threatening.\n\nCOBURG POLICE\n\n" +
            "Car prowl — 8:15 a.m. Tuesday, 100 block Pearl Street. A purse was taken from a parked car.",
            "https://www.example.com/news/local/police-log");
        Assert.Equal(("Eugene", "Oregon"), (l.City, l.Admin1));
    }

    [Fact]
    public void A_town_the_story_puts_the_incident_in_outside_its_event_words_beats_the_victims_home_town()
    {
        // The sentence naming Ivanhoe holds no event word; the incident's own words say only where the man was from.
        var l = PrimaryLocation("Woodville man dies after gunshot to chest",
            "A 22-year-old Woodville man died Sunday afternoon of a gunshot wound to the chest, the Tyler County Sheriff's Office in " +
            "Texas said.\n\nWitnesses said the man and his cousin were looking at their rifles outside a house in Ivanhoe at the time.\n\n" +
            "No charges are expected, the sheriff said.",
            "https://www.beaumontenterprise.com/news/article/woodville-1.php");
        Assert.Equal(("Ivanhoe", "Texas"), (l.City, l.Admin1));
    }
}
