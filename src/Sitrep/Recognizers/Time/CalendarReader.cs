using Sitrep.Documents;

namespace Sitrep.Recognizers.Time;

/// <summary>
/// Reads calendar expressions: dates ("January 31", "Jan. 31", "Feb. 17, 2023", "17 February 2023",
/// "30 DECEMBER", "3 JAN 90", "2023-02-17", "1/28/2014", "the 17th"), weekdays ("Friday", "last
/// Friday", "early Sunday"), months ("in June 2014", "last June", "since March"), years ("in 2013"),
/// decades ("the 1990s") and holidays ("Christmas Eve").
/// </summary>
internal sealed class CalendarReader(TimeLexicon lexicon)
{
    public const int Priority = 0;

    public void ReadWord(Document doc, int i, TimeTrigger triggers, List<TimeReading> into)
    {
        var word = doc.FoldedOf(i);
        if ((triggers & TimeTrigger.Month) != 0 && lexicon.Months.TryGetWord(word, out var month)) ReadMonth(doc, i, month, into);
        if ((triggers & TimeTrigger.Weekday) != 0 && lexicon.Weekdays.TryGetWord(word, out var weekday)) ReadWeekday(doc, i, weekday, into);
        if ((triggers & TimeTrigger.Holiday) != 0 && lexicon.Holidays.TryMatchAt(doc, i, out var holiday) && TimeTokens.WrittenAsName(doc, i))
            into.Add(WithDayQualifier(doc, new TimeReading { First = i, End = holiday.EndToken, Kind = TimeKind.Date, Holiday = holiday.Value }));
    }

    public void ReadNumber(Document doc, int i, List<TimeReading> into)
    {
        if (TryNumericDate(doc, i, into) || TryDayFirstDate(doc, i, into) || TryDayOfMonth(doc, i, into) || TryDecade(doc, i, into)) return;
        TryYear(doc, i, into);
    }

    /// <summary>"January 31", "Jan. 31, 2023", "June 2014", "June", "last June".</summary>
    private void ReadMonth(Document doc, int i, MonthName month, List<TimeReading> into)
    {
        if (!TimeTokens.WrittenAsName(doc, i) || lexicon.IsNotTime(doc, i)) return;
        var k = AfterAbbreviationPeriod(doc, i, month.Abbreviation);

        if (TimeTokens.TryReadInt(doc, k, 2, allowOrdinal: true, out var day, out _, out _) && day is >= 1 and <= 31)
        {
            var end = k + 1;
            int? year = null;
            var y = TimeTokens.Is(doc, end, ',') ? end + 1 : end;
            if (TryFullYear(doc, y, out var full))
            {
                year = full;
                end = y + 1;
            }
            if (!IsValidDay(month.Month, day, year)) return;
            into.Add(WithDayQualifier(doc, new TimeReading { First = i, End = end, Kind = TimeKind.Date, Month = month.Month, Day = day, Year = year }));
            return;
        }

        // "June 2014", "October, 2008", "February of 2013".
        var afterComma = TimeTokens.Is(doc, k, ',') || doc.TokenIs(k, "of") ? k + 1 : k;
        if (TryFullYear(doc, afterComma, out var monthYear))
        {
            into.Add(WithDayQualifier(doc, new TimeReading { First = i, End = afterComma + 1, Kind = TimeKind.Month, Month = month.Month, Year = monthYear }));
            return;
        }

        // A month alone: "since March", "last June", "in January". Without a cue, "May" and "March"
        // are words, a capitalised "June" before another name is a person, and in capitals nothing says.
        var reading = new TimeReading { First = i, End = i + 1, Kind = TimeKind.Month, Month = month.Month };
        var shifted = WithShift(doc, reading);
        var cued = shifted.Shift != CalendarShift.None || HasMonthCue(doc, shifted.First);
        if (!cued && (month.Strict || doc.IsUpperCase || NextIsName(doc, i + 1))) return;
        into.Add(WithDayQualifier(doc, shifted));
    }

    /// <summary>"Friday", "last Friday", "early Sunday"; an abbreviation ("Sat.") only right before a date.</summary>
    private void ReadWeekday(Document doc, int i, WeekdayName weekday, List<TimeReading> into)
    {
        if (!TimeTokens.WrittenAsName(doc, i) || lexicon.IsNotTime(doc, i)) return;
        var end = i + 1;
        if (weekday.Strict)
        {
            end = AfterAbbreviationPeriod(doc, i, weekday.Abbreviation);
            var k = TimeTokens.Is(doc, end, ',') ? end + 1 : end;
            if (k >= doc.Tokens.Length || !lexicon.Months.TryGetWord(doc.FoldedOf(k), out _)) return;
        }
        var reading = new TimeReading { First = i, End = end, Kind = TimeKind.Weekday, Weekday = weekday.Day };
        into.Add(WithDayQualifier(doc, WithShift(doc, reading)));
    }

    /// <summary>"2023-02-17", "1/28/2014", "6/24/14", "09-17-2016".</summary>
    private static bool TryNumericDate(Document doc, int i, List<TimeReading> into)
    {
        if (!TimeTokens.TryReadInt(doc, i, 4, false, out var a, out _, out var aDigits)) return false;
        var separator = i + 1 < doc.Tokens.Length ? doc.Folded[doc.Tokens[i + 1].Start] : '\0';
        if (separator is not ('-' or '/') || !TimeTokens.Is(doc, i + 1, separator) || !TimeTokens.Is(doc, i + 3, separator)) return false;
        for (var k = i + 1; k <= i + 4; k++)
            if (!TimeTokens.Touches(doc, k)) return false;
        if (!TimeTokens.TryReadInt(doc, i + 2, 2, false, out var b, out _, out _)) return false;
        if (!TimeTokens.TryReadInt(doc, i + 4, 4, false, out var c, out _, out var cDigits)) return false;
        // A fifth part ("5-10-104-2") makes it a code, not a date.
        if (TimeTokens.Is(doc, i + 5, separator) && TimeTokens.Touches(doc, i + 5)) return false;

        int year, month, day;
        if (aDigits == 4 && separator == '-' && cDigits <= 2)
        {
            (year, month, day) = (a, b, c);
        }
        else if (aDigits <= 2 && cDigits is 2 or 4)
        {
            // United States order: month, day, year.
            (year, month, day) = (cDigits == 2 ? TimeTokens.ExpandTwoDigitYear(c) : c, a, b);
        }
        else
        {
            return false;
        }
        if (!TimeTokens.IsPlausibleYear(year) || month is < 1 or > 12 || day < 1 || !IsValidDay(month, day, year)) return false;
        into.Add(new TimeReading { First = i, End = i + 5, Kind = TimeKind.Date, Year = year, Month = month, Day = day });
        return true;
    }

    /// <summary>"17 February 2023", "30 DECEMBER", "3 JAN 90", "18th of July".</summary>
    private bool TryDayFirstDate(Document doc, int i, List<TimeReading> into)
    {
        if (!TimeTokens.TryReadInt(doc, i, 2, allowOrdinal: true, out var day, out _, out _) || day is < 1 or > 31) return false;
        var k = doc.TokenIs(i + 1, "of") ? i + 2 : i + 1;
        if (k >= doc.Tokens.Length || !lexicon.Months.TryGetWord(doc.FoldedOf(k), out var month)) return false;
        if (!TimeTokens.WrittenAsName(doc, k) || lexicon.IsNotTime(doc, k)) return false;
        var end = AfterAbbreviationPeriod(doc, k, month.Abbreviation);
        int? year = null;
        var y = TimeTokens.Is(doc, end, ',') ? end + 1 : end;
        if (TryFullYear(doc, y, out var full))
        {
            year = full;
            end = y + 1;
        }
        else if ((doc.IsUpperCase || month.Abbreviation) && TimeTokens.TryReadInt(doc, end, 2, false, out var shortYear, out _, out var digits) && digits == 2)
        {
            // Wire datelines: "3 JAN 90".
            year = TimeTokens.ExpandTwoDigitYear(shortYear);
            end++;
        }
        if (!IsValidDay(month.Month, day, year)) return false;
        into.Add(WithDayQualifier(doc, new TimeReading { First = i, End = end, Kind = TimeKind.Date, Month = month.Month, Day = day, Year = year }));
        return true;
    }

    /// <summary>"on the 17th.", "since the 15th,": an ordinal day with nothing after it that makes it a rank ("the 14th floor").</summary>
    private static bool TryDayOfMonth(Document doc, int i, List<TimeReading> into)
    {
        if (!TimeTokens.TryReadInt(doc, i, 2, allowOrdinal: true, out var day, out var ordinal, out _) || !ordinal || day is < 1 or > 31) return false;
        if (!doc.TokenIs(i - 1, "the")) return false;
        if (i + 1 < doc.Tokens.Length && !(doc.Tokens[i + 1].IsPunctuation && !TimeTokens.Is(doc, i + 1, '-'))) return false;
        into.Add(new TimeReading { First = i - 1, End = i + 1, Kind = TimeKind.Date, Day = day });
        return true;
    }

    /// <summary>"the 1990s".</summary>
    private static bool TryDecade(Document doc, int i, List<TimeReading> into)
    {
        var text = doc.FoldedOf(i);
        if (text.Length != 5 || text[4] != 's' || !int.TryParse(text[..4], out var year) || year % 10 != 0 || !TimeTokens.IsPlausibleYear(year))
            return false;
        into.Add(new TimeReading { First = i, End = i + 1, Kind = TimeKind.Year, Year = year, Decade = true });
        return true;
    }

    /// <summary>"in 2013", "since 2009", "the 2014 attack": a bare year needs a cue before it.</summary>
    private void TryYear(Document doc, int i, List<TimeReading> into)
    {
        if (!TryFullYear(doc, i, out var year)) return;
        if (!lexicon.Cues.TryMatchEndingAt(doc, i, 0, out var cue)) return;
        if (!cue.Value.BeforeYear && !(cue.Value.LinksYears && TryFullYear(doc, cue.FirstToken - 1, out _))) return;
        // "at 2030 GMT", "2000 hours" are clock times; "the 1900 block" is an address.
        if (lexicon.ClockWords.TryMatchAt(doc, i + 1, out _) || lexicon.NotYearAfter.TryMatchAt(doc, i + 1, out _)) return;
        into.Add(WithDayQualifier(doc, new TimeReading { First = i, End = i + 1, Kind = TimeKind.Year, Year = year }));
    }

    /// <summary>"since March"; "February and March" (a linking cue right after another month).</summary>
    private bool HasMonthCue(Document doc, int first)
    {
        if (!lexicon.Cues.TryMatchEndingAt(doc, first, 0, out var cue)) return false;
        if (cue.Value.BeforeMonth) return true;
        var before = cue.FirstToken - 1;
        return cue.Value.LinksMonths && before >= 0 && doc.Tokens[before].IsWord && TimeTokens.WrittenAsName(doc, before) &&
               lexicon.Months.TryGetWord(doc.FoldedOf(before), out _);
    }

    /// <summary>"last Friday", "this past June": the modifier joins the span.</summary>
    private TimeReading WithShift(Document doc, TimeReading reading)
    {
        if (lexicon.Modifiers.TryMatchEndingAt(doc, reading.First, 0, out var modifier))
        {
            reading.Shift = modifier.Value;
            reading.CoreFirst ??= reading.First;
            reading.First = modifier.FirstToken;
        }
        return reading;
    }

    /// <summary>"early Sunday", "late last year", "mid-June".</summary>
    internal TimeReading WithDayQualifier(Document doc, TimeReading reading)
    {
        if (lexicon.Qualifiers.TryMatchEndingAt(doc, reading.First, 0, out var qualifier) && !qualifier.Value.BeforeClock)
        {
            reading.Qualifier = qualifier.Value.Qualifier;
            reading.CoreFirst ??= reading.First;
            reading.First = qualifier.FirstToken;
        }
        return reading;
    }

    /// <summary>A capitalised word that is not itself a time word: "June Carter" is a person.</summary>
    private bool NextIsName(Document doc, int k) =>
        k < doc.Tokens.Length && doc.Tokens[k].IsWord && doc.Tokens[k].Shape == TokenShape.Capitalized &&
        lexicon.TriggersOf(doc.FoldedOf(k)) == TimeTrigger.None;

    /// <summary>The token after a month or weekday, past the period of an abbreviation ("Jan.", "Sat.").</summary>
    private static int AfterAbbreviationPeriod(Document doc, int token, bool abbreviation) =>
        abbreviation && TimeTokens.Is(doc, token + 1, '.') && TimeTokens.Touches(doc, token + 1) ? token + 2 : token + 1;

    private static bool TryFullYear(Document doc, int token, out int year) =>
        TimeTokens.TryReadInt(doc, token, 4, false, out year, out _, out var digits) && digits == 4 && TimeTokens.IsPlausibleYear(year);

    /// <summary>February 29 is valid when the year is unknown; it is checked again once the year is.</summary>
    private static bool IsValidDay(int month, int day, int? year) => day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month);
}
