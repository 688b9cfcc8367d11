using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Incidents;

/// <summary>
/// Finds the paragraphs documents of one incident share (wire copy): a paragraph counts as shared
/// when the other document holds <see cref="CopyDetector.SharedParagraphContainment"/> of the
/// smaller paragraph's word 3-grams. Each shared paragraph names the first other document (by id)
/// that carries it: the wire story both stand for.
/// </summary>
/// <remarks>
/// An incident that thousands of documents report or mention must not cost thousands squared:
/// identical paragraphs are compared once; the others only when they share one of the
/// <see cref="ProbeShingles"/> lowest-hashed 3-grams that are not common to many paragraphs (a
/// sample of the paragraph: two paragraphs that share most of their 3-grams share one of these).
/// </remarks>
public static class WireParagraphs
{
    /// <summary>How many of a paragraph's 3-grams find the paragraphs it may share.</summary>
    private const int ProbeShingles = 8;

    /// <summary>A 3-gram in more paragraphs than this ("police said the") finds nothing.</summary>
    private const int CommonShingle = 64;

    public static Dictionary<string, ImmutableArray<(TextSpan Span, string Other)>> Find(IReadOnlyList<(string Id, TextFingerprint Fingerprint)> documents)
    {
        if (documents.Count < 2) return [];
        var order = Enumerable.Range(0, documents.Count).OrderBy(d => documents[d].Id, StringComparer.Ordinal).ToArray();
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;

        // Identical paragraphs form one class, compared once through its first member.
        var classOf = new Dictionary<ShingleSet, int>();
        var classes = new List<ParagraphClass>();
        var members = new List<(int Document, TextSpan Span, int Class)>();
        foreach (var d in order)
            foreach (var paragraph in documents[d].Fingerprint.Paragraphs)
            {
                if (paragraph.Shingles.IsEmpty) continue;
                var key = new ShingleSet(paragraph.Shingles);
                if (!classOf.TryGetValue(key, out var c))
                {
                    classOf[key] = c = classes.Count;
                    classes.Add(new ParagraphClass(paragraph));
                }
                classes[c].Note(d);
                members.Add((d, paragraph.Span, c));
            }

        var postings = new Dictionary<ulong, List<int>>();
        for (var c = 0; c < classes.Count; c++)
            foreach (var shingle in classes[c].Paragraph.Shingles)
                (postings.TryGetValue(shingle, out var list) ? list : postings[shingle] = []).Add(c);

        // Classes that share a paragraph, found from either side's probe.
        var links = new List<int>[classes.Count];
        for (var c = 0; c < classes.Count; c++) links[c] = [];
        var compared = new HashSet<(int, int)>();
        for (var c = 0; c < classes.Count; c++)
        {
            var probes = 0;
            foreach (var shingle in classes[c].Paragraph.Shingles)
            {
                var list = postings[shingle];
                if (list.Count > CommonShingle) continue;
                foreach (var other in list)
                {
                    if (other == c || !compared.Add(c < other ? (c, other) : (other, c))) continue;
                    if (Shared(classes[c].Paragraph, classes[other].Paragraph))
                    {
                        links[c].Add(other);
                        links[other].Add(c);
                    }
                }
                if (++probes == ProbeShingles) break;
            }
        }

        var shared = new Dictionary<string, ImmutableArray<(TextSpan, string)>.Builder>(StringComparer.Ordinal);
        foreach (var (document, span, c) in members)
        {
            var first = classes[c].FirstOtherThan(document);
            foreach (var linked in links[c])
                if (classes[linked].FirstOtherThan(document) is { } f && (first is null || rank[f] < rank[first.Value]))
                    first = f;
            if (first is not { } other) continue;
            var id = documents[document].Id;
            if (!shared.TryGetValue(id, out var builder)) shared[id] = builder = ImmutableArray.CreateBuilder<(TextSpan, string)>();
            builder.Add((span, documents[other].Id));
        }
        return shared.ToDictionary(p => p.Key, p => p.Value.ToImmutable(), StringComparer.Ordinal);
    }

    private static bool Shared(TextFingerprint.ParagraphShingles a, TextFingerprint.ParagraphShingles b) =>
        (double)a.Common(b) / Math.Min(a.Shingles.Length, b.Shingles.Length) >= CopyDetector.SharedParagraphContainment;

    /// <summary>A paragraph's text as a set of 3-grams, equal to another with the same 3-grams.</summary>
    private readonly struct ShingleSet(ImmutableArray<ulong> shingles) : IEquatable<ShingleSet>
    {
        private readonly ImmutableArray<ulong> shingles = shingles;

        public bool Equals(ShingleSet other) => shingles.AsSpan().SequenceEqual(other.shingles.AsSpan());

        public override bool Equals(object? obj) => obj is ShingleSet other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var s in shingles) hash.Add(s);
            return hash.ToHashCode();
        }
    }

    /// <summary>Identical paragraphs, and the first two documents (in id order) that carry them.</summary>
    private sealed class ParagraphClass(TextFingerprint.ParagraphShingles paragraph)
    {
        private int first = -1;
        private int second = -1;

        public TextFingerprint.ParagraphShingles Paragraph { get; } = paragraph;

        /// <summary>Documents are noted in id order, so the first two noted are the first two by id.</summary>
        public void Note(int document)
        {
            if (first < 0) first = document;
            else if (second < 0 && document != first) second = document;
        }

        public int? FirstOtherThan(int document) =>
            first >= 0 && first != document ? first : second >= 0 ? second : null;
    }
}
