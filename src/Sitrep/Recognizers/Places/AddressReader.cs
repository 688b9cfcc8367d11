using Sitrep.Documents;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// Finds street addresses, which say where an incident happened more precisely than any town: "the 2600 block of
/// East 79th Street", "345 Burning Tree Dr", "1200 block of Main". A house number, or a block, then a street's name
/// closed by a street word (<c>street</c> cues of <c>Places/cues.tsv</c>: "Street", "Ave", "Drive"); after "block of"
/// the street word may be left out. The mention's name is the address as written.
/// </summary>
public sealed class AddressReader(PlaceCues cues)
{
    /// <summary>Words of a street's name at most ("Martin Luther King Jr. Boulevard" is five, with its period apart).</summary>
    private const int MaxStreetWords = 6;

    /// <summary>House numbers have at most this many digits; longer numbers are years, sums, phone numbers.</summary>
    private const int MaxNumberDigits = 5;

    public static AddressReader Default { get; } = new(PlaceCues.Default);

    public List<PlaceMention> Find(Document doc)
    {
        List<PlaceMention>? found = null;
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Length - 2; k++)
        {
            if (!tokens[k].IsNumber || !IsHouseNumber(doc.Slice(tokens[k].Span))) continue;
            var block = doc.TokenIs(k + 1, "block") && doc.TokenIs(k + 2, "of");
            // A headline capitalises every word ("2 Dead After Shooting On Main Street"): only a block is read there.
            if (!block && doc.SentenceOfToken(k).IsHeadline) continue;
            var streetFirst = block ? k + 3 : k + 1;
            if (StreetEnd(doc, streetFirst, requireStreetWord: !block, block ? MaxStreetWords : HouseStreetWords(doc)) is not { } end) continue;
            var first = block && k > 0 && doc.TokenIs(k - 1, "the") ? k - 1 : k;
            var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
            (found ??= []).Add(new PlaceMention(span, PlaceKind.Address, doc.TextOf(span)) { FirstToken = first, EndToken = end });
            k = end - 1;
        }
        return found ?? [];
    }

    /// <summary>
    /// After a house number the name is short: "345 Burning Tree Dr". In capitals every word looks like a name ("3 PEOPLE
    /// DIED ON BOLIVAR STREET"), so fewer words are taken there.
    /// </summary>
    private static int HouseStreetWords(Document doc) => doc.IsUpperCase ? 3 : 4;

    private static bool IsHouseNumber(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxNumberDigits) return false;
        foreach (var c in text)
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }

    /// <summary>
    /// The token after a street's name starting at <paramref name="first"/>: capitalised words, ordinals ("79th") and
    /// abbreviations' periods, up to and including a street word; null when there is no such name.
    /// </summary>
    private int? StreetEnd(Document doc, int first, bool requireStreetWord, int maxWords)
    {
        var sentenceEnd = doc.SentenceOfToken(first - 1).EndToken;
        var k = first;
        var words = 0;
        int? lastName = null;
        while (k < sentenceEnd && words < maxWords)
        {
            var token = doc.Tokens[k];
            if (doc.TokenIs(k, ".") && k > first && !doc.Tokens[k - 1].IsPunctuation)
            {
                k++;
                continue;
            }
            var nameWord = token.IsWord && (doc.IsUpperCase || token.Shape is TokenShape.Capitalized or TokenShape.Upper or TokenShape.Mixed);
            var ordinal = token.IsNumber && IsOrdinal(doc.Slice(token.Span));
            if (!nameWord && !ordinal) break;
            words++;
            k++;
            // The street word closes the name, unless more of the name follows ("Street Road" is rare; "Ave." is not).
            if (nameWord && words > 1 && cues.Has(doc, k - 1, PlaceCue.Street))
                return doc.TokenIs(k, ".") && !EndsSentence(doc, k) ? k + 1 : k;
            lastName = k;
        }
        return requireStreetWord ? null : lastName;
    }

    private static bool EndsSentence(Document doc, int token) => doc.SentenceOfToken(token).EndToken == token + 1;

    /// <summary>"79th", "1st", "22ND".</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> text)
    {
        if (text.Length < 3) return false;
        var suffix = text[^2..];
        var digits = text[..^2];
        foreach (var c in digits)
            if (!char.IsAsciiDigit(c))
                return false;
        return suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
               suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
    }
}
