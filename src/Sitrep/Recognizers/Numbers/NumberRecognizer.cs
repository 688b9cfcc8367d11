using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Recognizers.Numbers;

/// <summary>Finds counts written in digits or words, with qualifiers and ranges. Reads: tokens. Writes: Numbers.</summary>
public sealed class NumberRecognizer
{
    public static NumberRecognizer Default { get; } = new();

    public ImmutableArray<NumberMention> Find(Document doc) => []; // TODO(issue 2): implemented by the numbers work
}
