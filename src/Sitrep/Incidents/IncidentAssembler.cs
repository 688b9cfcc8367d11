using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Incidents;

/// <summary>
/// One analysed document as the assembler needs it, and as a store keeps it: metadata, cleaned
/// text, its incidents' facts (with profiles) and its text's fingerprint. Plain data: what the
/// batch and the store assemble into incidents is the same.
/// </summary>
public sealed record AnalyzedDocument(
    string Id,
    string? Title,
    PublicationDate? Published,
    string? Outlet,
    string? Url,
    string Text,
    ImmutableArray<IncidentFacts> Facts,
    TextFingerprint Fingerprint);

/// <summary>The incident records of a batch, and which documents are copies of which.</summary>
public sealed record Assembly(ImmutableArray<Incident> Incidents, ImmutableDictionary<string, string> CopyOf);

/// <summary>
/// Makes the incident records of a batch: finds copies, groups every document's incidents into
/// real incidents, and reconciles each group into one record. An incident any document reports
/// is primary; one that documents only mention is background, and the documents that mention
/// it are linked to it. Records are ordered primary first, then by their first document.
/// </summary>
public sealed class IncidentAssembler(CopyDetector copies, IncidentClusterer clusterer, IncidentReconciler reconciler)
{
    public static IncidentAssembler Default { get; } = new(CopyDetector.Default, IncidentClusterer.Default, IncidentReconciler.Default);

    public Assembly Assemble(IReadOnlyList<AnalyzedDocument> documents)
    {
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var copyOf = copies.FindCopies([.. documents.Select(d => new CopyDetector.Source(d.Id, d.Published, d.Fingerprint))]);
        var units = documents.SelectMany(d => d.Facts).Where(f => f.Profile is not null)
            .OrderBy(f => f.Profile!.Key, StringComparer.Ordinal).ToList();
        var clusters = clusterer.Cluster([.. units.Select(u => u.Profile!)]);

        var groups = clusters.Select(c => c.Select(i => units[i]).ToList()).ToList();
        var ids = groups.Select(g => IncidentReconciler.IdOf(g)).ToList();
        var incidentsOfDocument = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
            foreach (var doc in groups[g].Select(f => f.DocumentId).Distinct())
                (incidentsOfDocument.TryGetValue(doc, out var list) ? list : incidentsOfDocument[doc] = []).Add(g);

        var incidents = new List<(Incident Incident, string FirstDocument, string FirstKey)>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var primary = group.Any(f => f.Role == IncidentRole.Primary);
            // A reported incident is weighed on its reports; documents that only mention it are linked, not counted.
            var reporting = primary ? group.Where(f => f.Role == IncidentRole.Primary).ToList() : group;
            var mentioning = primary
                ? group.Where(f => f.Role == IncidentRole.Background).Select(f => f.DocumentId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray()
                : [];
            var reportingDocuments = reporting.Select(f => f.DocumentId).ToHashSet(StringComparer.Ordinal);
            var wire = WireParagraphs.Find([.. reportingDocuments.Order(StringComparer.Ordinal).Select(d => (d, byId[d].Fingerprint))]);
            var reports = reporting.Select(f => new IncidentReport(f, CopyWithin(f.DocumentId, copyOf, reportingDocuments),
                wire.GetValueOrDefault(f.DocumentId, []))).ToList();
            var related = group.Select(f => f.DocumentId).Distinct().SelectMany(d => incidentsOfDocument[d]).Where(o => o != g).Distinct()
                .Select(o => ids[o]).Order(StringComparer.Ordinal).ToImmutableArray();
            var incident = reconciler.Reconcile(reports, primary ? IncidentRole.Primary : IncidentRole.Background, related, mentioning);
            incidents.Add((incident, incident.Documents[0], group.Min(f => f.Profile!.Key)!));
        }
        var ordered = incidents.OrderBy(x => x.Incident.Role).ThenBy(x => x.FirstDocument, StringComparer.Ordinal).ThenBy(x => x.FirstKey, StringComparer.Ordinal)
            .Select(x => x.Incident).ToImmutableArray();
        return new Assembly(ordered, copyOf);
    }

    /// <summary>A copy counts as one with its original only where the original reports the same incident.</summary>
    private static string? CopyWithin(string document, ImmutableDictionary<string, string> copyOf, HashSet<string> reporting) =>
        copyOf.TryGetValue(document, out var original) && reporting.Contains(original) ? original : null;
}
