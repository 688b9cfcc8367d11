using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using Sitrep.Documents;

namespace Sitrep.Incidents;

/// <summary>
/// What the copy detector needs of a document's text, computed once: a MinHash signature of its
/// word 5-grams (to find whole copies in a large batch) and the word 3-gram sets of its
/// paragraphs (to find wire paragraphs shared by otherwise different articles). Hashes are
/// FNV-1a over folded words: the same text gives the same fingerprint on every run.
/// </summary>
public sealed record TextFingerprint(ImmutableArray<uint> Signature, ImmutableArray<TextFingerprint.ParagraphShingles> Paragraphs, int Words)
{
    public const int SignatureLength = 64;
    private const int DocumentShingle = 5;
    private const int ParagraphShingle = 3;
    private const int MinParagraphWords = 12;

    /// <summary>A paragraph's span and the hashes of its word 3-grams, sorted.</summary>
    public sealed record ParagraphShingles(TextSpan Span, ImmutableArray<ulong> Shingles)
    {
        /// <summary>How many 3-grams the two paragraphs have in common (both sorted: one merge pass).</summary>
        public int Common(ParagraphShingles other)
        {
            int i = 0, j = 0, common = 0;
            var (a, b) = (Shingles, other.Shingles);
            while (i < a.Length && j < b.Length)
            {
                if (a[i] < b[j]) i++;
                else if (a[i] > b[j]) j++;
                else
                {
                    common++;
                    i++;
                    j++;
                }
            }
            return common;
        }
    }

    public static TextFingerprint Of(Document doc)
    {
        var words = new List<ulong>(doc.Tokens.Length);
        var paragraphs = ImmutableArray.CreateBuilder<ParagraphShingles>();
        var paragraphStart = -1;
        var paragraphFirstWord = 0;
        var paragraph = -1;
        var end = 0;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                Flush();
                paragraph = sentence.Paragraph;
                paragraphStart = sentence.Span.Start;
                paragraphFirstWord = words.Count;
            }
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!doc.Tokens[k].IsWord && !doc.Tokens[k].IsNumber) continue;
                words.Add(Hash(doc.FoldedOf(k)));
            }
            end = sentence.Span.End;
        }
        Flush();
        return new TextFingerprint(MinHash(Shingles(CollectionsMarshal.AsSpan(words), DocumentShingle)), paragraphs.ToImmutable(), words.Count);

        // A paragraph's words are the run of the document's words since it began.
        void Flush()
        {
            var paragraphWords = CollectionsMarshal.AsSpan(words)[paragraphFirstWord..];
            if (paragraphWords.Length >= MinParagraphWords)
                paragraphs.Add(new ParagraphShingles(new TextSpan(paragraphStart, end), SortedDistinct(Shingles(paragraphWords, ParagraphShingle))));
        }
    }

    /// <summary>Estimated Jaccard similarity of the two documents' word 5-gram sets.</summary>
    public double Similarity(TextFingerprint other)
    {
        var same = 0;
        for (var i = 0; i < SignatureLength; i++)
            if (Signature[i] == other.Signature[i]) same++;
        return (double)same / SignatureLength;
    }

    /// <summary>
    /// The least of each seed's hashes over the shingles. Every shingle meets all 64 seeds, so this
    /// is most of the fingerprint's cost: the seeds are taken a vector at a time (the same
    /// arithmetic lane by lane, so the same signature as one seed at a time).
    /// </summary>
    private static ImmutableArray<uint> MinHash(ulong[] shingles)
    {
        // Minima of the mixed hashes' upper halves, kept as 64-bit lanes; uint.MaxValue where there is no shingle.
        Span<Vector<ulong>> minima = stackalloc Vector<ulong>[SeedVectors.Length];
        minima.Fill(new Vector<ulong>(uint.MaxValue));
        foreach (var shingle in shingles)
        {
            var value = new Vector<ulong>(shingle);
            for (var v = 0; v < SeedVectors.Length; v++)
                minima[v] = Vector.Min(minima[v], Vector.ShiftRightLogical(Mix(value ^ SeedVectors[v]), 32));
        }
        var signature = new uint[SignatureLength];
        for (var i = 0; i < SignatureLength; i++)
            signature[i] = (uint)minima[i / Vector<ulong>.Count][i % Vector<ulong>.Count];
        return ImmutableCollectionsMarshal.AsImmutableArray(signature);
    }

    /// <summary>The hashes of the word n-grams (one hash of all the words when there are fewer than n).</summary>
    private static ulong[] Shingles(ReadOnlySpan<ulong> words, int size)
    {
        if (words.Length < size)
        {
            if (words.Length == 0) return [];
            var all = 14695981039346656037UL;
            foreach (var w in words) all = Mix(all ^ w);
            return [all];
        }
        var shingles = new ulong[words.Length - size + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            var h = 14695981039346656037UL;
            for (var k = 0; k < size; k++) h = Mix(h ^ words[i + k]);
            shingles[i] = h;
        }
        return shingles;
    }

    /// <summary>The values in ascending order, each once.</summary>
    private static ImmutableArray<ulong> SortedDistinct(ulong[] values)
    {
        Array.Sort(values);
        var count = 0;
        for (var i = 0; i < values.Length; i++)
            if (count == 0 || values[i] != values[count - 1]) values[count++] = values[i];
        return ImmutableArray.Create(values, 0, count);
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, SignatureLength).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary><see cref="Seeds"/> a vector at a time, in order.</summary>
    private static readonly Vector<ulong>[] SeedVectors =
        [.. Enumerable.Range(0, SignatureLength / Vector<ulong>.Count).Select(v => new Vector<ulong>(Seeds, v * Vector<ulong>.Count))];

    /// <summary>FNV-1a over the characters.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>A 64-bit finaliser (splitmix64): spreads the bits of a hash.</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary><see cref="Mix(ulong)"/> on every lane.</summary>
    private static Vector<ulong> Mix(Vector<ulong> x)
    {
        x ^= Vector.ShiftRightLogical(x, 30);
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= Vector.ShiftRightLogical(x, 27);
        x *= 0x94D049BB133111EBUL;
        return x ^ Vector.ShiftRightLogical(x, 31);
    }
}
