using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Recognizers.Numbers;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    [Fact]
    public void Reads_the_numbers_of_the_spec_file()
    {
        SpecFile.Check("Numbers/numbers.json", c =>
        {
            var doc = c.Prepare();
            SpecFile.AssertMatches(c.Expected, Describe(doc, NumberRecognizer.Default.Find(doc)), exact: true);
        });
    }

    [Theory]
    [InlineData("seven", 7)]
    [InlineData("fourteen", 14)]
    [InlineData("ninety-nine", 99)]
    [InlineData("one hundred", 100)]
    [InlineData("three hundred and twelve", 312)]
    [InlineData("a thousand", 1000)]
    [InlineData("two million", 2000000)]
    [InlineData("SIXTY-FIVE", 65)]
    [InlineData("1,000,000", 1000000)]
    [InlineData("zero", 0)]
    public void Reads_written_numbers(string text, long value)
    {
        var mention = Assert.Single(Find(text));
        Assert.Equal(value, mention.Value);
        Assert.Equal(text.Length, mention.Span.Length);
    }

    [Theory]
    [InlineData("1st", 1)]
    [InlineData("2nd", 2)]
    [InlineData("22d", 22)]
    [InlineData("113th", 113)]
    [InlineData("ninth", 9)]
    [InlineData("hundredth", 100)]
    public void Reads_ordinals_as_ranks(string text, long value)
    {
        var mention = Assert.Single(Find(text));
        Assert.Equal(NumberForm.Ordinal, mention.Form);
        Assert.Equal(value, mention.Value);
    }

    [Theory]
    [InlineData("12d")]
    [InlineData("7:10")]
    [InlineData("1990s")]
    [InlineData("3.5")]
    [InlineData("a man")]
    [InlineData("hundred")]
    public void Refuses_what_is_not_a_count(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Spans_and_token_ranges_agree()
    {
        var doc = Prepare("Police said at least 101 people died, 217 were hurt and between 5 and 10 fled.");
        foreach (var m in NumberRecognizer.Default.Find(doc))
        {
            Assert.Equal(doc.Tokens[m.FirstToken].Start, m.Span.Start);
            Assert.Equal(doc.Tokens[m.EndToken - 1].End, m.Span.End);
            Assert.True(m.Span.Contains(m.ValueSpan));
        }
    }

    [Fact]
    public void Every_word_list_loads_sorted()
    {
        foreach (var name in new[] { "Numbers/number-words.tsv", "Numbers/amounts.tsv", "Numbers/qualifiers.tsv", "Numbers/counted-nouns.tsv" })
        {
            var keys = ResourceTable.Load(name).Rows.Select(r => r[ResourceTable.Load(name).Header[0]]).ToList();
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public void A_word_list_with_a_bad_qualifier_names_its_line()
    {
        var words = ResourceTable.Load("Numbers/number-words.tsv");
        var amounts = ResourceTable.Load("Numbers/amounts.tsv");
        var bad = ResourceTable.Parse("q.tsv", "# source: test\nphrase\tposition\tqualifier\nat least\tbefore\tplenty\n");
        var nouns = ResourceTable.Load("Numbers/counted-nouns.tsv");
        var error = Assert.Throws<FormatException>(() => new NumberLexicon(words, amounts, bad, nouns));
        Assert.Contains("q.tsv:3", error.Message);
    }

    internal static Document Prepare(string text, string? published = null) =>
        DocumentPreparer.Default.Prepare(new Article("test", text) { Published = published is null ? null : PublicationDate.Parse(published) });

    private static IReadOnlyList<NumberMention> Find(string text) => NumberRecognizer.Default.Find(Prepare(text));

    private static List<JsonElement> Describe(Document doc, IEnumerable<NumberMention> mentions) =>
        mentions.Select(m => SpecFile.ToJson(new
        {
            Text = doc.TextOf(m.Span),
            ValueText = doc.TextOf(m.ValueSpan),
            m.Value,
            m.High,
            m.Qualifier,
            m.Form,
        })).ToList();
}
