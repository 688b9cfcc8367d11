using Sitrep.Documents;

namespace Sitrep.Recognizers.Time;

/// <summary>
/// Joins neighbouring readings that describe one moment into one: "Friday" + "night",
/// "around 7:10 p.m." + "Friday", "Tuesday" + "," + "Jan. 5", "the night" + "of" + "12 NOVEMBER",
/// "January 28, 2014" + "8:18 PM EST". Each part (day, weekday, clock, part of day) is taken once;
/// a second one starts a new expression. Bare parts of day that join nothing are dropped.
/// </summary>
internal static class TimeReadingMerger
{
    /// <summary>At most this many connector tokens between two parts of one expression (", at").</summary>
    private const int MaxGap = 2;

    /// <param name="readings">Non-overlapping readings in text order.</param>
    public static List<TimeReading> Merge(Document doc, List<TimeReading> readings)
    {
        var merged = new List<TimeReading>(readings.Count);
        TimeReading? group = null;
        foreach (var reading in readings)
        {
            if (group is not null && CanJoin(doc, group, reading))
            {
                Join(group, reading);
                continue;
            }
            if (group is { MustJoin: false }) merged.Add(group);
            group = reading;
        }
        if (group is { MustJoin: false }) merged.Add(group);
        return merged;
    }

    private static bool CanJoin(Document doc, TimeReading left, TimeReading right)
    {
        if (!left.CanJoin || !right.CanJoin) return false;
        if (right.First - left.End > MaxGap) return false;
        for (var k = left.End; k < right.First; k++)
        {
            var connector = doc.FoldedOf(k);
            // "the night of 12 November", "the early hours of Sunday": "of" joins a part of day to its day.
            var fits = connector is "," or "at" or "on" || (connector is "of" && left.Part is not null && right.HasDay);
            if (!fits) return false;
        }
        for (var k = left.End; k <= right.First; k++)
            if (TimeTokens.BreaksParagraph(doc, k)) return false;

        if (left.Clock is not null && right.Clock is not null) return false;
        if (left.Part is not null && right.Part is not null) return false;
        if (left.Weekday is not null && right.Weekday is not null) return false;
        // One day each: a date and a weekday may meet ("Tuesday, Jan. 5"), two dates may not.
        var leftDate = left.Day is not null || left.Holiday is not null || left.DayOffset is not null;
        var rightDate = right.Day is not null || right.Holiday is not null || right.DayOffset is not null;
        if (leftDate && rightDate) return false;
        if ((left.DayOffset is not null && right.Weekday is not null) || (right.DayOffset is not null && left.Weekday is not null)) return false;
        return true;
    }

    private static void Join(TimeReading into, TimeReading from)
    {
        into.End = from.End;
        if (Specificity(from.Kind) < Specificity(into.Kind)) into.Kind = from.Kind;
        into.Year ??= from.Year;
        into.Month ??= from.Month;
        into.Day ??= from.Day;
        into.Weekday ??= from.Weekday;
        if (into.Shift == CalendarShift.None) into.Shift = from.Shift;
        into.Holiday ??= from.Holiday;
        into.DayOffset ??= from.DayOffset;
        into.Offset ??= from.Offset;
        if (into.Clock is null)
        {
            into.Clock = from.Clock;
            into.ClockIsFixed = from.ClockIsFixed;
        }
        into.Part ??= from.Part;
        into.MustJoin = into.MustJoin && from.MustJoin;
        if (into.Qualifier == Numbers.Qualifier.Exact) into.Qualifier = from.Qualifier;
    }

    /// <summary>The kind a joined expression takes: the most specific of its parts.</summary>
    private static int Specificity(TimeKind kind) => kind switch
    {
        TimeKind.Date => 0,
        TimeKind.Weekday => 1,
        TimeKind.Month => 2,
        TimeKind.Year => 3,
        TimeKind.Relative => 4,
        TimeKind.Clock => 5,
        TimeKind.PartOfDay => 6,
        _ => 7,
    };
}
