using System.CommandLine;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary><c>sitrep export [--db FILE|URL] [--format json|jsonl|markdown|csv-acled|csv-gtd|geojson] [--out FILE]</c></summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. ReportExporter.Formats]);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var noText = new Option<bool>("--no-text") { Description = "Leave the cleaned text out of documents[] in json output." };
        var command = new Command("export", "Write the whole store out: the same bytes as 'analyze' on the stored documents.")
        {
            db, format, output, noText,
        };
        command.SetAction(result =>
        {
            var store = StoreOpener.Open(result.GetValue(db));
            if (store is null) return ExitCodes.BadArguments;
            var report = store.LoadReport();
            using var stream = CommonOptions.OpenOutput(result.GetValue(output));
            ReportExporter.Write(report, result.GetValue(format)!, stream, includeText: !result.GetValue(noText));
            return ExitCodes.Success;
        });
        return command;
    }
}
