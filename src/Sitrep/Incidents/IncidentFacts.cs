using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Incidents;

/// <summary>
/// What one document says of one incident, field by field, each value with its evidence. Plain
/// data, detached from the document it was read from, so that a store can keep it and the
/// assembler can group and reconcile it with other documents' facts at any later time.
/// </summary>
/// <param name="Role">Whether the document reports the incident or only mentions it.</param>
/// <param name="MentionKeys">Where the incident's event mentions start in the document: its stable identity there.</param>
public sealed record IncidentFacts(
    string DocumentId,
    PublicationDate? Published,
    IncidentRole Role,
    ImmutableArray<int> MentionKeys,
    IncidentEventType EventType,
    IncidentDate Date,
    IncidentLocation Location,
    ImmutableArray<Perpetrator> Perpetrators,
    ImmutableArray<Target> Targets,
    ImmutableArray<Weapon> Weapons,
    CasualtyFigures Casualties,
    ImmutableArray<Quote> Quotes)
{
    /// <summary>What the clusterer compares; set by the pipeline once the facts are read.</summary>
    public IncidentProfile? Profile { get; init; }
}
