using System.CommandLine;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary><c>sitrep ingest PATH... [--db FILE|URL] [--published DATE] [--batch N]</c></summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to read (folders recursively); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CommonOptions.Database();
        var published = CommonOptions.Published();
        var maxFileMb = CommonOptions.MaxFileMegabytes();
        var batch = new Option<int>("--batch")
        {
            Description = "Articles committed per transaction.",
            DefaultValueFactory = _ => StoreIngestor.DefaultBatchSize,
        };
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--batch must be at least 1.");
        });
        var command = new Command("ingest", "Add articles to a store: each article once, incidents updated as reports arrive.")
        {
            paths, db, published, maxFileMb, batch,
        };
        command.SetAction(result =>
        {
            var store = StoreOpener.Open(result.GetValue(db));
            if (store is null) return ExitCodes.BadArguments;
            var limits = ReadLimits.Default with { MaxFileBytes = result.GetValue(maxFileMb) * 1024L * 1024L };
            var items = new InputReader(limits).Read(result.GetValue(paths)!, result.GetValue(published));
            var outcome = new StoreIngestor(store, DocumentAnalyzer.Default, result.GetValue(batch)).Run(items, Console.Error.WriteLine);
            Console.Error.WriteLine(outcome.Tally.Summary());
            Console.Error.WriteLine($"sitrep: {store.Location.Display}: {outcome.Added} documents added, {outcome.Duplicates} already stored; " +
                                    $"{store.Reader.Count("documents")} documents and {store.Reader.Count()} incidents in the store");
            return outcome.Failed == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }
}
