using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Recognizers.Quotes;

namespace Sitrep.Pipeline;

/// <summary>
/// Gives each quote to the incident it speaks of: the incident of an event mention in the
/// quote's sentence, or else the document's primary incident.
/// </summary>
internal static class QuoteAssigner
{
    public static Dictionary<int, ImmutableArray<QuoteMention>> Assign(Document doc, ImmutableArray<DocumentIncident> incidents, ImmutableArray<QuoteMention> quotes)
    {
        var result = incidents.ToDictionary(i => i.Index, _ => ImmutableArray<QuoteMention>.Empty);
        if (incidents.IsEmpty) return result;
        var primary = incidents.FirstOrDefault(i => i.Role == IncidentRole.Primary);
        foreach (var quote in quotes)
        {
            var sentence = doc.SentenceAt(quote.Span.Start).Index;
            var owner = incidents.FirstOrDefault(i => i.Mentions.Any(m => m.Sentence == sentence)) ?? primary;
            if (owner is not null) result[owner.Index] = result[owner.Index].Add(quote);
        }
        return result;
    }
}
