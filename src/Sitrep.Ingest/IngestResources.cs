using Sitrep.Resources;

namespace Sitrep.Ingest;

/// <summary>The data files embedded in this assembly (<c>Resources/*.tsv</c>), read with the core's TSV rules.</summary>
internal static class IngestResources
{
    public static ResourceTable Load(string fileName)
    {
        var assembly = typeof(IngestResources).Assembly;
        using var stream = assembly.GetManifestResourceStream("Sitrep.Ingest.Resources." + fileName)
                           ?? throw new InvalidOperationException($"Resource '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return ResourceTable.Parse(fileName, reader.ReadToEnd());
    }
}
