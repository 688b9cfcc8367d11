using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Text;

/// <summary>Grammatical roles of closed-class words; a word may have several.</summary>
[Flags]
public enum WordRole
{
    None = 0,
    Aux = 1 << 0,
    Modal = 1 << 1,
    Negation = 1 << 2,
    Determiner = 1 << 3,
    Quantifier = 1 << 4,
    Pronoun = 1 << 5,
    Relative = 1 << 6,
    Preposition = 1 << 7,
    Conjunction = 1 << 8,
    Adverb = 1 << 9,
}

/// <summary>
/// Closed-class English words (<c>English/function-words.tsv</c>): what the rules that read
/// clause structure need to know about "was", "the", "who", "after" and "reportedly".
/// </summary>
public sealed class FunctionWords
{
    private readonly FrozenDictionary<string, WordRole> _roles;
    private readonly FrozenDictionary<string, WordRole>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FunctionWords(ResourceTable table)
    {
        var roles = new Dictionary<string, WordRole>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!Enum.TryParse<WordRole>(row["role"], ignoreCase: true, out var role) || role == WordRole.None)
                throw row.Error($"unknown role '{row["role"]}'.");
            roles[row["word"]] = roles.GetValueOrDefault(row["word"]) | role;
        }
        _roles = roles.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _roles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static FunctionWords Default { get; } = new(ResourceTable.Load("English/function-words.tsv"));

    public WordRole RolesOf(ReadOnlySpan<char> foldedWord) => _lookup.TryGetValue(foldedWord, out var role) ? role : WordRole.None;

    public WordRole RolesOf(Document doc, int token) =>
        (uint)token < (uint)doc.Tokens.Length && doc.Tokens[token].IsWord ? RolesOf(doc.FoldedOf(token)) : WordRole.None;

    public bool Is(Document doc, int token, WordRole role) => (RolesOf(doc, token) & role) != 0;
}
