using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Incidents;

/// <summary>
/// One document's account of an incident as the reconciler weighs it: its facts, whether the
/// document is a copy of another (and of which), and which of its paragraphs other documents of
/// the incident also carry (wire copy).
/// </summary>
public sealed record IncidentReport(IncidentFacts Facts, string? CopyOf, ImmutableArray<(TextSpan Span, string Other)> SharedParagraphs)
{
    public string DocumentId => Facts.DocumentId;

    public PublicationDate? Published => Facts.Published;

    /// <summary>
    /// Who vouches for a figure: the document itself; the original of a copy; or, when every
    /// statement behind the figure stands in a wire paragraph shared with another document, the
    /// wire story both carry. Figures from one source count once.
    /// </summary>
    public string SourceOf(Figure figure)
    {
        if (CopyOf is not null) return CopyOf;
        if (figure.Evidence.IsEmpty || SharedParagraphs.IsEmpty) return DocumentId;
        string? wire = null;
        foreach (var evidence in figure.Evidence)
        {
            var shared = SharedParagraphs.Where(p => p.Span.Contains(evidence.Span)).Select(p => p.Other).ToList();
            if (shared.Count == 0) return DocumentId;
            var first = shared.Append(DocumentId).Min(StringComparer.Ordinal)!;
            wire = wire is null || string.CompareOrdinal(first, wire) < 0 ? first : wire;
        }
        return "wire:" + wire;
    }
}
