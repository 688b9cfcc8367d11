namespace Sitrep.Documents;

/// <summary>
/// A half-open range <c>[Start, End)</c> of characters in a document's cleaned text.
/// Every offset Sitrep reports is one of these, and always refers to the cleaned text.
/// </summary>
public readonly record struct TextSpan(int Start, int End) : IComparable<TextSpan>
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The smallest span that covers both.</summary>
    public TextSpan Cover(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public int CompareTo(TextSpan other) =>
        Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"[{Start},{End})";
}
