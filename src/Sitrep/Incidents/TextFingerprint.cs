using System.Collections.Immutable;
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
        var paragraphWords = new List<ulong>();
        var paragraphStart = -1;
        var paragraph = -1;
        var end = 0;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                Flush();
                paragraph = sentence.Paragraph;
                paragraphStart = sentence.Span.Start;
            }
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!doc.Tokens[k].IsWord && !doc.Tokens[k].IsNumber) continue;
                var h = Hash(doc.FoldedOf(k));
                words.Add(h);
                paragraphWords.Add(h);
            }
            end = sentence.Span.End;
        }
        Flush();
        return new TextFingerprint(MinHash(words), paragraphs.ToImmutable(), words.Count);

        void Flush()
        {
            if (paragraphWords.Count >= MinParagraphWords)
                paragraphs.Add(new ParagraphShingles(new TextSpan(paragraphStart, end), [.. Shingles(paragraphWords, ParagraphShingle).Distinct().Order()]));
            paragraphWords.Clear();
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

    private static ImmutableArray<uint> MinHash(List<ulong> words)
    {
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in Shingles(words, DocumentShingle))
        {
            // One hash family: the shingle hash remixed with each seed.
            for (var i = 0; i < SignatureLength; i++)
            {
                var mixed = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                if (mixed < signature[i]) signature[i] = mixed;
            }
        }
        return [.. signature];
    }

    private static IEnumerable<ulong> Shingles(List<ulong> words, int size)
    {
        if (words.Count < size)
        {
            if (words.Count > 0) yield return words.Aggregate(14695981039346656037UL, (h, w) => Mix(h ^ w));
            yield break;
        }
        for (var i = 0; i + size <= words.Count; i++)
        {
            var h = 14695981039346656037UL;
            for (var k = 0; k < size; k++) h = Mix(h ^ words[i + k]);
            yield return h;
        }
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, SignatureLength).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

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
}
