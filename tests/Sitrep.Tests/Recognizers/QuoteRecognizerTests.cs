using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;
using Sitrep.Recognizers.Quotes;

namespace Sitrep.Tests.Recognizers;

public sealed class QuoteRecognizerTests
{
    [Fact]
    public void Finds_quotes_and_their_speakers()
    {
        SpecFile.Check("Quotes/quotes.json", c =>
        {
            var doc = c.Prepare();
            var actual = Find(doc);
            if (c.Expected.TryGetProperty("has", out var has)) SpecFile.AssertMatches(has, actual);
            if (c.Expected.TryGetProperty("not", out var not))
                foreach (var unwanted in not.EnumerateArray())
                    if (actual.FirstOrDefault(a => SpecFile.Subsumes(unwanted, a)) is { ValueKind: JsonValueKind.Object } found)
                        throw new InvalidOperationException($"did not expect {found.GetRawText()}");
            if (c.Expected.TryGetProperty("count", out var count) && count.GetInt32() != actual.Count)
                throw new InvalidOperationException($"expected {count.GetInt32()} quote(s), got [{string.Join(", ", actual.Select(a => a.GetRawText()))}]");
        });
    }

    [Theory]
    [InlineData("000_c03254767cd814c0.txt", 1)]
    [InlineData("001_fa3c90a052d64be8.txt", 4)]
    [InlineData("002_07d0ea6010db6825.txt", 4)]
    [InlineData("003_5732fad530838b03.txt", 1)]
    [InlineData("004_4e0c6358380e2728.txt", 3)]
    public void Attributes_every_seed_quote(string file, int quotes)
    {
        var doc = ActorRecognizerTests.Seed(file);
        var found = QuoteRecognizer.Default.Find(doc, ActorRecognizer.Default.Find(doc));
        Assert.Equal(quotes, found.Length);
        Assert.All(found, q => Assert.NotNull(q.Speaker));
        Assert.All(found, q => Assert.NotNull(q.Role));
    }

    private static List<JsonElement> Find(Document doc)
    {
        var quotes = QuoteRecognizer.Default.Find(doc, ActorRecognizer.Default.Find(doc));
        return
        [
            .. quotes.Select(q => SpecFile.ToJson(new
            {
                Text = doc.TextOf(q.Span).ReplaceLineEndings(" "),
                q.Speaker,
                q.Role,
                SpeakerText = q.SpeakerSpan is { } s ? doc.TextOf(s).ReplaceLineEndings(" ") : null,
            })),
        ];
    }
}
