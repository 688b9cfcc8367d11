using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

/// <summary>A security force named as a body ("the army", "law enforcement", "Rangers paramilitary force").</summary>
public sealed record SecurityForceTerm(string Phrase, ForceBranch Branch, bool Plural);

/// <summary>Security forces named as bodies (<c>Actors/security-forces.tsv</c>); people are in <see cref="PersonNouns"/>.</summary>
public sealed class SecurityForceLexicon
{
    private readonly PhraseMatcher<SecurityForceTerm> _matcher;

    public SecurityForceLexicon(ResourceTable table)
    {
        var entries = new List<(string, SecurityForceTerm, CaseRule)>();
        foreach (var row in table.Rows)
        {
            var branch = row["branch"] switch
            {
                "police" => ForceBranch.Police,
                "military" => ForceBranch.Military,
                "paramilitary" => ForceBranch.Paramilitary,
                "intelligence" => ForceBranch.Intelligence,
                "other" => ForceBranch.Other,
                var other => throw row.Error($"unknown branch '{other}'."),
            };
            var plural = row["number"] switch
            {
                "sg" => false,
                "pl" => true,
                var other => throw row.Error($"number must be sg or pl, not '{other}'."),
            };
            var caseRule = row["case"] switch
            {
                "any" => CaseRule.Any,
                "exact" => CaseRule.Exact,
                var other => throw row.Error($"case must be any or exact, not '{other}'."),
            };
            entries.Add((row["phrase"], new SecurityForceTerm(TextFolding.Fold(row["phrase"]), branch, plural), caseRule));
        }
        _matcher = new PhraseMatcher<SecurityForceTerm>(entries);
        Phrases = [.. entries.Select(e => e.Item1)];
    }

    public static SecurityForceLexicon Default { get; } = new(ResourceTable.Load("Actors/security-forces.tsv"));

    internal IReadOnlyList<string> Phrases { get; }

    public bool TryMatchAt(Document doc, int token, out PhraseMatch<SecurityForceTerm> match, int endToken = int.MaxValue) =>
        _matcher.TryMatchAt(doc, token, out match, endToken);
}
