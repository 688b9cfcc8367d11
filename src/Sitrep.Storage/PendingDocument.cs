using Sitrep.Documents;
using Sitrep.Incidents;

namespace Sitrep.Storage;

/// <summary>An article read and analysed, waiting to be committed with its batch.</summary>
/// <param name="Article">The article under the id it will be stored as.</param>
/// <param name="ContentHash">The article's <see cref="ArticleHash"/> as it was read (before any renaming).</param>
public sealed record PendingDocument(Article Article, string ContentHash, AnalyzedDocument Analysis);

/// <summary>What a commit did.</summary>
/// <param name="Added">Ids of the documents stored now.</param>
/// <param name="Duplicates">Documents already stored (by content), skipped.</param>
/// <param name="IncidentsWritten">Incident records inserted or rewritten.</param>
/// <param name="IncidentsRemoved">Incident records gone (merged into others, or given a new id).</param>
public sealed record CommitResult(IReadOnlyList<string> Added, int Duplicates, int IncidentsWritten, int IncidentsRemoved, int IncidentCount);
