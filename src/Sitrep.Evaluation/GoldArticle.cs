using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>An annotated article: its text and what a human coder recorded about it.</summary>
public sealed record GoldArticle(string Id, string Text, PublicationDate? Published, string? Title, string? Url, GoldLabels Gold)
{
    public Article ToArticle() => new(Id, Text) { Published = Published, Title = Title, Url = Url, Source = Id };
}

/// <summary>
/// The gold labels of one article, in one shape whatever the corpus: whether it reports an
/// incident, the article-level casualty counts, and the incidents themselves.
/// </summary>
/// <param name="Relevant">The article reports at least one real incident.</param>
/// <param name="ClusterId">The incident the article reports, for clustering (GVA <c>incident_id</c>).</param>
public sealed record GoldLabels(bool Relevant, string? ClusterId, GoldCounts Counts, ImmutableArray<GoldIncident> Incidents)
{
    /// <summary>The corpus's attack types and the GTD types that match each (empty: the corpus writes GTD types).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> AttackTypes { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
}

/// <summary>Casualty counts; null where the gold does not say. <see cref="Exact"/> is false for MUC's lower bounds and approximations.</summary>
public sealed record GoldCounts(int? Killed, int? Wounded, int? KilledVictims, int? KilledPerpetrators, int? WoundedVictims, int? WoundedPerpetrators, bool Exact = true);

/// <summary>One gold incident: where, when, what kind, by whom.</summary>
public sealed record GoldIncident(
    string? Id,
    string? AttackType,
    DateOnly? Date,
    string? Country,
    string? Admin1,
    string? City,
    ImmutableArray<string> Perpetrators,
    bool Claimed,
    GoldCounts Counts);
