using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// "NOPD says", "an NYPD officer": a city police force named by its initials (<c>Places/police-forces.tsv</c>) names
/// its city, whose officers act there, as "New Orleans police" does. Read as written, in capitals, where no other place
/// mention covers the word.
/// </summary>
public sealed class PoliceForceReader(Gazetteer gazetteer, ResourceTable table)
{
    private readonly Lazy<FrozenDictionary<string, Place>> _forces = new(() => Build(gazetteer, table));

    public static PoliceForceReader Default { get; } = new(Gazetteer.Default, ResourceTable.Load("Places/police-forces.tsv"));

    /// <param name="mentions">The places read already: a word any of them covers is not read again.</param>
    public List<PlaceMention> Read(Document doc, List<PlaceMention> mentions)
    {
        var found = new List<PlaceMention>();
        var forces = _forces.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < doc.Tokens.Length; k++)
        {
            var token = doc.Tokens[k];
            if (!token.IsWord || token.Shape != TokenShape.Upper || !forces.TryGetValue(doc.Slice(token.Span), out var city)) continue;
            if (mentions.Exists(m => m.Span.Overlaps(token.Span))) continue;
            found.Add(new PlaceMention(token.Span, PlaceKind.City, city.Name)
            {
                Place = city,
                Evidence = PlaceEvidence.Normal,
                Relation = new PlaceRelation(PlaceRelationKind.Agency, token.Span),
                FirstToken = k,
                EndToken = k + 1,
            });
        }
        return found;
    }

    private static FrozenDictionary<string, Place> Build(Gazetteer gazetteer, ResourceTable table)
    {
        var towns = ListedTowns.Resolve(gazetteer, table.Rows.Select(r => (r["region"], r["town"])));
        var forces = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
            if (towns.TryGetValue((row["region"], TextFolding.Fold(row["town"])), out var town))
                forces[row["acronym"]] = town;
        return forces.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
