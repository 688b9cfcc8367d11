using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Numbers;

/// <summary>How a number word combines with its neighbours ("one hundred and five", "twenty-one", "two dozen").</summary>
public enum NumberWordRole
{
    /// <summary>0-9: "seven", "fourth".</summary>
    Unit,
    /// <summary>10-19: "fourteen", "twelfth".</summary>
    Teen,
    /// <summary>20-90: "twenty", "ninetieth"; a unit may follow ("twenty-one").</summary>
    Tens,
    /// <summary>"hundred": multiplies a unit or teen before it, takes tens and units after it.</summary>
    Hundred,
    /// <summary>"thousand", "million", "dozen": multiplies everything before it.</summary>
    Scale,
}

/// <summary>A number word of <c>Numbers/number-words.tsv</c>.</summary>
public readonly record struct NumberWord(long Value, NumberWordRole Role, bool Ordinal);

/// <summary>An amount written as a phrase (<c>Numbers/amounts.tsv</c>): "half a dozen", "dozens", "several".</summary>
/// <param name="Unit">For plural vague amounts, what one of them counts ("hundreds": 100); 0 otherwise.</param>
/// <param name="NeedsOf">An amount only before "of" ("scores of people", not "test scores").</param>
/// <param name="TakesScale">A scale word may follow and multiply it ("several hundred").</param>
public sealed record AmountPhrase(long Value, long Unit, NumberForm Form, Qualifier Qualifier, bool NeedsOf, bool TakesScale);

/// <summary>
/// The word lists the number recognizer reads: number words, amount phrases, and the qualifier
/// phrases written before or after a number. Loaded once from embedded TSV.
/// </summary>
public sealed class NumberLexicon
{
    private readonly Dictionary<string, NumberWord> _words;
    private readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly HashSet<string> _starters;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starterLookup;

    public NumberLexicon(ResourceTable words, ResourceTable amounts, ResourceTable qualifiers, ResourceTable countedNouns)
    {
        _words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (var row in words.Rows)
        {
            var role = row.Enum<NumberWordRole>("role");
            var ordinal = row.YesNo("ordinal");
            if (!_words.TryAdd(row["word"], new NumberWord(row.Long("value"), role, ordinal)))
                throw row.Error($"'{row["word"]}' is listed twice.");
        }
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

        Amounts = new PhraseMatcher<AmountPhrase>(amounts.Rows.Select(row => (row["phrase"], new AmountPhrase(
            row.Long("value"),
            row.OptionalLong("unit") ?? 0,
            row.Enum<NumberForm>("form"),
            row.Qualifier(),
            row.YesNo("needs_of"),
            row.YesNo("takes_scale")))));

        var before = new List<(string, Qualifier)>();
        var after = new List<(string, Qualifier)>();
        foreach (var row in qualifiers.Rows)
        {
            var target = row["position"] switch
            {
                "before" => before,
                "after" => after,
                var other => throw row.Error($"position must be before or after, not '{other}'."),
            };
            target.Add((row["phrase"], row.Qualifier()));
        }
        QualifiersBefore = new PhraseMatcher<Qualifier>(before);
        QualifiersAfter = new PhraseMatcher<Qualifier>(after);
        CountedNouns = new PhraseMatcher<bool>(countedNouns.Rows.Select(row => (row["word"], true)));

        // Every word a number can start with, so that the recognizer looks up each word once.
        _starters = new HashSet<string>(_words.Keys, StringComparer.Ordinal) { "a", "between" };
        foreach (var row in amounts.Rows) _starters.Add(Tokenizer.FoldedWords(row["phrase"])[0]);
        _starterLookup = _starters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NumberLexicon Default { get; } = new(
        ResourceTable.Load("Numbers/number-words.tsv"),
        ResourceTable.Load("Numbers/amounts.tsv"),
        ResourceTable.Load("Numbers/qualifiers.tsv"),
        ResourceTable.Load("Numbers/counted-nouns.tsv"));

    public PhraseMatcher<AmountPhrase> Amounts { get; }

    /// <summary>"at least", "more than", "some": written before the number.</summary>
    public PhraseMatcher<Qualifier> QualifiersBefore { get; }

    /// <summary>"or more", "or so", "-plus": written after the number.</summary>
    public PhraseMatcher<Qualifier> QualifiersAfter { get; }

    /// <summary>Nouns an amount that needs "of" may also stand before: "a couple days".</summary>
    public PhraseMatcher<bool> CountedNouns { get; }

    /// <summary>Whether a number may start at this word (a number word, "a", "between", the first word of an amount).</summary>
    public bool CanStartNumber(ReadOnlySpan<char> foldedWord) => _starterLookup.Contains(foldedWord);

    public bool TryGetWord(ReadOnlySpan<char> folded, out NumberWord word) => _wordLookup.TryGetValue(folded, out word);
}
