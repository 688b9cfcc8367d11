using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Recognizers.Places;

/// <summary>Finds countries, regions, cities and facilities. Reads: tokens. Writes: Places.</summary>
public sealed class PlaceRecognizer
{
    public static PlaceRecognizer Default { get; } = new();

    public ImmutableArray<PlaceMention> Find(Document doc) => [];
}
