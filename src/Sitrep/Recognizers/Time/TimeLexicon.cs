using Sitrep.Recognizers.Numbers;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Time;

/// <summary>Which kinds of time expression may start at a word: one lookup per token tells the recognizer where to look.</summary>
[Flags]
internal enum TimeTrigger
{
    None = 0,
    Month = 1,
    Weekday = 2,
    DayPart = 4,
    Unit = 8,
    Relative = 16,
    ClockWord = 32,
    Holiday = 64,
    /// <summary>"a", "an", "half": "an hour", "a decade ago", "half an hour".</summary>
    Article = 128,
}

/// <summary>
/// The word lists the time recognizer reads (<c>Resources/Time/*.tsv</c>): month and weekday names,
/// parts of the day, units, relative phrases, clock words, qualifiers, holidays, cues and names
/// that are not times. Loaded once.
/// </summary>
public sealed class TimeLexicon
{
    private readonly Dictionary<string, TimeTrigger> _triggers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeTrigger>.AlternateLookup<ReadOnlySpan<char>> _triggerLookup;

    /// <param name="table">Loads a table by file name ("months.tsv").</param>
    public TimeLexicon(Func<string, ResourceTable> table)
    {
        Months = Matcher(table("months.tsv"), "word", TimeTrigger.Month,
            row => new MonthName((int)Range(row, row.Long("month"), 1, 12), row.YesNo("strict"), row.YesNo("abbreviation")));
        Weekdays = Matcher(table("weekdays.tsv"), "word", TimeTrigger.Weekday,
            row => new WeekdayName(row.Enum<DayOfWeek>("weekday"), row.YesNo("strict"), row.YesNo("abbreviation")));
        DayParts = Matcher(table("day-parts.tsv"), "phrase", TimeTrigger.DayPart,
            row => new DayPart(row.Enum<PartOfDay>("part"), (int?)row.OptionalLong("day"), row.YesNo("alone")));
        Units = Matcher(table("units.tsv"), "word", TimeTrigger.Unit,
            row => new UnitWord(row.Enum<TimeUnit>("unit"), row.YesNo("plural"), row.YesNo("long")));
        Relatives = Matcher(table("relative.tsv"), "phrase", TimeTrigger.Relative,
            row => new RelativePhrase(row.Enum<TimeKind>("kind"), row.OptionalLong("count"), row.Enum<TimeUnit>("unit"),
                (int)Range(row, row.Long("direction"), -1, 1), row.Enum<RelativeAnchor>("anchor"), row.OptionalEnum<PartOfDay>("part")));
        OffsetWords = Matcher(table("offset-words.tsv"), "phrase", TimeTrigger.None,
            row => new OffsetWord((int)Range(row, row.Long("direction"), -1, 1), row.Enum<RelativeAnchor>("anchor")));
        ClockWords = Matcher(table("clock-words.tsv"), "phrase", TimeTrigger.None, ReadClockWord);
        Qualifiers = Matcher(table("time-qualifiers.tsv"), "phrase", TimeTrigger.None, row => new TimeQualifier(
            row["applies"] switch
            {
                "clock" => true,
                "day" => false,
                var other => throw row.Error($"applies must be clock or day, not '{other}'."),
            },
            row.Qualifier()));
        Holidays = Matcher(table("holidays.tsv"), "phrase", TimeTrigger.Holiday, ReadHoliday);
        Modifiers = Matcher(table("calendar-modifiers.tsv"), "phrase", TimeTrigger.None, row => row.Enum<CalendarShift>("shift"));
        Cues = Matcher(table("cues.tsv"), "phrase", TimeTrigger.None, ReadCue);
        NotTimes = Matcher(table("not-times.tsv"), "phrase", TimeTrigger.None, _ => true);
        DurationCues = Matcher(table("duration-cues.tsv"), "word", TimeTrigger.None, row => row.YesNo("in_span"));
        NotYearAfter = Matcher(table("not-year-after.tsv"), "word", TimeTrigger.None, _ => true);

        foreach (var word in ClockWords.Entries.Where(e => e.Value.Kind == ClockWordKind.Clock).Select(e => e.FirstWord))
            AddTrigger(word, TimeTrigger.ClockWord);
        foreach (var word in new[] { "a", "an", "half" }) AddTrigger(word, TimeTrigger.Article);
        _triggerLookup = _triggers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TimeLexicon Default { get; } = new(name => ResourceTable.Load("Time/" + name));

    public LexiconMatcher<MonthName> Months { get; }

    public LexiconMatcher<WeekdayName> Weekdays { get; }

    public LexiconMatcher<DayPart> DayParts { get; }

    public LexiconMatcher<UnitWord> Units { get; }

    public LexiconMatcher<RelativePhrase> Relatives { get; }

    public LexiconMatcher<OffsetWord> OffsetWords { get; }

    public LexiconMatcher<ClockWord> ClockWords { get; }

    public LexiconMatcher<TimeQualifier> Qualifiers { get; }

    public LexiconMatcher<Holiday> Holidays { get; }

    /// <summary>"for", "within", "lasted": before an amount of time, a duration; the value says whether the word joins the span.</summary>
    public LexiconMatcher<bool> DurationCues { get; }

    public LexiconMatcher<CalendarShift> Modifiers { get; }

    public LexiconMatcher<DateCue> Cues { get; }

    /// <summary>Names holding a time word that are not times: "Sunday Times", "USA Today", "19 April Movement".</summary>
    public LexiconMatcher<bool> NotTimes { get; }

    /// <summary>Words after a four-digit number that make it no year: "the 1900 block".</summary>
    public LexiconMatcher<bool> NotYearAfter { get; }

    /// <summary>Whether token <paramref name="token"/> stands inside a name listed in <see cref="NotTimes"/>.</summary>
    public bool IsNotTime(Sitrep.Documents.Document doc, int token)
    {
        for (var s = Math.Max(0, token - NotTimes.MaxTokens + 1); s <= token; s++)
            if (NotTimes.TryMatchAt(doc, s, out var match) && match.EndToken > token)
                return true;
        return false;
    }

    internal TimeTrigger TriggersOf(ReadOnlySpan<char> foldedWord) =>
        _triggerLookup.TryGetValue(foldedWord, out var trigger) ? trigger : TimeTrigger.None;

    private LexiconMatcher<T> Matcher<T>(ResourceTable table, string column, TimeTrigger trigger, Func<ResourceRow, T> read)
    {
        var entries = new List<(string Phrase, T Value)>();
        foreach (var row in table.Rows) entries.Add((row[column], read(row)));
        var matcher = new LexiconMatcher<T>(entries);
        if (trigger != TimeTrigger.None)
            foreach (var entry in matcher.Entries)
                AddTrigger(entry.FirstWord, trigger);
        return matcher;
    }

    private void AddTrigger(string word, TimeTrigger trigger) =>
        _triggers[word] = _triggers.GetValueOrDefault(word) | trigger;

    private static ClockWord ReadClockWord(ResourceRow row)
    {
        var kind = row.Enum<ClockWordKind>("kind");
        var value = row["value"];
        return kind switch
        {
            ClockWordKind.Meridiem => new ClockWord(kind, value switch
            {
                "am" => false,
                "pm" => true,
                _ => throw row.Error($"a meridiem is am or pm, not '{value}'."),
            }, null),
            ClockWordKind.Clock => new ClockWord(kind, false,
                TimeOnly.TryParseExact(value, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var clock)
                    ? clock
                    : throw row.Error($"'{value}' is not a HH:mm time.")),
            _ => new ClockWord(kind, false, null),
        };
    }

    private static Holiday ReadHoliday(ResourceRow row)
    {
        var rule = row.Enum<HolidayRule>("rule");
        switch (rule)
        {
            case HolidayRule.Fixed:
            {
                var month = (int)Range(row, row.Long("month"), 1, 12);
                return new Holiday(rule, month, (int)Range(row, row.Long("day"), 1, DateTime.DaysInMonth(2000, month)), default, 0);
            }
            case HolidayRule.Weekday:
            {
                var nth = (int)Range(row, row.Long("nth"), -1, 5);
                if (nth == 0) throw row.Error("nth is 1-5, or -1 for the last.");
                return new Holiday(rule, (int)Range(row, row.Long("month"), 1, 12), 0, row.Enum<DayOfWeek>("weekday"), nth);
            }
            default:
                return new Holiday(rule, 0, (int)Range(row, row.Long("day"), -60, 60), default, 0);
        }
    }

    private static DateCue ReadCue(ResourceRow row)
    {
        var (beforeYear, linksYears) = ReadCueField(row, "year");
        var (beforeMonth, linksMonths) = ReadCueField(row, "month");
        return new DateCue(beforeYear, linksYears, beforeMonth, linksMonths);
    }

    private static (bool Cue, bool Links) ReadCueField(ResourceRow row, string column) => row[column] switch
    {
        "yes" => (true, false),
        "linked" => (false, true),
        "no" => (false, false),
        var other => throw row.Error($"{column} must be yes, no or linked, not '{other}'."),
    };

    private static long Range(ResourceRow row, long value, long min, long max) =>
        value >= min && value <= max ? value : throw row.Error($"{value} is outside {min}..{max}.");
}

/// <summary>A word list as a phrase matcher, with its entries kept for building trigger tables.</summary>
public sealed class LexiconMatcher<T>
{
    private readonly PhraseMatcher<T> _matcher;

    public LexiconMatcher(IReadOnlyList<(string Phrase, T Value)> entries)
    {
        _matcher = new PhraseMatcher<T>(entries);
        Entries = entries.Select(e => (Tokenizer.FoldedWords(e.Phrase)[0], e.Value)).ToList();
    }

    /// <summary>Each entry's first folded word and value.</summary>
    public IReadOnlyList<(string FirstWord, T Value)> Entries { get; }

    public int MaxTokens => _matcher.MaxTokens;

    /// <summary>The longest entry starting at <paramref name="token"/>.</summary>
    public bool TryMatchAt(Sitrep.Documents.Document doc, int token, out PhraseMatch<T> match, int endToken = int.MaxValue) =>
        (uint)token < (uint)doc.Tokens.Length ? _matcher.TryMatchAt(doc, token, out match, endToken) : Fail(out match);

    /// <summary>The longest entry that ends exactly at <paramref name="end"/> and starts at or after <paramref name="floor"/>.</summary>
    public bool TryMatchEndingAt(Sitrep.Documents.Document doc, int end, int floor, out PhraseMatch<T> match)
    {
        for (var s = Math.Max(Math.Max(floor, 0), end - MaxTokens); s < end; s++)
            if (_matcher.TryMatchAt(doc, s, out match, end) && match.EndToken == end)
                return true;
        return Fail(out match);
    }

    public bool TryGetWord(ReadOnlySpan<char> foldedWord, out T value) => _matcher.TryGetWord(foldedWord, out value);

    private static bool Fail(out PhraseMatch<T> match)
    {
        match = default;
        return false;
    }
}
