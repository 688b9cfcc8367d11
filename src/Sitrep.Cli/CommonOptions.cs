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

    public static Stream OpenOutput(FileInfo? file) =>
        file is null ? Console.OpenStandardOutput() : new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None);
}
