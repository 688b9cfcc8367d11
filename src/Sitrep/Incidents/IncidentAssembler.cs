using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Incidents;

/// <summary>
/// Makes incident records from analysed documents: here, one record per incident each document
/// tells of; primary incidents first, then background ones, each in a stable order.
/// </summary>
public sealed class IncidentAssembler(IncidentReconciler reconciler)
{
    public static IncidentAssembler Default { get; } = new(IncidentReconciler.Default);

    public ImmutableArray<Incident> Assemble(IEnumerable<IReadOnlyList<IncidentFacts>> documents)
    {
        var incidents = new List<Incident>();
        foreach (var facts in documents)
        {
            var ids = facts.Select(f => IncidentReconciler.IdOf([f])).ToList();
            for (var i = 0; i < facts.Count; i++)
            {
                var related = ids.Where((_, k) => k != i).ToImmutableArray();
                incidents.Add(reconciler.Reconcile([facts[i]], facts[i].Source.Role, related));
            }
        }
        // Stable sort: within a document, incidents keep the order the document tells them in.
        return [.. incidents.OrderBy(i => i.Role).ThenBy(i => i.Documents[0], StringComparer.Ordinal)];
    }
}
