using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Incidents;

/// <summary>
/// Finds copies among a batch of documents: a syndicated story carried by another outlet with
/// other page furniture, light edits or another headline is a copy (<c>duplicate_of</c> the
/// earliest-published, else the first by id); two different articles built on the same wire
/// paragraphs share those paragraphs (<see cref="WireParagraphs"/>). Neither is independent corroboration when figures are weighed.
/// </summary>
/// <remarks>
/// Whole copies are found with MinHash and banding (locality-sensitive hashing): only documents
/// that agree on a whole band of the signature are compared, which keeps a large batch near-linear.
/// </remarks>
public sealed class CopyDetector
{
    /// <summary>Estimated share of word 5-grams two documents must have in common to be copies.</summary>
    public const double CopySimilarity = 0.7;

    /// <summary>Share of the smaller paragraph's word 3-grams the other must hold for the two to be one wire paragraph.</summary>
    public const double SharedParagraphContainment = 0.6;

    private const int Bands = 16;
    private const int Rows = TextFingerprint.SignatureLength / Bands;

    public static CopyDetector Default { get; } = new();

    public sealed record Source(string Id, PublicationDate? Published, TextFingerprint Fingerprint);

    /// <summary>Each copy's original, by document id.</summary>
    public ImmutableDictionary<string, string> FindCopies(IReadOnlyList<Source> documents)
    {
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        for (var d = 0; d < documents.Count; d++)
        {
            var signature = documents[d].Fingerprint.Signature;
            for (var band = 0; band < Bands; band++)
            {
                var key = 14695981039346656037UL;
                for (var r = 0; r < Rows; r++) key = (key ^ signature[band * Rows + r]) * 1099511628211UL;
                if (!buckets.TryGetValue((band, key), out var list)) buckets[(band, key)] = list = [];
                list.Add(d);
            }
        }
        var parent = Enumerable.Range(0, documents.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var compared = new HashSet<(int, int)>();
        foreach (var list in buckets.Values)
        {
            if (list.Count < 2) continue;
            for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
            {
                var (a, b) = (list[i], list[j]);
                if (!compared.Add((a, b))) continue;
                if (documents[a].Fingerprint.Similarity(documents[b].Fingerprint) >= CopySimilarity)
                    parent[Find(a)] = Find(b);
            }
        }
        var copies = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, documents.Count).GroupBy(Find).Where(g => g.Count() > 1))
        {
            var ordered = group.Select(i => documents[i])
                .OrderBy(d => d.Published is null ? 1 : 0).ThenBy(d => d.Published).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            foreach (var copy in ordered.Skip(1)) copies[copy.Id] = ordered[0].Id;
        }
        return copies.ToImmutable();
    }
}
