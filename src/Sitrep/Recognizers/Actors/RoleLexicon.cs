using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

public enum RoleKind
{
    /// <summary>An office or job; stands before a name ("interior minister Rana Sanaullah") or after it ("Bakht Ali, a student").</summary>
    Role,
    /// <summary>Written only before a name, often abbreviated ("Gen.", "Mr.", "Dr").</summary>
    Title,
}

/// <summary>
/// A role or title. <see cref="Means"/> is the role it names, in lower case ("gen" means "general");
/// empty for a courtesy title ("mr"), which says nothing about a role.
/// </summary>
public sealed record RoleEntry(string Phrase, RoleKind Kind, ForceBranch Branch, string Means);

/// <summary>
/// Roles, titles and role modifiers (<c>Actors/roles.tsv</c>): what names a person's office in
/// "Karachi police chief Javed Alam Odho" or "Muqadas Haider, a senior police officer".
/// </summary>
public sealed class RoleLexicon
{
    private readonly PhraseMatcher<RoleEntry> _matcher;
    private readonly FrozenSet<string> _modifiers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _modifierLookup;

    public RoleLexicon(ResourceTable table)
    {
        var entries = new List<(string, RoleEntry)>();
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var phrase = row["phrase"];
            var branch = row["branch"] switch
            {
                "police" => ForceBranch.Police,
                "military" => ForceBranch.Military,
                "paramilitary" => ForceBranch.Paramilitary,
                "official" or "group" or "civilian" or "none" or "" => ForceBranch.None,
                var other => throw row.Error($"unknown branch '{other}'."),
            };
            switch (row["kind"])
            {
                case "role":
                    entries.Add((phrase, new RoleEntry(phrase, RoleKind.Role, branch, TextFolding.Fold(phrase))));
                    break;
                case "title":
                    entries.Add((phrase, new RoleEntry(phrase, RoleKind.Title, branch, row["means"])));
                    break;
                case "modifier":
                    modifiers.Add(TextFolding.Fold(phrase));
                    break;
                default:
                    throw row.Error($"kind must be role, title or modifier, not '{row["kind"]}'.");
            }
        }
        // A phrase that is both a role and a title ("officer", "deputy") is a role: a role may also stand before a name.
        _matcher = new PhraseMatcher<RoleEntry>(entries, static (a, b) => a.Kind == RoleKind.Role ? a : b);
        _modifiers = modifiers.ToFrozenSet(StringComparer.Ordinal);
        _modifierLookup = _modifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = [.. entries.Select(e => e.Item1)];
        Modifiers = [.. modifiers];
    }

    public static RoleLexicon Default { get; } = new(ResourceTable.Load("Actors/roles.tsv"));

    internal IReadOnlyList<string> Phrases { get; }

    internal IReadOnlyList<string> Modifiers { get; }

    /// <summary>The longest role or title starting at <paramref name="token"/>.</summary>
    public bool TryMatchAt(Document doc, int token, out PhraseMatch<RoleEntry> match, int endToken = int.MaxValue) =>
        _matcher.TryMatchAt(doc, token, out match, endToken);

    /// <summary>Whether a folded word may open a role ("senior", "former", "deputy").</summary>
    public bool IsModifier(ReadOnlySpan<char> foldedWord) => _modifierLookup.Contains(foldedWord);
}
