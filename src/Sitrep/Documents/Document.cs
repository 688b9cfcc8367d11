using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>
/// An article after cleaning: the text every later stage reads, its tokens and sentences, and its
/// metadata. Immutable. <see cref="Folded"/> has exactly the length of <see cref="Text"/>, so an
/// offset found in one is an offset in the other.
/// </summary>
public sealed class Document
{
    internal Document(
        Article article,
        string text,
        string folded,
        string? title,
        ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences,
        bool isUpperCase,
        Dateline? dateline,
        string? siteName = null)
    {
        if (folded.Length != text.Length) throw new ArgumentException("Folded text must keep every offset.", nameof(folded));
        Id = article.Id;
        Text = text;
        Folded = folded;
        Title = title;
        Published = article.Published;
        Outlet = article.Outlet;
        Url = article.Url;
        Byline = article.Byline;
        Language = article.Language;
        Source = article.Source;
        Tokens = tokens;
        Sentences = sentences;
        IsUpperCase = isUpperCase;
        Dateline = dateline;
        SiteName = siteName;
    }

    public string Id { get; }

    /// <summary>The cleaned text. Every span refers to it.</summary>
    public string Text { get; }

    /// <summary>The cleaned text folded for matching (see <see cref="Sitrep.Text.TextFolding"/>).</summary>
    public string Folded { get; }

    /// <summary>The headline: the page title without the site name around it.</summary>
    public string? Title { get; }

    /// <summary>
    /// The outlet's name as its page title gives it, apart from the headline ("WXOW News 19 La Crosse, WI – News,
    /// Weather and Sports"); null when the title carries none. It says where the outlet is, not the story.
    /// </summary>
    public string? SiteName { get; }

    public PublicationDate? Published { get; }

    public string? Outlet { get; }

    public string? Url { get; }

    public string? Byline { get; }

    public string? Language { get; }

    public string? Source { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Written in capitals throughout (MUC-era wire copy): capitalisation says nothing here.</summary>
    public bool IsUpperCase { get; }

    public Dateline? Dateline { get; }

    /// <summary>
    /// Who the page's copyright notice names ("WVUE" for "Copyright 2015 WVUE. All rights reserved."), read before the
    /// cleaner dropped the notice; null when there is none. A station's name there says whose story a page carries.
    /// </summary>
    public string? CopyrightHolder { get; init; }

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> FoldedOf(TextSpan span) => Folded.AsSpan(span.Start, span.Length);

    public ReadOnlySpan<char> FoldedOf(int tokenIndex) => FoldedOf(Tokens[tokenIndex].Span);

    /// <summary>
    /// The hash of token <paramref name="tokenIndex"/>'s folded text (<see cref="string.GetHashCode(ReadOnlySpan{char})"/>).
    /// Every lexicon looks every token up: hashed once here, on first use, a token is not hashed again
    /// by each lexicon. The only state a document computes after it is made; the same values whoever
    /// computes them first.
    /// </summary>
    internal int FoldedHash(int tokenIndex) => (_foldedHashes ??= HashTokens())[tokenIndex];

    private int[]? _foldedHashes;

    private int[] HashTokens()
    {
        var hashes = new int[Tokens.Length];
        for (var k = 0; k < hashes.Length; k++) hashes[k] = string.GetHashCode(FoldedOf(k));
        return hashes;
    }

    /// <summary>True when token <paramref name="tokenIndex"/> exists and folds to <paramref name="word"/>.</summary>
    public bool TokenIs(int tokenIndex, string word) =>
        (uint)tokenIndex < (uint)Tokens.Length && FoldedOf(tokenIndex).SequenceEqual(word);

    /// <summary>Index of the first token that ends after <paramref name="offset"/> (Tokens.Length if none).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The sentence that holds token <paramref name="tokenIndex"/>.</summary>
    public ref readonly Sentence SentenceOfToken(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Sentences[mid].FirstToken <= tokenIndex) lo = mid;
            else hi = mid - 1;
        }
        return ref Sentences.ItemRef(lo);
    }

    /// <summary>
    /// True when token <paramref name="tokenIndex"/> is the first word or number of its sentence, past any opening
    /// quotes, brackets, dashes or bullets ("- Two Minneapolis men ...": "Two" opens the sentence).
    /// </summary>
    public bool OpensSentence(int tokenIndex)
    {
        ref readonly var sentence = ref SentenceOfToken(tokenIndex);
        // Walks from the sentence start, not back from the token: long sentences would make that quadratic.
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (Tokens[i].IsWord || Tokens[i].IsNumber) return i == tokenIndex;
        return false;
    }

    /// <summary>The sentence that holds character <paramref name="offset"/> (the nearest one before it, between sentences).</summary>
    public ref readonly Sentence SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Sentences[mid].Span.Start <= offset) lo = mid;
            else hi = mid - 1;
        }
        return ref Sentences.ItemRef(lo);
    }
}
