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

namespace Sitrep.Pipeline;

/// <summary>Everything the pipeline found in one document, layer by layer.</summary>
public sealed record DocumentAnalysis(
    Document Document,
    ImmutableArray<NumberMention> Numbers,
    ImmutableArray<TimeMention> Times,
    ImmutableArray<PlaceMention> Places,
    ImmutableArray<ActorMention> Actors,
    ImmutableArray<QuoteMention> Quotes,
    ImmutableArray<CasualtyMention> Casualties,
    EventExtraction Events,
    ImmutableArray<DocumentIncident> Incidents,
    ImmutableArray<IncidentFacts> Facts,
    TextFingerprint Fingerprint)
{
    /// <summary>What the rest of the pipeline, and a store, keep of the analysis.</summary>
    public AnalyzedDocument ToAnalyzedDocument() =>
        new(Document.Id, Document.Title, Document.Published, Document.Outlet, Document.Url, Document.Text, Facts, Fingerprint);
}
