using Sitrep.Text;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation;

/// <summary>
/// The plain keyword approach that every report compares Sitrep with: for "killed" (and for
/// "wounded" or "injured"), the first occurrence of the word in the text, and the nearest
/// number before it in the same sentence (digits or a number word); 0 when there is none.
/// </summary>
public static partial class KeywordBaseline
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["hundred"] = 100, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[A-Za-z0-9,]+|[.!?]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex TokenPattern();

    public static int Killed(string text) => CountBefore(text, ["killed"]);

    public static int Wounded(string text) => CountBefore(text, ["wounded", "injured"]);

    private static int CountBefore(string text, string[] keywords)
    {
        int? last = null;
        foreach (Match m in TokenPattern().Matches(text))
        {
            var word = m.Value;
            if (word is "." or "!" or "?")
            {
                last = null;
                continue;
            }
            if (keywords.Any(k => word.Equals(k, StringComparison.OrdinalIgnoreCase))) return last ?? 0;
            if (int.TryParse(word.Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 10000) last = n;
            else if (Words.TryGetValue(word, out var w)) last = w;
        }
        return 0;
    }
}
