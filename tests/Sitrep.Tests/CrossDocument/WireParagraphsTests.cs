using Sitrep.Documents;
using Sitrep.Incidents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.CrossDocument;

public sealed class WireParagraphsTests
{
    private const string Wire =
        "Gunmen stormed the police headquarters in the port city late on Friday, and a gunfight with security forces lasted more than three hours before the building was cleared, officials said.";

    private static (string, TextFingerprint) Doc(string id, params string[] paragraphs) =>
        (id, DocumentAnalyzer.Default.Analyze(new Article(id, string.Join("\n\n", paragraphs))).Fingerprint);

    [Fact]
    public void A_paragraph_three_outlets_carry_names_the_first_other_outlet_by_id()
    {
        var shared = WireParagraphs.Find([
            Doc("c", "The local council met on Monday to discuss road repairs and the budget for the coming year in some detail.", Wire),
            Doc("a", Wire, "A spokesman for the provincial government promised an inquiry into how the attackers reached the gate unseen."),
            Doc("b", "Residents near the compound described hearing explosions and heavy gunfire for much of the evening and into the night.", Wire.Replace("late on Friday", "on Friday night")),
        ]);
        Assert.Equal("b", Assert.Single(shared["a"]).Other);
        Assert.Equal("a", Assert.Single(shared["b"]).Other);
        Assert.Equal("a", Assert.Single(shared["c"]).Other);
    }

    [Fact]
    public void Unrelated_paragraphs_and_a_single_document_share_nothing()
    {
        Assert.Empty(WireParagraphs.Find([
            Doc("a", Wire),
            Doc("b", "Two men were arrested after a robbery at a jewellery shop in the old market on Saturday afternoon, police said."),
        ]));
        Assert.Empty(WireParagraphs.Find([Doc("a", Wire, Wire)]));
    }
}
