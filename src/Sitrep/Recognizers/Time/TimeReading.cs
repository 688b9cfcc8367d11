using Sitrep.Recognizers.Numbers;

namespace Sitrep.Recognizers.Time;

/// <summary>
/// What a stretch of tokens says about time, before resolution: the calendar parts written, a clock
/// time, a part of the day, an amount or an offset. Readers make one per expression they find; the
/// merger joins neighbours ("Friday" + "night"); the resolver turns each into a <see cref="TimeMention"/>.
/// </summary>
internal sealed class TimeReading
{
    public int First;
    public int End;
    /// <summary>Where the expression starts without the qualifier or modifier read before it ("around", "last"); null when none was.</summary>
    public int? CoreFirst;
    /// <summary>What the reading is, as the readers saw it; a merged reading takes the most specific kind.</summary>
    public TimeKind Kind;
    /// <summary>Which reader found it: on equal spans the lower wins (a date over a clock over a duration).</summary>
    public int Priority;

    public int? Year;
    public int? Month;
    public int? Day;
    public DayOfWeek? Weekday;
    public CalendarShift Shift;
    public Holiday? Holiday;
    /// <summary>"the 1990s": <see cref="Year"/> is the decade's first year.</summary>
    public bool Decade;
    /// <summary>The day counted from publication: -1 "yesterday", "last night"; 0 "today", "this morning".</summary>
    public int? DayOffset;

    public TimeOnly? Clock;
    /// <summary>The clock time said a.m. or p.m. (or was a 24-hour time): a part of day does not move it.</summary>
    public bool ClockIsFixed;
    public PartOfDay? Part;
    /// <summary>A bare part of day ("night"), reported only when joined to a day.</summary>
    public bool MustJoin;

    public TimeAmount? Duration;
    public RelativeOffset? Offset;
    public Qualifier Qualifier;

    public int Length => End - First;

    /// <summary>Names a day: a date, a weekday, a day counted from publication, a holiday or a day of the month.</summary>
    public bool HasDay => Day is not null || Weekday is not null || DayOffset is not null || Holiday is not null;

    /// <summary>Durations and offsets stand alone; other readings may join.</summary>
    public bool CanJoin => Duration is null && (Offset is null || Kind == TimeKind.Date || DayOffset is not null) && !Decade &&
                           (HasDay || Clock is not null || Part is not null);
}
