using System.Collections.Frozen;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// Every word list the actor and quote recognizers read, loaded once, and a classifier that says in
/// one lookup per token which lists a word could start an entry of, so that the phrase matchers
/// run only where one could match.
/// </summary>
public sealed class ActorLexicon
{
    private readonly Dictionary<string, WordClass> _classes = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ActorLexicon(
        ArmedGroupLexicon groups,
        RoleLexicon roles,
        SecurityForceLexicon forces,
        PersonNouns personNouns,
        IEnumerable<string> personNounPhrases,
        SpeechVerbLexicon speechVerbs,
        ActorWords words)
    {
        Groups = groups;
        Roles = roles;
        Forces = forces;
        PersonNouns = personNouns;
        SpeechVerbs = speechVerbs;
        Words = words;

        foreach (var (word, cls) in words.Classes) Mark(word, cls, whole: false);
        foreach (var modifier in roles.Modifiers) Mark(modifier, WordClass.RoleModifier, whole: false);
        foreach (var phrase in groups.Phrases) Mark(phrase, WordClass.StartsGroup, whole: false);
        foreach (var phrase in roles.Phrases) Mark(phrase, WordClass.StartsRole, whole: true);
        foreach (var phrase in forces.Phrases) Mark(phrase, WordClass.StartsForce, whole: true);
        foreach (var phrase in personNounPhrases) Mark(phrase, WordClass.StartsPersonNoun, whole: true);
        foreach (var phrase in speechVerbs.Phrases) Mark(phrase, WordClass.StartsSpeech, whole: true);
        foreach (var phrase in words.FactionPhrases) Mark(phrase, WordClass.StartsFaction, whole: false);
        foreach (var phrase in words.AttackerModifierPhrases) Mark(phrase, WordClass.StartsAttackerModifier, whole: false);
        // Looked up once per token of every document: a frozen table hashes spans fastest.
        _lookup = _classes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ActorLexicon Default { get; } = Load();

    public ArmedGroupLexicon Groups { get; }

    public RoleLexicon Roles { get; }

    public SecurityForceLexicon Forces { get; }

    public PersonNouns PersonNouns { get; }

    public SpeechVerbLexicon SpeechVerbs { get; }

    public ActorWords Words { get; }

    internal WordClass Classify(ReadOnlySpan<char> foldedWord) =>
        _lookup.TryGetValue(foldedWord, out var cls) ? cls : WordClass.None;

    private static ActorLexicon Load()
    {
        var personNounTable = ResourceTable.Load("Actors/person-nouns.tsv");
        return new ActorLexicon(
            ArmedGroupLexicon.Default,
            RoleLexicon.Default,
            SecurityForceLexicon.Default,
            PersonNouns.Default,
            personNounTable.Rows.Select(r => r["noun"]),
            SpeechVerbLexicon.Default,
            ActorWords.Default);
    }

    /// <param name="whole">A one-word entry of this list is a <see cref="WordClass.LexiconWord"/>, never part of a name.</param>
    private void Mark(string phrase, WordClass cls, bool whole)
    {
        var words = Tokenizer.FoldedWords(phrase);
        if (words.Length == 0) return;
        var add = cls;
        if (whole && words.Length == 1) add |= WordClass.LexiconWord;
        _classes[words[0]] = _classes.GetValueOrDefault(words[0]) | add;
    }
}
