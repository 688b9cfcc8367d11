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

    public static Cleaner Default { get; } = new(FurnitureRules.Default);

    public string Clean(string raw)
    {
        var lines = SplitLines(raw);
        var kept = new List<CleanLine>(lines.Length);
        var totalLength = raw.Length;
        var position = 0;
        var blankBefore = false;
        foreach (var rawLine in lines)
        {
            position += rawLine.Length + 1;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                blankBefore = kept.Count > 0;
                continue;
            }
            line = CutInline(line);
            if (line.Length == 0) continue;
            var key = FoldForRules(line);
            var verdict = Judge(key, atEnd: position > totalLength / 2);
            if (verdict == Verdict.DropRest) break;
            if (verdict == Verdict.Drop) continue;
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

    private enum Verdict { Keep, Drop, DropRest }

    private Verdict Judge(string key, bool atEnd)
    {
        foreach (var rule in rules.Rules)
        {
            var hit = rule.Kind switch
            {
                FurnitureKind.Line => key == rule.Pattern,
                FurnitureKind.Prefix => key.StartsWith(rule.Pattern, StringComparison.Ordinal),
                FurnitureKind.Contains => key.Contains(rule.Pattern, StringComparison.Ordinal),
                FurnitureKind.Regex => rule.Expression!.IsMatch(key),
                FurnitureKind.Tail => atEnd && rule.Expression!.IsMatch(key),
                _ => false,
            };
            if (hit) return rule.Kind == FurnitureKind.Tail ? Verdict.DropRest : Verdict.Drop;
        }
        return Verdict.Keep;
    }

    private string CutInline(string line)
    {
        foreach (var rule in rules.Rules)
        {
            if (rule.Kind != FurnitureKind.Inline) continue;
            // Match on the folded line (same length), cut from the original.
            var folded = TextFolding.Fold(line);
            var matches = rule.Expression!.Matches(folded);
            if (matches.Count == 0) continue;
            var result = new StringBuilder(line.Length);
            var at = 0;
            foreach (Match m in matches)
            {
                result.Append(line, at, m.Index - at);
                at = m.Index + m.Length;
            }
            result.Append(line, at, line.Length - at);
            line = result.ToString().Trim();
        }
        return line;
    }

    /// <summary>Folded, spaces collapsed, trailing ':' and spaces dropped: the form rules match.</summary>
    private static string FoldForRules(string line)
    {
        var folded = TextFolding.Fold(line);
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        while (sb.Length > 0 && sb[^1] is ':' or ' ' or '|' or '>') sb.Length--;
        return sb.ToString();
    }

    /// <summary>
    /// A repeated headline or a caption that restates a sentence of the article is dropped. Only an
    /// unfinished line (no final punctuation) that stands as its own paragraph can go: a line of
    /// hard-wrapped wire copy runs on into its neighbour and is never a caption. Such a line goes when
    /// a full sentence holds nearly all its words (a caption restating the text), or when it copies the
    /// headline or the line just before it (a repeated headline or caption). Two unfinished lines that
    /// differ in a word are list items ("shot in the arm", "shot in the leg") and both stay, as does
    /// the same item under two headings.
    /// </summary>
    private static void RemoveRepeats(List<CleanLine> lines)
    {
        if (lines.Count < 2 || lines.Count > 2000) return;
        var words = new string[]?[lines.Count];
        var sets = new HashSet<string>?[lines.Count];
        var finished = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++) finished[i] = EndsSentence(lines[i].Text);
        for (var a = 1; a < lines.Count; a++)
        {
            // A line ending in ':' introduces what follows (a list, a table): it is no caption.
            if (finished[a] || lines[a].Text.EndsWith(':')) continue;
            var own = words[a] ??= WordsOf(lines[a].Text);
            if (own.Length < MinRepeatWords) continue;
            var wrapped = IsWrapped(lines, finished, a);
            var previous = PreviousKept(lines, a);
            for (var b = 0; b < lines.Count; b++)
            {
                if (b == a || lines[b].Dropped) continue;
                var other = words[b] ??= WordsOf(lines[b].Text);
                if (other.Length < own.Length * RepeatCoverage) continue;
                var set = sets[b] ??= new HashSet<string>(other, StringComparer.Ordinal);
                var coverage = Coverage(own, set);
                var repeat = finished[b]
                    ? !wrapped && coverage >= RepeatCoverage
                    : (b == 0 || b == previous) && coverage >= 1.0 && (!wrapped || own.AsSpan().SequenceEqual(other));
                if (!repeat) continue;
                lines[a] = lines[a] with { Dropped = true };
                // A dropped line's paragraph break passes to the next line.
                if (a + 1 < lines.Count && lines[a].BlankBefore) lines[a + 1] = lines[a + 1] with { BlankBefore = true };
                break;
            }
        }
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

    private static double Coverage(string[] part, HashSet<string> whole)
    {
        var hits = 0;
        foreach (var w in part)
            if (whole.Contains(w)) hits++;
        return (double)hits / part.Length;
    }

    private static string[] WordsOf(string line)
    {
        var folded = TextFolding.Fold(line);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
        return [.. words];
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

    private static string[] SplitLines(string raw)
    {
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

    private sealed record CleanLine(string Text, bool BlankBefore)
    {
        public bool Dropped { get; init; }
    }
}
