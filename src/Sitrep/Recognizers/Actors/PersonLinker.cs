using Sitrep.Documents;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// Links later mentions of a person to the full name given elsewhere in the document: "Sharif said"
/// and "Mr. Sharif" to "Shehbaz Sharif", "[RODRIGUEZ]" to "RENE RODRIGUEZ HURTADO", and a one-letter
/// slip ("interior minister Sanuallah") to "Rana Sanaullah". A linked mention takes the full name as
/// its Name, keeps what was written as its Alias, and inherits the role when it gives none.
/// </summary>
internal static class PersonLinker
{
    public static void Link(ActorScan scan)
    {
        var full = new List<PersonName>();
        foreach (var name in scan.Names)
            if (name.Length >= 2 && CountWords(scan.Doc, name.First, name.End) >= 2) full.Add(name);
        if (full.Count == 0) return;

        // Every name that is part of a longer one: "Sharif", "MAJOR RODRIGUEZ HURTADO" (of "RENE RODRIGUEZ HURTADO").
        foreach (var name in scan.Names.ToArray())
            if (TryFindFull(scan, full, name.First, name.End, fuzzy: true, out var target)) Relink(scan, name, target);
        // Surnames standing alone, not yet read as names: "Barbee", "[RODRIGUEZ]", "CRISTIANI".
        foreach (var sentence in scan.Doc.Sentences)
        {
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!IsLinkable(scan, sentence, k)) continue;
                var end = k + 1;
                while (end < sentence.EndToken && IsLinkable(scan, sentence, end) && end - k < 3) end++;
                // The longest run that is part of one full name.
                for (; end > k; end--)
                {
                    if (!TryFindFull(scan, full, k, end, fuzzy: false, out var target)) continue;
                    var person = scan.Mentions[target.Mention];
                    scan.Add(new ActorMention(scan.Span(k, end), ActorKind.Person, person.Name)
                    {
                        Alias = scan.Text(k, end),
                        Role = person.Role,
                        Branch = person.Branch,
                        FirstToken = k,
                        EndToken = end,
                    });
                    k = end - 1;
                    break;
                }
            }
        }
    }

    private static void Relink(ActorScan scan, PersonName name, PersonName target)
    {
        var mention = scan.Mentions[name.Mention];
        var person = scan.Mentions[target.Mention];
        scan.Replace(name.Mention, mention with
        {
            Name = person.Name,
            Alias = mention.Name,
            Role = mention.Role ?? person.Role,
            Branch = mention.Branch != ForceBranch.None ? mention.Branch : person.Branch,
        });
    }

    /// <summary>
    /// The full name that holds tokens <c>[first, end)</c> as a run of its words other than its first
    /// word alone ("Sharif" in "Shehbaz Sharif", "CALDERON SOL" in "ARMANDO CALDERON SOL"). With
    /// <paramref name="fuzzy"/>, one surname of six letters or more may differ by one edit.
    /// The nearest full name before the mention wins; otherwise the first after it.
    /// </summary>
    private static bool TryFindFull(ActorScan scan, List<PersonName> full, int first, int end, bool fuzzy, out PersonName target)
    {
        target = default;
        var found = false;
        var doc = scan.Doc;
        foreach (var candidate in full)
        {
            if (candidate.First <= first && candidate.End >= end) continue; // itself
            if (candidate.Length <= end - first) continue;
            if (!HoldsRun(doc, candidate, first, end, fuzzy)) continue;
            if (!found || (candidate.First < first && (target.First > first || candidate.First > target.First)))
            {
                target = candidate;
                found = true;
            }
        }
        return found;
    }

    private static bool HoldsRun(Document doc, PersonName candidate, int first, int end, bool fuzzy)
    {
        var length = end - first;
        for (var start = candidate.First + 1; start + length <= candidate.End; start++)
        {
            var all = true;
            for (var i = 0; i < length && all; i++)
            {
                var a = doc.FoldedOf(start + i);
                var b = doc.FoldedOf(first + i);
                all = a.SequenceEqual(b) || (fuzzy && length == 1 && IsSlip(a, b));
            }
            if (all) return true;
        }
        return false;
    }

    /// <summary>One substitution, insertion, deletion or swap of neighbours, in a word of six letters or more with the same first letter.</summary>
    internal static bool IsSlip(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < 6 || b.Length < 6 || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 1) return false;
        return Distance(a, b) <= 1;
    }

    /// <summary>Optimal string alignment distance (Levenshtein with swaps of neighbours), capped small words only.</summary>
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > 40 || b.Length > 40) return int.MaxValue;
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, previous2[j - 2] + 1);
                current[j] = best;
            }
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return previous[b.Length];
    }

    private static bool IsLinkable(ActorScan scan, in Sentence sentence, int k)
    {
        if (!scan.IsFree(k)) return false;
        var token = scan.Doc.Tokens[k];
        if (!token.IsWord || token.Span.Length < 2 || scan.Is(k, WordClass.NeverInName)) return false;
        return scan.Doc.IsUpperCase || token.Shape == TokenShape.Capitalized;
    }

    private static int CountWords(Document doc, int first, int end)
    {
        var words = 0;
        for (var k = first; k < end; k++)
            if (doc.Tokens[k].IsWord) words++;
        return words;
    }
}
