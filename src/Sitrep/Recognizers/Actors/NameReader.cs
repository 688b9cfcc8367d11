using Sitrep.Documents;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// Reads the extent of a person's name. In mixed-case body text a name is a run of capitalised
/// words (with particles, hyphens and initials: "Zia ur-Rehman", "J. Smith"); where capitals say
/// nothing (upper-case copy, title-case headlines) it is a run of words that are in no word list,
/// and only the finder's context (a role before it, a speech verb after it) makes it a name.
/// </summary>
internal static class NameReader
{
    /// <summary>Reads forward from <paramref name="first"/>; returns the end token (== first when there is no name).</summary>
    public static int Forward(ActorScan scan, in Sentence sentence, int first, int maxWords, out int words)
    {
        words = 0;
        var limit = sentence.EndToken;
        var k = first;
        var end = first;
        while (k < limit && words < maxWords)
        {
            if (IsNameWord(scan, sentence, k))
            {
                words++;
                end = ++k;
                continue;
            }
            if (IsInitial(scan, sentence, k))
            {
                words++;
                end = k += 2;
                continue;
            }
            if (words > 0 && IsJoiner(scan, sentence, k))
            {
                k++;
                continue;
            }
            break;
        }
        return end;
    }

    /// <summary>A word that may stand in a name here.</summary>
    public static bool IsNameWord(ActorScan scan, in Sentence sentence, int k)
    {
        if (!scan.IsFree(k) || k >= sentence.EndToken || k < sentence.FirstToken) return false;
        var token = scan.Doc.Tokens[k];
        if (!token.IsWord || token.Span.Length < 2 || scan.Is(k, WordClass.NeverInName | WordClass.Particle)) return false;
        // Dotted abbreviations ("U.S.", "T.T.P.") are not names.
        if (scan.Doc.FoldedOf(k).Contains('.')) return false;
        if (scan.Doc.IsUpperCase) return !LooksInflected(scan.Doc.FoldedOf(k));
        if (sentence.IsHeadline) return token.Shape is TokenShape.Capitalized;
        if (token.Shape != TokenShape.Capitalized) return false;
        return !(IsFirstWord(scan, sentence, k) && scan.IsLowerElsewhere(k));
    }

    /// <summary>
    /// In upper-case copy, where no list can hold every common word, an English inflection tells a
    /// word from a name: "DISCLOSED", "INCLUDING", "OPERATIONS". Names ending in "-eed", "-med", "-ved",
    /// "-hed" ("SAEED", "AHMED", "JAVED", "RASHED") are kept.
    /// </summary>
    internal static bool LooksInflected(ReadOnlySpan<char> word)
    {
        if (word.Length >= 5 && word.EndsWith("ed"))
            return !(word.EndsWith("eed") || word.EndsWith("med") || word.EndsWith("ved") || word.EndsWith("hed"));
        if (word.Length >= 6 && word.EndsWith("ing")) return true;
        foreach (var suffix in NounSuffixes)
            if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix)) return true;
        return false;
    }

    private static readonly string[] NounSuffixes = ["tion", "sion", "ment", "ness", "ism", "ity", "ies", "ously", "ally", "ions", "ments"];

    /// <summary>The first word of the sentence (after any opening quotes or brackets).</summary>
    public static bool IsFirstWord(ActorScan scan, in Sentence sentence, int k) =>
        k >= sentence.FirstToken && k < sentence.EndToken && scan.Doc.OpensSentence(k);

    /// <summary>"J." before a name, in mixed-case text.</summary>
    private static bool IsInitial(ActorScan scan, in Sentence sentence, int k)
    {
        if (scan.Doc.IsUpperCase || sentence.IsHeadline || !scan.IsFree(k)) return false;
        var token = scan.Doc.Tokens[k];
        return token is { IsWord: true, Shape: TokenShape.Capitalized, Span.Length: 1 } && scan.IsPunctuation(k + 1, '.') &&
               scan.IsAttached(k + 1) && (IsNameWord(scan, sentence, k + 2) || IsInitial(scan, sentence, k + 2));
    }

    /// <summary>A particle or an attached hyphen between name words: "ur" and "-" in "Zia ur-Rehman".</summary>
    private static bool IsJoiner(ActorScan scan, in Sentence sentence, int k)
    {
        var next = k + 1;
        if (scan.IsPunctuation(k, '-'))
            return scan.IsAttached(k) && scan.IsAttached(next) && (IsNameWord(scan, sentence, next) || IsParticle(scan, next));
        if (!IsParticle(scan, k)) return false;
        if (scan.IsPunctuation(next, '-') && scan.IsAttached(next) && scan.IsAttached(next + 1)) next++;
        return IsNameWord(scan, sentence, next);
    }

    private static bool IsParticle(ActorScan scan, int k) =>
        scan.Is(k, WordClass.Particle) && scan.IsFree(k) && (scan.Doc.IsUpperCase || scan.Doc.Tokens[k].Shape == TokenShape.Lower);
}
