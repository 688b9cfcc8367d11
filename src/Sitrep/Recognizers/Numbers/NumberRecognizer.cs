using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Numbers;

/// <summary>
/// Finds counts written in digits or words, with qualifiers and ranges: "at least 101", "seven",
/// "twenty-one", "dozens", "two to three", "between 5 and 10", "fourth". Reads: tokens. Writes: Numbers.
/// </summary>
/// <remarks>
/// Every number is reported, "one" in "one of them" included: whether it counts people is for the
/// consumer to decide. Clock times ("7:10") and plurals ("1990s") are not counts and are left to the
/// time recognizer; years ("2014") are reported like any number.
/// </remarks>
public sealed class NumberRecognizer
{
    private readonly NumberLexicon _lexicon;
    private readonly WrittenNumberReader _words;

    public NumberRecognizer(NumberLexicon lexicon)
    {
        _lexicon = lexicon;
        _words = new WrittenNumberReader(lexicon);
    }

    public NumberRecognizer() : this(NumberLexicon.Default)
    {
    }

    public static NumberRecognizer Default { get; } = new();

    public ImmutableArray<NumberMention> Find(Document doc)
    {
        var mentions = ImmutableArray.CreateBuilder<NumberMention>();
        var tokens = doc.Tokens;
        var taken = 0; // tokens before this belong to a mention already
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i < taken) continue;
            if (tokens[i].Kind != TokenKind.Number && !(tokens[i].IsWord && _lexicon.CanStartNumber(doc.FoldedOf(i)))) continue;
            if (!TryReadFigure(doc, i, tokens.Length, allowBetween: true, out var figure)) continue;
            if (figure.Form is not (NumberForm.Ordinal or NumberForm.Vague or NumberForm.Range))
                TryExtendToRange(doc, ref figure);

            var first = figure.First;
            var end = figure.End;
            var qualifier = figure.Qualifier;
            if (figure.Form != NumberForm.Ordinal)
            {
                var hasBefore = TryQualifierBefore(doc, figure.First, taken, out var before, out var qualifierFirst);
                if (hasBefore)
                {
                    qualifier = before;
                    first = qualifierFirst;
                }
                if (_lexicon.QualifiersAfter.TryMatchAt(doc, end, out var after))
                {
                    if (!hasBefore) qualifier = after.Value;
                    end = after.EndToken;
                }
            }
            mentions.Add(new NumberMention(
                new TextSpan(tokens[first].Start, tokens[end - 1].End),
                new TextSpan(tokens[figure.ValueFirst].Start, tokens[figure.ValueEnd - 1].End),
                figure.Value, figure.High, qualifier, figure.Form, first, end));
            taken = end;
            i = end - 1;
        }
        return mentions.DrainToImmutable();
    }

    /// <summary>A figure before qualifiers: tokens <c>[First, End)</c>; the value itself is <c>[ValueFirst, ValueEnd)</c> (without "between").</summary>
    private record struct Figure(int First, int End, int ValueFirst, int ValueEnd, long Value, long? High, NumberForm Form, Qualifier Qualifier);

    private bool TryReadFigure(Document doc, int i, int limit, bool allowBetween, out Figure figure)
    {
        figure = default;
        var tokens = doc.Tokens;
        if (tokens[i].IsNumber) return TryReadDigits(doc, i, limit, out figure);

        if (allowBetween && doc.TokenIs(i, "between")) return TryReadBetween(doc, i, limit, out figure);

        if (_lexicon.Amounts.TryMatchAt(doc, i, out var amount, limit) && TryReadAmount(doc, amount, limit, out figure)) return true;

        if (!_words.TryRead(doc, i, limit, out var words)) return false;
        figure = new Figure(i, words.End, i, words.End, words.Value, null,
            words.Ordinal ? NumberForm.Ordinal : NumberForm.Words, Qualifier.Exact);
        return true;
    }

    private bool TryReadDigits(Document doc, int i, int limit, out Figure figure)
    {
        figure = default;
        if (!DigitsReader.TryRead(doc.FoldedOf(i), out var digits)) return false;
        if (digits.Ordinal)
        {
            figure = new Figure(i, i + 1, i, i + 1, (long)digits.Value, null, NumberForm.Ordinal, Qualifier.Exact);
            return true;
        }
        // "1.5 million", "2 dozen": a scale word multiplies the digits.
        if (i + 1 < limit && doc.Tokens[i + 1].IsWord && _lexicon.TryGetWord(doc.FoldedOf(i + 1), out var scale) &&
            !scale.Ordinal && scale.Role is NumberWordRole.Scale or NumberWordRole.Hundred)
        {
            var scaled = digits.Value * scale.Value;
            if (scaled != decimal.Truncate(scaled)) return false;
            figure = new Figure(i, i + 2, i, i + 2, (long)scaled, null, NumberForm.Digits, Qualifier.Exact);
            return true;
        }
        if (digits.HasFraction) return false; // "3.5" is a measure, not a count
        figure = new Figure(i, i + 1, i, i + 1, (long)digits.Value, null, NumberForm.Digits, Qualifier.Exact);
        return true;
    }

    /// <summary>"between 5 and 10".</summary>
    private bool TryReadBetween(Document doc, int i, int limit, out Figure figure)
    {
        figure = default;
        if (i + 1 >= limit || !TryReadFigure(doc, i + 1, limit, allowBetween: false, out var low) || !IsCount(low)) return false;
        if (!doc.TokenIs(low.End, "and") || low.End + 1 >= limit) return false;
        if (!TryReadFigure(doc, low.End + 1, limit, allowBetween: false, out var high) || !IsCount(high) || high.Value <= low.Value)
            return false;
        figure = new Figure(i, high.End, i + 1, high.End, low.Value, high.Value, NumberForm.Range, Qualifier.Exact);
        return true;
    }

    private bool TryReadAmount(Document doc, PhraseMatch<AmountPhrase> match, int limit, out Figure figure)
    {
        figure = default;
        var amount = match.Value;
        var end = match.EndToken;
        // "several hundred", "a few dozen", "a couple thousand".
        if (amount.TakesScale && end < limit && doc.Tokens[end].IsWord && _lexicon.TryGetWord(doc.FoldedOf(end), out var scale) &&
            !scale.Ordinal && scale.Role is NumberWordRole.Scale or NumberWordRole.Hundred)
        {
            figure = new Figure(match.FirstToken, end + 1, match.FirstToken, end + 1, amount.Value * scale.Value, null, NumberForm.Vague, amount.Qualifier);
            return true;
        }
        var followedByOf = doc.TokenIs(end, "of");
        if (amount.NeedsOf && (AfterDeterminer(doc, match.FirstToken) || !(followedByOf || _lexicon.CountedNouns.TryMatchAt(doc, end, out _))))
            return false;
        // "tens of thousands", "hundreds of thousands".
        if (amount.Unit > 0 && followedByOf && _lexicon.Amounts.TryMatchAt(doc, end + 1, out var of, limit) && of.Value.Unit > amount.Unit)
        {
            figure = new Figure(match.FirstToken, of.EndToken, match.FirstToken, of.EndToken, amount.Value * of.Value.Unit, null, NumberForm.Vague, amount.Qualifier);
            return true;
        }
        figure = new Figure(match.FirstToken, end, match.FirstToken, end, amount.Value, null, amount.Form, amount.Qualifier);
        return true;
    }

    /// <summary>"two to three", "five or six", "5-10": a second count above the first makes a range.</summary>
    private void TryExtendToRange(Document doc, ref Figure figure)
    {
        var tokens = doc.Tokens;
        var k = figure.End;
        if (k + 1 >= tokens.Length) return;
        var joiner = doc.FoldedOf(k);
        Figure high;
        if (joiner is "to" or "or")
        {
            if (!TryReadFigure(doc, k + 1, tokens.Length, allowBetween: false, out high) || !IsCount(high)) return;
        }
        else if (joiner is "-" && figure.Form == NumberForm.Digits && tokens[k + 1].IsNumber &&
                 tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End)
        {
            // "5-10", but not the parts of "2023-02-17", "555-1234-..." or "1/2-3".
            if (figure.First > 0 && IsJoiner(doc, figure.First - 1)) return;
            if (!TryReadDigits(doc, k + 1, tokens.Length, out high) || high.Form != NumberForm.Digits) return;
            if (high.End < tokens.Length && IsJoiner(doc, high.End)) return;
            if (LooksLikeCode(doc.FoldedOf(figure.First), doc.FoldedOf(k + 1))) return;
        }
        else
        {
            return;
        }
        if (high.Value <= figure.Value) return;
        figure = figure with { End = high.End, ValueEnd = high.End, High = high.Value, Form = NumberForm.Range };
    }

    /// <summary>"the scores of", "their tens of": a determiner makes the plural a noun, not an amount.</summary>
    private static bool AfterDeterminer(Document doc, int token) =>
        token > 0 && doc.FoldedOf(token - 1) is "the" or "their" or "his" or "her" or "its" or "our" or "your" or "my" or "whose";

    /// <summary>"222-2027" is a telephone number and "07-12" a code: ranges have no leading zeros and are not 3-4 digit pairs.</summary>
    private static bool LooksLikeCode(ReadOnlySpan<char> low, ReadOnlySpan<char> high) =>
        low[0] == '0' || high[0] == '0' || (low.Length == 3 && high.Length == 4);

    private static bool IsJoiner(Document doc, int k) => doc.FoldedOf(k) is "-" or "/" or "." or ":";

    private static bool IsCount(Figure figure) => figure.Form is NumberForm.Digits or NumberForm.Words;

    /// <summary>The longest qualifier ending right before <paramref name="first"/>, not reaching back before <paramref name="floor"/>.</summary>
    private bool TryQualifierBefore(Document doc, int first, int floor, out Qualifier qualifier, out int start)
    {
        var found = _lexicon.QualifiersBefore.TryMatchEndingAt(doc, first, floor, out var match);
        qualifier = found ? match.Value : Qualifier.Exact;
        start = found ? match.FirstToken : first;
        return found;
    }
}
