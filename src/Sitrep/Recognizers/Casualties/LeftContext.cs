using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Casualties;

/// <summary>
/// What stands between a casualty verb and the phrase it counts, read right to left:
/// auxiliaries ("had been"), adverbs ("reportedly", "later"), negation ("not"), a relative
/// pronoun ("who"), and the words that make the statement hypothetical ("could have been",
/// "nearly", "to be").
/// </summary>
internal readonly record struct LeftContext(int Position, bool HasAux, bool Negated, bool Hypothetical, int Relative)
{
    /// <summary>Only "have" forms: an active perfect ("had neutralized"), not a passive ("were killed").</summary>
    public bool PerfectOnly { get; init; }

    public static LeftContext Of(Document doc, Sentence sentence, int trigger, FunctionWords words)
    {
        var k = trigger - 1;
        bool hasAux = false, negated = false, hypothetical = false, passiveAux = false;
        var relative = -1;
        while (k >= sentence.FirstToken)
        {
            var word = doc.FoldedOf(k);
            var roles = words.RolesOf(doc, k);
            if (word is "nearly" or "almost" or "narrowly" or "attempted" or "attempt" or "tried" or "trying" or "plot" or "plotted")
            {
                hypothetical = true;
                break;
            }
            if (word is "to") { hypothetical = true; break; }
            if ((roles & WordRole.Modal) != 0) { hypothetical = true; k--; continue; }
            if ((roles & WordRole.Aux) != 0)
            {
                hasAux = true;
                passiveAux |= word is not ("has" or "have" or "had" or "having");
                k--;
                continue;
            }
            if (word is "not" or "n't" or "never") { negated = true; k--; continue; }
            if ((roles & WordRole.Adverb) != 0 && word is not ("both" or "all" or "each")) { k--; continue; }
            // "accidentally", "fatally", "critically": adverbs in -ly stand between a subject and its verb.
            if (roles == WordRole.None && word.Length > 4 && word.EndsWith("ly") && doc.Tokens[k].Shape == TokenShape.Lower) { k--; continue; }
            if (word is "who" or "which" || (word is "that" && hasAux)) { relative = k; break; }
            break;
        }
        return new LeftContext(k + 1, hasAux, negated, hypothetical, relative) { PerfectOnly = hasAux && !passiveAux };
    }
}
