using Sitrep.Evaluation;

namespace Sitrep.Tests.Evaluation;

/// <summary>The scorer gives the article-extraction benchmark's own numbers (scrapinghub evaluate.py), case by case.</summary>
public sealed class BodyExtractionScorerTests
{
    [Theory]
    [InlineData("Police said: 2 killed, don't panic", "Police|said|2|killed|don|t|panic")]
    [InlineData("snake_case and CamelCase stay", "snake_case|and|CamelCase|stay")]
    [InlineData("x² ½ Ⅻ — ok", "x²|½|Ⅻ|ok")]
    [InlineData("Bogot\u00E1 São", "Bogot\u00E1|São")]
    [InlineData("e\u0301t\u00E9", "e|t\u00E9")] // a combining accent is no word character for Python's \w
    [InlineData("警察が2人", "警察が2人")]
    public void Tokenizes_as_pythons_word_pattern(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", BodyExtractionScorer.Tokenize(text)));

    [Fact]
    public void The_same_text_scores_one_whatever_the_spacing_and_punctuation()
    {
        var m = BodyExtractionScorer.Match("Gunmen killed two police officers in Quetta.", "Gunmen  killed two\npolice officers, in Quetta");
        Assert.Equal(new ShingleMatch(1, 0, 0), m);
    }

    [Fact]
    public void Counts_shingles_as_a_multiset_and_normalises_per_article()
    {
        // Truth: a b c d e -> {abcd, bcde}; prediction: a b c d x a b c d -> {abcd x2, bcdx, cdxa, dxab, xabc}.
        var m = BodyExtractionScorer.Match("a b c d e", "a b c d x a b c d");
        // tp = 1, fp = 1 (second abcd) + 4 = 5, fn = 1 (bcde): normalised by 7.
        Assert.Equal(1 / 7.0, m.TruePositive, 12);
        Assert.Equal(5 / 7.0, m.FalsePositive, 12);
        Assert.Equal(1 / 7.0, m.FalseNegative, 12);
    }

    [Fact]
    public void A_text_of_fewer_than_four_tokens_is_one_shingle()
    {
        Assert.Equal(new ShingleMatch(1, 0, 0), BodyExtractionScorer.Match("two killed", "two, killed"));
        Assert.Equal(new ShingleMatch(0, 0.5, 0.5), BodyExtractionScorer.Match("two killed", "two killed today"));
        Assert.Equal(new ShingleMatch(0, 0, 0), BodyExtractionScorer.Match("", "..."));
    }

    [Fact]
    public void Averages_precision_over_articles_with_a_prediction_and_recall_over_articles_with_a_truth()
    {
        var matches = new[]
        {
            BodyExtractionScorer.Match("a b c d e f", "a b c d e f"),     // P 1, R 1
            BodyExtractionScorer.Match("a b c d e f", ""),                // no prediction: P not counted (tp + fp = 0), R 0
            BodyExtractionScorer.Match("a b c d e f", "a b c d e f g h"), // tp 3, fp 2: P 0.6, R 1
            BodyExtractionScorer.Match("", ""),                           // nothing at all: counted in neither
        };
        var score = BodyExtractionScorer.Score(matches);
        Assert.Equal(2, score.PrecisionCases);
        Assert.Equal(3, score.RecallCases);
        Assert.Equal((1 + 0.6) / 2, score.Precision, 12);
        Assert.Equal(2 / 3.0, score.Recall, 12);
        Assert.Equal(2 * score.Precision * score.Recall / (score.Precision + score.Recall), score.F1, 12);
    }

    [Fact]
    public void An_empty_prediction_for_an_empty_truth_is_perfect()
    {
        var m = BodyExtractionScorer.Match("", "");
        Assert.Equal(1, BodyExtractionScorer.Precision(m));
        Assert.Equal(1, BodyExtractionScorer.Recall(m));
    }

    [Fact]
    public void Reads_the_benchmark_folder_layout()
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-ae-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "html"));
            File.WriteAllText(Path.Combine(folder, "ground-truth.json"),
                """{"k1": {"articleBody": "Gunmen killed two police officers in Quetta on Monday, officials said.", "url": "https://a.example/1"}}""");
            File.WriteAllText(Path.Combine(folder, "html", "k1.html"),
                "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><p>Gunmen killed two police officers in Quetta on Monday, officials said.</p></article><footer>All rights reserved</footer></body></html>");
            Assert.True(ArticleExtractionCorpus.IsCorpusFolder(folder));
            var report = BodyExtractionEvaluator.Default.Evaluate(folder);
            Assert.Equal(1, report.Score.Cases);
            Assert.Equal(1, report.Score.F1, 12);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
