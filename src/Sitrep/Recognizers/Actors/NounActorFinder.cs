using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// Finds unnamed actors by their nouns: attackers ("unidentified gunmen", "Pakistani Taliban
/// militants", "terrorists of the FMLN"), security forces ("policemen", "the army", "Rangers
/// paramilitary force") and civilians ("residents", "a student"). A noun used as a modifier
/// ("police headquarters", "militant groups") is no actor.
/// </summary>
internal static class NounActorFinder
{
    public static void Find(ActorScan scan)
    {
        var doc = scan.Doc;
        var lexicon = scan.Lexicon;
        for (var k = 0; k < scan.TokenCount; k++)
        {
            if (!scan.IsFree(k) || !scan.Is(k, WordClass.StartsForce | WordClass.StartsPersonNoun)) continue;
            var limit = doc.SentenceOfToken(k).EndToken;

            int end;
            ActorKind kind;
            ForceBranch branch;
            bool plural;
            string name;
            var force = default(PhraseMatch<SecurityForceTerm>);
            var noun = default(PhraseMatch<PersonNoun>);
            var hasForce = scan.Is(k, WordClass.StartsForce) && lexicon.Forces.TryMatchAt(doc, k, out force, limit);
            var hasNoun = scan.Is(k, WordClass.StartsPersonNoun) && lexicon.PersonNouns.TryMatchAt(doc, k, out noun, limit);
            if (hasNoun && (!hasForce || noun.EndToken >= force.EndToken))
            {
                if (!TryKindOf(noun.Value.Class, out kind)) continue;
                end = noun.EndToken;
                branch = PersonFinder.BranchOf(noun.Value.Class);
                plural = noun.Value.Plural;
                name = noun.Value.Noun;
            }
            else if (hasForce)
            {
                end = force.EndToken;
                kind = ActorKind.SecurityForce;
                branch = force.Value.Branch;
                plural = force.Value.Plural;
                name = force.Value.Phrase;
            }
            else continue;

            if (!scan.AreFree(k, end) || IsModifier(scan, end)) continue;

            var first = k;
            var unidentified = false;
            string? group = null;
            if (kind == ActorKind.Attacker)
            {
                first = TakeModifiers(scan, k, out unidentified);
                group = GroupOf(scan, first, end, limit);
            }
            scan.Add(new ActorMention(scan.Span(first, end), kind, name)
            {
                Branch = branch,
                Plural = plural,
                Group = group,
                Unidentified = unidentified,
                FirstToken = first,
                EndToken = end,
            });
            k = end - 1;
        }
    }

    private static bool TryKindOf(PersonClass cls, out ActorKind kind)
    {
        kind = cls switch
        {
            PersonClass.Attacker => ActorKind.Attacker,
            PersonClass.Police or PersonClass.Military or PersonClass.Paramilitary or PersonClass.Security => ActorKind.SecurityForce,
            PersonClass.Civilian => ActorKind.Civilian,
            _ => ActorKind.Person,
        };
        // Officials and people of either side ("officials", "men", "victims") are no actor of their own.
        return kind != ActorKind.Person;
    }

    /// <summary>
    /// "police headquarters", "terrorist attack", "army chief": a noun without a plural ending before a
    /// word that makes it a modifier. "militants attack" keeps its plural noun, which English does not use as a modifier.
    /// </summary>
    private static bool IsModifier(ActorScan scan, int end)
    {
        if (!scan.Is(end, WordClass.NotHead) || !scan.IsFree(end)) return false;
        var last = scan.Doc.FoldedOf(end - 1);
        return !(last.EndsWith("s") || last.EndsWith("men"));
    }

    /// <summary>"unidentified", "heavily armed", "suspected" before an attacker noun.</summary>
    private static int TakeModifiers(ActorScan scan, int k, out bool unidentified)
    {
        unidentified = false;
        var first = k;
        for (var steps = 0; steps < 3; steps++)
        {
            if (!scan.Lexicon.Words.TryAttackerModifierEndingAt(scan.Doc, first, out var modifier) || !scan.AreFree(modifier.FirstToken, first)) break;
            unidentified |= modifier.Value;
            first = modifier.FirstToken;
        }
        return first;
    }

    /// <summary>"T.T.P. fighters"; "militants from Pakistan's Taliban", "TERRORISTS OF THE FMLN", "10 militants with the T.T.P.".</summary>
    private static string? GroupOf(ActorScan scan, int first, int end, int limit)
    {
        if (scan.MentionAt(first - 1) is { Kind: ActorKind.ArmedGroup } before && before.EndToken == first) return before.Name;
        var doc = scan.Doc;
        var j = end;
        if (doc.TokenIs(j, "from") || doc.TokenIs(j, "of") || doc.TokenIs(j, "with")) j++;
        else if ((doc.TokenIs(j, "belonging") || doc.TokenIs(j, "linked") || doc.TokenIs(j, "loyal") || doc.TokenIs(j, "affiliated")) && doc.TokenIs(j + 1, "to")) j += 2;
        else return null;
        if (doc.TokenIs(j, "the")) j++;
        return j < limit && scan.MentionAt(j) is { Kind: ActorKind.ArmedGroup } group && group.FirstToken == j ? group.Name : null;
    }
}
