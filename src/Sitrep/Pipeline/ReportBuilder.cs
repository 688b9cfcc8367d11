using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Incidents;
using Sitrep.Output;

namespace Sitrep.Pipeline;

/// <summary>
/// Collects analysed documents and input errors into a report. Keeps what the report needs of
/// each document (its facts, metadata and cleaned text), not the whole analysis, so a batch
/// costs memory for what it outputs only.
/// </summary>
public sealed class ReportBuilder(IncidentAssembler assembler)
{
    private readonly List<AnalyzedDocument> _documents = [];
    private readonly List<InputError> _errors = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public ReportBuilder() : this(IncidentAssembler.Default)
    {
    }

    /// <summary>Gives the article an id no other document of the batch has ("a" then "a~2"), and says when it had to.</summary>
    public Article Admit(Article article, out string? renamed)
    {
        renamed = null;
        if (_ids.Add(article.Id)) return article;
        var n = 2;
        while (!_ids.Add($"{article.Id}~{n}")) n++;
        renamed = $"{article.Id}~{n}";
        return article with { Id = renamed };
    }

    public void Add(DocumentAnalysis analysis) => Add(analysis.ToAnalyzedDocument());

    /// <summary>Adds a document analysed before (kept in a store, say).</summary>
    public void Add(AnalyzedDocument document) => _documents.Add(document);

    public void AddError(string path, string reason) => _errors.Add(new InputError(path, reason));

    public int DocumentCount => _documents.Count;

    public int ErrorCount => _errors.Count;

    public Report Build()
    {
        var assembly = assembler.Assemble(_documents);
        var byDocument = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var incident in assembly.Incidents)
            foreach (var doc in incident.Documents.Concat(incident.MentionedIn).Distinct())
                (byDocument.TryGetValue(doc, out var list) ? list : byDocument[doc] = []).Add(incident.Id);
        var documents = _documents
            .Select(d => new DocumentSummary(d.Id, d.Title, d.Published, d.Outlet, d.Url, assembly.CopyOf.GetValueOrDefault(d.Id),
                byDocument.TryGetValue(d.Id, out var ids) ? [.. ids] : [], d.Text))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Report(assembly.Incidents, documents, [.. _errors]);
    }
}
