using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// Words of one country's institutions ("sheriff", "911", "police department"): a hint of the country a report is
/// set in, where its place names leave it open ("Chester", a city in England and in Pennsylvania).
/// </summary>
public sealed class CountryCues
{
    /// <summary>By first word: the second word (null for one-word cues) and the country.</summary>
    private readonly FrozenDictionary<string, (string? Next, string Country)[]>.AlternateLookup<ReadOnlySpan<char>> _first;

    public CountryCues(ResourceTable table)
    {
        var cues = new Dictionary<string, List<(string? Next, string Country)>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var words = row["phrase"].Split(' ');
            if (words.Length > 2) throw row.Error("a cue has one or two words.");
            (cues.TryGetValue(words[0], out var list) ? list : cues[words[0]] = []).Add((words.Length == 2 ? words[1] : null, row["country"]));
        }
        _first = cues.ToFrozenDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CountryCues Default { get; } = new(ResourceTable.Load("Places/country-cues.tsv"));

    /// <summary>The countries the document's words cue, each once, in order of first cue.</summary>
    public List<string> Of(Document doc)
    {
        var found = new List<string>(1);
        for (var k = 0; k < doc.Tokens.Length; k++)
        {
            if (!_first.TryGetValue(doc.FoldedOf(k), out var cues)) continue;
            foreach (var (next, country) in cues)
                if ((next is null || doc.TokenIs(k + 1, next)) && !found.Contains(country))
                    found.Add(country);
        }
        return found;
    }
}
