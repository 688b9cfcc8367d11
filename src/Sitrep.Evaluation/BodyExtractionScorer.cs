using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>True positive, false positive and false negative shares of one article's shingles (they sum to 1, or all are 0).</summary>
public readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative);

/// <summary>Precision, recall and F1 of body extraction over a corpus, with the number of cases each mean rests on.</summary>
public sealed record BodyExtractionScore(double Precision, double Recall, double F1, int Cases, int PrecisionCases, int RecallCases, double Accuracy);

/// <summary>
/// The scoring of the article-extraction benchmark (scrapinghub/article-extraction-benchmark,
/// <c>evaluate.py</c>), written again in C# to give the same numbers:
/// <list type="bullet">
/// <item>tokens are maximal runs of word characters as Python's <c>\w</c> sees them (letters, numbers of any
/// kind, underscore; case kept);</item>
/// <item>shingles are the 4-grams of tokens, counted as a multiset; a text of fewer than four tokens is one shingle of them all;</item>
/// <item>per article, TP = Σ min(true, predicted), FP = Σ excess predicted, FN = Σ missing, then divided by
/// their sum so that long articles weigh no more than short ones;</item>
/// <item>precision is the mean over articles with TP + FP &gt; 0, recall the mean over articles with
/// TP + FN &gt; 0 (an article with FP = FN = 0 scores 1 on both); F1 is the harmonic mean of the two means.</item>
/// </list>
/// Accuracy is the share of articles whose token sequence is exactly the gold one.
/// </summary>
public static class BodyExtractionScorer
{
    public const int ShingleSize = 4;

    public static ShingleMatch Match(string truth, string predicted, int n = ShingleSize)
    {
        var trueShingles = Shingles(truth, n);
        var predictedShingles = Shingles(predicted, n);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in trueShingles)
        {
            predictedShingles.TryGetValue(key, out var predictedCount);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }
        foreach (var (key, predictedCount) in predictedShingles)
        {
            trueShingles.TryGetValue(key, out var trueCount);
            fp += Math.Max(0, predictedCount - trueCount);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    public static BodyExtractionScore Score(IReadOnlyList<ShingleMatch> matches, IReadOnlyList<bool>? exact = null)
    {
        var precisions = matches.Where(m => m.TruePositive + m.FalsePositive > 0).Select(Precision).ToList();
        var recalls = matches.Where(m => m.TruePositive + m.FalseNegative > 0).Select(Recall).ToList();
        // Python's statistics.mean raises on no data; an empty corpus scores 0 here instead.
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = exact is { Count: > 0 } ? exact.Count(e => e) / (double)exact.Count : 0;
        return new BodyExtractionScore(precision, recall, f1, matches.Count, precisions.Count, recalls.Count, accuracy);
    }

    public static double Precision(ShingleMatch m) =>
        m.FalsePositive == 0 && m.FalseNegative == 0 ? 1 : m.TruePositive == 0 && m.FalsePositive == 0 ? 0 : m.TruePositive / (m.TruePositive + m.FalsePositive);

    public static double Recall(ShingleMatch m) =>
        m.FalsePositive == 0 && m.FalseNegative == 0 ? 1 : m.TruePositive == 0 && m.FalseNegative == 0 ? 0 : m.TruePositive / (m.TruePositive + m.FalseNegative);

    /// <summary>The benchmark's exact-match test: the same tokens in the same order.</summary>
    public static bool SameTokens(string truth, string predicted) => Tokenize(truth).SequenceEqual(Tokenize(predicted), StringComparer.Ordinal);

    /// <summary>Python's <c>re.findall(r'\w+', text)</c> on a str: runs of letters, numbers (Nd, Nl, No) and underscores, by code point.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            // A lone surrogate decodes as U+FFFD, which is no word character, as in Python.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var word = IsWord(rune);
            if (word && start < 0) start = i;
            if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            i += consumed;
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    private static bool IsWord(Rune rune)
    {
        if (rune.Value == '_') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
                UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
                UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>The multiset of n-gram shingles; fewer than n tokens make one shingle of them all, no tokens none.</summary>
    internal static Dictionary<string, int> Shingles(string text, int n)
    {
        var tokens = Tokenize(text).ToArray();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Length - n + 1);
        for (var i = 0; i < count; i++)
        {
            var length = Math.Min(n, tokens.Length - i);
            if (length <= 0) break;
            // A separator no \w token holds keeps ("a b", "c") apart from ("a", "b c"). The array overload
            // matters: on a list, Join would take the params-object overload and join the list's name.
            var key = string.Join('\u0001', tokens, i, length);
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }
}
