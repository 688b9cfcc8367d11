using Sitrep.Documents;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// One document under the actor recognizer's finders: the word class of every token (one lookup
/// each), which tokens a mention already holds, and the mentions found so far. Finders run in a
/// fixed order and take only free tokens, so an earlier, surer finder wins an overlap.
/// </summary>
internal sealed class ActorScan
{
    private readonly int[] _owner;
    private readonly List<ActorMention> _mentions = [];
    private readonly List<PersonName> _names = [];

    public ActorScan(Document doc, ActorLexicon lexicon)
    {
        Doc = doc;
        Lexicon = lexicon;
        var tokens = doc.Tokens;
        Classes = new WordClass[tokens.Length];
        _owner = new int[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
            if (tokens[k].IsWord || tokens[k].IsNumber) Classes[k] = lexicon.Classify(doc.FoldedOf(k)); // "19 April Movement"
    }

    public Document Doc { get; }

    public ActorLexicon Lexicon { get; }

    public WordClass[] Classes { get; }

    public IReadOnlyList<ActorMention> Mentions => _mentions;

    public int TokenCount => Classes.Length;

    public bool Is(int token, WordClass cls) => (uint)token < (uint)Classes.Length && (Classes[token] & cls) != 0;

    public bool IsFree(int token) => (uint)token < (uint)_owner.Length && _owner[token] == 0;

    public bool AreFree(int first, int end)
    {
        for (var k = first; k < end; k++)
            if (_owner[k] != 0) return false;
        return true;
    }

    /// <summary>The mention that holds <paramref name="token"/>, if any.</summary>
    public ActorMention? MentionAt(int token) =>
        (uint)token < (uint)_owner.Length && _owner[token] != 0 ? _mentions[_owner[token] - 1] : null;

    public void Add(ActorMention mention)
    {
        _mentions.Add(mention);
        for (var k = mention.FirstToken; k < mention.EndToken; k++) _owner[k] = _mentions.Count;
    }

    /// <summary>Adds a person whose name (without role) is tokens <c>[nameFirst, nameEnd)</c>.</summary>
    public void AddPerson(ActorMention mention, int nameFirst, int nameEnd)
    {
        Add(mention);
        _names.Add(new PersonName(_mentions.Count - 1, nameFirst, nameEnd));
    }

    /// <summary>The people found, with where their names stand.</summary>
    public IReadOnlyList<PersonName> Names => _names;

    public void Replace(int index, ActorMention updated) => _mentions[index] = updated;

    public TextSpan Span(int first, int end) => new(Doc.Tokens[first].Start, Doc.Tokens[end - 1].End);

    /// <summary>The text of tokens <c>[first, end)</c> on one line: hard-wrapped copy breaks names across lines.</summary>
    public string Text(int first, int end) => SpanText.OneLine(Doc.Slice(Span(first, end)));

    public bool IsPunctuation(int token, char c) =>
        (uint)token < (uint)Classes.Length && Doc.Tokens[token].IsPunctuation && Doc.Folded[Doc.Tokens[token].Start] == c;

    /// <summary>No space between token <paramref name="token"/> and the one before it.</summary>
    public bool IsAttached(int token) => token > 0 && token < Classes.Length && Doc.Tokens[token - 1].End == Doc.Tokens[token].Start;

    /// <summary>Whether capitals carry information here: not upper-case copy, not the headline block.</summary>
    public bool CapitalsTell(in Sentence sentence) => !Doc.IsUpperCase && !sentence.IsHeadline;

    /// <summary>
    /// A sentence-initial capitalised word that the document also writes in lower case ("Officials",
    /// "Firing") is a common word, whatever the word lists say.
    /// </summary>
    public bool IsLowerElsewhere(int token)
    {
        _lowerElsewhere ??= new sbyte[Classes.Length];
        if (_lowerElsewhere[token] == 0) _lowerElsewhere[token] = ScanLowerElsewhere(token) ? (sbyte)1 : (sbyte)-1;
        return _lowerElsewhere[token] > 0;
    }

    private sbyte[]? _lowerElsewhere;

    private bool ScanLowerElsewhere(int token)
    {
        var word = Doc.FoldedOf(token);
        var tokens = Doc.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Shape != TokenShape.Lower || tokens[k].Span.Length != word.Length) continue;
            if (Doc.FoldedOf(k).SequenceEqual(word)) return true;
        }
        return false;
    }
}

/// <summary>Where the name of person mention <see cref="Mention"/> stands: tokens <c>[First, End)</c>.</summary>
internal readonly record struct PersonName(int Mention, int First, int End)
{
    public int Length => End - First;
}
