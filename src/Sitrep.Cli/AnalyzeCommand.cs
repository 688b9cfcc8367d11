using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary><c>sitrep analyze PATH... [--published DATE] [--format json|jsonl|markdown|csv-acled|csv-gtd|geojson] [--out FILE]</c></summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to read (folders recursively); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = CommonOptions.Published();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. ReportExporter.Formats]);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var noText = new Option<bool>("--no-text") { Description = "Leave the cleaned text out of documents[] in json output." };
        var maxFileMb = CommonOptions.MaxFileMegabytes();

        var command = new Command("analyze", "Find the incidents that articles report, with evidence for every value.")
        {
            paths, published, format, output, noText, maxFileMb,
        };
        command.SetAction(result =>
        {
            var limits = ReadLimits.Default with { MaxFileBytes = result.GetValue(maxFileMb) * 1024L * 1024L };
            var builder = new ReportBuilder();
            var read = Batch.Run(new InputReader(limits), result.GetValue(paths)!, result.GetValue(published), builder, DocumentAnalyzer.Default, Console.Error.WriteLine);
            Console.Error.WriteLine(read.Tally.Summary());
            var report = builder.Build();
            using var stream = CommonOptions.OpenOutput(result.GetValue(output));
            ReportExporter.Write(report, result.GetValue(format)!, stream, includeText: !result.GetValue(noText));
            return read.Failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
