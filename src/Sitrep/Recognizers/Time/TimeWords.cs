using Sitrep.Recognizers.Numbers;

namespace Sitrep.Recognizers.Time;

/// <summary>Which weekday or month a modifier points to: "last Friday", "this June", "next Monday".</summary>
public enum CalendarShift
{
    /// <summary>No modifier: the latest one on or before the publication date.</summary>
    None,
    /// <summary>"last", "this past": the latest one before the publication date.</summary>
    Last,
    /// <summary>"this": read like no modifier.</summary>
    This,
    /// <summary>"next", "this coming": the first one after the publication date.</summary>
    Next,
}

/// <summary>A month name or abbreviation; a strict one ("may", "march", "jan") needs a day, a year or a cue.</summary>
/// <param name="Abbreviation">A shortened name, which may take a period ("Jan.").</param>
public sealed record MonthName(int Month, bool Strict, bool Abbreviation);

/// <summary>A weekday name or abbreviation; a strict one ("sat") counts only right before a date.</summary>
public sealed record WeekdayName(DayOfWeek Day, bool Strict, bool Abbreviation);

/// <summary>A part of the day; <paramref name="DayOffset"/> counts from the publication date ("last night": -1).</summary>
/// <param name="Alone">A time expression by itself ("overnight"); otherwise it must join a day ("Friday night").</param>
public sealed record DayPart(PartOfDay Part, int? DayOffset, bool Alone);

/// <summary>A unit of time; <paramref name="Long"/> for "hourslong", "yearlong".</summary>
public sealed record UnitWord(TimeUnit Unit, bool Plural, bool Long);

/// <summary>A fixed relative phrase: "yesterday", "last month", "the next day".</summary>
/// <param name="Count">Null when the phrase gives no count ("in recent weeks").</param>
public sealed record RelativePhrase(TimeKind Kind, long? Count, TimeUnit Unit, int Direction, RelativeAnchor Anchor, PartOfDay? Part);

/// <summary>"ago", "after", "later": turns an amount of time into an offset.</summary>
public sealed record OffsetWord(int Direction, RelativeAnchor Anchor);

public enum ClockWordKind
{
    /// <summary>"a.m.", "pm".</summary>
    Meridiem,
    /// <summary>"EST", "GMT", "local time".</summary>
    Zone,
    /// <summary>"hours" after four digits: "2300 hours".</summary>
    Military,
    /// <summary>"o'clock".</summary>
    OClock,
    /// <summary>A time by itself: "noon", "midnight".</summary>
    Clock,
}

/// <summary>A word of clock times; <paramref name="Pm"/> for "p.m.", <paramref name="Clock"/> for "noon".</summary>
public sealed record ClockWord(ClockWordKind Kind, bool Pm, TimeOnly? Clock);

/// <summary>A qualifier written before a clock time ("around") or a day ("early", "late").</summary>
public sealed record TimeQualifier(bool BeforeClock, Qualifier Qualifier);

/// <summary>Which words before a month or a four-digit number make it a time.</summary>
/// <param name="LinksYears">A cue for a year only right after another year: "2013 and 2014".</param>
/// <param name="LinksMonths">A cue for a month only right after another month: "February and March".</param>
public sealed record DateCue(bool BeforeYear, bool LinksYears, bool BeforeMonth, bool LinksMonths);

public enum HolidayRule
{
    /// <summary>The same day every year: Christmas.</summary>
    Fixed,
    /// <summary>The nth weekday of a month: Thanksgiving, the fourth Thursday of November.</summary>
    Weekday,
    /// <summary>Days from Easter Sunday: Good Friday is -2.</summary>
    Easter,
}

/// <summary>A holiday that names a day (<c>Time/holidays.tsv</c>).</summary>
/// <param name="Day">Day of the month (fixed), or days from Easter Sunday (easter).</param>
/// <param name="Nth">For a weekday rule: the nth such weekday of the month, -1 for the last.</param>
public sealed record Holiday(HolidayRule Rule, int Month, int Day, DayOfWeek Weekday, int Nth)
{
    /// <summary>The holiday's date in <paramref name="year"/>.</summary>
    public DateOnly In(int year)
    {
        switch (Rule)
        {
            case HolidayRule.Fixed:
                return new DateOnly(year, Month, Day);
            case HolidayRule.Easter:
                return EasterSunday(year).AddDays(Day);
        }
        if (Nth > 0)
        {
            var first = new DateOnly(year, Month, 1);
            return first.AddDays(((int)Weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (Nth - 1));
        }
        var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
    }

    /// <summary>The anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var n = h + l - 7 * m + 114;
        return new DateOnly(year, n / 31, n % 31 + 1);
    }
}
