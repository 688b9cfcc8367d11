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
}
