using Sitrep.Documents;

namespace Sitrep.Recognizers.Numbers;

/// <summary>A number written in words, tokens <c>[First, End)</c>.</summary>
internal readonly record struct WrittenNumber(int First, int End, long Value, bool Ordinal);

/// <summary>
/// Reads number words that combine into one figure: "seven", "twenty-one", "twenty one",
/// "one hundred and five", "two dozen", "a hundred", "twenty-first". Words that do not combine
/// ("five six", "a dozen five-year-olds") end the number.
/// </summary>
internal sealed class WrittenNumberReader(NumberLexicon lexicon)
{
    /// <summary>Reads from <paramref name="first"/>; "a" counts as one before "hundred", "thousand", "dozen".</summary>
    public bool TryRead(Document doc, int first, int limit, out WrittenNumber number)
    {
        number = default;
        var tokens = doc.Tokens;
        long total = 0, current = 0;
        NumberWordRole? last = null;
        long lastScale = 0;
        int k = first, end = -1;
        var ordinal = false;

        if (doc.TokenIs(first, "a"))
        {
            if (!NextIsWord(doc, first + 1, limit, out var next) || next.Ordinal || next.Role is not (NumberWordRole.Hundred or NumberWordRole.Scale))
                return false;
            current = 1;
            last = NumberWordRole.Unit;
            k = first + 1;
        }

        while (k < limit)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                // "twenty-one", "two-dozen", "one-hundred": a hyphen joins tens to a unit, or a count to its scale.
                if (last is not null && doc.FoldedOf(k) is "-" && tokens[k].Start == tokens[k - 1].End &&
                    NextIsWord(doc, k + 1, limit, out var joined) &&
                    ((last == NumberWordRole.Tens && joined is { Role: NumberWordRole.Unit, Value: > 0 }) ||
                     (last is NumberWordRole.Unit or NumberWordRole.Teen or NumberWordRole.Tens &&
                      joined is { Role: NumberWordRole.Hundred or NumberWordRole.Scale, Ordinal: false })))
                {
                    k++;
                    continue;
                }
                break;
            }
            var word = doc.FoldedOf(k);
            if (word is "and" && last is NumberWordRole.Hundred or NumberWordRole.Scale && lastScale != 12 &&
                NextIsWord(doc, k + 1, limit, out var afterAnd) && afterAnd.Role is NumberWordRole.Unit or NumberWordRole.Teen or NumberWordRole.Tens)
            {
                k++;
                continue;
            }
            if (!lexicon.TryGetWord(word, out var w) || !Follows(last, lastScale, w)) break;

            switch (w.Role)
            {
                case NumberWordRole.Hundred:
                    current = (current == 0 ? 1 : current) * w.Value;
                    break;
                case NumberWordRole.Scale:
                    total += (current == 0 ? 1 : current) * w.Value;
                    current = 0;
                    lastScale = w.Value;
                    break;
                default:
                    current += w.Value;
                    break;
            }
            last = w.Role;
            end = k + 1;
            k++;
            if (w.Ordinal)
            {
                ordinal = true;
                break;
            }
        }
        if (end < 0) return false;
        number = new WrittenNumber(first, end, total + current, ordinal);
        return true;
    }

    /// <summary>Whether <paramref name="next"/> may follow a word of role <paramref name="last"/> in one number.</summary>
    private static bool Follows(NumberWordRole? last, long lastScale, NumberWord next) => last switch
    {
        // A number starts with a unit, teen or tens word; "hundred" and "thousand" alone need "a" or a count.
        null => next.Ordinal || next.Role is NumberWordRole.Unit or NumberWordRole.Teen or NumberWordRole.Tens,
        NumberWordRole.Unit or NumberWordRole.Teen => next.Role is NumberWordRole.Hundred or NumberWordRole.Scale,
        NumberWordRole.Tens => next.Role is NumberWordRole.Scale || next is { Role: NumberWordRole.Unit, Value: > 0 },
        NumberWordRole.Hundred => next.Role is NumberWordRole.Unit or NumberWordRole.Teen or NumberWordRole.Tens or NumberWordRole.Scale,
        // "two thousand five hundred", but "a dozen five-year-olds" is twelve, then five.
        NumberWordRole.Scale => lastScale >= 1000 && next.Value < lastScale &&
                                next.Role is NumberWordRole.Unit or NumberWordRole.Teen or NumberWordRole.Tens,
        _ => false,
    };

    private bool NextIsWord(Document doc, int k, int limit, out NumberWord word)
    {
        word = default;
        return k < limit && doc.Tokens[k].IsWord && lexicon.TryGetWord(doc.FoldedOf(k), out word);
    }
}
