using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>What reading an input gives, one per article or per failure: an article, an error, or a warning with an article.</summary>
public sealed record InputItem(Article? Article, string Path, string? Error, string? Warning = null)
{
    public static InputItem Read(Article article, string path, string? warning = null) => new(article, path, null, warning);

    public static InputItem Failed(string path, string reason) => new(null, path, reason);
}
