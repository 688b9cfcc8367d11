using Sitrep.Documents;

namespace Sitrep.Recognizers.Time;

/// <summary>Small token tests shared by the time readers; none allocates.</summary>
internal static class TimeTokens
{
    /// <summary>Reads a plain number token of at most <paramref name="maxDigits"/> digits ("17", "07"), with an ordinal suffix when allowed ("17th").</summary>
    public static bool TryReadInt(Document doc, int token, int maxDigits, bool allowOrdinal, out int value, out bool ordinal, out int digits)
    {
        value = 0;
        ordinal = false;
        digits = 0;
        if ((uint)token >= (uint)doc.Tokens.Length || !doc.Tokens[token].IsNumber) return false;
        var text = doc.FoldedOf(token);
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            value = value * 10 + (text[i] - '0');
            i++;
        }
        digits = i;
        if (digits == 0 || digits > maxDigits) return false;
        if (i == text.Length) return true;
        if (!allowOrdinal || text[i..] is not ("st" or "nd" or "rd" or "th" or "d")) return false;
        ordinal = true;
        return true;
    }

    /// <summary>True when token <paramref name="token"/> starts where the one before it ends ("7pm", "Jan.", "2023-02").</summary>
    public static bool Touches(Document doc, int token) =>
        token > 0 && token < doc.Tokens.Length && doc.Tokens[token].Start == doc.Tokens[token - 1].End;

    public static bool Is(Document doc, int token, char punctuation) =>
        (uint)token < (uint)doc.Tokens.Length && doc.Tokens[token].Span.Length == 1 && doc.Folded[doc.Tokens[token].Start] == punctuation;

    /// <summary>In mixed-case text, names of months and days are capitalised: "may" and "march" are words.</summary>
    public static bool WrittenAsName(Document doc, int token) =>
        doc.IsUpperCase || doc.Tokens[token].Shape is TokenShape.Capitalized or TokenShape.Upper;

    /// <summary>Whether the gap before <paramref name="token"/> is a paragraph break: a time expression never spans one.</summary>
    public static bool BreaksParagraph(Document doc, int token)
    {
        if (token <= 0 || token >= doc.Tokens.Length) return true;
        var from = doc.Tokens[token - 1].End;
        var to = doc.Tokens[token].Start;
        for (var i = from; i < to; i++)
            if (doc.Text[i] == '\n')
                return doc.SentenceOfToken(token - 1).Paragraph != doc.SentenceOfToken(token).Paragraph;
        return false;
    }

    public static bool IsPlausibleYear(int value) => value is >= 1900 and <= 2099;

    /// <summary>Two-digit years in wire datelines: 00-29 are 20xx, the rest 19xx ("3 JAN 90").</summary>
    public static int ExpandTwoDigitYear(int value) => value < 30 ? 2000 + value : 1900 + value;
}
