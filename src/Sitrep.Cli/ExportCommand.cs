using System.CommandLine;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary><c>sitrep export [--db FILE|URL] [--format json|jsonl|markdown|csv-acled|csv-gtd|geojson] [--out FILE]</c></summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var report = new ReportOutputOptions();
        var command = new Command("export", "Write the whole store out: the same bytes as 'analyze' on the stored documents.") { db };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var store = StoreOpener.Open(result.GetValue(db));
            if (store is null) return ExitCodes.BadArguments;
            report.Write(result, store.LoadReport());
            return ExitCodes.Success;
        });
        return command;
    }
}
