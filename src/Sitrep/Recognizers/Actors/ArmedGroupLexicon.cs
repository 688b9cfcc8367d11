using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

/// <summary>A named armed group: its canonical name and where it operates.</summary>
public sealed record ArmedGroup(string Name, string Region);

/// <summary>One alias of a group, as listed (one row of <c>Actors/armed-groups.tsv</c>).</summary>
public sealed record GroupAlias(string Alias, ArmedGroup Group, CaseRule Case);

/// <summary>
/// The armed groups and their aliases (<c>Actors/armed-groups.tsv</c>), found as token phrases.
/// A hyphenated alias also matches with spaces for any of its hyphens ("Tehreek e Taliban",
/// "Tehrik-e Taliban"), since writers drop hyphens in transliterated names freely.
/// </summary>
public sealed class ArmedGroupLexicon
{
    private readonly PhraseMatcher<GroupAlias> _matcher;

    public ArmedGroupLexicon(ResourceTable table)
    {
        var groups = new Dictionary<string, ArmedGroup>(StringComparer.Ordinal);
        var aliases = ImmutableArray.CreateBuilder<GroupAlias>();
        foreach (var row in table.Rows)
        {
            var name = row["name"];
            if (name.Length == 0) throw row.Error("no canonical name.");
            if (!groups.TryGetValue(name, out var group)) groups[name] = group = new ArmedGroup(name, row["region"]);
            else if (group.Region != row["region"]) throw row.Error($"'{name}' is listed with two regions.");
            var caseRule = row["case"] switch
            {
                "any" => CaseRule.Any,
                "exact" => CaseRule.Exact,
                "exact-not-upper" => CaseRule.ExactNotInUpperCase,
                var other => throw row.Error($"case must be any, exact or exact-not-upper, not '{other}'."),
            };
            aliases.Add(new GroupAlias(row["alias"], group, caseRule));
        }
        Aliases = aliases.ToImmutable();
        Groups = [.. groups.Values];
        _matcher = new PhraseMatcher<GroupAlias>(Entries(Aliases));
    }

    public static ArmedGroupLexicon Default { get; } = new(ResourceTable.Load("Actors/armed-groups.tsv"));

    /// <summary>Every row, in file order.</summary>
    public ImmutableArray<GroupAlias> Aliases { get; }

    public ImmutableArray<ArmedGroup> Groups { get; }

    /// <summary>The longest alias starting at <paramref name="token"/>.</summary>
    public bool TryMatchAt(Document doc, int token, out PhraseMatch<GroupAlias> match, int endToken = int.MaxValue) =>
        _matcher.TryMatchAt(doc, token, out match, endToken);

    /// <summary>Every phrase the matcher holds: the aliases and their hyphen variants.</summary>
    internal IEnumerable<string> Phrases => Entries(Aliases).Select(e => e.Phrase);

    /// <summary>
    /// The aliases with their hyphen variants. A listed alias wins over a variant of another; two
    /// groups that list the same alias are a data error.
    /// </summary>
    private static List<(string Phrase, GroupAlias Value, CaseRule Case)> Entries(ImmutableArray<GroupAlias> aliases)
    {
        var byKey = new Dictionary<string, (GroupAlias Value, string Phrase, bool Listed)>(StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            var key = Key(alias.Alias);
            if (byKey.TryGetValue(key, out var seen) && seen.Listed)
            {
                if (seen.Value.Group != alias.Group)
                    throw new FormatException($"armed-groups.tsv: '{alias.Alias}' names both '{seen.Value.Group.Name}' and '{alias.Group.Name}'.");
                continue;
            }
            byKey[key] = (alias, alias.Alias, true);
        }
        foreach (var alias in aliases)
        {
            foreach (var variant in HyphenVariants(alias.Alias))
                byKey.TryAdd(Key(variant), (alias, variant, false));
        }
        return [.. byKey.Values.Select(v => (v.Phrase, v.Value, v.Value.Case))];
    }

    private static string Key(string phrase) => string.Join(' ', Tokenizer.FoldedWords(phrase));

    /// <summary>"a-b-c" gives "a b-c", "a-b c", "a b c" (hyphens between letters only; at most three of them).</summary>
    private static IEnumerable<string> HyphenVariants(string alias)
    {
        var positions = new List<int>();
        for (var i = 1; i < alias.Length - 1; i++)
            if (alias[i] == '-' && char.IsLetter(alias[i - 1]) && char.IsLetter(alias[i + 1]))
                positions.Add(i);
        if (positions.Count is 0 or > 3) yield break;
        for (var mask = 1; mask < 1 << positions.Count; mask++)
        {
            var chars = alias.ToCharArray();
            for (var b = 0; b < positions.Count; b++)
                if ((mask & (1 << b)) != 0) chars[positions[b]] = ' ';
            yield return new string(chars);
        }
    }
}
