using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// "while hunting in Waitsfield, police said", "in the Cub Run area": a capitalised name after "in" (or between "in
/// the" and "area" or "community") that nothing else reads, in mixed-case
/// text, may be a village the gazetteer lacks (it lists towns down to about 1,000 people). Such a name is a guess: read
/// as a town the gazetteer does not list, of no region, and only <see cref="PlaceEvidence.Doubtful"/>. The location
/// takes it only where the story names no other town, in the region the story is in.
/// A name between a possessive and "home" ("outside his Pine Hollow home") is surer: people's homes are in towns, and
/// the words put the incident there. It is read with <see cref="PlaceEvidence.Normal"/> evidence, as a town of the
/// story's region the gazetteer lacks.
/// </summary>
/// <param name="months">Month names ("May", "March" are words too, and no calendar cue of <see cref="PlaceCues"/>): "in May" is a time.</param>
public sealed class UnlistedTownReader(PlaceCues cues, ResourceTable months)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _months =
        months.Rows.Select(r => r["word"]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A village's name has at most this many words ("Cub Run", "Fort Riley").</summary>
    private const int MaxNameWords = 2;

    /// <summary>A sentence with this share of capitalised words or more is a headline, where every word looks like a name.</summary>
    private const double HeadlineShare = 0.5;

    public static UnlistedTownReader Default { get; } = new(PlaceCues.Default, ResourceTable.Load("Time/months.tsv"));

    /// <param name="mentions">The places read already: a name any of them covers is not read again.</param>
    public List<PlaceMention> Read(Document doc, List<PlaceMention> mentions)
    {
        var towns = new List<PlaceMention>();
        if (doc.IsUpperCase) return towns;
        var tokens = doc.Tokens;
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            // "outside his Pine Hollow home": the town a home is in, where the words put the incident.
            if (tokens[k].IsWord && tokens[k].Shape == TokenShape.Lower && IsPossessive(doc, k) &&
                Town(doc, k + 1, mentions, area: false, homes: true) is { } homeTown)
                towns.Add(homeTown with { Evidence = PlaceEvidence.Normal });
            if (!tokens[k].IsWord || tokens[k].Shape != TokenShape.Lower || !doc.TokenIs(k, "in")) continue;
            // "in the Cub Run area", "in the Beaverdam community": a name between "the" and a word for the land around a village.
            if ((doc.TokenIs(k + 1, "the") ? Town(doc, k + 2, mentions, area: true) : Town(doc, k + 1, mentions, area: false)) is { } town)
                towns.Add(town);
        }
        return towns;
    }

    /// <summary>A possessive before a home's town ("his Pine Hollow home"); read on every token, so without a closure.</summary>
    private static bool IsPossessive(Document doc, int token) => doc.TokenIs(token, "his") || doc.TokenIs(token, "her") || doc.TokenIs(token, "their");

    /// <summary>Words for a home after its town's name ("his Pine Hollow home", "their Pine Hollow residence").</summary>
    private static readonly string[] HomeWords = ["home", "residence"];

    /// <summary>Words for the land around a village, after its name and "in the" before it ("in the Cub Run area").</summary>
    private static readonly string[] AreaWords = ["area", "community"];

    /// <summary>The unlisted town whose name begins at token <paramref name="first"/>, if the words make one.</summary>
    /// <param name="area">Whether the name must be followed by one of <see cref="AreaWords"/> ("in the Cub Run area").</param>
    /// <param name="homes">Whether the name must be followed by one of <see cref="HomeWords"/> ("his Pine Hollow home").</param>
    private PlaceMention? Town(Document doc, int first, List<PlaceMention> mentions, bool area, bool homes = false)
    {
        if (!IsNameWord(doc, first) || cues.Has(doc, first, PlaceCue.Modifier)) return null;
        var end = first + 1;
        while (end - first < MaxNameWords && IsNameWord(doc, end)) end++;
        // "in Superior Court", "in Palm Bay Harbor Park": a longer run of capitals is some other name.
        if (IsNameWord(doc, end)) return null;
        if (area && !AreaWords.Any(w => doc.TokenIs(end, w))) return null;
        if (homes && !HomeWords.Any(w => doc.TokenIs(end, w))) return null;
        // After the name: a comma or a stop, a lower-case word, a weekday ("in Hesston Thursday"), or the end.
        if (end < doc.Tokens.Length)
        {
            var next = doc.Tokens[end];
            var fits = next.IsWord ? next.Shape == TokenShape.Lower || cues.Has(doc, end, PlaceCue.Calendar)
                                   : doc.TokenIs(end, ",") || doc.TokenIs(end, ".") || doc.TokenIs(end, ";");
            if (!fits) return null;
        }
        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        foreach (var m in mentions)
            if (m.Span.Overlaps(span))
                return null;
        if (IsHeadline(doc, first)) return null;
        return new PlaceMention(span, PlaceKind.City, doc.TextOf(span))
        {
            Evidence = PlaceEvidence.Doubtful,
            FirstToken = first,
            EndToken = end,
        };
    }

    /// <summary>A capitalised word that may be (part of) a town's name: no cue word, no month.</summary>
    private bool IsNameWord(Document doc, int token)
    {
        if ((uint)token >= (uint)doc.Tokens.Length) return false;
        var t = doc.Tokens[token];
        return t.IsWord && t.Shape == TokenShape.Capitalized && !_months.Contains(doc.FoldedOf(token)) &&
               (cues.Of(doc, token) & (PlaceCue.Stop | PlaceCue.Calendar | PlaceCue.Title | PlaceCue.Street | PlaceCue.NotCity | PlaceCue.RegionType)) == 0;
    }

    /// <summary>Whether the sentence is a headline: most of its words capitalised ("Boy Shoots Himself In Foot").</summary>
    private static bool IsHeadline(Document doc, int token)
    {
        ref readonly var sentence = ref doc.SentenceOfToken(token);
        if (sentence.IsHeadline) return true;
        int words = 0, capitalised = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!doc.Tokens[k].IsWord) continue;
            words++;
            if (doc.Tokens[k].Shape is TokenShape.Capitalized or TokenShape.Upper) capitalised++;
        }
        return capitalised >= HeadlineShare * words;
    }
}
