using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Recognizers.Time;

/// <summary>
/// Finds and resolves time expressions: dates, weekdays, months, years, clock times, parts of the
/// day, durations and relative expressions, joined into one mention where they describe one moment
/// ("around 7:10 p.m. Friday"). Reads: tokens, Numbers. Writes: Times.
/// </summary>
/// <remarks>
/// Three readers propose readings at trigger tokens (one dictionary lookup per word); the leftmost
/// longest win; neighbours join; each is resolved against the publication date, never the clock.
/// </remarks>
public sealed class TimeRecognizer
{
    private readonly TimeLexicon _lexicon;
    private readonly CalendarReader _calendar;
    private readonly ClockReader _clock;
    private readonly PeriodReader _periods;

    public TimeRecognizer(TimeLexicon lexicon, NumberLexicon numbers)
    {
        _lexicon = lexicon;
        _calendar = new CalendarReader(lexicon);
        _clock = new ClockReader(lexicon);
        _periods = new PeriodReader(lexicon, numbers, _calendar);
    }

    public TimeRecognizer() : this(TimeLexicon.Default, NumberLexicon.Default)
    {
    }

    public static TimeRecognizer Default { get; } = new();

    public ImmutableArray<TimeMention> Find(Document doc, ImmutableArray<NumberMention> numbers)
    {
        var candidates = new List<TimeReading>();
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.IsNumber)
            {
                _calendar.ReadNumber(doc, i, candidates);
                _clock.ReadNumber(doc, i, candidates);
            }
            else if (token.IsWord || token.Kind == TokenKind.Symbol)
            {
                var triggers = _lexicon.TriggersOf(doc.FoldedOf(i));
                if (triggers == TimeTrigger.None) continue;
                _calendar.ReadWord(doc, i, triggers, candidates);
                _clock.ReadWord(doc, i, triggers, candidates);
                _periods.ReadWord(doc, i, triggers, candidates);
            }
        }
        if (!numbers.IsDefault)
            foreach (var number in numbers)
                _periods.ReadNumber(doc, number, candidates);
        if (candidates.Count == 0) return [];

        var chosen = LeftmostLongest(candidates);
        var merged = TimeReadingMerger.Merge(doc, chosen);
        var mentions = ImmutableArray.CreateBuilder<TimeMention>(merged.Count);
        foreach (var reading in merged) mentions.Add(TimeResolver.Resolve(doc, reading));
        return mentions.MoveToImmutable();
    }

    /// <summary>
    /// Overlapping readings: the one starting first wins, then the longer, then the reader of higher
    /// priority. A reading that overlaps only with its qualifier is kept without it.
    /// </summary>
    private static List<TimeReading> LeftmostLongest(List<TimeReading> candidates)
    {
        candidates.Sort(static (a, b) =>
            a.First != b.First ? a.First.CompareTo(b.First) :
            a.End != b.End ? b.End.CompareTo(a.End) :
            a.Priority.CompareTo(b.Priority));
        var chosen = new List<TimeReading>(candidates.Count);
        var taken = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.First < taken)
            {
                // "a few minutes before 10 p.m.": the offset took "before"; the clock stays, without it.
                if (candidate.CoreFirst is not { } core || core < taken) continue;
                candidate.First = core;
                candidate.CoreFirst = null;
                candidate.Qualifier = Qualifier.Exact;
                candidate.Shift = CalendarShift.None;
            }
            chosen.Add(candidate);
            taken = candidate.End;
        }
        return chosen;
    }
}
