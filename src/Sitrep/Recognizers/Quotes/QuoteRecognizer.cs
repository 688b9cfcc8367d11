using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;

namespace Sitrep.Recognizers.Quotes;

/// <summary>
/// Finds direct quotes and attaches their speakers. Reads: tokens, Actors. Writes: Quotes.
/// A quote takes the speaker its own sentence gives it; failing that, the speaker of another quote
/// in its paragraph (“…,” he said. “…”), or, when it opens its paragraph, of the quote in the
/// paragraph before (quotes that go on over paragraphs). Words in quotation marks that are neither
/// four words long nor attributed right beside them (“terrorism”, a scare-quoted phrase) are not
/// quotes of speech.
/// </summary>
public sealed class QuoteRecognizer(ActorLexicon lexicon)
{
    private const int MinUnattributedWords = 4;
    private const int MinAttributedWords = 2;

    public static QuoteRecognizer Default { get; } = new(ActorLexicon.Default);

    public ImmutableArray<QuoteMention> Find(Document doc, ImmutableArray<ActorMention> actors)
    {
        if (doc.Tokens.IsEmpty || doc.Text.AsSpan().IndexOfAny(QuoteMarkScanner.Marks) < 0) return [];
        var paragraphs = QuoteMarkScanner.Paragraphs(doc);
        var marks = QuoteMarkScanner.Find(doc, paragraphs);
        if (marks.IsEmpty) return [];

        var finder = new SpeakerFinder(lexicon, doc, actors, marks);
        var attributions = new Attribution[marks.Length];
        for (var i = 0; i < marks.Length; i++) attributions[i] = finder.Find(i);
        ShareWithinParagraph(marks, attributions);
        CarryOverParagraphs(paragraphs, marks, attributions);

        var result = ImmutableArray.CreateBuilder<QuoteMention>();
        for (var i = 0; i < marks.Length; i++)
        {
            var words = CountWords(doc, marks[i].Inner);
            var attribution = attributions[i];
            if (words < MinUnattributedWords && !(attribution.Adjacent && words >= MinAttributedWords)) continue;
            if (!attribution.Adjacent && IsTitle(doc, marks[i].Inner)) continue;
            result.Add(new QuoteMention(marks[i].Inner, attribution.Speaker, attribution.Role, attribution.SpeakerSpan));
        }
        return result.DrainToImmutable();
    }

    /// <summary>“A,” he said. “B.”: an unattributed quote takes the nearest attributed quote's speaker in its paragraph, the one before first.</summary>
    private static void ShareWithinParagraph(ImmutableArray<QuoteMarks> marks, Attribution[] attributions)
    {
        for (var i = 0; i < marks.Length; i++)
        {
            if (attributions[i].HasSpeaker) continue;
            for (var j = i - 1; j >= 0 && marks[j].Paragraph == marks[i].Paragraph; j--)
                if (attributions[j].HasSpeaker)
                {
                    attributions[i] = attributions[j] with { Adjacent = attributions[i].Adjacent };
                    break;
                }
            if (attributions[i].HasSpeaker) continue;
            for (var j = i + 1; j < marks.Length && marks[j].Paragraph == marks[i].Paragraph; j++)
                if (attributions[j].HasSpeaker)
                {
                    attributions[i] = attributions[j] with { Adjacent = attributions[i].Adjacent };
                    break;
                }
        }
    }

    /// <summary>
    /// A quote that opens its paragraph without attribution goes on from the paragraph before when
    /// that one holds an attributed quote; a quote left open at a paragraph end takes the speaker of
    /// its continuation when only the continuation names one.
    /// </summary>
    private static void CarryOverParagraphs(ImmutableArray<Paragraph> paragraphs, ImmutableArray<QuoteMarks> marks, Attribution[] attributions)
    {
        for (var i = 1; i < marks.Length; i++)
        {
            if (attributions[i].HasSpeaker || marks[i].Open != paragraphs[marks[i].Paragraph].Span.Start) continue;
            var previous = i - 1;
            if (marks[previous].Paragraph != marks[i].Paragraph - 1 || !attributions[previous].HasSpeaker) continue;
            attributions[i] = attributions[previous] with { Adjacent = attributions[i].Adjacent || marks[previous].RunsOn };
        }
        for (var i = marks.Length - 2; i >= 0; i--)
        {
            if (attributions[i].HasSpeaker || !marks[i].RunsOn || marks[i + 1].Paragraph != marks[i].Paragraph + 1) continue;
            if (attributions[i + 1].HasSpeaker) attributions[i] = attributions[i + 1] with { Adjacent = true };
        }
    }

    /// <summary>“Ultimate Place 2-B”, “Operation Zarb-e-Azb”: every word capitalised is a name or a title, not speech (mixed-case text only).</summary>
    private static bool IsTitle(Document doc, TextSpan span)
    {
        if (doc.IsUpperCase) return false;
        for (var k = doc.TokenAt(span.Start); k < doc.Tokens.Length && doc.Tokens[k].End <= span.End; k++)
            if (doc.Tokens[k] is { IsWord: true, Shape: TokenShape.Lower or TokenShape.Mixed }) return false;
        return true;
    }

    private static int CountWords(Document doc, TextSpan span)
    {
        var words = 0;
        for (var k = doc.TokenAt(span.Start); k < doc.Tokens.Length && doc.Tokens[k].End <= span.End; k++)
            if (doc.Tokens[k].IsWord || doc.Tokens[k].IsNumber) words++;
        return words;
    }
}
