using System.Globalization;
using System.Text;
using CsvHelper;
using Sitrep.Output;

namespace Sitrep.Storage;

/// <summary>
/// Writes a report in one of the export formats: the core's JSON, JSON Lines, markdown and
/// GeoJSON writers, and the ACLED and GTD CSV shapes (rows from <see cref="ExportRows"/>, written
/// with CsvHelper: RFC 4180 quoting, '\n' line ends, and text that a spreadsheet would run as a
/// formula escaped). The same report gives the same bytes.
/// </summary>
public static class ReportExporter
{
    public static readonly IReadOnlyList<string> Formats = ["json", "jsonl", "markdown", "csv-acled", "csv-gtd", "geojson"];

    public static string ContentType(string format) => format switch
    {
        "json" => "application/json",
        "jsonl" => "application/x-ndjson",
        "markdown" => "text/markdown; charset=utf-8",
        "csv-acled" or "csv-gtd" => "text/csv; charset=utf-8",
        "geojson" => "application/geo+json",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string FileExtension(string format) => format switch
    {
        "markdown" => "md",
        "csv-acled" or "csv-gtd" => "csv",
        _ => format,
    };

    public static void Write(Report report, string format, Stream output, bool includeText = true)
    {
        switch (format)
        {
            case "json":
                JsonReportWriter.WriteJson(report, output, includeText);
                break;
            case "jsonl":
                JsonReportWriter.WriteJsonLines(report.Incidents, output);
                break;
            case "markdown":
                output.Write(Encoding.UTF8.GetBytes(MarkdownReportWriter.Write(report)));
                break;
            case "csv-acled":
                WriteCsv(ExportRows.AcledColumns, ExportRows.Acled(report), output);
                break;
            case "csv-gtd":
                WriteCsv(ExportRows.GtdColumns, ExportRows.Gtd(report), output);
                break;
            case "geojson":
                GeoJsonReportWriter.Write(report, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), $"unknown format '{format}'; known: {string.Join(", ", Formats)}");
        }
    }

    private static void WriteCsv(IReadOnlyList<string> columns, IEnumerable<string[]> rows, Stream output)
    {
        // Article text reaches these files (titles, names): a field starting "=", "+", "@", tab or CR is
        // escaped so a spreadsheet shows it as text. "-" is left alone: negative coordinates start with it.
        var options = CsvWriterOptions.Default with
        {
            NewLine = "\n",
            Injection = CsvInjection.Escape,
            InjectionCharacters = "=+@\t\r",
        };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteRecord([.. columns]);
        foreach (var row in rows) csv.WriteRecord(row);
        csv.Flush();
    }
}
