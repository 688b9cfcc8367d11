using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Cli;

/// <summary>Reads inputs, analyses each article, and reports each bad input on standard error as it goes.</summary>
internal static class Batch
{
    public sealed record Outcome(int Read, int Failed);

    public static Outcome Run(InputReader reader, IEnumerable<string> paths, PublicationDate? published, ReportBuilder builder, DocumentAnalyzer analyzer)
    {
        int read = 0, failed = 0;
        foreach (var item in reader.Read(paths, published))
        {
            if (item.Error is not null)
            {
                failed++;
                builder.AddError(item.Path, item.Error);
                Console.Error.WriteLine($"sitrep: {item.Path}: {item.Error}");
                continue;
            }
            if (item.Warning is not null) Console.Error.WriteLine($"sitrep: warning: {item.Path}: {item.Warning}");
            var article = builder.Admit(item.Article!, out var renamed);
            if (renamed is not null) Console.Error.WriteLine($"sitrep: warning: {item.Path}: id '{item.Article!.Id}' already used; this document is '{renamed}'");
            try
            {
                builder.Add(analyzer.Analyze(article));
                read++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug on one document must not lose the batch: report it like a bad input.
                failed++;
                builder.AddError(item.Path, $"analysis failed: {e.GetType().Name}: {e.Message}");
                Console.Error.WriteLine($"sitrep: {item.Path}: analysis failed: {e.GetType().Name}: {e.Message}");
            }
        }
        return new Outcome(read, failed);
    }
}
