using System.Text;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// Finds named people, with the role the text gives them:
/// <list type="bullet">
/// <item>a role or title before the name: "interior minister Rana Sanaullah", "Polk County Sheriff Grady Judd",
/// "the group's leader, Noor Wali Maseed", "COLONEL RENE EMILIO PONCE";</item>
/// <item>an appositive after it: "Murtaza Wahab, the spokesman for Sindh Province", "Bakht Ali, 31, a student";</item>
/// <item>a speech verb next to it: "Wahab said", "said Wahab", "CALDERON SOL SAID";</item>
/// <item>in mixed-case body text only, a run of two or more capitalised words that no word list claims ("Kaemon Robinson").</item>
/// </list>
/// Where capitals say nothing (upper-case copy, headlines) only the first three apply.
/// </summary>
internal static class PersonFinder
{
    /// <summary>People a role, an appositive or a speech verb points to. Runs before the noun finder.</summary>
    public static void Find(ActorScan scan) => Find(scan, bareNames: false);

    /// <summary>Bare capitalised names. Runs after the noun finder, so "Inter-Services Intelligence" is a force first.</summary>
    public static void FindBareNames(ActorScan scan) => Find(scan, bareNames: true);

    private static void Find(ActorScan scan, bool bareNames)
    {
        foreach (var sentence in scan.Doc.Sentences)
        {
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!scan.IsFree(k) || !scan.Doc.Tokens[k].IsWord) continue;
                if (!bareNames && scan.Is(k, WordClass.StartsRole) && TryRoleFirst(scan, sentence, k, out var end))
                {
                    k = end - 1;
                    continue;
                }
                if (!NameReader.IsNameWord(scan, sentence, k)) continue;
                var maxWords = scan.CapitalsTell(sentence) ? 5 : 4;
                var nameEnd = NameReader.Forward(scan, sentence, k, maxWords, out var words);
                var found = bareNames
                    ? TryBareName(scan, sentence, k, nameEnd, words)
                    : TryAppositive(scan, sentence, k, nameEnd, words) || TrySpeaker(scan, sentence, k, nameEnd, words);
                if (found)
                {
                    k = scan.Mentions[^1].EndToken - 1;
                    continue;
                }
                // A capitalised run that is not a name is not one from its second word either ("Burning Tree Apartments").
                if (scan.CapitalsTell(sentence)) k = nameEnd - 1;
            }
        }
    }

    /// <summary>Role or title, then the name: "senior police officer Jamil Ahmed", "Gen. Asim Munir", "PRESIDENT ALFREDO CRISTIANI".</summary>
    private static bool TryRoleFirst(ActorScan scan, in Sentence sentence, int k, out int end)
    {
        end = k;
        var doc = scan.Doc;
        var roles = scan.Lexicon.Roles;
        var limit = sentence.EndToken;
        if (!roles.TryMatchAt(doc, k, out var match, limit)) return false;
        // In upper-case copy "A MAJOR OFFENSIVE" and "THE GENERAL STAFF" are no titles.
        if (doc.IsUpperCase && (scan.Is(k - 1, WordClass.Determiner) || doc.TokenIs(k - 1, "s") && scan.IsPunctuation(k - 2, '\''))) return false;

        var role = match.Value;
        var j = SkipAbbreviationPoint(scan, match.EndToken);
        // Stacked titles ("Lt. Gen.", "COMMANDER MAJOR"): the last one that means something is the role.
        while (j < limit && scan.Is(j, WordClass.StartsRole) && roles.TryMatchAt(doc, j, out var next, limit))
        {
            if (next.Value.Means.Length > 0) role = next.Value;
            j = SkipAbbreviationPoint(scan, next.EndToken);
        }
        // "the group's leader, Noor Wali Maseed": a comma only after a role introduced by a determiner or possessive.
        var comma = false;
        if (scan.IsPunctuation(j, ',') && role.Kind == RoleKind.Role && scan.CapitalsTell(sentence) && IsIntroduced(scan, k))
        {
            comma = true;
            j++;
        }
        var maxWords = scan.CapitalsTell(sentence) ? 4 : sentence.IsHeadline ? 2 : 3;
        var nameEnd = NameReader.Forward(scan, sentence, j, maxWords, out var words);
        if (words == 0) return false;
        if (comma && !(nameEnd == limit || scan.IsPunctuation(nameEnd, ',') || scan.IsPunctuation(nameEnd, '.') || scan.Is(nameEnd, WordClass.StartsSpeech)))
            return false;
        var first = WalkBackModifiers(scan, sentence, k);
        var roleText = RoleText(scan, first, k, role);
        scan.AddPerson(new ActorMention(scan.Span(first, nameEnd), ActorKind.Person, scan.Text(j, nameEnd))
        {
            Role = roleText,
            Branch = role.Branch,
            FirstToken = first,
            EndToken = nameEnd,
        }, j, nameEnd);
        end = nameEnd;
        return true;
    }

    /// <summary>Name, then ", [age,] a|the ROLE [for|of Capitalised Words]": "Muqadas Haider, a senior police officer".</summary>
    private static bool TryAppositive(ActorScan scan, in Sentence sentence, int k, int nameEnd, int words)
    {
        var doc = scan.Doc;
        if (sentence.IsHeadline || words == 0 || !scan.IsPunctuation(nameEnd, ',')) return false;
        if (doc.IsUpperCase ? words < 2 : words == 1 && NameReader.IsFirstWord(scan, sentence, k)) return false;

        var limit = sentence.EndToken;
        var j = nameEnd + 1;
        if (j + 1 < limit && doc.Tokens[j].IsNumber && scan.IsPunctuation(j + 1, ',')) j += 2;
        // Without "a" or "the", only a listed role after a full name: "John Smith, spokesman for the police".
        var introduced = scan.Is(j, WordClass.Determiner);
        if (introduced) j++;
        var roleStart = j;
        // The role's head is within a few words: "a government adviser", "the spokesman", "the group's leader".
        for (var r = j; r < Math.Min(limit, j + 5); r++)
        {
            var token = doc.Tokens[r];
            if (!(token.IsWord || token.IsNumber || scan.IsPunctuation(r, '-') || scan.IsPunctuation(r, '\''))) return false;
            if (!scan.IsFree(r)) return false;
            if (!TryRoleHead(scan, r, limit, out var headEnd, out var branch, out var isRole)) continue;
            if (!introduced && !(isRole && words >= 2)) return false;
            var roleEnd = ExtendRole(scan, sentence, headEnd);
            var roleText = scan.Text(roleStart, roleEnd);
            scan.AddPerson(new ActorMention(scan.Span(k, roleEnd), ActorKind.Person, scan.Text(k, nameEnd))
            {
                Role = doc.IsUpperCase ? roleText.ToLowerInvariant() : roleText,
                Branch = branch,
                FirstToken = k,
                EndToken = roleEnd,
            }, k, nameEnd);
            return true;
        }
        return false;
    }

    /// <summary>A role ("adviser", "spokesman") or a noun for a person ("student", "resident") at <paramref name="r"/>.</summary>
    private static bool TryRoleHead(ActorScan scan, int r, int limit, out int headEnd, out ForceBranch branch, out bool isRole)
    {
        headEnd = r;
        branch = ForceBranch.None;
        isRole = false;
        var found = false;
        if (scan.Is(r, WordClass.StartsRole) && scan.Lexicon.Roles.TryMatchAt(scan.Doc, r, out var role, limit) && role.Value.Kind == RoleKind.Role)
        {
            headEnd = role.EndToken;
            branch = role.Value.Branch;
            found = isRole = true;
        }
        // One person is not "officials" or "residents": a plural noun is no role of a name.
        if (scan.Is(r, WordClass.StartsPersonNoun) && scan.Lexicon.PersonNouns.TryMatchAt(scan.Doc, r, out var noun, limit) &&
            noun.EndToken > headEnd && !noun.Value.Plural)
        {
            headEnd = noun.EndToken;
            branch = BranchOf(noun.Value.Class);
            found = true;
            isRole = false;
        }
        // "the police officer's": a head followed by a possessive is not the head.
        return found && !scan.IsPunctuation(headEnd, '\'');
    }

    /// <summary>"for Sindh Province", "of the Pakistani Taliban", "at Jinnah Hospital" after a role, in mixed-case text.</summary>
    private static int ExtendRole(ActorScan scan, in Sentence sentence, int headEnd)
    {
        if (!scan.CapitalsTell(sentence)) return headEnd;
        var doc = scan.Doc;
        if (!(doc.TokenIs(headEnd, "for") || doc.TokenIs(headEnd, "of") || doc.TokenIs(headEnd, "at"))) return headEnd;
        var q = headEnd + 1;
        if (doc.TokenIs(q, "the")) q++;
        var run = q;
        while (run < sentence.EndToken && IsCapitalWord(doc, run, allowCapitalized: true)) run++;
        return run > q ? run : headEnd;
    }

    /// <summary>"Wahab said", "said Wahab", "according to Wahab", "CALDERON SOL SAID".</summary>
    private static bool TrySpeaker(ActorScan scan, in Sentence sentence, int k, int nameEnd, int words)
    {
        var doc = scan.Doc;
        // Where capitals say nothing, one word next to "said" is too weak; a linked surname is found later.
        if (words == 0 || (!scan.CapitalsTell(sentence) && words < 2) || IsCompound(scan, nameEnd)) return false;
        // "in Pakistan announced": one word after a preposition is its object, not the speaker.
        var speakerBefore = !(words == 1 && scan.Is(k - 1, WordClass.Preposition)) && scan.Is(nameEnd, WordClass.StartsSpeech) &&
                            scan.Lexicon.SpeechVerbs.TryMatchAt(doc, nameEnd, out var verb) && verb.Value.Kind == SpeechKind.Verb;
        // "said Miami police spokeswoman Frederica Burden": a name after the verb ends its noun phrase.
        var speakerAfter = !speakerBefore && IsAfterSpeechVerb(scan, k) && !IsCapitalWord(doc, nameEnd) &&
                           !scan.Is(nameEnd, WordClass.StartsRole | WordClass.StartsPersonNoun | WordClass.StartsForce | WordClass.RoleModifier);
        if (!speakerBefore && !speakerAfter) return false;
        scan.AddPerson(new ActorMention(scan.Span(k, nameEnd), ActorKind.Person, scan.Text(k, nameEnd))
        {
            FirstToken = k,
            EndToken = nameEnd,
        }, k, nameEnd);
        return true;
    }

    /// <summary>Token <paramref name="k"/> follows "said", "added" or "according to" (not "told": its object is the listener).</summary>
    private static bool IsAfterSpeechVerb(ActorScan scan, int k)
    {
        for (var start = Math.Max(0, k - 3); start < k; start++)
        {
            if (!scan.Is(start, WordClass.StartsSpeech)) continue;
            if (scan.Lexicon.SpeechVerbs.TryMatchAt(scan.Doc, start, out var verb, k) && verb.EndToken == k && !verb.Value.TakesListener)
                return true;
        }
        return false;
    }

    /// <summary>Two or more capitalised words no list claims, standing alone: "Kaemon Robinson", "Zia ur-Rehman".</summary>
    private static bool TryBareName(ActorScan scan, in Sentence sentence, int k, int nameEnd, int words)
    {
        if (!scan.CapitalsTell(sentence) || words < 2 || IsCompound(scan, nameEnd)) return false;
        var doc = scan.Doc;
        // Part of a longer capitalised run: "Burning Tree Apartments", "Fort Worth".
        if (IsCapitalWord(doc, nameEnd, allowCapitalized: true)) return false;
        if (k > sentence.FirstToken && IsCapitalWord(doc, k - 1, allowCapitalized: true) &&
            !scan.Is(k - 1, WordClass.Common | WordClass.Demonym | WordClass.Determiner)) return false;
        scan.AddPerson(new ActorMention(scan.Span(k, nameEnd), ActorKind.Person, scan.Text(k, nameEnd))
        {
            FirstToken = k,
            EndToken = nameEnd,
        }, k, nameEnd);
        return true;
    }

    /// <summary>Role modifiers before the role: "senior", "former", "Pakistani", and in body text capitalised words ("Karachi", "Polk County").</summary>
    private static int WalkBackModifiers(ActorScan scan, in Sentence sentence, int k)
    {
        var first = k;
        var doc = scan.Doc;
        for (var steps = 0; steps < 3; steps++)
        {
            var t = first - 1;
            if (t < sentence.FirstToken || !scan.IsFree(t) || !doc.Tokens[t].IsWord) break;
            if (scan.Is(t, WordClass.RoleModifier | WordClass.Demonym))
            {
                first = t;
                continue;
            }
            if (scan.CapitalsTell(sentence) && doc.Tokens[t].Shape == TokenShape.Capitalized &&
                !scan.Is(t, WordClass.Common | WordClass.Determiner | WordClass.Pronoun | WordClass.LexiconWord | WordClass.StartsSpeech) &&
                !(NameReader.IsFirstWord(scan, sentence, t) && scan.IsLowerElsewhere(t)))
            {
                first = t;
                continue;
            }
            break;
        }
        return first;
    }

    /// <summary>Modifiers as written where capitals mean something ("Karachi"), else in lower case; then the role the entry means.</summary>
    private static string? RoleText(ActorScan scan, int first, int roleStart, RoleEntry role)
    {
        var doc = scan.Doc;
        var text = new StringBuilder();
        var properBefore = false;
        for (var t = first; t < roleStart; t++)
        {
            // Proper modifiers keep their capitals ("Karachi", "Polk County"); a modifier word alone is lower case ("senior").
            var capitalized = !doc.IsUpperCase && doc.Tokens[t].Shape == TokenShape.Capitalized && !doc.SentenceOfToken(t).IsHeadline;
            var keepCase = capitalized && (properBefore || !scan.Is(t, WordClass.RoleModifier));
            properBefore = keepCase;
            if (text.Length > 0 && !scan.IsAttached(t)) text.Append(' ');
            text.Append(keepCase ? doc.Slice(doc.Tokens[t].Span) : doc.FoldedOf(t));
        }
        if (role.Means.Length > 0)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(role.Means);
        }
        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>The determiner or possessive that introduces a role: "the group's leader", "its spokesman".</summary>
    private static bool IsIntroduced(ActorScan scan, int roleStart)
    {
        for (var t = roleStart - 1; t >= Math.Max(0, roleStart - 4); t--)
        {
            if (scan.Is(t, WordClass.Determiner)) return true;
            // A possessive: "the group's leader" is "group", "'", "s".
            if (scan.IsPunctuation(t, '\'') || (scan.Doc.TokenIs(t, "s") && scan.IsPunctuation(t - 1, '\''))) return true;
            if (!scan.Is(t, WordClass.RoleModifier)) return false;
        }
        return false;
    }

    /// <summary>"Inter-Services": a run that stops at a hyphen is part of a compound, not a name.</summary>
    private static bool IsCompound(ActorScan scan, int nameEnd) => scan.IsPunctuation(nameEnd, '-') && scan.IsAttached(nameEnd) && scan.IsAttached(nameEnd + 1);

    private static int SkipAbbreviationPoint(ActorScan scan, int token) =>
        scan.IsPunctuation(token, '.') && scan.IsAttached(token) ? token + 1 : token;

    private static bool IsCapitalWord(Document doc, int token, bool allowCapitalized = true) =>
        (uint)token < (uint)doc.Tokens.Length && doc.Tokens[token].IsWord &&
        (doc.Tokens[token].Shape == TokenShape.Upper || (allowCapitalized && doc.Tokens[token].Shape == TokenShape.Capitalized));

    internal static ForceBranch BranchOf(PersonClass cls) => cls switch
    {
        PersonClass.Police => ForceBranch.Police,
        PersonClass.Military => ForceBranch.Military,
        PersonClass.Paramilitary => ForceBranch.Paramilitary,
        PersonClass.Security => ForceBranch.Other,
        _ => ForceBranch.None,
    };
}
