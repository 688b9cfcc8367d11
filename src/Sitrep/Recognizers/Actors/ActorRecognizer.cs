using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Recognizers.Actors;

/// <summary>
/// Finds armed groups, attackers, security forces, civilians and named people. Reads: tokens. Writes: Actors.
/// The finders run from the surest to the loosest, each taking only tokens no earlier one holds:
/// group aliases, then people (a role, an appositive or a speech verb says so), then nouns for
/// attackers, forces and civilians, then bare capitalised names; last, later mentions by surname are
/// linked to full names.
/// </summary>
public sealed class ActorRecognizer(ActorLexicon lexicon)
{
    public static ActorRecognizer Default { get; } = new(ActorLexicon.Default);

    public ImmutableArray<ActorMention> Find(Document doc)
    {
        if (doc.Tokens.IsEmpty) return [];
        var scan = new ActorScan(doc, lexicon);
        GroupFinder.Find(scan);
        PersonFinder.Find(scan);
        NounActorFinder.Find(scan);
        PersonFinder.FindBareNames(scan);
        PersonLinker.Link(scan);
        var mentions = scan.Mentions.ToArray();
        Array.Sort(mentions, static (a, b) => a.Span.CompareTo(b.Span));
        return ImmutableArray.Create(mentions);
    }
}
