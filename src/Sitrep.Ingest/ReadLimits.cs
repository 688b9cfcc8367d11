namespace Sitrep.Ingest;

/// <summary>Bounds on what one input may cost. An input over a bound is reported and skipped, never half-read.</summary>
public sealed record ReadLimits(long MaxFileBytes, int MaxRecordChars)
{
    /// <summary>10 MB per file; 2 million characters per article (a long book chapter, far beyond any news story).</summary>
    public static ReadLimits Default { get; } = new(10 * 1024 * 1024, 2_000_000);
}
