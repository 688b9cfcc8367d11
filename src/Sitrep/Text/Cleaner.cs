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
        var kept = new List<CleanLine>(lines.Count);
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
    /// A repeated headline or a caption that restates a sentence of the article is dropped: an
    /// unfinished line (no final punctuation) whose words another line holds, when that other line
    /// comes earlier or is a full sentence. The first line is the headline and only its copies go.
    /// </summary>
    private static void RemoveRepeats(List<CleanLine> lines)
    {
        if (lines.Count < 2 || lines.Count > 2000) return;
        var words = lines.Select(l => WordsOf(l.Text)).ToArray();
        var sets = words.Select(w => new HashSet<string>(w, StringComparer.Ordinal)).ToArray();
        for (var a = 1; a < lines.Count; a++)
        {
            if (words[a].Length < MinRepeatWords || EndsSentence(lines[a].Text)) continue;
            var set = words[a];
            for (var b = 0; b < lines.Count; b++)
            {
                if (b == a || lines[b].Dropped || words[b].Length < set.Length * RepeatCoverage) continue;
                if (b > a && !EndsSentence(lines[b].Text)) continue;
                if (Coverage(set, sets[b]) >= RepeatCoverage)
                {
                    lines[a] = lines[a] with { Dropped = true };
                    // A dropped line's paragraph break passes to the next line.
                    if (a + 1 < lines.Count && lines[a].BlankBefore) lines[a + 1] = lines[a + 1] with { BlankBefore = true };
                    break;
                }
            }
        }
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

    private static List<string> SplitLines(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (c == '\uFEFF' || c == '\u200B' || c == '\u00AD') continue; // BOM, zero-width space, soft hyphen
            if (c == '\r') continue;
            sb.Append(c == '\n' ? '\n' : char.IsControl(c) ? ' ' : c);
        }
        // "\r" alone (old Mac line ends) was dropped above; treat a text with none of '\n' but some '\r' as lines.
        if (!raw.Contains('\n') && raw.Contains('\r')) return [.. raw.Split('\r')];
        return [.. sb.ToString().Split('\n')];
    }

    private sealed record CleanLine(string Text, bool BlankBefore)
    {
        public bool Dropped { get; init; }
    }
}
