using System.Text.Json;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Casualties;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Tests.Recognizers;

public sealed class CasualtyRecognizerTests
{
    private static IReadOnlyList<JsonElement> Find(SpecCase c)
    {
        var doc = c.Prepare();
        var numbers = NumberRecognizer.Default.Find(doc);
        return CasualtyRecognizer.Default.Find(doc, numbers, ActorRecognizer.Default.Find(doc)).Select(m => SpecFile.ToJson(new
        {
            text = doc.TextOf(m.Span),
            count_text = doc.TextOf(m.CountSpan),
            outcome = m.Outcome,
            count = m.Count,
            qualifier = m.Qualifier,
            side = m.Side,
            @class = m.Class,
            negated = m.IsNegated,
            additional = m.IsAdditional,
            parts = m.Parts.Select(p => new { count = p.Count, side = p.Side, @class = p.Class }),
        })).ToList();
    }

    [Fact]
    public void Reads_casualty_statements_with_count_side_and_parts() =>
        SpecFile.Check("Casualties/casualties.json", c => SpecFile.AssertMatches(c.Expected, Find(c), exact: true));

    [Theory]
    [InlineData("The minister said he could have been killed.")]
    [InlineData("The group threatened to kill more soldiers.")]
    [InlineData("Officers were nearly killed when the roof fell.")]
    public void Ignores_what_did_not_happen(string text)
    {
        var c = new SpecCase(text, null, JsonDocument.Parse("[]").RootElement, null);
        Assert.Empty(Find(c));
    }
}
