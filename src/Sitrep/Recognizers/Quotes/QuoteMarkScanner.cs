using System.Buffers;
using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Recognizers.Quotes;

/// <summary>
/// A pair of quotation marks in a paragraph. <see cref="RunsOn"/>: the quote is left open at the end
/// of its paragraph because the next paragraph opens with a quotation mark, the convention for a
/// quote that goes on over several paragraphs; it then ends with its paragraph.
/// </summary>
internal readonly record struct QuoteMarks(int Open, int Close, TextSpan Inner, int Paragraph, bool RunsOn);

/// <summary>A paragraph: its characters and its tokens <c>[FirstToken, EndToken)</c>.</summary>
internal readonly record struct Paragraph(int Index, TextSpan Span, int FirstToken, int EndToken);

/// <summary>
/// Pairs quotation marks paragraph by paragraph: curly marks by their direction, straight ones by
/// turns. A straight mark inside a curly quote (or the other way round) is a quote within the
/// quote and is left alone; a straight mark right after a digit that would open a quote is an
/// inch mark ("5'10\"").
/// </summary>
internal static class QuoteMarkScanner
{
    /// <summary>Straight, curly and guillemet double quotation marks.</summary>
    public static readonly SearchValues<char> Marks = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB");

    public static ImmutableArray<Paragraph> Paragraphs(Document doc)
    {
        var result = ImmutableArray.CreateBuilder<Paragraph>();
        var sentences = doc.Sentences;
        var i = 0;
        while (i < sentences.Length)
        {
            var first = sentences[i];
            var j = i;
            while (j + 1 < sentences.Length && sentences[j + 1].Paragraph == first.Paragraph) j++;
            var last = sentences[j];
            result.Add(new Paragraph(result.Count, new TextSpan(first.Span.Start, last.Span.End), first.FirstToken, last.EndToken));
            i = j + 1;
        }
        return result.DrainToImmutable();
    }

    public static ImmutableArray<QuoteMarks> Find(Document doc, ImmutableArray<Paragraph> paragraphs)
    {
        var text = doc.Text;
        var result = ImmutableArray.CreateBuilder<QuoteMarks>();
        foreach (var paragraph in paragraphs)
        {
            var open = -1;
            var curly = false;
            var at = paragraph.Span.Start;
            while (at < paragraph.Span.End)
            {
                var found = text.AsSpan(at, paragraph.Span.End - at).IndexOfAny(Marks);
                if (found < 0) break;
                var i = at + found;
                at = i + 1;
                switch (text[i])
                {
                    case '\u201C' or '\u201E' or '\u00AB':
                        if (open < 0 || curly)
                        {
                            open = i; // an unclosed curly quote before this one is dropped
                            curly = true;
                        }
                        break;
                    case '\u201D' or '\u00BB':
                        if (open >= 0 && curly)
                        {
                            result.Add(Pair(text, open, i, paragraph.Index, runsOn: false));
                            open = -1;
                        }
                        break;
                    default:
                        if (open < 0)
                        {
                            if (i > 0 && char.IsDigit(text[i - 1])) break; // inch mark
                            open = i;
                            curly = false;
                        }
                        else if (!curly)
                        {
                            result.Add(Pair(text, open, i, paragraph.Index, runsOn: false));
                            open = -1;
                        }
                        break;
                }
            }
            if (open >= 0 && paragraph.Index + 1 < paragraphs.Length && OpensWithMark(text, paragraphs[paragraph.Index + 1]))
                result.Add(Pair(text, open, paragraph.Span.End, paragraph.Index, runsOn: true));
        }
        return result.DrainToImmutable();
    }

    private static bool OpensWithMark(string text, Paragraph paragraph) =>
        paragraph.Span.Length > 0 && text[paragraph.Span.Start] is '"' or '\u201C' or '\u201E' or '\u00AB';

    /// <summary>The words between the marks, without surrounding spaces or the comma that hands over to "he said".</summary>
    private static QuoteMarks Pair(string text, int open, int close, int paragraph, bool runsOn)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return new QuoteMarks(open, close, new TextSpan(start, end), paragraph, runsOn);
    }
}
