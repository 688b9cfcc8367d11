using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Tests.Recognizers;

public sealed class ActorRecognizerTests
{
    private static readonly string[] OwnTables =
        ["armed-groups.tsv", "roles.tsv", "security-forces.tsv", "speech-verbs.tsv", "actor-words.tsv", "common-words.tsv"];

    [Fact]
    public void Finds_groups_people_attackers_and_forces()
    {
        SpecFile.Check("Actors/actors.json", c =>
        {
            var doc = c.Prepare();
            var actual = ActorRecognizer.Default.Find(doc).Select(m => ToJson(doc, m)).ToList();
            if (c.Expected.TryGetProperty("has", out var has)) SpecFile.AssertMatches(has, actual);
            if (c.Expected.TryGetProperty("not", out var not))
                foreach (var unwanted in not.EnumerateArray())
                    if (actual.FirstOrDefault(a => SpecFile.Subsumes(unwanted, a)) is { ValueKind: JsonValueKind.Object } found)
                        throw new InvalidOperationException($"did not expect {found.GetRawText()}");
        });
    }

    [Fact]
    public void Finds_every_armed_group_alias_in_a_sentence_built_from_it()
    {
        var failures = new List<string>();
        foreach (var alias in ArmedGroupLexicon.Default.Aliases)
        {
            var mixed = Prepare($"Officials blamed {alias.Alias} for the attack on Friday.");
            if (!FindsGroup(mixed, alias.Group.Name, alias.Alias)) failures.Add($"mixed case: {alias.Alias}");
            var upper = Prepare($"OFFICIALS BLAMED {alias.Alias.ToUpperInvariant()} FOR THE ATTACK ON FRIDAY.");
            var foundInUpper = FindsGroup(upper, alias.Group.Name, alias.Alias.ToUpperInvariant());
            if (foundInUpper != (alias.Case != CaseRule.ExactNotInUpperCase)) failures.Add($"upper case ({alias.Case}): {alias.Alias}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("Tehreek e Taliban Pakistan", "Tehreek-e-Taliban Pakistan")]
    [InlineData("Tehrik-e Taliban", "Tehreek-e-Taliban Pakistan")]
    [InlineData("al Qaeda", "al-Qaeda")]
    [InlineData("ISIS K", "Islamic State Khorasan Province")]
    public void Matches_hyphenated_aliases_written_with_spaces(string written, string canonical)
    {
        Assert.True(FindsGroup(Prepare($"Officials blamed {written} for the attack."), canonical, written));
    }

    [Fact]
    public void Case_exact_aliases_need_their_capitals()
    {
        var doc = Prepare("The ttp and the let-down were mentioned, and so is the jem of the story.");
        Assert.DoesNotContain(ActorRecognizer.Default.Find(doc), m => m.Kind == ActorKind.ArmedGroup);
    }

    [Fact]
    public void Finds_every_role_before_a_name()
    {
        var failures = new List<string>();
        foreach (var row in ResourceTable.Load("Actors/roles.tsv").Rows)
        {
            if (row["kind"] == "modifier") continue;
            var doc = Prepare($"Officials said {row["phrase"]} John Smith arrived at the scene.");
            if (!ActorRecognizer.Default.Find(doc).Any(m => m is { Kind: ActorKind.Person, Name: "John Smith" })) failures.Add(row["phrase"]);
        }
        Assert.True(failures.Count == 0, "no person after: " + string.Join(", ", failures));
    }

    [Fact]
    public void Finds_every_security_force_term()
    {
        var failures = new List<string>();
        foreach (var row in ResourceTable.Load("Actors/security-forces.tsv").Rows)
        {
            var doc = Prepare($"Witnesses said {row["phrase"]} arrived at the scene.");
            if (!ActorRecognizer.Default.Find(doc).Any(m => m.Kind == ActorKind.SecurityForce && m.Name == TextFolding.Fold(row["phrase"])))
                failures.Add(row["phrase"]);
        }
        Assert.True(failures.Count == 0, "not found: " + string.Join(", ", failures));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Word_lists_are_sorted_and_name_their_source(string table)
    {
        var rows = ResourceTable.Load("Actors/" + table).Rows;
        var first = ResourceTable.Load("Actors/" + table).Header[0];
        for (var i = 1; i < rows.Length; i++)
        {
            var previous = rows[i - 1][first].ToLowerInvariant();
            var current = rows[i][first].ToLowerInvariant();
            Assert.True(string.CompareOrdinal(previous, current) <= 0, $"{table}: '{rows[i][first]}' (line {rows[i].Line}) comes before '{rows[i - 1][first]}'");
        }
    }

    public static TheoryData<string> Tables() => [.. OwnTables];

    [Fact]
    public void Armed_group_aliases_are_listed_once()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var alias in ArmedGroupLexicon.Default.Aliases)
        {
            var key = string.Join(' ', Tokenizer.FoldedWords(alias.Alias));
            Assert.False(seen.TryGetValue(key, out var other), $"'{alias.Alias}' repeats '{other}'");
            seen[key] = alias.Alias;
        }
    }

    [Fact]
    public void Rejects_two_groups_sharing_an_alias()
    {
        var table = ResourceTable.Parse("bad.tsv", "# source: test\nalias\tname\tregion\tcase\nFront\tA Front\tX\tany\nfront\tB Front\tX\tany\n");
        Assert.Throws<FormatException>(() => new ArmedGroupLexicon(table));
    }

    [Fact]
    public void Finds_the_seed_speakers_with_their_roles()
    {
        var expected = new (string File, string Name, string Role)[]
        {
            ("000_c03254767cd814c0.txt", "Jamil Ahmed", "senior police officer"),
            ("001_fa3c90a052d64be8.txt", "Rana Sanaullah", "interior minister"),
            ("002_07d0ea6010db6825.txt", "Murtaza Wahab", "spokesman for Sindh Province"),
            ("002_07d0ea6010db6825.txt", "Muqadas Haider", "senior police officer"),
            ("002_07d0ea6010db6825.txt", "Bakht Ali", "student"),
            ("003_5732fad530838b03.txt", "Murtaza Wahab", "government adviser"),
            ("003_5732fad530838b03.txt", "Javed Alam Odho", "Karachi police chief"),
            ("003_5732fad530838b03.txt", "Shahbaz Sharif", "prime minister"),
            ("003_5732fad530838b03.txt", "Arif Alvi", "Pakistani president"),
            ("003_5732fad530838b03.txt", "Noor Wali Maseed", "leader"),
            ("004_4e0c6358380e2728.txt", "Shehbaz Sharif", "prime minister"),
            ("004_4e0c6358380e2728.txt", "Rana Sanaullah", "interior minister"),
        };
        foreach (var (file, name, role) in expected)
        {
            var doc = Seed(file);
            var people = ActorRecognizer.Default.Find(doc).Where(m => m.Kind == ActorKind.Person).ToList();
            Assert.True(people.Any(p => p.Name == name && p.Role == role),
                $"{file}: no {name} ({role}) in [{string.Join(", ", people.Select(p => $"{p.Name} ({p.Role})"))}]");
        }
    }

    [Fact]
    public void Finds_the_seed_perpetrator_under_every_alias()
    {
        var aliases = new HashSet<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "karachi"), "*.txt"))
        {
            var doc = Seed(Path.GetFileName(file));
            foreach (var m in ActorRecognizer.Default.Find(doc))
                if (m is { Kind: ActorKind.ArmedGroup, Name: "Tehreek-e-Taliban Pakistan" }) aliases.Add(m.Alias!.Replace('\u2019', '\''));
        }
        foreach (var alias in new[] { "Pakistani Taliban", "Pakistan Taliban", "Tehreek-e-Taliban Pakistan", "T.T.P.", "TTP", "Tehrik-e Taliban Pakistan", "Pakistan's Taliban" })
            Assert.Contains(alias, aliases);
    }

    internal static Document Seed(string file) =>
        DocumentPreparer.Default.Prepare(new Article(Path.GetFileNameWithoutExtension(file),
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "karachi", file))));

    private static Document Prepare(string text) => DocumentPreparer.Default.Prepare(new Article("test", text));

    private static bool FindsGroup(Document doc, string name, string alias) =>
        ActorRecognizer.Default.Find(doc).Any(m => m.Kind == ActorKind.ArmedGroup && m.Name == name && m.Alias == alias);

    internal static JsonElement ToJson(Document doc, ActorMention m) => SpecFile.ToJson(new
    {
        Text = doc.TextOf(m.Span).ReplaceLineEndings(" "),
        m.Kind,
        m.Name,
        m.Alias,
        m.Role,
        m.Branch,
        m.Plural,
        m.Group,
        m.Unidentified,
        m.IsFaction,
    });
}
