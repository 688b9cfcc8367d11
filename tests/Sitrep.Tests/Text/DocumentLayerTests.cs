using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class DocumentLayerTests
{
    [Fact]
    public void Splits_sentences_at_their_ends_only()
    {
        SpecFile.Check("Text/sentences.json", c =>
        {
            var doc = c.Prepare();
            var actual = doc.Sentences.Select(s => doc.TextOf(s.Span)).ToList();
            var expected = c.Expected.EnumerateArray().Select(e => e.GetString()!).ToList();
            if (!actual.SequenceEqual(expected)) throw new InvalidOperationException($"got [{string.Join(" | ", actual)}]");
        });
    }

    [Fact]
    public void Reads_datelines_and_refuses_what_is_not_one()
    {
        SpecFile.Check("Text/datelines.json", c =>
        {
            var d = c.Prepare().Dateline;
            if (c.Expected.ValueKind == JsonValueKind.Null)
            {
                if (d is not null) throw new InvalidOperationException($"read a dateline '{d.Place}'");
                return;
            }
            if (d is null) throw new InvalidOperationException("no dateline");
            var doc = c.Prepare();
            var actual = SpecFile.ToJson(new { place = d.Place, date = d.DateSpan is { } s ? doc.TextOf(s) : null, agency = d.Agency });
            if (!SpecFile.Subsumes(c.Expected, actual)) throw new InvalidOperationException($"got {actual.GetRawText()}");
        });
    }

    [Theory]
    [InlineData("Tehreek-e-Taliban", "tehreek|-|e|-|taliban")]
    [InlineData("Pakistan\u2019s T.T.P. fighters", "pakistan|'|s|t.t.p.|fighters")]
    [InlineData("at 7:10 p.m., 1,000 people", "at|7:10|p.m.|,|1,000|people")]
    [InlineData("the 4th floor in the 1990s", "the|4th|floor|in|the|1990s")]
    [InlineData("O'Brien didn't go", "o'brien|didn't|go")]
    [InlineData("Odh\u00F3 \u2014 \u201Cno\u201D", "odho|-|\"|no|\"")]
    public void Tokenizes_folded_text_as_lexicons_expect(string text, string expected)
    {
        var folded = TextFolding.Fold(text);
        var tokens = Tokenizer.Tokenize(text, folded);
        Assert.Equal(expected, string.Join("|", tokens.Select(t => folded[t.Start..t.End])));
        Assert.Equal(text.Length, folded.Length);
    }

    [Fact]
    public void A_title_given_apart_opens_the_cleaned_text_so_it_can_be_cited()
    {
        var doc = DocumentPreparer.Default.Prepare(new Article("a", "Gunmen killed two soldiers.") { Title = "Two soldiers killed" });
        Assert.StartsWith("Two soldiers killed\n\n", doc.Text);
        Assert.True(doc.Sentences[0].IsHeadline);
        var same = DocumentPreparer.Default.Prepare(new Article("b", "Two soldiers killed\n\nGunmen killed two soldiers.") { Title = "Two soldiers killed" });
        Assert.Equal(same.Text, doc.Text);
    }

    [Fact]
    public void Upper_case_copy_is_known_as_such()
    {
        Assert.True(DocumentPreparer.Default.Prepare(new Article("a", "THREE SUBVERSIVES WERE KILLED YESTERDAY.")).IsUpperCase);
        Assert.False(DocumentPreparer.Default.Prepare(new Article("b", "Three subversives were killed yesterday.")).IsUpperCase);
    }
}
