using Sitrep.Documents;

namespace Sitrep.Recognizers.Numbers;

/// <summary>How a count relates to the true figure. "more than 80" is <see cref="MoreThan"/> 80.</summary>
public enum Qualifier
{
    Exact,
    AtLeast,
    MoreThan,
    About,
    AtMost,
}

public enum NumberForm
{
    /// <summary>"101", "1,000".</summary>
    Digits,
    /// <summary>"seven", "twenty-one", "a dozen", "one hundred".</summary>
    Words,
    /// <summary>"dozens", "hundreds", "several", "a few": a vague amount, <see cref="NumberMention.Value"/> is its floor.</summary>
    Vague,
    /// <summary>"two to three", "between 5 and 10", "5-10".</summary>
    Range,
    /// <summary>"fourth", "4th", "3d": a rank, not a count.</summary>
    Ordinal,
}

/// <summary>
/// A number as written, with its qualifier: "at least 101", "seven", "dozens", "two to three".
/// </summary>
/// <param name="Span">The whole mention, qualifier included ("at least 101").</param>
/// <param name="ValueSpan">The number itself ("101").</param>
/// <param name="Value">The figure as written: 101 for "at least 101", 80 for "more than 80", the low end of a range,
/// the floor of a vague amount (24 for "dozens").</param>
/// <param name="High">The high end of a range; null when open or exact.</param>
/// <param name="FirstToken">First token of <paramref name="Span"/>.</param>
/// <param name="EndToken">Token after the last token of <paramref name="Span"/>.</param>
public sealed record NumberMention(
    TextSpan Span,
    TextSpan ValueSpan,
    long Value,
    long? High,
    Qualifier Qualifier,
    NumberForm Form,
    int FirstToken,
    int EndToken);
