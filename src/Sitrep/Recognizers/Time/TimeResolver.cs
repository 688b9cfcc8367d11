using Sitrep.Documents;

namespace Sitrep.Recognizers.Time;

/// <summary>
/// Turns a reading into a <see cref="TimeMention"/>, resolving it against the publication date
/// when there is one. Rules: a weekday is the latest such day on or before publication ("last":
/// before it; "next": after it); a date without a year takes the year that puts it on or before
/// publication, unless it falls within a month after it (a hearing "set for Nov. 19"); a weekday
/// written with it picks the year it falls on; a month alone is the latest
/// such month; "two years ago" is that calendar year; "last week" is the calendar week (Monday to
/// Sunday) before. Without a publication date nothing relative resolves. Never the clock.
/// </summary>
internal static class TimeResolver
{
    /// <summary>How far after publication a date without a year may fall and still be read as this year's.</summary>
    private const int UpcomingDays = 31;

    /// <summary>A publication date far outside news history (0001-01-01 placeholders) is no reference at all.</summary>
    private static DateOnly? Plausible(DateOnly? published) => published is { Year: >= 1800 and <= 2200 } ? published : null;

    public static TimeMention Resolve(Document doc, TimeReading reading)
    {
        var tokens = doc.Tokens;
        var (start, end, precision) = Dates(reading, Plausible(doc.Published?.Date));
        return new TimeMention(new TextSpan(tokens[reading.First].Start, tokens[reading.End - 1].End), reading.Kind)
        {
            Start = start,
            End = end,
            Precision = precision,
            Weekday = reading.Weekday,
            Year = reading.Year,
            Month = reading.Month,
            DayOfMonth = reading.Day,
            Clock = ClockOf(reading),
            PartOfDay = reading.Part,
            Duration = reading.Duration,
            Offset = reading.Offset,
            Qualifier = reading.Qualifier,
        };
    }

    /// <summary>"7 Friday night" is 19:00; "7 p.m." and "19:10" stay as written.</summary>
    private static TimeOnly? ClockOf(TimeReading reading)
    {
        if (reading.Clock is not { } clock || reading.ClockIsFixed || clock.Minute > 59) return reading.Clock;
        var laterHalf = reading.Part switch
        {
            PartOfDay.Afternoon or PartOfDay.Evening => clock.Hour is >= 1 and <= 11,
            PartOfDay.Night => clock.Hour is >= 6 and <= 11,
            _ => false,
        };
        return laterHalf ? clock.AddHours(12) : clock;
    }

    private static (DateOnly? Start, DateOnly? End, DatePrecision Precision) Dates(TimeReading r, DateOnly? published)
    {
        if (r.Duration is not null) return Unresolved(r);

        if (r.Holiday is { } holiday)
        {
            if (r.Year is { } year) return Day(holiday.In(year));
            if (published is not { } p) return Unresolved(r);
            var date = holiday.In(p.Year);
            return Day(date <= p ? date : holiday.In(p.Year - 1));
        }

        if (r is { Month: { } month, Day: { } dayOfMonth })
        {
            if (r.Year is { } year)
                return dayOfMonth <= DateTime.DaysInMonth(year, month) ? Day(new DateOnly(year, month, dayOfMonth)) : Unresolved(r);
            return published is { } p && LatestDate(month, dayOfMonth, r.Weekday, p) is { } date ? Day(date) : Unresolved(r);
        }

        if (r.Day is { } day)
            return published is { } p && LatestDayOfMonth(day, p) is { } date ? Day(date) : Unresolved(r);

        if (r.DayOffset is { } offset)
            return published is { } p ? Day(p.AddDays(offset)) : Unresolved(r);

        if (r.Weekday is { } weekday)
            return published is { } p ? Day(ByWeekday(weekday, r.Shift, p)) : Unresolved(r);

        if (r.Month is { } m)
        {
            if (r.Year is { } year) return MonthOf(year, m);
            if (published is not { } p) return Unresolved(r);
            var sameYear = r.Shift switch
            {
                CalendarShift.Last => m < p.Month,
                CalendarShift.Next => m > p.Month,
                _ => m <= p.Month,
            };
            var y = sameYear ? p.Year : r.Shift == CalendarShift.Next ? p.Year + 1 : p.Year - 1;
            return MonthOf(y, m);
        }

        if (r.Year is { } onlyYear)
            return (new DateOnly(onlyYear, 1, 1), new DateOnly(onlyYear + (r.Decade ? 9 : 0), 12, 31), DatePrecision.Year);

        if (r.Offset is { Anchor: RelativeAnchor.Publication } relative && published is { } pub)
            return ByOffset(relative, pub) ?? Unresolved(r);

        return Unresolved(r);
    }

    /// <summary>The latest <paramref name="month"/>/<paramref name="day"/> on or before publication, or the one a written weekday points to.</summary>
    private static DateOnly? LatestDate(int month, int day, DayOfWeek? weekday, DateOnly published)
    {
        if (weekday is { } wd)
        {
            DateOnly? best = null;
            // A month, day and weekday repeat only after five years or more: within these five years at most one fits.
            for (var y = published.Year - 3; y <= published.Year + 1; y++)
            {
                if (day > DateTime.DaysInMonth(y, month)) continue;
                var candidate = new DateOnly(y, month, day);
                if (candidate.DayOfWeek != wd) continue;
                if (best is null || Math.Abs(candidate.DayNumber - published.DayNumber) < Math.Abs(best.Value.DayNumber - published.DayNumber))
                    best = candidate;
            }
            if (best is not null) return best;
        }
        // A day a few weeks after publication is coming ("a hearing is set for Nov. 19"), not last year's.
        if (day <= DateTime.DaysInMonth(published.Year, month))
        {
            var ahead = new DateOnly(published.Year, month, day).DayNumber - published.DayNumber;
            if (ahead is > 0 and <= UpcomingDays) return new DateOnly(published.Year, month, day);
        }
        for (var y = published.Year; y >= published.Year - 8; y--)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var candidate = new DateOnly(y, month, day);
            if (candidate <= published) return candidate;
        }
        return null;
    }

    /// <summary>"the 17th": the latest 17th on or before publication.</summary>
    private static DateOnly? LatestDayOfMonth(int day, DateOnly published)
    {
        var first = new DateOnly(published.Year, published.Month, 1);
        for (var back = 0; back < 12; back++)
        {
            var month = first.AddMonths(-back);
            if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
            var candidate = new DateOnly(month.Year, month.Month, day);
            if (candidate <= published) return candidate;
        }
        return null;
    }

    private static DateOnly ByWeekday(DayOfWeek weekday, CalendarShift shift, DateOnly published)
    {
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        switch (shift)
        {
            case CalendarShift.Last:
                return published.AddDays(back == 0 ? -7 : -back);
            case CalendarShift.Next:
                var ahead = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
                return published.AddDays(ahead == 0 ? 7 : ahead);
            default:
                return published.AddDays(-back);
        }
    }

    /// <summary>"two years ago", "last month", "earlier this year", "three days ago", "last week".</summary>
    private static (DateOnly?, DateOnly?, DatePrecision)? ByOffset(RelativeOffset offset, DateOnly published)
    {
        if (offset.Amount.Count is not { } count) return null;
        var n = (int)Math.Min(count, 1000) * offset.Direction;
        // "earlier this year" (count 0, before): from the start of the period to publication; "later this year": the rest.
        var part = count == 0 ? offset.Direction : 0;
        switch (offset.Amount.Unit)
        {
            case TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour:
                return Day(published);
            case TimeUnit.Day:
                return Day(published.AddDays(n));
            case TimeUnit.Week:
            {
                var monday = published.AddDays(n * 7).AddDays(-(((int)published.DayOfWeek + 6) % 7));
                return Clip(monday, monday.AddDays(6), part, published, DatePrecision.Unknown);
            }
            case TimeUnit.Month:
            {
                var first = new DateOnly(published.Year, published.Month, 1).AddMonths(n);
                return Clip(first, first.AddMonths(1).AddDays(-1), part, published, DatePrecision.Month);
            }
            case TimeUnit.Year or TimeUnit.Decade:
            {
                var year = published.Year + n * (offset.Amount.Unit == TimeUnit.Decade ? 10 : 1);
                if (year is < 1 or > 9998) return null;
                return Clip(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), part, published, DatePrecision.Year);
            }
            default:
                return null;
        }
    }

    private static (DateOnly?, DateOnly?, DatePrecision) Clip(DateOnly start, DateOnly end, int part, DateOnly published, DatePrecision precision) => part switch
    {
        < 0 => (start, published, precision),
        > 0 => (published, end, precision),
        _ => (start, end, precision),
    };

    private static (DateOnly?, DateOnly?, DatePrecision) MonthOf(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return (first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    private static (DateOnly?, DateOnly?, DatePrecision) Day(DateOnly date) => (date, date, DatePrecision.Day);

    /// <summary>Without a date: a written weekday is still known.</summary>
    private static (DateOnly?, DateOnly?, DatePrecision) Unresolved(TimeReading r) =>
        (null, null, r.Weekday is not null && r.Duration is null ? DatePrecision.Weekday : DatePrecision.Unknown);
}
