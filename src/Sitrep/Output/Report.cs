using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Incidents;

namespace Sitrep.Output;

/// <summary>An input that could not be read, and why.</summary>
public sealed record InputError(string Path, string Reason);

/// <summary>A document as the report lists it: metadata, the incidents it reports or mentions, its cleaned text.</summary>
public sealed record DocumentSummary(
    string Id,
    string? Title,
    PublicationDate? Published,
    string? Outlet,
    string? Url,
    string? DuplicateOf,
    ImmutableArray<string> Incidents,
    string Text);

/// <summary>What <c>sitrep analyze</c> reports: incidents (primary first), documents, and errors.</summary>
public sealed record Report(ImmutableArray<Incident> Incidents, ImmutableArray<DocumentSummary> Documents, ImmutableArray<InputError> Errors);
