using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Recognizers.Time;

/// <summary>Finds and resolves time expressions. Reads: tokens, Numbers. Writes: Times.</summary>
public sealed class TimeRecognizer
{
    public static TimeRecognizer Default { get; } = new();

    public ImmutableArray<TimeMention> Find(Document doc, ImmutableArray<NumberMention> numbers) => [];
}
