using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Recognizers.Actors;

/// <summary>Finds armed groups, attackers, security forces, civilians and named people. Reads: tokens. Writes: Actors.</summary>
public sealed class ActorRecognizer
{
    public static ActorRecognizer Default { get; } = new();

    public ImmutableArray<ActorMention> Find(Document doc) => [];
}
