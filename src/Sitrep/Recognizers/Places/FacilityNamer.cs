using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// Turns facility words into facility mentions, with the name written before them: "Karachi Police Office" (a
/// place's name: the facility is in that place), "Jinnah Hospital", "McGavock High School" (a proper name before a
/// capitalised facility word), "Police Lines mosque" (a facility named after another), "Karachi's Jinnah Hospital".
/// Runs after places are chosen; a place read into a facility's name is no longer a mention of its own.
/// </summary>
public sealed class FacilityNamer(PlaceCues cues, PlaceLexicon lexicon)
{
    /// <summary>Proper-name words before a facility word, at most ("Pakistan Institute of Medical Sciences" is longer; rare).</summary>
    private const int MaxNameWords = 4;

    public static FacilityNamer Default { get; } = new(PlaceCues.Default, PlaceLexicon.Default);

    /// <summary>"Karachi Police Office", not "police compound": two capitalised words or more.</summary>
    public static bool IsProperName(string facility) => facility.Split(' ').Count(w => w.Length > 0 && char.IsUpper(w[0])) >= 2;

    public List<PlaceMention> Name(Document doc, List<PlaceReading> readings)
    {
        var mentions = new List<PlaceMention>();
        for (var i = 0; i < readings.Count; i++)
        {
            var facility = readings[i];
            if (!facility.IsFacility) continue;
            // Followed by another facility word, it names that one ("Police Lines mosque"): read there.
            if (i + 1 < readings.Count && readings[i + 1].IsFacility && readings[i + 1].FirstToken == facility.EndToken) continue;
            var start = facility.FirstToken;
            var previous = i - 1;
            // "Police Lines mosque", "hospital parking lot": the last word names the kind, the others the facility.
            while (previous >= 0 && readings[previous].IsFacility && readings[previous].EndToken == start)
            {
                readings[previous].Dropped = true;
                start = readings[previous--].FirstToken;
            }

            Place? place = null;
            var named = false;
            var capitalised = IsCapitalised(doc, facility.FirstToken, facility.EndToken);
            // "Karachi police headquarters" names the facility by its town; "a Pakistan police compound" only says
            // where it is: a country stays a mention of its own unless the facility's name is a proper name.
            if (previous >= 0 && readings[previous] is { IsPlace: true, IsDemonym: false, Chosen: { } adjacent } before && before.EndToken == start &&
                (adjacent.Kind != PlaceKind.Country || capitalised && !doc.IsUpperCase))
            {
                // "Umpqua Community College": a postal town's name is often a river's or a valley's, like the facility's.
                place = adjacent.IsPostalTown ? null : adjacent;
                named = true;
                before.Dropped = true;
                start = before.FirstToken;
                previous--;
            }
            if (!doc.IsUpperCase && capitalised)
            {
                var first = ProperNameStart(doc, start, readings, ref previous, ref place);
                named |= first < start;
                start = first;
            }
            var towns = named && place is null or { Kind: PlaceKind.City } ? TownsNamedAt(doc, start, facility.FirstToken) : [];
            // "Karachi's Jinnah Hospital": the facility is in the place that owns it.
            if (place is null && PossessorEnd(doc, start) is var ownerEnd && ownerEnd >= 0)
            {
                while (previous >= 0 && readings[previous].FirstToken >= ownerEnd) previous--;
                if (previous >= 0 && readings[previous] is { IsPlace: true, IsDemonym: false, Chosen: { } owner } && readings[previous].EndToken == ownerEnd)
                    place = owner;
            }

            var span = new TextSpan(doc.Tokens[start].Start, doc.Tokens[facility.EndToken - 1].End);
            mentions.Add(new PlaceMention(span, PlaceKind.Facility, doc.TextOf(span))
            {
                FacilityType = facility.FacilityType,
                Place = place,
                Alternatives = towns,
                FirstToken = start,
                EndToken = facility.EndToken,
            });
        }
        return mentions;
    }

    /// <summary>
    /// "Riverdale High School", "a Winchester apartment complex": every town the name's first words may be, whether or
    /// not the document made one of them sure (the location chooses where the incident's county or region is known).
    /// Empty where they name no town.
    /// </summary>
    private ImmutableArray<Place> TownsNamedAt(Document doc, int start, int facilityStart)
    {
        if (start >= facilityStart || !lexicon.TryMatchAt(doc, start, out var match, facilityStart)) return [];
        var towns = ImmutableArray.CreateBuilder<Place>();
        foreach (var c in match.Value.Places)
            if (c is { Form: NameForm.Name, Place: { Kind: PlaceKind.City, IsPostalTown: false } } && !towns.Contains(c.Place))
                towns.Add(c.Place);
        return towns.ToImmutable();
    }

    /// <summary>
    /// Walks left from <paramref name="start"/> over capitalised words of the same sentence, taking in a place's
    /// reading on the way ("Summit Medical Center", "Karachi Police Office"); stops at "The", "At" and the like.
    /// </summary>
    private int ProperNameStart(Document doc, int start, List<PlaceReading> readings, ref int previous, ref Place? place)
    {
        var sentenceStart = doc.SentenceOfToken(start).FirstToken;
        var k = start;
        var words = 0;
        while (k > sentenceStart && words < MaxNameWords)
        {
            while (previous >= 0 && readings[previous].FirstToken >= k) previous--;
            if (previous >= 0 && readings[previous].EndToken == k && !readings[previous].Dropped)
            {
                var reading = readings[previous];
                if (!reading.IsPlace || reading.IsDemonym) break;
                // A place name that is also a common word ("Summit") is part of the name, not where the facility is.
                if (reading.Evidence >= PlaceEvidence.Normal && reading.Chosen is { IsPostalTown: false } chosen) place ??= chosen;
                reading.Dropped = true;
                k = reading.FirstToken;
                previous--;
                words++;
                continue;
            }
            // "St. Mary's Hospital", "Children's Hospital": a possessive or an abbreviation's period inside the name.
            if (PossessorEnd(doc, k) is var possessor && possessor > sentenceStart && IsNameWord(doc, possessor - 1) &&
                !(previous >= 0 && readings[previous].EndToken == possessor && readings[previous].IsPlace))
            {
                k = possessor;
                continue;
            }
            if (doc.TokenIs(k - 1, ".") && k - 2 >= sentenceStart && (cues.Of(doc, k - 2) & PlaceCue.Title) != 0 && doc.Tokens[k - 2].Shape == TokenShape.Capitalized)
            {
                k -= 2;
                words++;
                continue;
            }
            if (!IsNameWord(doc, k - 1)) break;
            // A title opens the name ("St. Luke's") but is no name word itself elsewhere ("Officer Smith").
            if ((cues.Of(doc, k - 1) & PlaceCue.Title) != 0 && !doc.TokenIs(k, ".")) break;
            k--;
            words++;
        }
        return k;
    }

    private bool IsNameWord(Document doc, int token)
    {
        var t = doc.Tokens[token];
        return t.IsWord && t.Shape is TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed &&
               (cues.Of(doc, token) & (PlaceCue.Stop | PlaceCue.Locative)) == 0;
    }

    /// <summary>Where the possessor ends when a possessive "'s" stands right before <paramref name="token"/>; -1 if none.</summary>
    private static int PossessorEnd(Document doc, int token)
    {
        // The tokenizer splits "Karachi's" as "Karachi", "'", "s".
        if (doc.TokenIs(token - 1, "s") && doc.TokenIs(token - 2, "'")) return token - 2;
        if (doc.TokenIs(token - 1, "'s")) return token - 1;
        return -1;
    }

    private static bool IsCapitalised(Document doc, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (doc.Tokens[k].IsWord && doc.Tokens[k].Shape == TokenShape.Lower)
                return false;
        return true;
    }
}
