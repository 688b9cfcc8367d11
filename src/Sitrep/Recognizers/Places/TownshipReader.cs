using Sitrep.Documents;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// "in Monroe Township", "Hamilton Township police", "Egg Harbor Township": a US civil township, which GeoNames files
/// as a third-level division and so the gazetteer lacks. Reports name it as the town, so it is read as a town the
/// gazetteer does not list, in the region the document is in; never as the namesake town ("Jackson").
/// </summary>
public sealed class TownshipReader(PlaceCues cues)
{
    /// <summary>A township's name has at most this many words before "Township" ("Lower Saucon Township").</summary>
    private const int MaxNameWords = 3;

    public static TownshipReader Default { get; } = new(PlaceCues.Default);

    /// <summary>
    /// The townships named in mixed-case text, as unknown towns; <paramref name="readings"/> that a township covers in
    /// part ("Hamilton" of "Hamilton Township") are dropped. One the gazetteer lists whole ("Clinton Township") stays its own.
    /// Its name alone elsewhere ("Monroe police", "in the Deerfield area") is the township too, named as it is.
    /// </summary>
    /// <param name="unknownTowns">Towns read already ("Hamilton Township, N.J."), which are left as they are.</param>
    public List<PlaceMention> Read(Document doc, List<PlaceReading> readings, List<PlaceReading> unknownTowns)
    {
        var mentions = new List<PlaceMention>();
        if (doc.IsUpperCase) return mentions; // in capitals a township's name cannot be told from the words before it
        var towns = new List<PlaceReading>();
        var tokens = doc.Tokens;
        for (var k = 1; k < tokens.Length; k++)
            if (tokens[k].IsWord && tokens[k].Shape == TokenShape.Capitalized && doc.TokenIs(k, "township") &&
                Township(doc, k, readings, unknownTowns) is { } town)
                towns.Add(town);
        foreach (var town in towns)
        {
            var name = doc.TextOf(town.Span);
            mentions.Add(Mention(town, name));
            var bare = doc.FoldedOf(new TextSpan(town.Span.Start, doc.Tokens[town.EndToken - 2].End));
            foreach (var r in readings)
            {
                // "Monroe, La." is another town; "Washington" may be the state.
                if (!r.IsPlace || r.Container is not null || r.Candidates.Exists(c => c.Place.Kind != PlaceKind.City) ||
                    !doc.FoldedOf(r.Span).SequenceEqual(bare)) continue;
                r.Dropped = true;
                mentions.Add(Mention(r, name));
            }
        }
        return mentions;
    }

    /// <summary>The township whose "Township" stands at token <paramref name="k"/>, if it is one and not read already.</summary>
    /// <remarks>Apart from <see cref="Read"/>'s loop so that its lambdas' closure is made per "Township", not per token.</remarks>
    private PlaceReading? Township(Document doc, int k, List<PlaceReading> readings, List<PlaceReading> unknownTowns)
    {
        // "Township Road", "Township Line Road": a street.
        if (cues.Has(doc, k + 1, PlaceCue.Street) || IsNameWord(doc, k + 1) && cues.Has(doc, k + 2, PlaceCue.Street)) return null;
        var sentenceStart = doc.SentenceOfToken(k).FirstToken;
        var first = k;
        while (first > sentenceStart && k - first < MaxNameWords && IsNameWord(doc, first - 1)) first--;
        if (first == k) return null;
        var end = k + 1;
        if (readings.Exists(r => !r.Dropped && r.FirstToken == first && r.EndToken == end) ||
            unknownTowns.Exists(t => t.FirstToken < end && first < t.EndToken)) return null;
        foreach (var r in readings)
            if (r.FirstToken < end && first < r.EndToken)
                r.Dropped = true;
        var span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[k].End);
        // "in Monroe Township" is where; "Franklin Township schools" only names it.
        var evidence = (cues.Before(doc, first) & PlaceCue.Locative) != 0 ? PlaceEvidence.Strong : PlaceEvidence.Normal;
        return new PlaceReading(first, end, span, PlaceReading.NoEntry) { IsUnknownTown = true, Evidence = evidence };
    }

    private static PlaceMention Mention(PlaceReading town, string name) =>
        new(town.Span, PlaceKind.City, name) { Evidence = town.Evidence, FirstToken = town.FirstToken, EndToken = town.EndToken };

    private bool IsNameWord(Document doc, int token)
    {
        if ((uint)token >= (uint)doc.Tokens.Length) return false;
        var t = doc.Tokens[token];
        return t.IsWord && t.Shape is TokenShape.Capitalized or TokenShape.Mixed &&
               (cues.Of(doc, token) & (PlaceCue.Stop | PlaceCue.Calendar | PlaceCue.Title)) == 0;
    }
}
