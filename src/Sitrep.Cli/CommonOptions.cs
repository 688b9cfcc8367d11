using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<PublicationDate?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that carry none.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (PublicationDate.TryParse(text, out var date)) return date;
            result.AddError($"--published: '{text}' is not a date (YYYY-MM-DD).");
            return null;
        },
    };

    public static Option<int> MaxFileMegabytes() => new("--max-file-mb")
    {
        Description = "Skip (and report) input files larger than this many megabytes.",
        DefaultValueFactory = _ => 10,
    };

    public static Option<string?> Database() => new("--db")
    {
        Description = $"The store: a SQLite file (created on first use) or a postgres://user:password@host:port/database URL. Default: ${StoreLocation.EnvironmentVariable}, else {StoreLocation.DefaultFile}.",
    };

    public static Option<FileInfo?> Output() => new("--out", "-o") { Description = "Write to this file instead of standard output." };

    public static Stream OpenOutput(FileInfo? file) =>
        file is null ? Console.OpenStandardOutput() : new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None);
}

/// <summary>
/// How <c>analyze</c> and <c>export</c> write a report: <c>--format</c> (any of <see cref="ReportExporter.Formats"/>),
/// <c>--out</c> and <c>--no-text</c>. The two commands write the same bytes for the same documents.
/// </summary>
internal sealed class ReportOutputOptions
{
    private readonly Option<string> _format = new("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "json" };
    private readonly Option<FileInfo?> _output = CommonOptions.Output();
    private readonly Option<bool> _noText = new("--no-text") { Description = "Leave the cleaned text out of documents[] in json output." };

    public ReportOutputOptions() => _format.AcceptOnlyFromAmong([.. ReportExporter.Formats]);

    public void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_noText);
    }

    public void Write(ParseResult result, Sitrep.Output.Report report)
    {
        using var stream = CommonOptions.OpenOutput(result.GetValue(_output));
        ReportExporter.Write(report, result.GetValue(_format)!, stream, includeText: !result.GetValue(_noText));
    }
}
