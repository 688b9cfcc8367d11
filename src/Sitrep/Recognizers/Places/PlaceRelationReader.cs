using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Recognizers.Places;

/// <summary>How the words before a place name relate an incident to it.</summary>
public enum PlaceRelationKind : byte
{
    /// <summary>"near Lakeland", "on the outskirts of Karachi", "east of Houston": by the place; still placed there.</summary>
    Near,
    /// <summary>"110 km east of Islamabad": somewhere else, at a distance and bearing from the place.</summary>
    Offset,
    /// <summary>"the Englewood neighborhood of Chicago": in a part of the place, which is the city.</summary>
    PartOf,
    /// <summary>"rushed to Summit Medical Center", "booked into the Polk County Jail", "a hospital in Kendall": where someone was taken, not where it happened.</summary>
    Destination,
    /// <summary>"the Wells-Goodfellow neighborhood": a part of a town named elsewhere, not the town.</summary>
    Locality,
    /// <summary>"a Fremont man", "Jane Doe, 25, of Fremont": where a person is from, which is often but not always the scene.</summary>
    Origin,
    /// <summary>"Hayward police said", "Chicago Police": the town whose officers act, most often where it happened.</summary>
    Agency,
    /// <summary>"the Stone Mountain home", "the Chelsea shooting": the town the incident itself is put in.</summary>
    Scene,
    /// <summary>"in Atlanta's northeastern suburbs", "a suburban Seattle home": in some town around the place, not in it.</summary>
    Around,
    /// <summary>"the Denver Post", "the Houston Chronicle": a paper named for its town, no place of the incident.</summary>
    Masthead,
    /// <summary>"he was in Texas at the time": where someone says he was when it happened, which is elsewhere.</summary>
    Alibi,
}

/// <summary>
/// A place's relation to an incident, read from the words before its name.
/// </summary>
/// <param name="Span">The whole phrase, name included ("110 km east of Islamabad", "the Englewood neighborhood of Chicago").</param>
/// <param name="Kilometres">For <see cref="PlaceRelationKind.Offset"/>, the distance when written in digits.</param>
/// <param name="Bearing">For offsets and "east of", the compass bearing in degrees from the place.</param>
/// <param name="Part">For <see cref="PlaceRelationKind.PartOf"/>, the part's name as written ("Englewood").</param>
public sealed record PlaceRelation(PlaceRelationKind Kind, TextSpan Span, double? Kilometres = null, double? Bearing = null, string? Part = null);

/// <summary>
/// Reads how the words before a place mention relate it to what happened (<c>Places/relations.tsv</c>): a distance
/// and bearing, nearness, a part of a city, or a facility someone was taken to. Reads: tokens. Writes: the
/// <see cref="PlaceMention.Relation"/> of place mentions.
/// </summary>
public sealed class PlaceRelationReader
{
    /// <summary>Words of a part's name before "neighborhood", "district" ("Orangi Town", "East Garfield Park").</summary>
    private const int MaxPartWords = 4;

    /// <summary>How far before "to"/"at" a verb may stand and still send someone to the facility ("was later rushed to").</summary>
    private const int DestinationReach = 4;

    private readonly FrozenDictionary<string, (string Relation, double Value)>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>Words a paper adds to its town's name ("Post", "Times", "Tribune"): <c>Places/masthead-words.tsv</c>.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _mastheads;

    /// <param name="mastheads">Words that, capitalised after a town's name, make it a paper's ("the Denver Post").</param>
    public PlaceRelationReader(ResourceTable table, IEnumerable<string>? mastheads = null)
    {
        _mastheads = (mastheads ?? []).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var relation = row["relation"];
            if (relation is not ("unit" or "direction" or "near" or "part" or "destination" or "origin" or "receiver" or "care" or "from" or "agency" or "scene" or "around" or "attends" or "past"))
                throw row.Error($"unknown relation '{relation}'.");
            var value = row.Optional("value") is { } v ? double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) : 0;
            if (!words.TryAdd(row["word"], (relation, value))) throw row.Error($"'{row["word"]}' is listed twice.");
        }
        _words = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PlaceRelationReader Default { get; } = new(ResourceTable.Load("Places/relations.tsv"), MastheadReader.Default.Words);

    /// <summary>The relation the words before <paramref name="mention"/> give it, or null for a plain mention.</summary>
    public PlaceRelation? Read(Document doc, PlaceMention mention)
    {
        var first = mention.FirstToken;
        var sentenceStart = doc.SentenceOfToken(first).FirstToken;
        var k = first - 1;
        if (k >= sentenceStart && doc.TokenIs(k, "the")) k--;
        // "transported to LSU-Shreveport": an institution's short name joined to the town by a hyphen is the town's place.
        if (k - 1 > sentenceStart && doc.TokenIs(k, "-") && doc.Tokens[k].End == doc.Tokens[first].Start && doc.Tokens[k - 1].End == doc.Tokens[k].Start &&
            doc.Tokens[k - 1] is { IsWord: true, Shape: TokenShape.Upper })
            k -= 2;
        // "a sophomore at Lakeview High School": the school someone attends says where they are from, not where it happened.
        if (mention.Kind == PlaceKind.Facility && doc.TokenIs(k, "at") && Cue(doc, k - 1).Relation == "attends" && k - 1 >= sentenceStart)
            return new PlaceRelation(PlaceRelationKind.Origin, Cover(doc, k, mention));
        if (mention.Kind == PlaceKind.Facility)
            return Destination(doc, mention, k, sentenceStart);
        if (mention.Kind == PlaceKind.Address) return null;
        // "he was in Texas at the time", "had been in Texas at the time of the shooting, shopping at Houston-area stores":
        // where someone says he was when it happened, which is elsewhere.
        if (AlibiBefore(doc, mention, sentenceStart) is { } alibi) return new PlaceRelation(PlaceRelationKind.Alibi, Cover(doc, alibi, mention));
        // "a suburban Seattle home": some town around Seattle, whatever the words after say of it.
        if (k >= sentenceStart && Cue(doc, k).Relation == "around")
            return new PlaceRelation(PlaceRelationKind.Around, Cover(doc, k, mention));
        if (After(doc, mention) is { } after) return after;
        if (k < sentenceStart) return null;
        // "a sophomore at Lakeview High School in Dayton": the town of the school someone attends.
        if (doc.TokenIs(k, "in") && AttendedPlaceEndsAt(doc, k - 1, sentenceStart) is { } attended)
            return new PlaceRelation(PlaceRelationKind.Origin, Cover(doc, attended, mention));
        // "a hospital in Kendall", "Summit Medical Center in Hayward": the town of a place someone was taken to.
        if (doc.TokenIs(k, "in") && k - 1 >= sentenceStart && ReceiverEndsAt(doc, k - 1, sentenceStart) is { } receiver)
            return new PlaceRelation(PlaceRelationKind.Destination, Cover(doc, receiver, mention));
        // "at their home in Rock Falls", "the shooting in Chelsea": the town the incident itself is put in.
        if (doc.TokenIs(k, "in") && k - 1 >= sentenceStart && Cue(doc, k - 1).Relation == "scene")
        {
            // "recovering at his home in Baton Rouge": the home a wounded man went to afterwards, as a hospital is. ("died
            // at his home" is most often where he was shot: only a word of the list counts, not "died".)
            if (AfterCareAt(doc, k - 2, sentenceStart) is { } care) return new PlaceRelation(PlaceRelationKind.Destination, Cover(doc, care, mention));
            return new PlaceRelation(PlaceRelationKind.Scene, Cover(doc, k - 1, mention));
        }
        // "transported to Jackson South", "flown to Karachi".
        if ((doc.TokenIs(k, "to") || doc.TokenIs(k, "into")) && Destination(doc, mention, k, sentenceStart) is { } destination) return destination;

        if (doc.TokenIs(k, "of") || doc.TokenIs(k, "from"))
        {
            var before = k - 1;
            if (before < sentenceStart) return null;
            var (relation, value) = Cue(doc, before);
            // "a resident of Fremont", "a 15-year-old male from Columbus", "the hunter is from La Crosse".
            if (relation is "origin" or "attends" || doc.TokenIs(k, "from") && FromHome(doc, before, relation, sentenceStart))
                return new PlaceRelation(PlaceRelationKind.Origin, Cover(doc, k, mention));
            switch (relation)
            {
                case "part":
                    return PartOf(doc, mention, before, sentenceStart);
                case "near":
                    return new PlaceRelation(PlaceRelationKind.Near, Cover(doc, NearStart(doc, before, sentenceStart), mention));
                case "direction":
                    return Direction(doc, mention, before, value, sentenceStart);
                case "unit":
                    return Offset(doc, mention, before, null, sentenceStart);
            }
            return null;
        }
        // "near Lakeland", "outside Karachi", "close to Quetta".
        if (doc.TokenIs(k, "to") && k - 1 >= sentenceStart && Cue(doc, k - 1).Relation == "near") k--;
        if (Cue(doc, k).Relation == "near")
            return new PlaceRelation(PlaceRelationKind.Near, Cover(doc, NearStart(doc, k, sentenceStart), mention));
        return null;
    }

    /// <summary>
    /// "110 km east of the capital", "30 kilometres from the border": a distance from somewhere no place mention names,
    /// in <paramref name="sentence"/>. The span runs from the number to the word after "of"/"from" (and its "the").
    /// </summary>
    public TextSpan? FindUnnamedOffset(Document doc, in Sentence sentence)
    {
        for (var k = sentence.FirstToken + 1; k < sentence.EndToken - 2; k++)
        {
            if (Cue(doc, k).Relation != "unit" || !doc.Tokens[k - 1].IsNumber) continue;
            var j = k + 1;
            if (doc.TokenIs(j, "to") && doc.TokenIs(j + 1, "the")) j += 2;
            if (Cue(doc, j).Relation == "direction") j++;
            if (!doc.TokenIs(j, "of") && !doc.TokenIs(j, "from")) continue;
            j++;
            if (doc.TokenIs(j, "the")) j++;
            if (j >= sentence.EndToken || !doc.Tokens[j].IsWord) continue;
            return new TextSpan(doc.Tokens[k - 1].Start, doc.Tokens[j].End);
        }
        return null;
    }

    /// <summary>"110 km east of", "20 miles to the north of", "east of": the direction word stands at <paramref name="k"/>.</summary>
    private PlaceRelation Direction(Document doc, PlaceMention mention, int k, double bearing, int sentenceStart)
    {
        var start = k;
        var j = k - 1;
        if (j >= sentenceStart && doc.TokenIs(j, "the")) j--;
        if (j >= sentenceStart && doc.TokenIs(j, "to")) j--;
        if (j >= sentenceStart && Cue(doc, j).Relation == "unit") return Offset(doc, mention, j, bearing, sentenceStart);
        // "some 30 kilometers from" has no direction; "just east of Houston" is by it.
        return new PlaceRelation(PlaceRelationKind.Near, Cover(doc, start, mention), null, bearing);
    }

    /// <summary>Whether the word at <paramref name="token"/> is a compass word ("north", "southwest").</summary>
    public bool IsCompassWord(Document doc, int token) => Cue(doc, token).Relation == "direction";

    /// <summary>Whether the word at <paramref name="token"/> makes the name before it a town whose officers act ("police", "detectives").</summary>
    public bool AgencyAt(Document doc, int token) => Cue(doc, token).Relation == "agency";

    /// <summary>Whether the word at <paramref name="token"/> makes the name before it act or hold the incident ("police", "shooting").</summary>
    public bool ActsAfter(Document doc, int token) => Cue(doc, token).Relation is "agency" or "scene";

    /// <summary>How many words of a place's name may stand between "was in" and "at the time".</summary>
    private const int AlibiNameWords = 4;

    /// <summary>
    /// The "was" of an alibi ("was in Texas at the time", "had been in Baton Rouge at the time") that begins the sentence's
    /// words up to <paramref name="mention"/>: the mention names where someone was instead, or lies in the clause that
    /// says so. Null when the sentence has none before the mention.
    /// </summary>
    private static int? AlibiBefore(Document doc, PlaceMention mention, int sentenceStart)
    {
        for (var k = sentenceStart + 1; k < mention.FirstToken; k++)
        {
            if (!doc.TokenIs(k, "in") || doc.FoldedOf(k - 1) is not ("was" or "were" or "been")) continue;
            var j = k + 1;
            while (j < doc.Tokens.Length && j - k <= AlibiNameWords && doc.Tokens[j] is { IsWord: true, Shape: TokenShape.Upper or TokenShape.Capitalized }) j++;
            if (j > k + 1 && doc.TokenIs(j, "at") && doc.TokenIs(j + 1, "the") && doc.TokenIs(j + 2, "time")) return k - 1;
        }
        return null;
    }

    /// <summary>What the words after the name make it: "the Wells-Goodfellow neighborhood", "a Fremont man", "Jane Doe, 25, of Fremont".</summary>
    private PlaceRelation? After(Document doc, PlaceMention mention)
    {
        var end = mention.EndToken;
        if (end < doc.Tokens.Length && doc.SentenceOfToken(end).FirstToken <= mention.FirstToken)
        {
            var (relation, value) = Cue(doc, end);
            // "the Englewood neighborhood of Chicago" is read at "Chicago"; Englewood is the part either way. But "a
            // northeast Raleigh neighborhood" is some neighborhood of Raleigh: the town is where it happened.
            if (relation == "part" && value == 1)
                return IndefiniteBefore(doc, mention)
                    ? new PlaceRelation(PlaceRelationKind.Scene, new TextSpan(mention.Span.Start, doc.Tokens[end].End))
                    : new PlaceRelation(PlaceRelationKind.Locality, new TextSpan(mention.Span.Start, doc.Tokens[end].End), Part: mention.Name);
            // "the Brookfield Manor subdivision", "the Conway Acres neighborhood": the town's name begins the part's.
            if (mention.Kind == PlaceKind.City && !doc.IsUpperCase && end + 1 < doc.Tokens.Length &&
                doc.Tokens[end] is { IsWord: true, Shape: TokenShape.Capitalized } && doc.Tokens[end].Start == doc.Tokens[end - 1].End + 1 &&
                Cue(doc, end + 1) is ("part", 1) && !IndefiniteBefore(doc, mention))
                return new PlaceRelation(PlaceRelationKind.Locality, new TextSpan(mention.Span.Start, doc.Tokens[end + 1].End),
                    Part: mention.Name + " " + doc.TextOf(doc.Tokens[end].Span));
            // "a Fremont man", "a Lakeview High School student".
            if (relation is "origin" or "attends") return new PlaceRelation(PlaceRelationKind.Origin, new TextSpan(mention.Span.Start, doc.Tokens[end].End));
            // "told the Denver Post", "the Houston Chronicle reported": a paper's name, which says nothing of where the
            // incident was.
            if (mention.Kind == PlaceKind.City && !doc.IsUpperCase && doc.Tokens[end] is { IsWord: true, Shape: TokenShape.Capitalized } &&
                _mastheads.Contains(doc.FoldedOf(end)))
                return new PlaceRelation(PlaceRelationKind.Masthead, new TextSpan(mention.Span.Start, doc.Tokens[end].End));
            // "taken to a Seattle hospital", "a Boise area hospital": the town of a place someone was taken to.
            if (IndefiniteBefore(doc, mention) && ReceiverAfter(doc, end) is { } receiver)
                return new PlaceRelation(PlaceRelationKind.Destination, new TextSpan(mention.Span.Start, doc.Tokens[receiver].End));
            // "in the Atlanta suburbs", "Atlanta's northeastern suburbs": some town around the city.
            if (SuburbsAfter(doc, end) is { } suburbs)
                return new PlaceRelation(PlaceRelationKind.Around, new TextSpan(mention.Span.Start, doc.Tokens[suburbs].End));
            // "a retired Newburgh police officer": the force someone once served in says where they worked, as a home town
            // says where they live; its officers are not the ones acting.
            if (relation == "agency" && mention.Kind == PlaceKind.City && PastBefore(doc, mention))
                return new PlaceRelation(PlaceRelationKind.Origin, new TextSpan(doc.Tokens[mention.FirstToken - 1].Start, doc.Tokens[end].End));
            if (relation == "agency" && mention.Kind == PlaceKind.City)
                return new PlaceRelation(PlaceRelationKind.Agency, new TextSpan(mention.Span.Start, doc.Tokens[end].End));
            if (relation == "scene" && mention.Kind == PlaceKind.City)
                return new PlaceRelation(PlaceRelationKind.Scene, new TextSpan(mention.Span.Start, doc.Tokens[end].End));
        }
        var k = mention.FirstToken - 1;
        // "Garcia, 19, of Las Vegas", "Brandon Colbert, of Tulsa", and without the second comma "Derrick Williams, 31 of Kansas City".
        if (k >= 2 && doc.TokenIs(k, "of") && (doc.TokenIs(k - 1, ",") && (doc.Tokens[k - 2].IsNumber || PersonNameEndsAt(doc, k - 2)) ||
                                               doc.Tokens[k - 1].IsNumber && doc.FoldedOf(k - 1).Length <= 3 && doc.TokenIs(k - 2, ",")))
            return new PlaceRelation(PlaceRelationKind.Origin, Cover(doc, k, mention));
        return null;
    }

    /// <summary>
    /// "a sophomore at Lakeview High School" ending at <paramref name="token"/>: the capitalised name of a place after
    /// "at" and a word for someone who attends it; the token of that word, or null.
    /// </summary>
    private int? AttendedPlaceEndsAt(Document doc, int token, int sentenceStart)
    {
        var j = token;
        while (j >= sentenceStart && doc.Tokens[j] is { IsWord: true, Shape: TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed }) j--;
        return j < token && j - 1 >= sentenceStart && doc.TokenIs(j, "at") && Cue(doc, j - 1).Relation == "attends" ? j - 1 : null;
    }

    /// <summary>"Brandon Colbert": two capitalized words ending at <paramref name="token"/>, a person's name before ", of".</summary>
    private static bool PersonNameEndsAt(Document doc, int token) =>
        !doc.IsUpperCase && token >= 1 && doc.Tokens[token] is { IsWord: true, Shape: TokenShape.Capitalized } &&
        doc.Tokens[token - 1] is { IsWord: true, Shape: TokenShape.Capitalized } && doc.Tokens[token - 1].End + 1 == doc.Tokens[token].Start;

    /// <summary>
    /// Where a place someone is taken to ends at <paramref name="token"/>: "hospital", "jail", or a word after a care
    /// word ("Medical Center", "Trauma Centre"); the first token of that place's kind, or null.
    /// </summary>
    private int? ReceiverEndsAt(Document doc, int token, int sentenceStart)
    {
        if (Cue(doc, token).Relation == "receiver") return token;
        return token - 1 >= sentenceStart && Cue(doc, token - 1).Relation == "care" ? token - 1 : null;
    }

    /// <summary>"hospital", "area hospital", "medical center" right after a name at <paramref name="token"/>: the receiver's last token, or null.</summary>
    private int? ReceiverAfter(Document doc, int token)
    {
        var k = doc.TokenIs(token, "area") ? token + 1 : token;
        if (Cue(doc, k).Relation == "receiver") return k;
        return Cue(doc, k).Relation == "care" && k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].IsWord ? k + 1 : null;
    }

    /// <summary>"suburbs", "'s suburbs", "'s northeastern suburbs" after a name: the last token, or null.</summary>
    private int? SuburbsAfter(Document doc, int token)
    {
        var k = token;
        if (doc.TokenIs(k, "'") && doc.TokenIs(k + 1, "s")) k += 2;
        if (Cue(doc, k).Relation == "direction") k++;
        return doc.TokenIs(k, "suburbs") ? k : null;
    }

    /// <summary>
    /// Whether "from" after <paramref name="before"/> says where a person is from: after a person ("a male from"),
    /// an age ("the 55-year-old from"), a verb of being or "both" ("is from", "both from"), or a comma after a name
    /// or an age ("Wyatt Whitaker, from Nortonville").
    /// </summary>
    private static bool FromHome(Document doc, int before, string? relation, int sentenceStart)
    {
        if (relation == "from" || doc.TokenIs(before, "old") && doc.TokenIs(before - 1, "-")) return true;
        // "John Roe, 20, also from Queens": said of a second person as of the first.
        if (doc.TokenIs(before, "also") && before - 1 >= sentenceStart) before--;
        // "Jane Doe, 25, a construction worker from Queens": a person's description set off after a name or an age.
        if (DescribesPersonAt(doc, before, sentenceStart)) return true;
        return doc.TokenIs(before, ",") && before - 1 >= sentenceStart && NameOrAgeAt(doc, before - 1);
    }

    /// <summary>An age or a capitalised word (the end of a name) at <paramref name="token"/>, before a comma that sets off what is said of the person.</summary>
    private static bool NameOrAgeAt(Document doc, int token) =>
        doc.Tokens[token] is var t && (t.IsNumber || t.IsWord && t.Shape == TokenShape.Capitalized && !doc.IsUpperCase);

    /// <summary>"retired Newburgh ...", "former Cleveland ...": a word for service that has ended right before the name.</summary>
    private bool PastBefore(Document doc, PlaceMention mention)
    {
        var k = mention.FirstToken - 1;
        return k >= doc.SentenceOfToken(mention.FirstToken).FirstToken && Cue(doc, k).Relation == "past";
    }

    /// <summary>Lower-case words of a person's description before "from" ("an aspiring tattoo artist").</summary>
    private const int MaxDescriptionWords = 4;

    /// <summary>
    /// Whether lower-case words ending at <paramref name="last"/> describe a person set off by a comma after a name or
    /// an age: ", 25, a construction worker", "Jane Doe, a nurse".
    /// </summary>
    private static bool DescribesPersonAt(Document doc, int last, int sentenceStart)
    {
        var k = last;
        while (k > sentenceStart && last - k < MaxDescriptionWords && doc.Tokens[k] is { IsWord: true, Shape: TokenShape.Lower } &&
               !doc.TokenIs(k, "a") && !doc.TokenIs(k, "an"))
            k--;
        return k != last && (doc.TokenIs(k, "a") || doc.TokenIs(k, "an")) && k - 2 >= sentenceStart && doc.TokenIs(k - 1, ",") && NameOrAgeAt(doc, k - 2);
    }

    /// <summary>"a Raleigh ...", "a northeast Raleigh ...", "an east Austin ...": an indefinite article before the name and its compass word.</summary>
    private bool IndefiniteBefore(Document doc, PlaceMention mention)
    {
        var k = mention.FirstToken - 1;
        var sentenceStart = doc.SentenceOfToken(mention.FirstToken).FirstToken;
        if (k >= sentenceStart && Cue(doc, k).Relation == "direction") k--;
        return k >= sentenceStart && (doc.TokenIs(k, "a") || doc.TokenIs(k, "an"));
    }

    /// <summary>"110 km east of", "30 kilometres from", "five miles north of": the unit stands at <paramref name="unit"/>.</summary>
    private PlaceRelation Offset(Document doc, PlaceMention mention, int unit, double? bearing, int sentenceStart)
    {
        var number = unit - 1 >= sentenceStart ? Number(doc, unit - 1) : null;
        var start = unit - 1 >= sentenceStart && (doc.Tokens[unit - 1].IsNumber || doc.Tokens[unit - 1].IsWord) ? unit - 1 : unit;
        return new PlaceRelation(PlaceRelationKind.Offset, Cover(doc, start, mention), number * Cue(doc, unit).Value, bearing);
    }

    /// <summary>"the Englewood neighborhood of Chicago": the part's capitalised name stands before the part word at <paramref name="k"/>.</summary>
    private PlaceRelation? PartOf(Document doc, PlaceMention mention, int k, int sentenceStart)
    {
        var end = k;
        var start = end;
        while (start > sentenceStart && end - start < MaxPartWords && IsNameWord(doc, start - 1)) start--;
        if (start == end) return null; // "the area of Karachi", "a part of Chicago": nothing more precise
        var part = doc.TextOf(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End));
        return new PlaceRelation(PlaceRelationKind.PartOf, Cover(doc, start, mention), Part: part);
    }

    /// <summary>"rushed to the hospital", "booked into the Polk County Jail", "pronounced dead at Summit Medical Center".</summary>
    private PlaceRelation? Destination(Document doc, PlaceMention facility, int k, int sentenceStart)
    {
        // Adjectives and numbers between the preposition and the name: "to a local hospital", "to the nearby Jinnah Hospital".
        var j = k;
        while (j >= sentenceStart && j > k - 3 && doc.Tokens[j].IsWord && doc.Tokens[j].Shape == TokenShape.Lower &&
               !doc.TokenIs(j, "to") && !doc.TokenIs(j, "into") && !doc.TokenIs(j, "at"))
            j--;
        if (j < sentenceStart || !(doc.TokenIs(j, "to") || doc.TokenIs(j, "into") || doc.TokenIs(j, "at"))) return null;
        for (var v = j - 1; v >= Math.Max(sentenceStart, j - DestinationReach); v--)
        {
            if (doc.Tokens[v].IsPunctuation) break;
            if (Cue(doc, v).Relation == "destination" || doc.TokenIs(v, "died"))
                return new PlaceRelation(PlaceRelationKind.Destination, Cover(doc, v, facility));
        }
        return null;
    }

    /// <summary>"recovering at his", "recuperating at the": a destination word, "at" and up to two lower-case words ending at <paramref name="k"/>; the word's token, or null.</summary>
    private int? AfterCareAt(Document doc, int k, int sentenceStart)
    {
        var j = k;
        while (j >= sentenceStart && j > k - 2 && doc.Tokens[j] is { IsWord: true, Shape: TokenShape.Lower } && !doc.TokenIs(j, "at")) j--;
        return j - 1 >= sentenceStart && doc.TokenIs(j, "at") && Cue(doc, j - 1).Relation == "destination" ? j - 1 : null;
    }

    /// <summary>"on the outskirts of", "in the vicinity of": the phrase starts at its preposition.</summary>
    private static int NearStart(Document doc, int k, int sentenceStart)
    {
        var start = k;
        if (start - 1 >= sentenceStart && doc.TokenIs(start - 1, "the")) start--;
        if (start - 1 >= sentenceStart && (doc.TokenIs(start - 1, "on") || doc.TokenIs(start - 1, "in"))) start--;
        return start;
    }

    private (string? Relation, double Value) Cue(Document doc, int token) =>
        (uint)token < (uint)doc.Tokens.Length && doc.Tokens[token].IsWord && _words.TryGetValue(doc.FoldedOf(token), out var cue) ? cue : (null, 0);

    /// <summary>A distance in digits ("110", "2.5"); a number in words leaves the distance unknown.</summary>
    private static double? Number(Document doc, int token) =>
        doc.Tokens[token].IsNumber && double.TryParse(doc.Slice(doc.Tokens[token].Span).ToString().Replace(",", "", StringComparison.Ordinal),
            NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool IsNameWord(Document doc, int token) =>
        doc.Tokens[token].IsWord && (doc.IsUpperCase ? !doc.TokenIs(token, "the") : doc.Tokens[token].Shape is TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed);

    private static TextSpan Cover(Document doc, int firstToken, PlaceMention mention) => new(doc.Tokens[firstToken].Start, mention.Span.End);
}
