using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Incidents;

/// <summary>What one document says of one incident, field by field, each value with its evidence.</summary>
public sealed record IncidentFacts(
    DocumentIncident Source,
    IncidentEventType EventType,
    IncidentDate Date,
    IncidentLocation Location,
    ImmutableArray<Perpetrator> Perpetrators,
    ImmutableArray<Target> Targets,
    ImmutableArray<Weapon> Weapons,
    CasualtyFigures Casualties,
    ImmutableArray<Quote> Quotes)
{
    public string DocumentId => Source.Document.Id;

    /// <summary>What the clusterer compares; set by the pipeline once the facts are read.</summary>
    public IncidentProfile? Profile { get; init; }
}
