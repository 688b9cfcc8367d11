using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

/// <summary>Which side a person noun puts someone on.</summary>
public enum PersonClass
{
    /// <summary>"gunmen", "militants", "suicide bomber", "suspect".</summary>
    Attacker,
    Police,
    Military,
    Paramilitary,
    /// <summary>Security of unnamed branch: "officers", "guards", "security personnel".</summary>
    Security,
    Civilian,
    Official,
    /// <summary>"people", "men", "victims": either side.</summary>
    Person,
}

/// <param name="TargetType">The GTD target type of a victim of this kind ("Police", "Military", ...).</param>
public sealed record PersonNoun(string Noun, PersonClass Class, bool Plural, string? TargetType)
{
    public bool IsSecurity => Class is PersonClass.Police or PersonClass.Military or PersonClass.Paramilitary or PersonClass.Security;
}

/// <summary>Nouns for people (<c>Actors/person-nouns.tsv</c>), found as phrases in a document.</summary>
public sealed class PersonNouns
{
    private readonly PhraseMatcher<PersonNoun> _matcher;

    public PersonNouns(ResourceTable table)
    {
        var entries = new List<(string, PersonNoun)>();
        foreach (var row in table.Rows)
        {
            if (!Enum.TryParse<PersonClass>(row["class"], ignoreCase: true, out var cls)) throw row.Error($"unknown class '{row["class"]}'.");
            var plural = row["number"] switch
            {
                "sg" => false,
                "pl" => true,
                var other => throw row.Error($"number must be sg or pl, not '{other}'."),
            };
            entries.Add((row["noun"], new PersonNoun(row["noun"], cls, plural, row.Optional("target"))));
        }
        _matcher = new PhraseMatcher<PersonNoun>(entries);
    }

    public static PersonNouns Default { get; } = new(ResourceTable.Load("Actors/person-nouns.tsv"));

    /// <summary>The longest person noun starting at <paramref name="token"/>.</summary>
    public bool TryMatchAt(Document doc, int token, out PhraseMatch<PersonNoun> match, int endToken = int.MaxValue) =>
        _matcher.TryMatchAt(doc, token, out match, endToken);
}
