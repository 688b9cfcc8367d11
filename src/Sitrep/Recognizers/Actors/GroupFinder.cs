using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// Finds armed groups by their aliases (longest match), takes a bracketed abbreviation or full
/// name of the same group into the mention ("Tehrik-e Taliban Pakistan (TTP)", "FMLN [FARABUNDO
/// MARTI NATIONAL LIBERATION FRONT]"), and records a faction or affiliate ("a faction of the
/// T.T.P.", "an affiliate of the Pakistani Taliban", "the TTP's Jamaat-ul-Ahrar faction").
/// </summary>
internal static class GroupFinder
{
    public static void Find(ActorScan scan)
    {
        var doc = scan.Doc;
        var groups = scan.Lexicon.Groups;
        for (var k = 0; k < scan.TokenCount; k++)
        {
            if (!scan.Is(k, WordClass.StartsGroup) || !scan.IsFree(k)) continue;
            var limit = doc.SentenceOfToken(k).EndToken;
            if (!groups.TryMatchAt(doc, k, out var match, limit) || IsShouting(scan, match)) continue;

            var first = match.FirstToken;
            var end = match.EndToken;
            var group = match.Value.Group;
            var bracketed = TakeBracketedAlias(scan, group, end, limit);
            if (bracketed == end && ExpandsToSomethingElse(scan, match, limit)) continue;
            end = bracketed;
            if (doc.TokenIs(end, "group") && end < limit) end++;

            string? role = null;
            if (scan.Lexicon.Words.TryFactionAt(doc, end, out var after) && after.EndToken <= limit)
            {
                role = after.Value;
                end = after.EndToken;
            }
            else if (TryFactionBefore(scan, first, out var before))
            {
                role = before.Value;
                first = before.FirstToken;
            }

            scan.Add(new ActorMention(scan.Span(first, end), ActorKind.ArmedGroup, group.Name)
            {
                Alias = scan.Text(match.FirstToken, match.EndToken),
                Role = role,
                FirstToken = first,
                EndToken = end,
            });
            k = end - 1;
        }
    }

    /// <summary>"(TTP)" or "[FMLN]" right after the name, naming the same group.</summary>
    private static int TakeBracketedAlias(ActorScan scan, ArmedGroup group, int end, int limit)
    {
        if (!(scan.IsPunctuation(end, '(') || scan.IsPunctuation(end, '['))) return end;
        if (!scan.Lexicon.Groups.TryMatchAt(scan.Doc, end + 1, out var inner, limit) || inner.Value.Group != group) return end;
        return scan.IsPunctuation(inner.EndToken, ')') || scan.IsPunctuation(inner.EndToken, ']') ? inner.EndToken + 1 : end;
    }

    /// <summary>
    /// An abbreviation followed by a bracketed expansion of three or more capitalised words that is
    /// not this group's name stands for something else: "IRA [INSTITUTE OF SUPPLY REGULATION]".
    /// </summary>
    private static bool ExpandsToSomethingElse(ActorScan scan, in PhraseMatch<GroupAlias> match, int limit)
    {
        var open = match.EndToken;
        if (match.Value.Case == CaseRule.Any || !(scan.IsPunctuation(open, '(') || scan.IsPunctuation(open, '['))) return false;
        var words = 0;
        for (var k = open + 1; k < limit; k++)
        {
            var token = scan.Doc.Tokens[k];
            if (scan.IsPunctuation(k, ')') || scan.IsPunctuation(k, ']')) return words >= 3;
            if (!token.IsWord) return false;
            if (token.Shape is TokenShape.Capitalized or TokenShape.Upper) words++;
            else if (!scan.Is(k, WordClass.Common)) return false;
        }
        return false;
    }

    /// <summary>"faction of (the) GROUP", "affiliate of GROUP", "local chapter of GROUP".</summary>
    private static bool TryFactionBefore(ActorScan scan, int first, out PhraseMatch<string> faction)
    {
        faction = default;
        var j = first;
        if (scan.Doc.TokenIs(j - 1, "the")) j--;
        if (!scan.Doc.TokenIs(j - 1, "of")) return false;
        return scan.Lexicon.Words.TryFactionEndingAt(scan.Doc, j - 1, out faction) && scan.AreFree(faction.FirstToken, j - 1);
    }

    /// <summary>
    /// A case-exact alias next to another word in capitals in mixed-case text ("GUNMAN IS DEAD",
    /// "THIS IS A SPOT") is a word of a shouted line, not an abbreviation; one in the dateline
    /// ("IRA, Vt. (AP) —") is the place the report was filed from.
    /// </summary>
    private static bool IsShouting(ActorScan scan, in PhraseMatch<GroupAlias> match)
    {
        if (match.Value.Case == CaseRule.Any || scan.Doc.IsUpperCase) return false;
        if (scan.Doc.Dateline is { } dateline && dateline.PlaceSpan.Overlaps(match.Span)) return true;
        return IsCapitalWord(scan.Doc, match.FirstToken - 1) || IsCapitalWord(scan.Doc, match.EndToken);
    }

    /// <summary>A word of two or more letters, all capitals ("A" opens sentences too often to count).</summary>
    private static bool IsCapitalWord(Document doc, int token) =>
        (uint)token < (uint)doc.Tokens.Length && doc.Tokens[token] is { IsWord: true, Shape: TokenShape.Upper };
}
