namespace Sitrep.Text;

/// <summary>
/// How long any one regular expression may run on one input before it gives up. The bound is there for hostile
/// text (a pattern that backtracks without end runs for minutes), not for slow machines: the clock it is measured
/// on runs while the thread waits for a core, so a budget of a tenth of a second fired on ordinary site names on a
/// loaded two-core machine, and the same article then gave another answer. Two seconds is far beyond any ordinary
/// match and still ends a runaway one.
/// </summary>
public static class RegexBudget
{
    /// <summary>The budget in milliseconds, for <c>[GeneratedRegex(..., matchTimeoutMilliseconds: ...)]</c>.</summary>
    public const int Milliseconds = 2_000;

    /// <summary>The budget, for patterns built at run time.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(Milliseconds);
}
