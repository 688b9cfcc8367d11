using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Incidents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Casualties;
using Sitrep.Recognizers.Numbers;
using Sitrep.Recognizers.Places;
using Sitrep.Recognizers.Quotes;
using Sitrep.Recognizers.Time;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// The per-document pipeline, built in plain code in one place: clean and split, recognise
/// numbers, times, places, actors, quotes and casualties, extract events, separate the reported
/// incident from background ones, read each incident's facts and profile, and fingerprint the text.
/// </summary>
public sealed class DocumentAnalyzer(
    DocumentPreparer preparer,
    NumberRecognizer numbers,
    TimeRecognizer times,
    PlaceRecognizer places,
    ActorRecognizer actors,
    QuoteRecognizer quotes,
    CasualtyRecognizer casualties,
    EventExtractor events,
    IncidentSeparator separator,
    FactsReader facts,
    IncidentProfiler profiler)
{
    public static DocumentAnalyzer Default { get; } = new(
        DocumentPreparer.Default,
        NumberRecognizer.Default,
        TimeRecognizer.Default,
        PlaceRecognizer.Default,
        ActorRecognizer.Default,
        QuoteRecognizer.Default,
        CasualtyRecognizer.Default,
        EventExtractor.Default,
        IncidentSeparator.Default,
        FactsReader.Default,
        IncidentProfiler.Default);

    public DocumentAnalysis Analyze(Article article)
    {
        var doc = preparer.Prepare(article);
        var numberMentions = numbers.Find(doc);
        var timeMentions = times.Find(doc, numberMentions);
        var actorMentions = actors.Find(doc);
        var placeMentions = PersonPlaceArbiter.WithoutPersonNames(doc, places.Find(doc), actorMentions);
        var quoteMentions = quotes.Find(doc, actorMentions);
        var casualtyMentions = casualties.Find(doc, WithoutTimes(numberMentions, timeMentions), actorMentions);
        var extraction = events.Extract(doc, numberMentions, timeMentions, placeMentions, actorMentions, casualtyMentions);
        var incidents = separator.Separate(doc, extraction);
        var quotesByIncident = QuoteAssigner.Assign(doc, incidents, quoteMentions);
        var reportPlaces = LocationResolver.WithoutEarlierIncidents(incidents, placeMentions);
        var incidentFacts = incidents
            .Select(i => facts.Read(i, quotesByIncident[i.Index], actorMentions, i.Role == IncidentRole.Primary ? reportPlaces : placeMentions) is var f ? f with { Profile = profiler.Profile(i, f, actorMentions) } : null!)
            .ToImmutableArray();
        return new DocumentAnalysis(doc, numberMentions, timeMentions, placeMentions, actorMentions, quoteMentions, casualtyMentions,
            extraction, incidents, incidentFacts, TextFingerprint.Of(doc));
    }

    /// <summary>Where a number and a time expression overlap ("7:10", "in 2013"), the time recognizer's reading wins.</summary>
    private static ImmutableArray<NumberMention> WithoutTimes(ImmutableArray<NumberMention> numbers, ImmutableArray<TimeMention> times)
    {
        if (times.IsEmpty) return numbers;
        return [.. numbers.Where(n => !times.Any(t => t.Kind is not (TimeKind.Duration or TimeKind.Relative) && t.Span.Overlaps(n.ValueSpan)))];
    }
}
