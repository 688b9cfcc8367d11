using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Actors;

public enum SpeechKind
{
    /// <summary>A verb of saying: the speaker stands before it ("Wahab said") or after it ("said Wahab").</summary>
    Verb,
    /// <summary>A phrase that introduces the speaker after it ("according to the AP").</summary>
    Source,
}

public sealed record SpeechVerb(string Phrase, SpeechKind Kind)
{
    /// <summary>"told", "tells": the words after the verb are the listener, never the speaker.</summary>
    public bool TakesListener => Phrase.StartsWith("tell", StringComparison.Ordinal) || Phrase.StartsWith("told", StringComparison.Ordinal);
}

/// <summary>
/// Words that attribute speech (<c>Actors/speech-verbs.tsv</c>). The quote recognizer reads them to
/// find speakers; the actor recognizer, to find names where capitals say nothing ("CALDERON SOL SAID").
/// </summary>
public sealed class SpeechVerbLexicon
{
    private readonly PhraseMatcher<SpeechVerb> _matcher;

    public SpeechVerbLexicon(ResourceTable table)
    {
        var entries = new List<(string, SpeechVerb)>();
        foreach (var row in table.Rows)
        {
            var kind = row["kind"] switch
            {
                "verb" => SpeechKind.Verb,
                "source" => SpeechKind.Source,
                var other => throw row.Error($"kind must be verb or source, not '{other}'."),
            };
            entries.Add((row["phrase"], new SpeechVerb(TextFolding.Fold(row["phrase"]), kind)));
        }
        _matcher = new PhraseMatcher<SpeechVerb>(entries);
        Phrases = [.. entries.Select(e => e.Item1)];
    }

    public static SpeechVerbLexicon Default { get; } = new(ResourceTable.Load("Actors/speech-verbs.tsv"));

    internal IReadOnlyList<string> Phrases { get; }

    public bool TryMatchAt(Document doc, int token, out PhraseMatch<SpeechVerb> match, int endToken = int.MaxValue) =>
        _matcher.TryMatchAt(doc, token, out match, endToken);
}
