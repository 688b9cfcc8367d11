namespace Sitrep.Documents;

/// <summary>
/// A sentence: its span, its tokens <c>[FirstToken, EndToken)</c>, the paragraph it stands in, and
/// whether it is part of the headline block (headline and deck), where counts are summaries and
/// capitalisation says nothing about names.
/// </summary>
public readonly record struct Sentence(int Index, TextSpan Span, int FirstToken, int EndToken, int Paragraph, bool IsHeadline)
{
    public int TokenCount => EndToken - FirstToken;
}
