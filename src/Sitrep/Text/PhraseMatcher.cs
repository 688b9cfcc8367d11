using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>How an entry treats letter case.</summary>
public enum CaseRule
{
    /// <summary>Any case matches ("karachi", "Karachi", "KARACHI").</summary>
    Any,
    /// <summary>The document must write it exactly so ("TTP"); in upper-case copy, the upper-case form matches.</summary>
    Exact,
    /// <summary>Exactly so, and never in upper-case copy, where it cannot be told from a common word ("IS").</summary>
    ExactNotInUpperCase,
}

/// <summary>A lexicon phrase found in a document: tokens <c>[FirstToken, EndToken)</c>.</summary>
public readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, TextSpan Span, T Value);

/// <summary>
/// Finds lexicon phrases in a document's tokens: a trie over folded token strings, built once,
/// looked up with spans of the folded text (no string per token). Phrases are tokenized like
/// documents, so "T.T.P.", "Tehreek-e-Taliban Pakistan" and "police headquarters" are found
/// whatever their quotes, dashes, diacritics or case.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();

    /// <param name="entries">Phrases with their values.</param>
    /// <param name="merge">Combines the values of two entries with the same phrase; by default a repeat is an error.</param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Value, CaseRule Case)> entries, Func<T, T, T>? merge = null)
    {
        foreach (var (phrase, value, caseRule) in entries)
        {
            var words = Tokenizer.FoldedWords(phrase);
            if (words.Length == 0) throw new ArgumentException($"Phrase '{phrase}' has no tokens.", nameof(entries));
            var node = _root;
            foreach (var word in words) node = node.Child(word);
            if (node.HasValue)
            {
                if (merge is null) throw new ArgumentException($"Phrase '{phrase}' is listed twice.", nameof(entries));
                node.Value = merge(node.Value!, value);
            }
            else
            {
                node.Value = value;
                node.HasValue = true;
            }
            if (caseRule != CaseRule.Any)
            {
                node.ExactForm = phrase;
                node.Case = caseRule;
            }
        }
        MaxTokens = Depth(_root);
        _root.Freeze();
    }

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries, Func<T, T, T>? merge = null)
        : this(entries.Select(e => (e.Phrase, e.Value, CaseRule.Any)), merge)
    {
    }

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>The longest phrase that starts at <paramref name="token"/> and ends before <paramref name="endToken"/>.</summary>
    public bool TryMatchAt(Document doc, int token, out PhraseMatch<T> match, int endToken = int.MaxValue)
    {
        match = default;
        var tokens = doc.Tokens;
        endToken = Math.Min(endToken, tokens.Length);
        var node = _root;
        var found = false;
        for (var k = token; k < endToken; k++)
        {
            var next = node.Find(doc.FoldedHash(k), doc.FoldedOf(tokens[k].Span));
            if (next is null) break;
            // Tokens of a phrase must not straddle a paragraph break.
            if (k > token && CrossesParagraph(doc, k)) break;
            node = next;
            if (node.HasValue && CaseFits(node, doc, tokens[token].Start, tokens[k].End))
            {
                match = new PhraseMatch<T>(token, k + 1, new TextSpan(tokens[token].Start, tokens[k].End), node.Value!);
                found = true;
            }
        }
        return found;
    }

    /// <summary>
    /// The longest phrase that ends exactly before token <paramref name="end"/> and starts no earlier
    /// than <paramref name="floor"/>: what stands right before a word ("at least" before "four").
    /// </summary>
    public bool TryMatchEndingAt(Document doc, int end, int floor, out PhraseMatch<T> match)
    {
        for (var start = Math.Max(floor, end - MaxTokens); start < end; start++)
            if (TryMatchAt(doc, start, out match, end) && match.EndToken == end) return true;
        match = default;
        return false;
    }

    /// <summary>Leftmost-longest, non-overlapping matches in tokens <c>[fromToken, endToken)</c>.</summary>
    public ImmutableArray<PhraseMatch<T>> FindAll(Document doc, int fromToken = 0, int endToken = int.MaxValue)
    {
        // Called for every sentence with every lexicon, and most sentences hold none of its phrases:
        // no builder until there is a match.
        ImmutableArray<PhraseMatch<T>>.Builder? result = null;
        endToken = Math.Min(endToken, doc.Tokens.Length);
        for (var k = fromToken; k < endToken; k++)
        {
            if (!TryMatchAt(doc, k, out var match, endToken)) continue;
            (result ??= ImmutableArray.CreateBuilder<PhraseMatch<T>>()).Add(match);
            k = match.EndToken - 1;
        }
        return result is null ? [] : result.DrainToImmutable();
    }

    /// <summary>Whether a single folded word is an entry (a one-token phrase).</summary>
    public bool TryGetWord(ReadOnlySpan<char> foldedWord, out T value)
    {
        var node = _root.Find(string.GetHashCode(foldedWord), foldedWord);
        if (node is { HasValue: true, Case: CaseRule.Any })
        {
            value = node.Value!;
            return true;
        }
        value = default!;
        return false;
    }

    private static bool CaseFits(Node node, Document doc, int start, int end)
    {
        if (node.Case == CaseRule.Any) return true;
        if (doc.IsUpperCase)
            return node.Case == CaseRule.Exact && doc.Slice(new TextSpan(start, end)).SequenceEqual(node.ExactForm!.ToUpperInvariant());
        return doc.Slice(new TextSpan(start, end)).SequenceEqual(node.ExactForm);
    }

    private static bool CrossesParagraph(Document doc, int token)
    {
        for (var i = doc.Tokens[token - 1].End; i < doc.Tokens[token].Start; i++)
            if (doc.Text[i] == '\n')
                return doc.SentenceOfToken(token - 1).Paragraph != doc.SentenceOfToken(token).Paragraph;
        return false;
    }

    private static int Depth(Node node)
    {
        var max = 0;
        if (node.Children is not null)
            foreach (var child in node.Children.Values)
                max = Math.Max(max, Depth(child));
        return node.Children is null ? 0 : max + 1;
    }

    /// <summary>
    /// A trie node. Built with a dictionary of its children; then frozen into an open-addressing table
    /// keyed on the words' hashes, which a document computes once per token (<see cref="Document.FoldedHash"/>):
    /// every lexicon asks about every token, and hashing the token again for each was their largest cost.
    /// </summary>
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
        public bool HasValue;
        public string? ExactForm;
        public CaseRule Case;

        // The frozen children: slot i holds a word, its hash and its node; a slot without a word is empty.
        private int[] _hashes = [];
        private string?[] _words = [];
        private Node[] _nodes = [];

        public Node Child(string word)
        {
            Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!Children.TryGetValue(word, out var child)) Children[word] = child = new Node();
            return child;
        }

        /// <summary>Moves the children (and theirs) into the lookup table; the dictionary is dropped.</summary>
        public void Freeze()
        {
            if (Children is null) return;
            // At most half full, so a missing word meets an empty slot soon.
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Children.Count * 2);
            (_hashes, _words, _nodes) = (new int[size], new string?[size], new Node[size]);
            foreach (var (word, child) in Children)
            {
                var hash = string.GetHashCode(word.AsSpan());
                var slot = hash & (size - 1);
                while (_words[slot] is not null) slot = (slot + 1) & (size - 1);
                (_hashes[slot], _words[slot], _nodes[slot]) = (hash, word, child);
                child.Freeze();
            }
            Children = null;
        }

        /// <param name="hash">The word's <see cref="string.GetHashCode(ReadOnlySpan{char})"/>.</param>
        public Node? Find(int hash, ReadOnlySpan<char> word)
        {
            if (_words.Length == 0) return null;
            var mask = _words.Length - 1;
            for (var slot = hash & mask; _words[slot] is { } candidate; slot = (slot + 1) & mask)
                if (_hashes[slot] == hash && word.SequenceEqual(candidate)) return _nodes[slot];
            return null;
        }
    }
}
