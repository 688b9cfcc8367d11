using Sitrep.Documents;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// Reads names that stand together: "Sindh province" and "the department of San Miguel" (the region, not its
/// capital), "Hermitage, Tenn." and "Karachi, Pakistan" (the town in that region or country, and so an unknown
/// town when the gazetteer has none there). Runs on the readings of one document, in text order.
/// </summary>
public sealed class PlacePairLinker(PlaceCues cues, Gazetteer gazetteer)
{
    /// <summary>An unknown town's name has at most this many words ("Fort Walton Beach").</summary>
    private const int MaxTownWords = 4;

    /// <summary>
    /// A region whose listed towns hold fewer people closes no pair around an unknown town: "Michael" (a sheading of the
    /// Isle of Man) after "Myrtle Parsons," is a son's name, not a region.
    /// </summary>
    private const long KnownRegionPopulation = 15_000;

    public static PlacePairLinker Default { get; } = new(PlaceCues.Default, Gazetteer.Default);

    /// <summary>Links the readings; returns the unknown towns found, as readings of their own.</summary>
    public List<PlaceReading> Link(Document doc, List<PlaceReading> readings)
    {
        foreach (var reading in readings)
            if (reading.IsPlace)
                ReadRegionType(doc, reading);
        ReadRegionLists(doc, readings);

        var unknownTowns = new List<PlaceReading>();
        for (var i = 0; i < readings.Count; i++)
        {
            var container = readings[i];
            if (!container.IsPlace || !doc.TokenIs(container.FirstToken - 1, ",")) continue;
            var before = i > 0 && readings[i - 1].EndToken == container.FirstToken - 1 ? readings[i - 1] : null;
            // "Oak Shore Drive, Manvel, Brazoria County": a known town of the county named after it.
            if (!container.HasKind(PlaceKind.Admin1) && !container.HasKind(PlaceKind.Country))
            {
                if (container.HasKind(PlaceKind.Admin2) && before is { IsPlace: true } && before.HasKind(PlaceKind.City)) LinkPair(doc, before, container);
                continue;
            }
            if (container.IsDemonym) continue;
            if (before is { IsPlace: true })
                LinkPair(doc, before, container);
            else if (before is null && UnknownTownBefore(doc, container) is { } town)
            {
                town.Container = container;
                container.NeedsTownBefore = false;
                container.Evidence = PlaceEvidence.Strong;
                unknownTowns.Add(town);
            }
        }

        // "Calif." or "TN" that closes no "Town, Region" pair is something else.
        foreach (var reading in readings)
            if (reading.IsPlace && reading.NeedsTownBefore)
                reading.Dropped = true;
        return unknownTowns;
    }

    /// <summary>"Sindh province", "SAN MIGUEL DEPARTMENT", "province of Sindh": the region, with the type word in its span.</summary>
    private void ReadRegionType(Document doc, PlaceReading reading)
    {
        if (!reading.HasKind(PlaceKind.Admin1)) return;
        // "Illinois State Police", "Iowa Department of Public Safety": the type word begins an agency's name.
        var after = (cues.Of(doc, reading.EndToken) & PlaceCue.RegionType) != 0 && !doc.TokenIs(reading.EndToken + 1, "of") &&
                    (doc.IsUpperCase || !StartsCapitalised(doc, reading.EndToken + 1));
        var before = !after && reading.FirstToken >= 2 && doc.TokenIs(reading.FirstToken - 1, "of") &&
                     (cues.Of(doc, reading.FirstToken - 2) & PlaceCue.RegionType) != 0;
        if (!after && !before) return;
        reading.Candidates.RemoveAll(c => c.Place.Kind != PlaceKind.Admin1);
        if (after) reading.EndToken++;
        else reading.FirstToken -= 2;
        reading.Span = new TextSpan(doc.Tokens[reading.FirstToken].Start, doc.Tokens[reading.EndToken - 1].End);
        reading.Evidence = PlaceEvidence.Strong;
    }

    /// <summary>
    /// "IN ZELAYA, MATAGALPA, AND JINOTEGA DEPARTMENTS", "in Sindh and Punjab provinces": a list of names closed by a
    /// plural type word names regions, not their capitals: each name that may be a region's is read as one.
    /// </summary>
    private void ReadRegionLists(Document doc, List<PlaceReading> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            if (!readings[i].IsPlace || (cues.Of(doc, readings[i].EndToken) & PlaceCue.RegionTypes) == 0) continue;
            var first = i;
            while (first > 0 && readings[first - 1].IsPlace && ListGap(doc, readings[first - 1].EndToken, readings[first].FirstToken)) first--;
            if (first == i) continue;
            foreach (var region in readings.GetRange(first, i - first + 1))
            {
                if (!region.HasKind(PlaceKind.Admin1)) continue;
                region.Candidates.RemoveAll(c => c.Place.Kind != PlaceKind.Admin1);
                region.Evidence = PlaceEvidence.Strong;
            }
        }
    }

    /// <summary>The words between two names of a list: ",", "and", ", and" (also "or").</summary>
    private static bool ListGap(Document doc, int end, int next) => (next - end) switch
    {
        1 => doc.TokenIs(end, ",") || doc.TokenIs(end, "and") || doc.TokenIs(end, "or"),
        2 => doc.TokenIs(end, ",") && (doc.TokenIs(end + 1, "and") || doc.TokenIs(end + 1, "or")),
        _ => false,
    };

    /// <summary>"Town, Region" where both are known: the town is read as the one in that region or country.</summary>
    private static void LinkPair(Document doc, PlaceReading town, PlaceReading container)
    {
        if (town.IsDemonym || !town.HasKind(PlaceKind.City) && !town.HasKind(PlaceKind.Admin1) && !town.HasKind(PlaceKind.Admin2)) return;
        var inside = town.Candidates.FindAll(t => container.Candidates.Exists(c => Contains(c.Place, t.Place)));
        if (inside.Count > 0)
        {
            container.Candidates.RemoveAll(c => !inside.Exists(t => Contains(c.Place, t.Place)));
            town.Candidates.Clear();
            town.Candidates.AddRange(inside);
        }
        else if (container.HasKind(PlaceKind.Admin1) && town.HasKind(PlaceKind.City) &&
                 town.Candidates.TrueForAll(t => t.Place.Kind == PlaceKind.City || !container.Candidates.Exists(c => c.Place.CountryCode == t.Place.CountryCode)))
        {
            if (AgedPersonBefore(doc, town.FirstToken, container)) return;
            // "Hermitage, Tenn." with no Hermitage in Tennessee listed: a town the gazetteer does not know. So is "Hanover,
            // Va.", though Hanover is also a parish of Jamaica: a region abroad makes no list with a state ("Ohio, Indiana" does).
            town.IsUnknownTown = true;
        }
        else
        {
            return; // "Georgia, Armenia": a list, not a pair.
        }
        town.Container = container;
        // In capitals a common word before a region is as often a word ("NO DATE, ..."): it stays doubtful.
        if (!doc.IsUpperCase || town.Evidence != PlaceEvidence.Doubtful) town.Evidence = PlaceEvidence.Strong;
        container.NeedsTownBefore = false;
        if (container.Evidence < PlaceEvidence.Normal) container.Evidence = PlaceEvidence.Normal;
    }

    private static bool Contains(Place outer, Place inner) => outer.Kind switch
    {
        PlaceKind.Country => inner.Kind != PlaceKind.Country && inner.CountryCode == outer.CountryCode,
        PlaceKind.Admin1 => inner.Kind is PlaceKind.City or PlaceKind.Admin2 && inner.Admin1Id == outer.Id,
        PlaceKind.Admin2 => inner.Kind == PlaceKind.City && inner.Admin2Id == outer.Id,
        _ => false,
    };

    /// <summary>
    /// "in Hermitage, Tenn.": capitalised words no lexicon phrase explains, right before ", Region". Mixed-case text
    /// only: in capitals, nothing tells a town's name from the words before it.
    /// </summary>
    private PlaceReading? UnknownTownBefore(Document doc, PlaceReading container)
    {
        if (doc.IsUpperCase || !container.HasKind(PlaceKind.Admin1) && !container.HasKind(PlaceKind.Country)) return null;
        // "Sports, Toledo": a name that is also a town's is no region closing a pair.
        if (container.HasKind(PlaceKind.City)) return null;
        if (!container.Candidates.Exists(c => c.Place.Kind == PlaceKind.Country || c.Form != NameForm.Name ||
                                              gazetteer.TownPopulation(c.Place.Id) >= KnownRegionPopulation))
            return null;
        var end = container.FirstToken - 1; // the comma
        var sentenceStart = doc.SentenceOfToken(end).FirstToken;
        var first = end;
        while (first > sentenceStart && end - first < MaxTownWords && IsNameWord(doc, first - 1)) first--;
        if (first == end) return null;
        // A longer run of capitals ("Officer John Smith, Texas ...") or a title before it is a person.
        if (first > sentenceStart && doc.Tokens[first - 1].Shape is TokenShape.Capitalized or TokenShape.Upper && doc.Tokens[first - 1].IsWord) return null;
        if ((cues.Before(doc, first) & PlaceCue.Title) != 0) return null;
        if (AgedPersonBefore(doc, first, container)) return null;
        // "the Cocke County Sheriff's Office, Tennessee Bureau of Investigation ...": a possessive's name, and a region
        // that begins another name, are organisations listed, not a town and its state.
        if (doc.TokenIs(first - 1, "s") && doc.TokenIs(first - 2, "'")) return null;
        if (container.EndToken < doc.Tokens.Length && doc.Tokens[container.EndToken] is { IsWord: true, Shape: TokenShape.Capitalized } &&
            doc.SentenceOfToken(container.EndToken).FirstToken < container.EndToken)
            return null;
        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        return new PlaceReading(first, end, span, PlaceReading.NoEntry) { IsUnknownTown = true, Evidence = PlaceEvidence.Strong };
    }

    /// <summary>
    /// "the death of 23-year-old Dwayne Lee Dillard, D.C. police said": capitalised words right after an age are a
    /// person's name, though a region follows. A town there stands in apposition, closed by a comma after its region
    /// ("a 15-year-old Hesston, Kan., boy").
    /// </summary>
    private static bool AgedPersonBefore(Document doc, int first, PlaceReading container)
    {
        var k = first;
        while (k > 0 && doc.Tokens[k - 1].IsWord && doc.Tokens[k - 1].Shape is TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed) k--;
        return k >= 2 && doc.TokenIs(k - 1, "old") && doc.TokenIs(k - 2, "-") && !doc.TokenIs(container.EndToken, ",");
    }

    private static bool StartsCapitalised(Document doc, int token) =>
        token < doc.Tokens.Length && doc.Tokens[token].IsWord && doc.Tokens[token].Shape is TokenShape.Capitalized or TokenShape.Upper;

    private bool IsNameWord(Document doc, int token)
    {
        var t = doc.Tokens[token];
        return t.IsWord && t.Shape is TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed && (cues.Of(doc, token) & PlaceCue.Stop) == 0;
    }
}
