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
            if (IsNorthAmericanTelephone(doc, k))
            {
                if (!found.Contains(NorthAmerica)) found.Add(NorthAmerica);
                continue;
            }
            if (!_first.TryGetValue(doc.FoldedOf(k), out var cues)) continue;
            // "first degree", "first-degree".
            var second = doc.TokenIs(k + 1, "-") ? k + 2 : k + 1;
            foreach (var (next, country) in cues)
                if ((next is null || doc.TokenIs(second, next)) && !found.Contains(country))
                    found.Add(country);
        }
        return found;
    }

    /// <summary>The country a North American telephone number cues: most of the numbering plan's people are in the US.</summary>
    private const string NorthAmerica = "US";

    /// <summary>
    /// "(812) 435-6194", "812-435-6194": an area code of three digits, three more and four, read from the tokens
    /// (numbers and the ")" or "-" between them, written together but for the space after ")").
    /// </summary>
    private static bool IsNorthAmericanTelephone(Document doc, int k)
    {
        var tokens = doc.Tokens;
        if (k + 4 >= tokens.Length || !HasDigits(doc, k, 3) || !HasDigits(doc, k + 2, 3) || !doc.TokenIs(k + 3, "-") || !HasDigits(doc, k + 4, 4))
            return false;
        var joined = tokens[k + 2].End == tokens[k + 3].Start && tokens[k + 3].End == tokens[k + 4].Start;
        return joined && (doc.TokenIs(k + 1, "-") && tokens[k].End == tokens[k + 1].Start && tokens[k + 1].End == tokens[k + 2].Start ||
                          doc.TokenIs(k + 1, ")") && doc.TokenIs(k - 1, "(") && tokens[k].End == tokens[k + 1].Start);
    }

    private static bool HasDigits(Document doc, int token, int count)
    {
        if (!doc.Tokens[token].IsNumber || doc.Tokens[token].Span.Length != count) return false;
        foreach (var c in doc.Text.AsSpan(doc.Tokens[token].Start, count))
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
