using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// What reading an input gives, one per article, per failure or per record passed over: an article
/// (perhaps with a warning), an error, or a skip. An error is a bad input the user should hear
/// about (the batch exits 1); a skip is a record that holds no article by its nature (a WARC
/// request record, an image), counted in the summary and otherwise silent.
/// </summary>
/// <param name="Path">The input, and the record within it where there are several: "crawl.warc.gz:record 17", "feed.xml:item 3", "batch.jsonl:12".</param>
public sealed record InputItem(Article? Article, string Path, string? Error, string? Warning = null)
{
    /// <summary>What kind of failure or skip this is, for the summary ("malformed feed", "truncated gzip member", "WARC request record").</summary>
    public string? Kind { get; init; }

    /// <summary>Why the record was passed over, when it was (see the class summary).</summary>
    public string? Skipped { get; init; }

    /// <summary>The file (or "-") the item came from; set by <see cref="InputReader"/>.</summary>
    public string? Input { get; init; }

    public static InputItem Read(Article article, string path, string? warning = null) => new(article, path, null, warning);

    public static InputItem Failed(string path, string reason, string kind = "unreadable input") => new(null, path, reason) { Kind = kind };

    public static InputItem Skip(string path, string reason, string kind) => new(null, path, null) { Skipped = reason, Kind = kind };
}
