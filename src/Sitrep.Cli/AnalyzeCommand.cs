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
        var report = new ReportOutputOptions();
        var maxFileMb = CommonOptions.MaxFileMegabytes();

        var command = new Command("analyze", "Find the incidents that articles report, with evidence for every value.")
        {
            paths, published, maxFileMb,
        };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var limits = ReadLimits.Default with { MaxFileBytes = result.GetValue(maxFileMb) * 1024L * 1024L };
            var builder = new ReportBuilder();
            var read = Batch.Run(new InputReader(limits), result.GetValue(paths)!, result.GetValue(published), builder, DocumentAnalyzer.Default, Console.Error.WriteLine);
            Console.Error.WriteLine(read.Tally.Summary());
            report.Write(result, builder.Build());
            return read.Failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
