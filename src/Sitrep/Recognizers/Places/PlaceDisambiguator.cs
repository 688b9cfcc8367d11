namespace Sitrep.Recognizers.Places;

/// <summary>
/// Chooses the place a name stands for among its candidates: one in a country or region the document names
/// (<see cref="PlaceContext"/>) first, then the more prominent (a country before a region before a town, a large
/// town before a small one). A later pass may weigh distance to the other places named; the scores say why.
/// </summary>
public sealed class PlaceDisambiguator(Gazetteer gazetteer)
{
    public static PlaceDisambiguator Default { get; } = new(Gazetteer.Default);

    /// <summary>The best candidate of <paramref name="reading"/>, or null when none is left.</summary>
    /// <param name="foldedName">The name as written, folded: for the second look, which leaves its own votes out.</param>
    public Place? Choose(PlaceReading reading, PlaceContext context, ReadOnlySpan<char> foldedName = default)
    {
        var candidates = reading.Candidates;
        if (candidates.Count == 0) return null;
        if (candidates.Count == 1) return candidates[0].Place;

        Place? best = null;
        var bestScore = double.MinValue;
        foreach (var c in candidates)
        {
            var place = c.Place;
            // "Lima", "San Salvador", "Kabul", "New York": a region named after its capital or its great city is, said
            // alone, the town. Florida, New York (a village of 2,800) does not make "Florida" a town.
            if (place.Kind == PlaceKind.Admin1 && candidates.Exists(o => o.Place.Kind == PlaceKind.City && o.Place.Admin1Id == place.Id &&
                    (o.Place.Feature is "PPLA" or "PPLC" || o.Place.Population * 4 >= gazetteer.TownPopulation(place.Id))))
                continue;
            var score = Prominence(place) + ContextScore(place, context, foldedName);
            // Ties (two towns of one name and size) go to the lower id, so the choice never depends on list order.
            if (score > bestScore || score == bestScore && best is not null && string.CompareOrdinal(place.Id, best.Id) < 0)
            {
                best = place;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>Roughly log10 of the people a name of this rank brings to mind.</summary>
    private double Prominence(Place place) => place.Kind switch
    {
        PlaceKind.Country => 8,
        // A region counts its towns' people, a little less than a town of that size: a bare name is more often the town.
        PlaceKind.Admin1 or PlaceKind.Admin2 => Math.Log10(Math.Max(gazetteer.TownPopulation(place.Id), 1)) - 0.5,
        _ => Math.Log10(Math.Max(place.Population, 1)) + place.Feature switch
        {
            // A capital is what its bare name means in most stories ("SAN SALVADOR" under a Mexico City dateline).
            "PPLC" => 2,
            "PPLA" => 0.2,
            // A part of a larger city ("East New York") is rarely what a bare name means.
            "PPLX" => -1.5,
            _ => 0,
        },
    };

    private static double ContextScore(Place place, PlaceContext context, ReadOnlySpan<char> foldedName)
    {
        var score = 0.0;
        var country = context.CountryScore(place.CountryCode);
        // A country named once ("U.S. officials") must not turn Bogotá into Bogota, New Jersey: the bonus grows with
        // how much the document points there, and never outweighs three orders of magnitude of people.
        if (country > 0) score += 2 + Math.Min(country, 2);
        // A region named elsewhere in the document supports its towns, and itself ("Louisiana" in a story from New Orleans).
        var regionId = place.Kind == PlaceKind.Admin1 ? place.Id : place.Admin1Id;
        var named = context.RegionScore(regionId);
        if (named > 0) return score + 4 + Math.Min(named, 3);
        // "Union County deputies" on a South Carolina station: the outlet's region counts as a region named once.
        if (context.IsOutletRegion(regionId)) return score + 5;
        // Towns chosen under other names support their region less: one wrong choice must not carry the others
        // ("Memphis", Missouri, a village of 1,800, because "Louisiana" was read as a town there).
        var chosen = context.ChosenRegionScore(regionId, foldedName);
        if (chosen > 0) score += 1 + Math.Min(chosen, 2);
        return score;
    }
}
