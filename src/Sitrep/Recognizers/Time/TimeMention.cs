using Sitrep.Documents;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Recognizers.Time;

public enum TimeKind
{
    /// <summary>"January 31", "Feb. 17, 2023", "30 DECEMBER", "3 JAN 90", "2023-02-17", "yesterday", "today".</summary>
    Date,
    /// <summary>"Friday", "on Tuesday", "Friday night".</summary>
    Weekday,
    /// <summary>"in June 2014", "January".</summary>
    Month,
    /// <summary>"in 2013", "2009".</summary>
    Year,
    /// <summary>"7:10 p.m.", "around 7 p.m.", "noon", "midnight".</summary>
    Clock,
    /// <summary>"in the evening", "overnight", "this morning" (alone, not joined to a day).</summary>
    PartOfDay,
    /// <summary>"for around four hours", "hourslong", "within three hours".</summary>
    Duration,
    /// <summary>"last month", "two years ago", "three weeks after", "a decade ago", "earlier this year".</summary>
    Relative,
}

public enum DatePrecision
{
    Unknown,
    Year,
    Month,
    /// <summary>The weekday is known, the calendar date is not (no publication date).</summary>
    Weekday,
    Day,
}

public enum PartOfDay
{
    Morning,
    Afternoon,
    Evening,
    Night,
}

public enum TimeUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    /// <summary>"within seconds"; added after the others so that their values do not move.</summary>
    Second,
}

public enum RelativeAnchor
{
    /// <summary>Relative to the publication date: "two years ago", "last month", "yesterday".</summary>
    Publication,
    /// <summary>Relative to another event named next to it: "three weeks after (a bombing)", "two days before".</summary>
    Event,
}

/// <summary>An amount of time: "about four hours" is (4, Hour, About); "hourslong" is (null, Hour, ...).</summary>
/// <remarks>A range of counts ("two to three hours") has <see cref="Count"/> 2 and <see cref="High"/> 3.</remarks>
public sealed record TimeAmount(long? Count, TimeUnit Unit, Qualifier Qualifier)
{
    /// <summary>The high end of a range of counts; null otherwise.</summary>
    public long? High { get; init; }
}

/// <summary>
/// "three weeks after" is (3 weeks, +1, Event): the sentence's time is three weeks after the event it names.
/// "two years ago" is (2 years, -1, Publication).
/// </summary>
public sealed record RelativeOffset(TimeAmount Amount, int Direction, RelativeAnchor Anchor);

/// <summary>
/// A time expression and what it resolves to. Dates are resolved against the publication date
/// when one is known; without it a weekday stays a weekday (<see cref="DatePrecision.Weekday"/>)
/// and a relative expression stays unresolved (<see cref="Start"/> null). Never the clock.
/// </summary>
public sealed record TimeMention(TextSpan Span, TimeKind Kind)
{
    /// <summary>First day of the calendar range meant, or null when it cannot be resolved.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last day of the range (inclusive); equal to <see cref="Start"/> for a day.</summary>
    public DateOnly? End { get; init; }

    public DatePrecision Precision { get; init; }

    /// <summary>The weekday as written ("Friday"), whether or not the date is known.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>The year as written ("2023", "90" read as 1990), or null when not written.</summary>
    public int? Year { get; init; }

    /// <summary>The month as written (1-12), or null: "January 31" keeps 1 even when no publication date resolves it.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month as written ("January 31", "the 17th"), or null.</summary>
    public int? DayOfMonth { get; init; }

    public TimeOnly? Clock { get; init; }

    public PartOfDay? PartOfDay { get; init; }

    /// <summary>For durations.</summary>
    public TimeAmount? Duration { get; init; }

    /// <summary>For relative expressions.</summary>
    public RelativeOffset? Offset { get; init; }

    /// <summary>"about", "around", "early", "late": the qualifier written on a clock time or duration.</summary>
    public Qualifier Qualifier { get; init; } = Qualifier.Exact;
}
