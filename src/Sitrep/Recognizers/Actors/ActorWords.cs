using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// The small word classes of <c>Actors/actor-words.tsv</c> and the common words of
/// <c>Actors/common-words.tsv</c>: what tells a name from a common word, a group from a faction of
/// it, and an unidentified attacker from a named one.
/// </summary>
public sealed class ActorWords
{
    private readonly PhraseMatcher<string> _factions;
    private readonly PhraseMatcher<bool> _attackerModifiers;

    public ActorWords(ResourceTable actorWords, ResourceTable commonWords)
    {
        var classes = new List<(string, WordClass)>();
        var factions = new List<(string, string)>();
        var modifiers = new List<(string, bool)>();
        foreach (var row in actorWords.Rows)
        {
            var word = row["word"];
            switch (row["kind"])
            {
                case "faction": factions.Add((word, TextFolding.Fold(word))); break;
                case "unidentified": modifiers.Add((word, true)); break;
                case "attacker-modifier": modifiers.Add((word, false)); break;
                case "particle": classes.Add((word, WordClass.Particle)); break;
                case "determiner": classes.Add((word, WordClass.Determiner)); break;
                case "pronoun": classes.Add((word, WordClass.Pronoun)); break;
                case "preposition": classes.Add((word, WordClass.Preposition)); break;
                case "speaker-noun": classes.Add((word, WordClass.SpeakerNoun)); break;
                case "not-name": classes.Add((word, WordClass.NotName)); break;
                case "demonym": classes.Add((word, WordClass.Demonym)); break;
                case "not-head": classes.Add((word, WordClass.NotHead)); break;
                default: throw row.Error($"unknown kind '{row["kind"]}'.");
            }
        }
        foreach (var row in commonWords.Rows) classes.Add((row["word"], WordClass.Common));
        _factions = new PhraseMatcher<string>(factions);
        _attackerModifiers = new PhraseMatcher<bool>(modifiers, static (a, b) => a || b);
        Classes = classes;
        FactionPhrases = [.. factions.Select(f => f.Item1)];
        AttackerModifierPhrases = [.. modifiers.Select(m => m.Item1)];
    }

    public static ActorWords Default { get; } =
        new(ResourceTable.Load("Actors/actor-words.tsv"), ResourceTable.Load("Actors/common-words.tsv"));

    internal IReadOnlyList<(string Word, WordClass Class)> Classes { get; }

    internal IReadOnlyList<string> FactionPhrases { get; }

    internal IReadOnlyList<string> AttackerModifierPhrases { get; }

    /// <summary>A faction word ("faction", "splinter group") ending exactly at <paramref name="endToken"/>.</summary>
    public bool TryFactionEndingAt(Document doc, int endToken, out PhraseMatch<string> match) =>
        TryMatchEndingAt(_factions, doc, endToken, out match);

    public bool TryFactionAt(Document doc, int token, out PhraseMatch<string> match) => _factions.TryMatchAt(doc, token, out match);

    /// <summary>An attacker modifier ("unidentified", "heavily armed") ending exactly at <paramref name="endToken"/>; the value says "unidentified".</summary>
    public bool TryAttackerModifierEndingAt(Document doc, int endToken, out PhraseMatch<bool> match) =>
        TryMatchEndingAt(_attackerModifiers, doc, endToken, out match);

    /// <summary>The longest phrase that ends exactly at <paramref name="endToken"/>.</summary>
    private static bool TryMatchEndingAt<T>(PhraseMatcher<T> matcher, Document doc, int endToken, out PhraseMatch<T> match)
    {
        for (var start = Math.Max(0, endToken - matcher.MaxTokens); start < endToken; start++)
        {
            if (matcher.TryMatchAt(doc, start, out match, endToken) && match.EndToken == endToken) return true;
        }
        match = default;
        return false;
    }
}
