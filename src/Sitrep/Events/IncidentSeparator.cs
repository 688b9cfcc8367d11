using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Places;
using Sitrep.Recognizers.Time;

namespace Sitrep.Events;

/// <summary>
/// Tells a document's primary incident from the background incidents it mentions, and groups its
/// event mentions accordingly. Reads: Events. Writes: document incidents.
/// </summary>
/// <remarks>
/// The first event the document speaks of is the one it reports, unless its own words place it
/// earlier. A later mention is background when something sets it apart from the reported
/// incident: an earlier-event cue ("three weeks after a mosque bombing"), a time well before
/// the reported incident's ("last month", "in June 2014"), or another city. Background mentions
/// that fit together (same place, overlapping time, "that blast") form one background incident.
/// A definite mention without time or place of its own ("the attack") means the incident last
/// spoken of. Mentions in one sentence belong together unless one carries its own cue.
/// </remarks>
public sealed class IncidentSeparator
{
    /// <summary>A relative past this far back ("last month", "two years ago") is another incident.</summary>
    private const int EarlierRelativeDays = 28;

    /// <summary>A day this far from the reported incident's is another incident.</summary>
    private const int OtherDayTolerance = 6;

    /// <summary>The sentences of a story's lead, where it says what it reports.</summary>
    private const int LeadSentences = 3;

    /// <summary>How close a time must stand to "the attack" to make it another attack.</summary>
    private const int DefiniteTimeReach = 4;

    public static IncidentSeparator Default { get; } = new();

    private static int TokenDistance(Document doc, TextSpan a, TextSpan b)
    {
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        return Math.Max(0, doc.TokenAt(second.Start) - doc.TokenAt(first.End - 1) - 1);
    }

    public ImmutableArray<DocumentIncident> Separate(Document doc, EventExtraction extraction)
    {
        var groups = new List<Group>();
        Group? primary = null;
        Group? recent = null;
        var recentSentence = -1;
        var published = doc.Published?.Date;

        var i = 0;
        var events = extraction.Events;
        while (i < events.Length)
        {
            var sentence = events[i].Sentence;
            Group? sentenceGroup = null;
            for (; i < events.Length && events[i].Sentence == sentence; i++)
            {
                var mention = events[i];
                if (IsEmptyNegation(mention)) continue;
                var reason = BackgroundReasonOf(doc, mention, primary, published);
                Group target;
                if (reason == BackgroundReason.None && sentenceGroup is not null)
                    target = sentenceGroup;
                else if (reason == BackgroundReason.None && mention.Reference == EventReference.Demonstrative && LastBackground(groups) is { } background)
                    target = background;
                else if (reason == BackgroundReason.None && mention.Reference == EventReference.Definite && recent is not null &&
                         sentence - recentSentence <= 1 && mention.Times.IsEmpty && CityOf(doc, mention) is null)
                    target = recent;
                else if (reason == BackgroundReason.None || primary is null && reason == BackgroundReason.OtherPlace)
                    target = primary ??= Add(groups, IncidentRole.Primary, BackgroundReason.None);
                else
                    target = CompatibleBackground(doc, groups, mention) ?? Add(groups, IncidentRole.Background, reason);

                target.Add(doc, mention);
                sentenceGroup = target;
                recent = target;
                recentSentence = sentence;
            }
        }

        if (primary is not null && IsAside(doc, primary)) primary.Demote();

        var result = ImmutableArray.CreateBuilder<DocumentIncident>(groups.Count);
        foreach (var g in groups.OrderBy(g => g.Role).ThenBy(g => g.Mentions[0].Index))
        {
            var main = g == primary && g.Role == IncidentRole.Primary;
            result.Add(new DocumentIncident(doc, result.Count, g.Role, g.Reason, [.. g.Mentions], main ? extraction.UnattachedClaims : [])
            {
                Weapons = main ? extraction.UnattachedWeapons : [],
            });
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// News reports its incident first (the inverted pyramid). An incident first mentioned deep in
    /// a story, of which the story says at most one specific thing (a count of casualties, a day,
    /// a place, who did it or to whom), is context for a story about something else. A date long
    /// before publication ("in March 1980") is no such specific: it marks the incident as history.
    /// List numbers the splitter cut off as sentences ("1.", "2.") do not count toward the lead, nor do
    /// the captions and teasers before a dateline deep in the page: the story starts at its dateline.
    /// </summary>
    private static bool IsAside(Document doc, Group primary)
    {
        var firstBody = doc.Sentences.FirstOrDefault(s => !s.IsHeadline).Index;
        // Captions and teasers a page sets before a wire story's dateline are not the story's lead.
        if (doc.Dateline is { } dateline) firstBody = Math.Max(firstBody, doc.SentenceAt(dateline.Span.Start).Index);
        var first = primary.Mentions.Min(m => m.Sentence);
        var lead = primary.Mentions.Min(m => doc.Sentences[m.Sentence].IsHeadline ? 0 : m.Sentence - firstBody + 1)
                   - doc.Sentences.Count(s => !s.IsHeadline && s.Index < first && !HasWord(doc, s));
        if (lead <= LeadSentences || HeadlineNames(doc, primary)) return false;
        var mentions = primary.Mentions;
        if (mentions.Any(m => m.Times.Any(t => IsWrittenDayOfNews(t, doc.Published?.Date)))) return false;
        var specifics =
            (mentions.Any(m => m.Casualties.Any(c => !c.IsNegated && c.Count > 0)) ? 1 : 0) +
            (mentions.Any(m => m.Times.Any(t => (t.Start is not null || t.Weekday is not null) && !IsLongBefore(t, doc.Published?.Date))) ? 1 : 0) +
            (mentions.Any(m => m.Places.Any(p => p.Kind is PlaceKind.City or PlaceKind.Facility)) ? 1 : 0) +
            (mentions.Any(m => m.Perpetrators.Length > 0 || m.Claims.Length > 0 || m.TargetActors.Length > 0) ? 1 : 0);
        return specifics < 2;
    }

    /// <summary>
    /// "Sheriff: three dead in possible murder-suicide" over a story that confirms "it was a murder-suicide" only in
    /// its sixth sentence: the headline names the incident's event word, even where it hedges it, so the story is about it.
    /// </summary>
    private static bool HeadlineNames(Document doc, Group primary)
    {
        foreach (var headline in doc.Sentences)
        {
            if (!headline.IsHeadline) continue;
            foreach (var m in primary.Mentions)
            {
                if (m.IsImplicit || doc.Sentences[m.Sentence].IsHeadline) continue;
                var word = doc.FoldedOf(m.Trigger);
                for (var k = headline.FirstToken; k < headline.EndToken; k++)
                    if (doc.FoldedOf(k).SequenceEqual(word)) return true;
            }
        }
        return false;
    }

    /// <summary>"1.", "2.": a list number the splitter cut off as a sentence of its own holds no word.</summary>
    private static bool HasWord(Document doc, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (char.IsLetter(doc.Text[doc.Tokens[k].Span.Start])) return true;
        return false;
    }

    /// <summary>
    /// "early on the morning of 16 November, six priests were murdered", "damaged by a bomb on 2 September": a day of the
    /// month written out beside an incident, within a year before publication, dates it as the news a story reports; an
    /// allusion ("the murder of the archbishop", "attacks like the one on the embassy") gives no such day. So does a past
    /// told back from the story's own day within weeks of it ("damaged by a bomb last week").
    /// "today" and weekdays do not count: they date the talk around an incident as often as the incident.
    /// </summary>
    private static bool IsWrittenDayOfNews(TimeMention time, DateOnly? published) =>
        time is { Kind: TimeKind.Date, DayOfMonth: not null, Month: not null, Start: { } day } && published is { } at &&
        day <= at && day.DayNumber >= at.DayNumber - HistoryDays ||
        time is { Kind: TimeKind.Relative, Offset: { Direction: < 0, Anchor: RelativeAnchor.Publication }, Start: { } start } && published is { } then &&
        start < then && start.DayNumber >= then.DayNumber - EarlierRelativeDays;

    /// <summary>How far before publication a time places an incident in history rather than in the news.</summary>
    private const int HistoryDays = 365;

    /// <summary>"the assassination in March 1980": a time long before publication dates history, which says nothing about news.</summary>
    private static bool IsLongBefore(TimeMention time, DateOnly? published) =>
        time.End is { } end && published is { } at && end.DayNumber < at.DayNumber - HistoryDays;

    /// <summary>"no soldiers had been killed": a casualty verb that counts nobody is no event.</summary>
    private static bool IsEmptyNegation(EventMention mention) =>
        mention.Class.IsUnspecific && mention.Casualties.Length > 0 && mention.Casualties.All(c => c.IsNegated);

    private static BackgroundReason BackgroundReasonOf(Document doc, EventMention mention, Group? primary, DateOnly? published)
    {
        // The first incident a story speaks of is the one it reports, even "last month's" in a follow-up story.
        if (primary is null) return BackgroundReason.None;
        if (mention.EarlierEventCue is not null) return BackgroundReason.EarlierEventCue;
        foreach (var time in mention.Times)
        {
            // "the hourslong assault felt like a throwback to a decade ago": a definite mention is the
            // reported event unless the time is written right beside it ("the 2014 attack", "the attack in 2014").
            if (mention.Reference == EventReference.Definite && TokenDistance(doc, mention.Trigger, time.Span) > DefiniteTimeReach) continue;
            if (IsEarlier(time, primary.Time, published)) return BackgroundReason.EarlierTime;
        }
        if (primary.City is { } city && CityOf(doc, mention) is { } other && !SamePlace(city, other)) return BackgroundReason.OtherPlace;
        return BackgroundReason.None;
    }

    /// <summary>"last month", "two years ago", "a decade ago": far enough back to be another incident.</summary>
    private static bool IsStrongPast(TimeMention time) =>
        time is { Kind: TimeKind.Relative, Offset: { Direction: < 0, Anchor: RelativeAnchor.Publication } offset } &&
        ApproximateDays(offset.Amount) >= EarlierRelativeDays;

    private static bool IsEarlier(TimeMention time, TimeMention? reported, DateOnly? published)
    {
        if (IsStrongPast(time)) return true;
        if (time.Kind is TimeKind.Duration or TimeKind.Clock or TimeKind.PartOfDay) return false;
        var reference = reported?.Start ?? published;
        if (time.Start is { } start && time.End is { } end && reference is { } at)
        {
            var tolerance = reported?.Start is not null ? OtherDayTolerance : 0;
            // An incident the story has not dated yet takes the first day it gives, up to weeks before publication.
            var before = reported?.Start is not null ? OtherDayTolerance : EarlierRelativeDays;
            return time.Precision switch
            {
                DatePrecision.Day or DatePrecision.Weekday => end.DayNumber < at.DayNumber - before || start.DayNumber > at.DayNumber + tolerance + 1,
                DatePrecision.Month => end.DayNumber < at.DayNumber - 1 - tolerance && !(at.Year == end.Year && at.Month == end.Month),
                DatePrecision.Year => end.Year < at.Year,
                _ => false,
            };
        }
        // No calendar to compare with: an explicit month or year beside an incident placed by weekday is elsewhere in time.
        return time.Kind is TimeKind.Year or TimeKind.Month or TimeKind.Date && reported is { Precision: DatePrecision.Weekday };
    }

    private static int ApproximateDays(TimeAmount amount) => (int)Math.Min(int.MaxValue / 2, (amount.Count ?? 1) * amount.Unit switch
    {
        TimeUnit.Minute or TimeUnit.Hour => 0,
        TimeUnit.Day => 1,
        TimeUnit.Week => 7,
        TimeUnit.Month => 30,
        TimeUnit.Year => 365,
        TimeUnit.Decade => 3650,
        _ => 0,
    });

    private static Place? CityOf(Document doc, EventMention mention)
    {
        foreach (var place in mention.Places)
        {
            if (doc.Dateline is { } dateline && dateline.Span.Overlaps(place.Span)) continue;
            // "A Mundelein man was killed ... in Champaign": where someone is from is not where the incident was, and
            // sets no later mention apart from it; nor is where someone was taken afterwards ("Victim Flown to Fargo"), nor
            // where someone says he was ("he was in Texas at the time").
            if (place.Relation?.Kind is PlaceRelationKind.Origin or PlaceRelationKind.Destination or PlaceRelationKind.Alibi) continue;
            if (place.Place is { Kind: PlaceKind.City } city && !place.IsDemonym) return city;
        }
        return null;
    }

    private static bool SamePlace(Place a, Place b) => a.Id == b.Id || string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private static Group? LastBackground(List<Group> groups)
    {
        for (var k = groups.Count - 1; k >= 0; k--)
            if (groups[k].Role == IncidentRole.Background) return groups[k];
        return null;
    }

    /// <summary>The most recent background incident this mention can be part of: no clash of place, time or kind.</summary>
    private static Group? CompatibleBackground(Document doc, List<Group> groups, EventMention mention)
    {
        var city = CityOf(doc, mention);
        var time = BestTime(mention.Times);
        for (var k = groups.Count - 1; k >= 0; k--)
        {
            var g = groups[k];
            if (g.Role != IncidentRole.Background) continue;
            if (city is not null && g.City is not null && !SamePlace(city, g.City)) continue;
            if (time is not null && g.Time is not null && !Overlap(time, g.Time)) continue;
            // A time of its own joins an incident without one only where the place or the wording ties them.
            if (time is not null && g.Time is null && !(city is not null && g.City is not null) && mention.Reference == EventReference.Indefinite) continue;
            if (!CompatibleKinds(mention.Class, g)) continue;
            return g;
        }
        return null;
    }

    private static bool Overlap(TimeMention a, TimeMention b)
    {
        if (a.Start is not { } aStart || a.End is not { } aEnd || b.Start is not { } bStart || b.End is not { } bEnd)
            return a.Kind != TimeKind.Year && b.Kind != TimeKind.Year || a.Span == b.Span;
        return aStart.DayNumber <= bEnd.DayNumber + 1 && bStart.DayNumber <= aEnd.DayNumber + 1;
    }

    private static bool CompatibleKinds(EventClass cls, Group g)
    {
        if (cls.IsUnspecific) return true;
        foreach (var m in g.Mentions)
        {
            if (m.Class.IsUnspecific || m.Class.GtdAttackType == cls.GtdAttackType) return true;
        }
        return g.Mentions.All(m => m.Class.IsUnspecific);
    }

    /// <summary>
    /// The time an incident's mentions give it: the most precise (a day, then a weekday, a month,
    /// a year); among equally precise ones the day most mentions give, then the earliest (a
    /// follow-up story dates its incident more often than its own news, and before it).
    /// </summary>
    internal static TimeMention? BestTime(IEnumerable<TimeMention> times)
    {
        var candidates = times.Where(t => t.Kind is not (TimeKind.Duration or TimeKind.Clock or TimeKind.PartOfDay) && !(t.Kind == TimeKind.Relative && t.Start is null)).ToList();
        if (candidates.Count == 0) return null;
        var best = candidates.Max(Rank);
        return candidates.Where(t => Rank(t) == best)
            .GroupBy(t => (t.Start, t.Weekday))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Start ?? DateOnly.MaxValue)
            .First().First();

        static int Rank(TimeMention t) => (t.Start is not null ? 10 : 0) + t.Precision switch
        {
            DatePrecision.Day => 4,
            DatePrecision.Weekday => 3,
            DatePrecision.Month => 2,
            DatePrecision.Year => 1,
            _ => 0,
        };
    }

    private static Group Add(List<Group> groups, IncidentRole role, BackgroundReason reason)
    {
        var g = new Group(role, reason);
        groups.Add(g);
        return g;
    }

    private sealed class Group(IncidentRole role, BackgroundReason reason)
    {
        public IncidentRole Role { get; private set; } = role;
        public BackgroundReason Reason { get; private set; } = reason;

        public void Demote()
        {
            Role = IncidentRole.Background;
            Reason = BackgroundReason.Aside;
        }
        public List<EventMention> Mentions { get; } = [];
        public TimeMention? Time { get; private set; }
        public Place? City { get; private set; }

        public void Add(Document doc, EventMention mention)
        {
            Mentions.Add(mention);
            Time ??= BestTime(mention.Times);
            City ??= CityOf(doc, mention);
        }
    }
}
