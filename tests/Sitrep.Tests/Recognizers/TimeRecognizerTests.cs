using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Recognizers.Numbers;
using Sitrep.Recognizers.Time;
using Sitrep.Resources;

namespace Sitrep.Tests.Recognizers;

public sealed class TimeRecognizerTests
{
    [Fact]
    public void Reads_and_resolves_the_times_of_the_spec_file()
    {
        SpecFile.Check("Time/times.json", c =>
        {
            var doc = c.Prepare();
            SpecFile.AssertMatches(c.Expected, Describe(doc, Find(doc)), exact: true);
        });
    }

    [Theory]
    [InlineData("2023-02-18", "Friday", "2023-02-17")]
    [InlineData("2023-02-18", "Saturday", "2023-02-18")]
    [InlineData("2023-02-18", "Sunday", "2023-02-12")]
    [InlineData("2023-02-18T23:30:00+05:00", "Monday", "2023-02-13")]
    [InlineData("2024-01-01", "Tuesday", "2023-12-26")]
    public void Resolves_a_weekday_to_the_latest_one_on_or_before_publication(string published, string weekday, string expected)
    {
        var mention = Assert.Single(Find(NumberRecognizerTests.Prepare($"Police said the attack happened on {weekday}.", published)));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), mention.Start);
        Assert.Equal(DatePrecision.Day, mention.Precision);
    }

    [Theory]
    [InlineData("2023-02-18", "January 31", "2023-01-31")]
    [InlineData("2023-02-18", "February 18", "2023-02-18")]
    [InlineData("2023-02-18", "March 30", "2022-03-30")]
    [InlineData("2023-02-18", "March 3", "2023-03-03")]
    [InlineData("2023-02-18", "Feb. 29", "2020-02-29")]
    [InlineData("1990-01-03", "31 DECEMBER", "1989-12-31")]
    public void Gives_a_date_without_a_year_the_latest_year_unless_it_is_weeks_ahead(string published, string date, string expected)
    {
        var mention = Assert.Single(Find(NumberRecognizerTests.Prepare($"It happened on {date}.", published)));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), mention.Start);
    }

    [Theory]
    [InlineData("3 JAN 90", 1990)]
    [InlineData("3 JAN 29", 2029)]
    [InlineData("3 JAN 00", 2000)]
    [InlineData("12 DEC 89", 1989)]
    public void Reads_two_digit_wire_years(string text, int year)
    {
        var mention = Assert.Single(Find(NumberRecognizerTests.Prepare($"SAN SALVADOR, {text} (AFP) -- THE ARMY SAID.")));
        Assert.Equal(year, mention.Start!.Value.Year);
    }

    [Theory]
    [InlineData("7 a.m.", 7, 0)]
    [InlineData("12 p.m.", 12, 0)]
    [InlineData("12 a.m.", 0, 0)]
    [InlineData("11:59 PM", 23, 59)]
    [InlineData("10.30 p.m.", 22, 30)]
    [InlineData("8 o'clock", 8, 0)]
    public void Reads_clock_times(string text, int hour, int minute)
    {
        var mention = Assert.Single(Find(NumberRecognizerTests.Prepare($"Shots were heard at {text} near the school.")));
        Assert.Equal(new TimeOnly(hour, minute), mention.Clock);
    }

    [Theory]
    [InlineData("The standoff lasted half an hour.", 30L, TimeUnit.Minute)]
    [InlineData("Officers talked to him for 20 minutes.", 20L, TimeUnit.Minute)]
    [InlineData("Police spent nine hours at the scene.", 9L, TimeUnit.Hour)]
    [InlineData("He served a 12-year sentence.", 12L, TimeUnit.Year)]
    [InlineData("A yearlong investigation ended.", 1L, TimeUnit.Year)]
    [InlineData("Gunfire lasted several hours.", 3L, TimeUnit.Hour)]
    public void Reads_durations(string text, long count, TimeUnit unit)
    {
        var mention = Assert.Single(Find(NumberRecognizerTests.Prepare(text)));
        Assert.Equal(TimeKind.Duration, mention.Kind);
        Assert.Equal(count, mention.Duration!.Count);
        Assert.Equal(unit, mention.Duration.Unit);
    }

    [Theory]
    [InlineData("A 24-year-old was shot.")]
    [InlineData("The boy, 3 years old, survived.")]
    [InlineData("The victim was 19 years of age.")]
    [InlineData("His 9-month-old daughter was unhurt.")]
    public void Does_not_read_ages_as_durations(string text) => Assert.Empty(Find(NumberRecognizerTests.Prepare(text)));

    [Theory]
    [InlineData(2016, "easter", "2016-03-27")]
    [InlineData(2023, "good friday", "2023-04-07")]
    [InlineData(2015, "thanksgiving", "2015-11-26")]
    [InlineData(2016, "memorial day", "2016-05-30")]
    [InlineData(2014, "mother's day", "2014-05-11")]
    public void Computes_holidays(int year, string holiday, string expected)
    {
        Assert.True(TimeLexicon.Default.Holidays.TryGetWord(holiday, out var rule) || TryPhrase(holiday, out rule));
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), rule.In(year));
    }

    [Fact]
    public void Never_reads_the_clock_without_a_publication_date()
    {
        var doc = NumberRecognizerTests.Prepare("Gunmen attacked the post yesterday, two years ago and last month.");
        Assert.All(Find(doc), m => Assert.Null(m.Start));
    }

    [Fact]
    public void Every_word_list_loads_sorted()
    {
        foreach (var name in new[]
                 {
                     "months.tsv", "weekdays.tsv", "day-parts.tsv", "units.tsv", "relative.tsv", "offset-words.tsv", "clock-words.tsv",
                     "time-qualifiers.tsv", "holidays.tsv", "calendar-modifiers.tsv", "cues.tsv", "not-times.tsv", "not-year-after.tsv", "duration-cues.tsv",
                 })
        {
            var table = ResourceTable.Load("Time/" + name);
            var keys = table.Rows.Select(r => r[table.Header[0]]).ToList();
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public void A_holiday_with_a_bad_rule_names_its_line()
    {
        var error = Assert.Throws<FormatException>(() => new TimeLexicon(name => name == "holidays.tsv"
            ? ResourceTable.Parse("holidays.tsv", "# source: test\nphrase\trule\tmonth\tday\tweekday\tnth\nhogmanay\tweekday\t12\t\tfriday\t0\n")
            : ResourceTable.Load("Time/" + name)));
        Assert.Contains("holidays.tsv:3", error.Message);
    }

    private static bool TryPhrase(string phrase, out Holiday holiday)
    {
        var doc = NumberRecognizerTests.Prepare(phrase);
        var found = TimeLexicon.Default.Holidays.TryMatchAt(doc, 0, out var match);
        holiday = match.Value;
        return found && match.EndToken == doc.Tokens.Length;
    }

    private static IReadOnlyList<TimeMention> Find(Document doc) => TimeRecognizer.Default.Find(doc, NumberRecognizer.Default.Find(doc));

    private static List<JsonElement> Describe(Document doc, IEnumerable<TimeMention> mentions) =>
        mentions.Select(m => SpecFile.ToJson(new
        {
            Text = doc.TextOf(m.Span),
            m.Kind,
            Start = m.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            End = m.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            m.Precision,
            m.Weekday,
            Clock = m.Clock?.ToString("HH:mm", CultureInfo.InvariantCulture),
            m.PartOfDay,
            m.Qualifier,
            m.Year,
            m.Month,
            m.DayOfMonth,
            Duration = m.Duration is { } d ? new { d.Count, d.High, d.Unit, d.Qualifier } : null,
            Offset = m.Offset is { } o ? new { o.Amount.Count, o.Amount.Unit, o.Direction, o.Anchor } : null,
        })).ToList();

    [Fact]
    public void A_placeholder_publication_date_is_no_reference()
    {
        var doc = Sitrep.Text.DocumentPreparer.Default.Prepare(new Sitrep.Documents.Article("a", "Gunmen attacked a bus on Friday.")
        {
            Published = new Sitrep.Documents.PublicationDate(new DateOnly(1, 1, 1)),
        });
        var friday = Assert.Single(TimeRecognizer.Default.Find(doc, NumberRecognizer.Default.Find(doc)));
        Assert.Null(friday.Start);
        Assert.Equal(DayOfWeek.Friday, friday.Weekday);
    }
}
