using Sitrep.Documents;

namespace Sitrep.Recognizers.Time;

/// <summary>
/// Reads times of day: clock times ("7:10 p.m.", "around 7 p.m.", "7pm", "19:10", "10 a.m. EST",
/// "AT 1625", "2300 HOURS"), clock words ("noon", "midnight") and parts of the day ("in the evening",
/// "overnight", "this morning", "tonight", and bare "night" to be joined to a day).
/// </summary>
internal sealed class ClockReader(TimeLexicon lexicon)
{
    public const int Priority = 1;

    public void ReadNumber(Document doc, int i, List<TimeReading> into)
    {
        if (!TryReadDigits(doc, i, out var hour, out var minute, out var end, out var isFixed)) return;
        // A suffix: a.m./p.m., o'clock, a zone, "hours".
        if (lexicon.ClockWords.TryMatchAt(doc, end, out var word))
        {
            switch (word.Value.Kind)
            {
                case ClockWordKind.Meridiem when hour is >= 1 and <= 12:
                    hour = hour % 12 + (word.Value.Pm ? 12 : 0);
                    isFixed = true;
                    end = word.EndToken;
                    break;
                case ClockWordKind.OClock:
                    end = word.EndToken;
                    break;
            }
            if (lexicon.ClockWords.TryMatchAt(doc, end, out var zone) && zone.Value.Kind is ClockWordKind.Zone or ClockWordKind.Military)
                end = zone.EndToken;
        }
        if (end == i + 1 && !isFixed && !IsClockShaped(doc, i)) return;
        var reading = new TimeReading
        {
            First = i, End = end, Kind = TimeKind.Clock, Priority = Priority,
            Clock = new TimeOnly(hour, minute), ClockIsFixed = isFixed,
        };
        into.Add(WithClockQualifier(doc, reading));
    }

    public void ReadWord(Document doc, int i, TimeTrigger triggers, List<TimeReading> into)
    {
        if ((triggers & TimeTrigger.ClockWord) != 0 && lexicon.ClockWords.TryMatchAt(doc, i, out var word) && word.Value.Kind == ClockWordKind.Clock &&
            !lexicon.IsNotTime(doc, i))
        {
            var reading = new TimeReading
            {
                First = i, End = word.EndToken, Kind = TimeKind.Clock, Priority = Priority,
                Clock = word.Value.Clock, ClockIsFixed = true,
            };
            into.Add(WithClockQualifier(doc, reading));
        }
        if ((triggers & TimeTrigger.DayPart) != 0 && lexicon.DayParts.TryMatchAt(doc, i, out var part) && !lexicon.IsNotTime(doc, i))
        {
            var reading = new TimeReading
            {
                First = i, End = part.EndToken, Kind = TimeKind.PartOfDay, Priority = Priority,
                Part = part.Value.Part, MustJoin = !part.Value.Alone, DayOffset = part.Value.DayOffset,
            };
            if (part.Value.DayOffset is { } offset)
                reading.Offset = new RelativeOffset(new TimeAmount(Math.Abs(offset), TimeUnit.Day, Numbers.Qualifier.Exact), Math.Sign(offset), RelativeAnchor.Publication);
            into.Add(reading);
        }
    }

    /// <summary>
    /// "7:10", "19:10", "10.30" (with a.m./p.m. after it), "7" (with a.m./p.m. or o'clock after it),
    /// "1625" (24-hour wire style: after "at" or before "hours" in capitals, or before a zone).
    /// </summary>
    private bool TryReadDigits(Document doc, int i, out int hour, out int minute, out int end, out bool isFixed)
    {
        hour = minute = 0;
        end = i + 1;
        isFixed = false;
        var text = doc.FoldedOf(i);
        var separator = text.IndexOfAny(':', '.');
        if (separator > 0)
        {
            if (!TryTwoParts(text, separator, out hour, out minute)) return false;
            // "3.5" is a measure; "10.30" is a time only with a.m. or p.m. after it.
            if (text[separator] == '.' && !NextIsMeridiem(doc, end)) return false;
            isFixed = hour >= 13 || (hour == 0 && text[separator] == ':');
            return true;
        }
        if (!TimeTokens.TryReadInt(doc, i, 4, false, out var value, out _, out var digits)) return false;
        if (digits <= 2)
        {
            hour = value;
            return value is >= 1 and <= 12 && (NextIsMeridiem(doc, end) || NextIs(doc, end, ClockWordKind.OClock));
        }
        if (digits != 4) return false;
        hour = value / 100;
        minute = value % 100;
        if (hour > 23 || minute > 59) return false;
        isFixed = true;
        if (NextIs(doc, end, ClockWordKind.Zone)) return true;
        // "2300 HOURS" in wire copy; "1000 hours of community service" in mixed case is an amount.
        if (NextIs(doc, end, ClockWordKind.Military)) return doc.IsUpperCase;
        // "AT 1625" in wire copy; in mixed case "at 1435 Front Street" is an address.
        return doc.IsUpperCase && PrecededByAt(doc, i);
    }

    /// <summary>A clock time without a suffix must look like one: "7:10", "19:10".</summary>
    private static bool IsClockShaped(Document doc, int i) => doc.FoldedOf(i).IndexOf(':') > 0 || doc.FoldedOf(i).Length == 4;

    private bool PrecededByAt(Document doc, int i)
    {
        var k = i;
        if (lexicon.Qualifiers.TryMatchEndingAt(doc, k, 0, out var qualifier)) k = qualifier.FirstToken;
        return doc.TokenIs(k - 1, "at") || doc.TokenIs(i - 1, "at") || doc.TokenIs(i - 1, "until") || doc.TokenIs(i - 1, "from");
    }

    private static bool TryTwoParts(ReadOnlySpan<char> text, int separator, out int hour, out int minute)
    {
        hour = minute = 0;
        var h = text[..separator];
        var rest = text[(separator + 1)..];
        // "7:10:45": seconds are read and dropped.
        var m = rest.Length > 2 && rest[2] == ':' ? rest[..2] : rest;
        if (h.Length is < 1 or > 2 || m.Length != 2) return false;
        if (!int.TryParse(h, out hour) || !int.TryParse(m, out minute)) return false;
        return hour <= 23 && minute <= 59;
    }

    private bool NextIsMeridiem(Document doc, int k) => NextIs(doc, k, ClockWordKind.Meridiem);

    private bool NextIs(Document doc, int k, ClockWordKind kind) =>
        lexicon.ClockWords.TryMatchAt(doc, k, out var word) && word.Value.Kind == kind;

    /// <summary>"around 7 p.m.", "shortly after midnight".</summary>
    private TimeReading WithClockQualifier(Document doc, TimeReading reading)
    {
        if (lexicon.Qualifiers.TryMatchEndingAt(doc, reading.First, 0, out var qualifier) && qualifier.Value.BeforeClock)
        {
            reading.Qualifier = qualifier.Value.Qualifier;
            reading.CoreFirst ??= reading.First;
            reading.First = qualifier.FirstToken;
        }
        return reading;
    }
}
