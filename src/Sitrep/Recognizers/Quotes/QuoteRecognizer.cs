using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Actors;

namespace Sitrep.Recognizers.Quotes;

/// <summary>Finds direct quotes and attaches their speakers. Reads: tokens, Actors. Writes: Quotes.</summary>
public sealed class QuoteRecognizer
{
    public static QuoteRecognizer Default { get; } = new();

    public ImmutableArray<QuoteMention> Find(Document doc, ImmutableArray<ActorMention> actors) => [];
}
