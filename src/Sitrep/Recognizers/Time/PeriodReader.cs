using Sitrep.Documents;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Recognizers.Time;

/// <summary>
/// Reads amounts and offsets of time: durations ("for around four hours", "hourslong", "hours-long",
/// "within three hours", "a two-hour gunbattle", "for hours", "more than an hour") and relative
/// expressions ("two years ago", "a decade ago", "three weeks after", "weeks after", "yesterday",
/// "last month", "earlier this year", "the next day").
/// </summary>
internal sealed class PeriodReader(TimeLexicon lexicon, NumberLexicon numbers, CalendarReader calendar)
{
    public const int Priority = 2;

    /// <summary>A count followed by a unit: "four hours", "two-hour", "several days", "two years ago".</summary>
    public void ReadNumber(Document doc, NumberMention number, List<TimeReading> into)
    {
        if (number.Form == NumberForm.Ordinal) return;
        var k = number.EndToken;
        if (TimeTokens.Is(doc, k, '-') && TimeTokens.Touches(doc, k) && TimeTokens.Touches(doc, k + 1)) k++;
        else if (number.Form == NumberForm.Vague && doc.TokenIs(k, "of")) k++;
        if (!TryUnit(doc, k, out var unit) || unit.Long) return;
        var end = k + 1;
        if (IsAge(doc, end)) return;
        if (TimeTokens.Is(doc, end, '-') && doc.TokenIs(end + 1, "long")) end += 2;
        var amount = new TimeAmount(number.Value, unit.Unit, number.Qualifier) { High = number.High };
        Add(doc, number.FirstToken, end, amount, requireContext: false, into);
    }

    public void ReadWord(Document doc, int i, TimeTrigger triggers, List<TimeReading> into)
    {
        if ((triggers & TimeTrigger.Article) != 0) ReadArticle(doc, i, into);
        if ((triggers & TimeTrigger.Unit) != 0) ReadBareUnit(doc, i, into);
        if ((triggers & TimeTrigger.Relative) != 0 && lexicon.Relatives.TryMatchAt(doc, i, out var relative) && !lexicon.IsNotTime(doc, i))
        {
            var phrase = relative.Value;
            var reading = new TimeReading
            {
                First = i, End = relative.EndToken, Kind = phrase.Kind, Priority = Priority, Part = phrase.Part,
                Offset = new RelativeOffset(new TimeAmount(phrase.Count, phrase.Unit, Qualifier.Exact), phrase.Direction, phrase.Anchor),
            };
            if (phrase is { Anchor: RelativeAnchor.Publication, Unit: TimeUnit.Day, Count: { } days }) reading.DayOffset = (int)days * phrase.Direction;
            into.Add(calendar.WithDayQualifier(doc, reading));
        }
    }

    /// <summary>"an hour later", "a decade ago", "for a week", "more than an hour", "half an hour".</summary>
    private void ReadArticle(Document doc, int i, List<TimeReading> into)
    {
        // "half an hour": thirty minutes; other halves ("half a day") are rare enough to leave.
        var half = doc.TokenIs(i, "half");
        var article = half ? i + 1 : i;
        if (half && !(doc.TokenIs(article, "an") || doc.TokenIs(article, "a"))) return;
        if (!TryUnit(doc, article + 1, out var unit) || unit.Plural || unit.Long) return;
        if (half && unit.Unit != TimeUnit.Hour) return;
        var end = article + 2;
        if (IsAge(doc, end)) return;
        var first = i;
        var qualifier = Qualifier.Exact;
        if (TryNumberQualifierBefore(doc, i, out var q, out var qualifierFirst))
        {
            qualifier = q;
            first = qualifierFirst;
        }
        var amount = half ? new TimeAmount(30, TimeUnit.Minute, qualifier) : new TimeAmount(1, unit.Unit, qualifier);
        Add(doc, first, end, amount, requireContext: qualifier == Qualifier.Exact, into);
    }

    /// <summary>"hourslong", "hours-long", "for hours", "within minutes", "weeks after", "years ago".</summary>
    private void ReadBareUnit(Document doc, int i, List<TimeReading> into)
    {
        if (!TryUnit(doc, i, out var unit)) return;
        if (unit.Long)
        {
            Add(doc, i, i + 1, new TimeAmount(unit.Plural ? null : 1, unit.Unit, Qualifier.Exact), requireContext: false, into, durationOnly: true);
            return;
        }
        if (TimeTokens.Is(doc, i + 1, '-') && doc.TokenIs(i + 2, "long"))
        {
            Add(doc, i, i + 3, new TimeAmount(unit.Plural ? null : 1, unit.Unit, Qualifier.Exact), requireContext: false, into, durationOnly: true);
            return;
        }
        if (unit.Plural) Add(doc, i, i + 1, new TimeAmount(null, unit.Unit, Qualifier.Exact), requireContext: true, into);
    }

    /// <summary>
    /// An amount of time becomes an offset when "ago", "after", "later" follows, unless a duration cue
    /// before it ("for", "within", "lasted") makes it a duration. With <paramref name="requireContext"/>, an amount with
    /// neither ("a day" in "twice a day") is not reported.
    /// </summary>
    private void Add(Document doc, int first, int end, TimeAmount amount, bool requireContext, List<TimeReading> into, bool durationOnly = false)
    {
        var cued = lexicon.DurationCues.TryMatchEndingAt(doc, first, 0, out var cue);
        // "two-years-ago".
        var offsetAt = TimeTokens.Is(doc, end, '-') && TimeTokens.Touches(doc, end) && TimeTokens.Touches(doc, end + 1) ? end + 1 : end;
        if (!cued && !durationOnly && lexicon.OffsetWords.TryMatchAt(doc, offsetAt, out var offset))
        {
            into.Add(new TimeReading
            {
                First = first, End = offset.EndToken, Kind = TimeKind.Relative, Priority = Priority, Qualifier = amount.Qualifier,
                Offset = new RelativeOffset(amount, offset.Value.Direction, offset.Value.Anchor),
            });
            return;
        }
        if (requireContext && !cued) return;
        into.Add(new TimeReading
        {
            First = cued && cue.Value ? cue.FirstToken : first, End = end, Kind = TimeKind.Duration, Priority = Priority,
            Qualifier = amount.Qualifier, Duration = amount,
        });
    }

    private bool TryNumberQualifierBefore(Document doc, int first, out Qualifier qualifier, out int start)
    {
        var found = numbers.QualifiersBefore.TryMatchEndingAt(doc, first, 0, out var match);
        qualifier = found ? match.Value : Qualifier.Exact;
        start = found ? match.FirstToken : first;
        return found;
    }

    /// <summary>"16-year-old", "16 years old", "16 years of age" are ages, not amounts of time.</summary>
    private static bool IsAge(Document doc, int k) =>
        doc.TokenIs(k, "old") || (TimeTokens.Is(doc, k, '-') && doc.TokenIs(k + 1, "old")) ||
        (doc.TokenIs(k, "of") && doc.TokenIs(k + 1, "age"));

    private bool TryUnit(Document doc, int k, out UnitWord unit)
    {
        unit = default!;
        return k < doc.Tokens.Length && doc.Tokens[k].IsWord && lexicon.Units.TryGetWord(doc.FoldedOf(k), out unit);
    }
}

