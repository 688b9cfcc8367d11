using System.CommandLine;
using System.Globalization;
using Sitrep.Evaluation;

namespace Sitrep.Cli;

/// <summary>
/// <c>sitrep gate --floors eval/floors.tsv [--corpora DIR]</c>: scores each corpus named in the
/// floors file and fails (exit 1) when a metric drops below its floor. A corpus path is taken
/// relative to the floors file, then to <c>--corpora</c>; a development corpus that is not on this
/// machine is skipped with a notice (CI has them).
/// </summary>
internal static class GateCommand
{
    public static Command Create()
    {
        var floors = new Option<FileInfo>("--floors") { Description = "The floors file (TSV: corpus, metric, floor).", Required = true };
        var corpora = new Option<DirectoryInfo?>("--corpora") { Description = "Where the development corpora are (e.g. ../shared/corpora)." };
        var command = new Command("gate", "Fail when an accuracy metric falls below its recorded floor.") { floors, corpora };
        command.SetAction(result =>
        {
            var file = result.GetValue(floors)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"sitrep: {file.FullName}: no such file");
                return ExitCodes.BadArguments;
            }
            var all = AccuracyGate.ReadFloors(file.FullName);
            var failures = 0;
            foreach (var group in all.GroupBy(f => f.Corpus))
            {
                var path = Resolve(group.Key, file.DirectoryName!, result.GetValue(corpora)?.FullName);
                if (path is null)
                {
                    Console.Out.WriteLine($"gate: {group.Key}: not on this machine, skipped");
                    continue;
                }
                var card = Evaluator.Default.Evaluate(group.Key, GoldReader.Default.Read(path));
                foreach (var floor in group)
                {
                    var row = card[floor.Metric];
                    var status = row is not null && row.Sitrep >= floor.Value - AccuracyGate.Tolerance ? "ok  " : "FAIL";
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"gate: {status} {group.Key,-28} {floor.Metric,-32} {row?.Sitrep,7:0.000} >= {floor.Value:0.000}"));
                }
                foreach (var failure in AccuracyGate.Check(group, card))
                {
                    failures++;
                    Console.Error.WriteLine($"sitrep gate: {failure}");
                }
            }
            return failures == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static string? Resolve(string corpus, string floorsFolder, string? corporaFolder)
    {
        var beside = Path.GetFullPath(Path.Combine(floorsFolder, corpus));
        if (File.Exists(beside)) return beside;
        if (corporaFolder is not null && File.Exists(Path.Combine(corporaFolder, corpus))) return Path.Combine(corporaFolder, corpus);
        return null;
    }
}
