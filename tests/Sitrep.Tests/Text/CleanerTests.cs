using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class CleanerTests
{
    [Fact]
    public void Removes_page_furniture_and_keeps_the_article()
    {
        SpecFile.Check("Text/cleaner.json", c =>
        {
            var cleaned = Cleaner.Default.Clean(c.Input);
            foreach (var with in c.Expected.GetProperty("with").EnumerateArray())
                if (!cleaned.Contains(with.GetString()!, StringComparison.Ordinal))
                    throw new InvalidOperationException($"lost \"{with.GetString()}\" from: {cleaned}");
            foreach (var without in c.Expected.GetProperty("without").EnumerateArray())
                if (cleaned.Contains(without.GetString()!, StringComparison.Ordinal))
                    throw new InvalidOperationException($"kept \"{without.GetString()}\" in: {cleaned}");
        });
    }

    [Fact]
    public void Rejects_a_furniture_table_with_a_bad_kind()
    {
        var table = Sitrep.Resources.ResourceTable.Parse("bad.tsv", "# source: test\nkind\tpattern\nshout\tclick here\n");
        var error = Assert.Throws<FormatException>(() => FurnitureRules.FromTable(table));
        Assert.Contains("bad.tsv:3", error.Message);
    }

    [Theory]
    [InlineData("(?<=police )said")] // lookbehind: the linear-time engine has none
    [InlineData("(unclosed")]
    public void Rejects_a_furniture_table_with_a_bad_expression_and_names_its_line(string pattern)
    {
        var table = Sitrep.Resources.ResourceTable.Parse(
            "bad.tsv", $"# source: test\nkind\tpattern\nregex\tcopyright \\d{{4}}.*\ninline\t{pattern}\nregex\tread more.*\n");
        var error = Assert.Throws<FormatException>(() => FurnitureRules.FromTable(table));
        Assert.Contains("bad.tsv:4", error.Message);
    }

    [Fact]
    public void Cuts_only_the_group_named_cut_of_an_inline_match()
    {
        var table = Sitrep.Resources.ResourceTable.Parse(
            "cut.tsv", "# source: test\nkind\tpattern\ninline\t[.!?]\\s+(?<cut>advertisement\\s+)[a-z]\n");
        var cleaner = new Cleaner(FurnitureRules.FromTable(table));
        Assert.Equal("He fled. Police arrived.", cleaner.Clean("He fled. Advertisement Police arrived."));
    }
}
