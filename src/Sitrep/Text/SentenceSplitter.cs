using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Splits tokens into sentences and paragraphs. A paragraph ends at a blank line, or at any line
/// break in text that is not hard-wrapped; a sentence ends at '.', '!' or '?' (with any closing
/// quotes) before a capitalised word, unless the period closes an abbreviation ("Mr.", "Gen.") or
/// an initial. Leading paragraphs without final punctuation form the headline block.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Abbreviations whose period never ends a sentence.</summary>
    private static readonly FrozenSet<string> TitleAbbreviations = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "cpl", "pvt", "maj", "brig", "adm",
        "cmdr", "insp", "supt", "det", "ofc", "dep", "gov", "sen", "rep", "rev", "fr", "st", "jr", "sr", "hon", "pres",
        "no", "nos", "vol", "ave", "blvd", "rd", "mt", "ft", "co", "corp", "inc", "ltd", "vs", "etc", "approx", "dept",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo", "e", "w", "n", "s",
    ], StringComparer.Ordinal);

    /// <summary>Words that follow "p.m." or "a.m." inside a sentence ("7 p.m. Friday", "10 a.m. EST").</summary>
    private static readonly FrozenSet<string> AfterClockWords = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "est", "edt",
        "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "pt", "gmt", "utc", "pkt", "local",
    ], StringComparer.Ordinal);

    public static ImmutableArray<Sentence> Split(string text, string folded, ImmutableArray<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        if (tokens.IsEmpty)
        {
            sentences.Add(new Sentence(0, new TextSpan(0, 0), 0, 0, 0, false));
            return sentences.ToImmutable();
        }

        var hardWrapped = IsHardWrapped(text);
        var alternateLookup = TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        var clockLookup = AfterClockWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var paragraph = 0;
        var start = 0;
        var startParagraph = 0;

        void Close(int endToken)
        {
            if (endToken <= start) return;
            var span = new TextSpan(tokens[start].Start, tokens[endToken - 1].End);
            sentences.Add(new Sentence(sentences.Count, span, start, endToken, startParagraph, false));
            start = endToken;
        }

        for (var k = 0; k < tokens.Length; k++)
        {
            if (k > 0 && IsParagraphBreak(text, tokens[k - 1].End, tokens[k].Start, hardWrapped))
            {
                Close(k);
                paragraph++;
            }
            if (k == start) startParagraph = paragraph;

            var token = tokens[k];
            var word = folded.AsSpan(token.Start, token.Span.Length);
            var dottedAbbreviation = token.IsWord && word.Length > 2 && word[^1] == '.';
            if (!(token.IsPunctuation && word is "." or "!" or "?") && !dottedAbbreviation) continue;

            // Absorb further terminal punctuation and closing quotes and brackets.
            var j = k + 1;
            while (j < tokens.Length && tokens[j].IsPunctuation && tokens[j].Start == tokens[j - 1].End &&
                   folded[tokens[j].Start] is '.' or '!' or '?' or '"' or '\'' or ')' or ']')
                j++;
            if (j >= tokens.Length) break;

            var next = tokens[j];
            if (IsParagraphBreak(text, tokens[j - 1].End, next.Start, hardWrapped)) continue; // closed above
            if (!StartsSentence(text, next)) continue;

            if (dottedAbbreviation)
            {
                // "p.m." may end a sentence; "U.S." and "T.T.P." end one only at a paragraph break.
                var clock = word is "p.m." or "a.m.";
                if (!clock || clockLookup.Contains(folded.AsSpan(next.Start, next.Span.Length))) continue;
            }
            else if (word is "." && k > 0 && tokens[k - 1].End == token.Start && tokens[k - 1].IsWord)
            {
                var previous = folded.AsSpan(tokens[k - 1].Start, tokens[k - 1].Span.Length);
                if (alternateLookup.Contains(previous)) continue;
                // An initial ("J. Smith"), except in upper-case copy where every letter is a capital.
                if (previous.Length == 1 && tokens[k - 1].Shape == TokenShape.Capitalized && next.Shape == TokenShape.Capitalized)
                    continue;
            }
            Close(j);
            k = j - 1;
        }
        Close(tokens.Length);
        return MarkHeadline(text, sentences.ToImmutable());
    }

    private static bool StartsSentence(string text, Token next)
    {
        if (next.Kind is TokenKind.Number) return true;
        if (next.IsPunctuation) return text[next.Start] is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '-' or '\u2014';
        return next.Shape is TokenShape.Capitalized or TokenShape.Upper;
    }

    private static bool IsParagraphBreak(string text, int from, int to, bool hardWrapped)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
            if (text[i] == '\n') newlines++;
        return newlines >= 2 || (newlines == 1 && !hardWrapped);
    }

    /// <summary>
    /// Hard-wrapped text (fixed-width wire copy) breaks lines mid-sentence: most lines are of
    /// similar length and many end without sentence punctuation.
    /// </summary>
    internal static bool IsHardWrapped(string text)
    {
        int lines = 0, midLength = 0, openEnded = 0;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var line = text.AsSpan(lineStart, i - lineStart).Trim();
            lineStart = i + 1;
            if (line.IsEmpty) continue;
            lines++;
            if (line.Length is >= 35 and <= 90) midLength++;
            if (char.IsLetterOrDigit(line[^1]) || line[^1] == ',') openEnded++;
        }
        return lines >= 4 && midLength >= lines * 0.7 && openEnded >= lines * 0.3;
    }

    private static ImmutableArray<Sentence> MarkHeadline(string text, ImmutableArray<Sentence> sentences)
    {
        var lastParagraph = sentences[^1].Paragraph;
        if (lastParagraph == 0) return sentences;
        var builder = sentences.ToBuilder();
        var paragraph = 0;
        var index = 0;
        while (paragraph < lastParagraph)
        {
            var first = index;
            while (index < builder.Count && builder[index].Paragraph == paragraph) index++;
            if (index == first) break;
            var span = new TextSpan(builder[first].Span.Start, builder[index - 1].Span.End);
            if (span.Length > 300 || EndsWithSentencePunctuation(text, span)) break;
            for (var s = first; s < index; s++) builder[s] = builder[s] with { IsHeadline = true };
            paragraph++;
        }
        return builder.ToImmutable();
    }

    private static bool EndsWithSentencePunctuation(string text, TextSpan span)
    {
        var i = span.End - 1;
        while (i > span.Start && text[i] is '"' or '\'' or '\u201D' or '\u2019' or ')') i--;
        return text[i] is '.' or '!' or '?';
    }
}
