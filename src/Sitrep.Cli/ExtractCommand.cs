using System.CommandLine;
using Sitrep.Ingest;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>
/// <c>sitrep extract PATH... [--format jsonl|text] [--published DATE] [--out FILE]</c>: what Sitrep
/// read from each input, before any analysis (see <see cref="ExtractWriter"/>).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to read (folders recursively); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var published = CommonOptions.Published();
        var output = CommonOptions.Output();
        var maxFileMb = CommonOptions.MaxFileMegabytes();
        var command = new Command("extract", "Show what was read from each input (metadata, dateline, cleaned text), before any analysis.")
        {
            paths, format, published, output, maxFileMb,
        };
        command.SetAction(result =>
        {
            var limits = ReadLimits.Default with { MaxFileBytes = result.GetValue(maxFileMb) * 1024L * 1024L };
            var tally = new ReadTally();
            using var stream = result.GetValue(output) is { } file
                ? new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None)
                : Console.OpenStandardOutput();
            using var buffered = new BufferedStream(stream, 1 << 16);
            var writer = new ExtractWriter(buffered, result.GetValue(format) == "text");
            foreach (var item in new InputReader(limits).Read(result.GetValue(paths)!, result.GetValue(published)))
            {
                tally.Count(item);
                if (item.Error is not null) Console.Error.WriteLine($"sitrep: {item.Path}: {item.Error}");
                if (item.Article is null) continue;
                if (item.Warning is not null) Console.Error.WriteLine($"sitrep: warning: {item.Path}: {item.Warning}");
                writer.Write(DocumentPreparer.Default.Prepare(item.Article), item.Path);
            }
            buffered.Flush();
            Console.Error.WriteLine(tally.Summary());
            return tally.Failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
