using System.Buffers;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Text;

/// <summary>
/// Removes page furniture from an article body before anything else reads it: credit and caption
/// lines, share and comment-form text, link lists, repeated headlines and captions. Phrases come
/// from <see cref="FurnitureRules"/>; this class only knows lines. Also normalises line ends and
/// control characters. Paragraph structure (single or blank-line breaks) is kept.
/// </summary>
public sealed class Cleaner(FurnitureRules rules)
{
    /// <summary>Lines shorter than this are never treated as repeated captions.</summary>
    private const int MinRepeatWords = 6;

    /// <summary>Share of a line's words another line must hold for the first to count as its repeat.</summary>
    private const double RepeatCoverage = 0.85;

    /// <summary>
    /// How far (in lines) a caption may stand from the sentence it restates. It bounds the work on a
    /// page of many articles (a police blotter of 500 paragraphs) to a constant per line.
    /// </summary>
    private const int RepeatWindow = 50;

    public static Cleaner Default { get; } = new(FurnitureRules.Default);

    public string Clean(string raw)
    {
        var lines = SplitLines(raw);
        var kept = new List<CleanLine>(lines.Length);
        var totalLength = raw.Length;
        var position = 0;
        var blankBefore = false;
        // One buffer for every line's folded form: rules read spans of it, so a line that is not
        // furniture costs no string beyond its own.
        var longest = 0;
        foreach (var rawLine in lines) longest = Math.Max(longest, rawLine.Length);
        var buffer = new char[longest];
        foreach (var rawLine in lines)
        {
            position += rawLine.Length + 1;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                blankBefore = kept.Count > 0;
                continue;
            }
            var folded = buffer.AsSpan(0, line.Length);
            TextFolding.Fold(line, folded);
            var cut = false;
            foreach (var inline in rules.Inline)
            {
                if (line.Length == 0 || !inline.IsMatch(folded)) continue;
                line = CutInline(line, inline);
                folded = buffer.AsSpan(0, line.Length);
                TextFolding.Fold(line, folded);
                cut = true;
            }
            // What a cut leaves of nothing but punctuation ("-" from "Published: ... - Updated: ...") is debris.
            if (cut && !line.AsSpan().ContainsAnyExcept(Debris)) continue;
            var key = CollapseForRules(folded);
            // A tail's opening line may be furniture too ("More stories on ..."): what follows it goes with it.
            if (position > totalLength / 3 && rules.StartsTail(key)) break;
            if (rules.IsFurniture(key)) continue;
            kept.Add(new CleanLine(line, blankBefore));
            blankBefore = false;
        }
        RemoveRepeats(kept);

        var text = new StringBuilder(raw.Length);
        foreach (var line in kept)
        {
            if (line.Dropped) continue;
            if (text.Length > 0) text.Append(line.BlankBefore ? "\n\n" : "\n");
            text.Append(line.Text);
        }
        return text.ToString();
    }

    /// <summary>
    /// Spaces and punctuation that ends nothing: a line of nothing else, once cut, is dropped. A full
    /// stop stays, since it may end the sentence of the line before ("... PEOPLE [WORDS\nINDISTINCT].").
    /// </summary>
    private static readonly SearchValues<char> Debris = SearchValues.Create(" -|,;:()[]*#\u2013\u2014\u2022\u00B7");

    /// <summary>Cuts every inline match (or its <c>cut</c> group) out of the line; matched on the folded line, which has the same length.</summary>
    private static string CutInline(string line, Regex inline)
    {
        var result = new StringBuilder(line.Length);
        var at = 0;
        for (var m = inline.Match(TextFolding.Fold(line)); m.Success; m = m.NextMatch())
        {
            var cut = m.Groups["cut"] is { Success: true } group ? (Capture)group : m;
            if (cut.Index < at) continue;
            result.Append(line, at, cut.Index - at);
            at = cut.Index + cut.Length;
        }
        result.Append(line, at, line.Length - at);
        return result.ToString().Trim();
    }

    /// <summary>
    /// The form rules match, made in place: spaces collapsed, leading spaces and trailing ':', '|', '>'
    /// and spaces dropped ("Related:" is "related").
    /// </summary>
    private static ReadOnlySpan<char> CollapseForRules(Span<char> folded)
    {
        var length = 0;
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space) folded[length++] = ' ';
            space = false;
            folded[length++] = c;
        }
        while (length > 0 && folded[length - 1] is ':' or ' ' or '|' or '>') length--;
        return folded[..length];
    }

    /// <summary>
    /// A repeated headline or a caption that restates a sentence of the article is dropped:
    /// <list type="bullet">
    /// <item>an unfinished line (no final punctuation) standing as its own paragraph, when a full
    /// sentence near it holds nearly all its words (a caption restating the text), or when the headline
    /// or the line before holds all of them (a repeated headline or caption);</item>
    /// <item>any line that copies the line before it word for word (a caption above the paragraph it
    /// restates, once its date is cut).</item>
    /// </list>
    /// A line of hard-wrapped wire copy runs on into its neighbour and is never a caption. Two
    /// unfinished lines that differ in a word are list items ("shot in the arm", "shot in the leg") and
    /// both stay, as does the same item under two headings.
    /// </summary>
    private static void RemoveRepeats(List<CleanLine> lines)
    {
        if (lines.Count < 2) return;
        var finished = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++) finished[i] = EndsSentence(lines[i].Text);
        // Shapes and word sets are made only for lines that meet a candidate: most articles make few.
        var shapes = new WordShape?[lines.Count];
        var sets = new WordSet?[lines.Count];
        for (var a = 1; a < lines.Count; a++)
        {
            if (finished[a])
            {
                // A full sentence twice in a row is the page repeating itself (a video caption above
                // the paragraph it restates, once its date is cut): the second copy goes.
                var before = PreviousKept(lines, a);
                if (before >= 0 && finished[before] && SimilarLength(lines[a].Text, lines[before].Text)
                    && Shape(a).Count >= MinRepeatWords && Shape(a) == Shape(before)
                    && WordShape.SameWords(lines[a].Text, lines[before].Text))
                    Drop(lines, a);
                continue;
            }
            // A line ending in ':' introduces what follows (a list, a table): it is no caption.
            if (lines[a].Text.EndsWith(':') || Shape(a).Count < MinRepeatWords) continue;
            var previous = PreviousKept(lines, a);
            if (IsWrapped(lines, finished, a))
            {
                // A wrapped line goes only as an exact copy of an unfinished headline or line before it.
                foreach (var b in (ReadOnlySpan<int>)[0, previous])
                {
                    if (b < 0 || b == a || lines[b].Dropped || finished[b] || Shape(b) != Shape(a)) continue;
                    if (!WordShape.SameWords(lines[a].Text, lines[b].Text)) continue;
                    Drop(lines, a);
                    break;
                }
                continue;
            }
            var own = sets[a] ??= new WordSet(lines[a].Text);
            if (CopiesLine(0) || CopiesLine(previous) || RestatesSentence()) Drop(lines, a);

            // All of its words in the headline or the line before: a copy, though neither is a sentence.
            bool CopiesLine(int b) =>
                b >= 0 && !finished[b] && !lines[b].Dropped && Shape(a).MayBeCoveredBy(Shape(b), 1.0)
                && own.CoveredBy(sets[b] ??= new WordSet(lines[b].Text)) >= 1.0;

            // Nearly all of its words in a full sentence near it: a caption.
            bool RestatesSentence()
            {
                for (var b = Math.Max(0, a - RepeatWindow); b < Math.Min(lines.Count, a + RepeatWindow); b++)
                {
                    if (b == a || !finished[b] || lines[b].Dropped || !Shape(a).MayBeCoveredBy(Shape(b), RepeatCoverage)) continue;
                    if (own.CoveredBy(sets[b] ??= new WordSet(lines[b].Text)) >= RepeatCoverage) return true;
                }
                return false;
            }
        }

        WordShape Shape(int index) => shapes[index] ??= WordShape.Of(lines[index].Text);
    }

    /// <summary>Lengths within a fifth of each other: copies differ only in quotes and spacing.</summary>
    private static bool SimilarLength(string x, string y) => Math.Abs(x.Length - y.Length) * 5 <= Math.Max(x.Length, y.Length);

    private static void Drop(List<CleanLine> lines, int index)
    {
        lines[index] = lines[index] with { Dropped = true };
        // A dropped line's paragraph break passes to the next line.
        if (index + 1 < lines.Count && lines[index].BlankBefore) lines[index + 1] = lines[index + 1] with { BlankBefore = true };
    }

    /// <summary>
    /// True when an unfinished line shares its paragraph with a neighbour: it runs on into the next
    /// line, or continues an unfinished line before it. Hard-wrapped text (wire copy) is made of such lines.
    /// </summary>
    private static bool IsWrapped(List<CleanLine> lines, bool[] finished, int index) =>
        (index + 1 < lines.Count && !lines[index + 1].BlankBefore)
        || (index > 0 && !lines[index].BlankBefore && !finished[index - 1]);

    private static int PreviousKept(List<CleanLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (!lines[i].Dropped) return i;
        return -1;
    }

    private static bool EndsSentence(string line)
    {
        var end = line.AsSpan().TrimEnd(" \"'\u201D\u2019)".AsSpan());
        return end.Length > 0 && end[^1] is '.' or '!' or '?';
    }

    /// <summary>
    /// C1 control characters in web text are nearly always Windows-1252 bytes read as Latin-1
    /// ("didn\u0092t"): they become the characters meant, one for one; the five unassigned bytes become spaces.
    /// </summary>
    private const string Windows1252 =
        "\u20AC \u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152 \u017D " +
        " \u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153 \u017E\u0178";

    /// <summary>Characters <see cref="SplitLines"/> must rewrite or drop: controls other than '\n', C1, BOM, zero-width space, soft hyphen.</summary>
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\uFEFF\u200B\u00AD");

    private static string[] SplitLines(string raw)
    {
        // Most text needs no rewriting: one vectorised scan tells, and the copy is skipped.
        if (!raw.AsSpan().ContainsAny(Unusual)) return raw.Split('\n');
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\uFEFF' or '\u200B' or '\u00AD') continue; // BOM, zero-width space, soft hyphen
            // "\r\n" is one line end; "\r" alone (old Mac files) is one too.
            if (c == '\r')
            {
                if (i + 1 < raw.Length && raw[i + 1] == '\n') continue;
                c = '\n';
            }
            sb.Append(c == '\n' ? '\n' : c is >= '\u0080' and <= '\u009F' ? Windows1252[c - 0x80] : char.IsControl(c) ? ' ' : c);
        }
        return sb.ToString().Split('\n');
    }

    /// <summary>
    /// A line's word count, a hash of its folded word sequence and a 64-bit signature of its words
    /// (one bit per word), made without allocating: lines of different shape cannot be copies, and a
    /// line whose signature lacks many of another's bits cannot hold that line's words, so most pairs
    /// are told apart without comparing words.
    /// </summary>
    private readonly record struct WordShape(int Count, ulong Hash, ulong Signature)
    {
        public static WordShape Of(string line)
        {
            var count = 0;
            var hash = Words.Seed;
            var signature = 0UL;
            for (var words = new Words(line); words.Next(out var word);)
            {
                count++;
                hash = Words.Mix(hash, word);
                signature |= 1UL << (int)(word & 63);
            }
            return new WordShape(count, hash, signature);
        }

        /// <summary>
        /// False when <paramref name="other"/> certainly holds less than <paramref name="coverage"/> of
        /// this line's words: it is too short, or lacks more signature bits than words may be missing.
        /// </summary>
        public bool MayBeCoveredBy(WordShape other, double coverage) =>
            other.Count >= Count * coverage
            && BitOperations.PopCount(Signature & ~other.Signature) <= Count * (1 - coverage) + 1e-9;

        /// <summary>True when two lines hold the same folded words in the same order, whatever lies between them.</summary>
        public static bool SameWords(string x, string y)
        {
            var left = new Words(x);
            var right = new Words(y);
            while (true)
            {
                var more = left.Next(out var a);
                if (more != right.Next(out var b)) return false;
                if (!more) return true;
                if (a != b) return false;
            }
        }
    }

    /// <summary>A line's words as sorted hashes (each occurrence kept), to measure how many of one line's words another holds.</summary>
    private sealed class WordSet
    {
        private readonly ulong[] words;

        public WordSet(string line)
        {
            var list = new List<ulong>();
            for (var reader = new Words(line); reader.Next(out var word);) list.Add(word);
            words = [.. list];
            Array.Sort(words);
        }

        public int Count => words.Length;

        /// <summary>Share of this line's words (each occurrence counted) that the other line holds.</summary>
        public double CoveredBy(WordSet other)
        {
            if (words.Length == 0) return 0;
            var hits = 0;
            foreach (var word in words)
                if (Array.BinarySearch(other.words, word) >= 0) hits++;
            return (double)hits / words.Length;
        }
    }

    /// <summary>Reads a line's words (runs of letters and digits, folded) as 64-bit hashes, without allocating.</summary>
    private struct Words(string line)
    {
        public const ulong Seed = 14695981039346656037;
        private const ulong Prime = 1099511628211;
        private int at;

        public static ulong Mix(ulong hash, ulong value) => (hash ^ value) * Prime;

        public bool Next(out ulong word)
        {
            while (at < line.Length && !char.IsLetterOrDigit(TextFolding.Fold(line[at]))) at++;
            word = Seed;
            if (at == line.Length) return false;
            for (; at < line.Length; at++)
            {
                var c = TextFolding.Fold(line[at]);
                if (!char.IsLetterOrDigit(c)) break;
                word = Mix(word, c);
            }
            return true;
        }
    }

    private sealed record CleanLine(string Text, bool BlankBefore)
    {
        public bool Dropped { get; init; }
    }
}
