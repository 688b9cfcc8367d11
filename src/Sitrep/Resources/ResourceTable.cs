using System.Collections.Immutable;
using System.Reflection;

namespace Sitrep.Resources;

/// <summary>
/// A word list or gazetteer: a sorted UTF-8 TSV file embedded in the assembly, with '#' comment
/// lines (one of them naming source and licence), a header row, then one row per entry.
/// </summary>
public sealed class ResourceTable
{
    private ResourceTable(string name, ImmutableArray<string> header, ImmutableArray<ResourceRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
    }

    public string Name { get; }

    public ImmutableArray<string> Header { get; }

    public ImmutableArray<ResourceRow> Rows { get; }

    /// <summary>Loads an embedded table by file name, e.g. <c>"furniture.tsv"</c> or <c>"Actors/groups.tsv"</c>.</summary>
    public static ResourceTable Load(string fileName)
    {
        using var reader = Open(fileName);
        return Read(fileName, reader);
    }

    /// <summary>
    /// Reads an embedded table row by row without holding it whole: for the gazetteer's 118,000 towns, whose text,
    /// lines and fields at once would cost several times the memory the places themselves keep. The header and the
    /// '# source' line are checked as <see cref="Parse"/> checks them.
    /// </summary>
    public static IEnumerable<ResourceRow> Stream(string fileName)
    {
        using var reader = Open(fileName);
        foreach (var row in ReadRows(fileName, reader, _ => { })) yield return row;
    }

    /// <summary>Parses TSV text; errors name the table and the line.</summary>
    public static ResourceTable Parse(string name, string content) => Read(name, new StringReader(content));

    private static ResourceTable Read(string name, TextReader reader)
    {
        ImmutableArray<string> header = default;
        var rows = ReadRows(name, reader, h => header = h).ToImmutableArray();
        return new ResourceTable(name, header, rows);
    }

    private static StreamReader Open(string fileName)
    {
        // Embedded names keep the folder path with '/' on some SDKs and '.' on others: try both.
        var assembly = typeof(ResourceTable).Assembly;
        var stream = assembly.GetManifestResourceStream("Sitrep.Resources." + fileName.Replace('\\', '/').Replace('/', '.'))
                     ?? assembly.GetManifestResourceStream("Sitrep.Resources." + fileName.Replace('\\', '/'))
                     ?? throw new InvalidOperationException($"Resource '{fileName}' is not embedded in {assembly.GetName().Name}.");
        return new StreamReader(stream);
    }

    /// <summary>The data rows, after checking the '# source' comment and the header; errors name the table and line.</summary>
    /// <param name="onHeader">Told the header once it is read, so that a table of no rows still has one.</param>
    private static IEnumerable<ResourceRow> ReadRows(string name, TextReader reader, Action<ImmutableArray<string>> onHeader)
    {
        ImmutableArray<string> header = default;
        var hasSource = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } rawLine)
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                if (line.Contains("source", StringComparison.OrdinalIgnoreCase)) hasSource = true;
                continue;
            }
            var fields = line.Split('\t');
            if (header.IsDefault)
            {
                if (!hasSource) throw new FormatException($"{name}: no '# source' comment naming where the data comes from.");
                header = [.. fields];
                onHeader(header);
                continue;
            }
            if (fields.Length > header.Length)
                throw new FormatException($"{name}:{lineNumber}: {fields.Length} fields, header has {header.Length}.");
            yield return new ResourceRow(name, lineNumber, header, fields);
        }
        if (header.IsDefault) throw new FormatException($"{name}: no header row.");
    }
}

/// <summary>One data row of a <see cref="ResourceTable"/>; missing trailing fields read as empty.</summary>
public sealed class ResourceRow(string table, int line, ImmutableArray<string> header, string[] fields)
{
    public int Line => line;

    public string this[string column]
    {
        get
        {
            var index = header.IndexOf(column);
            if (index < 0) throw new KeyNotFoundException($"{table}: no column '{column}'.");
            return index < fields.Length ? fields[index].Trim() : "";
        }
    }

    public string? Optional(string column)
    {
        var value = this[column];
        return value.Length == 0 ? null : value;
    }

    public FormatException Error(string reason) => new($"{table}:{line}: {reason}");
}
