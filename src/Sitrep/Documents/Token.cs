namespace Sitrep.Documents;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>How a token is written, which matters for names in mixed-case text and nothing in upper-case text.</summary>
public enum TokenShape : byte
{
    /// <summary>No letters (numbers, punctuation).</summary>
    None,
    Lower,
    Capitalized,
    Upper,
    Mixed,
}

/// <summary>A token of the cleaned text. Its text is a view: <c>doc.Slice(token.Span)</c> or the folded form.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, TokenShape Shape)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
