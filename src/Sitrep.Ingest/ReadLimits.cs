namespace Sitrep.Ingest;

/// <summary>Bounds on what one input may cost. An input over a bound is reported and skipped, never half-read.</summary>
/// <param name="MaxFileBytes">A file read whole (text, page, feed; a gzipped page once inflated), one WARC record, one decoded HTTP body.</param>
/// <param name="MaxRecordChars">The text of one article; a page's markup may be four times this.</param>
public sealed record ReadLimits(long MaxFileBytes, int MaxRecordChars)
{
    /// <summary>10 MB per file; 2 million characters per article (a long book chapter, far beyond any news story).</summary>
    public static ReadLimits Default { get; } = new(10 * 1024 * 1024, 2_000_000);
}
