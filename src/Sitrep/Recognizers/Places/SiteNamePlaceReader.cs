using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// The places an outlet's site name gives as its home: "KSLA News 12 Shreveport, Louisiana News Weather &amp; Sports"
/// Shreveport, "WTVM.com-Columbus, GA News" Columbus, Georgia, "Eastern Iowa Breaking News" Iowa. The site name
/// (<see cref="Document.SiteName"/>) is read as a short text of its own, with the place recognizer's rules ("La Crosse,
/// WI" is a town and its state), so that none of its places is taken for the story's.
/// </summary>
public sealed class SiteNamePlaceReader(PlaceRecognizer recognizer)
{
    /// <summary>An outlet's pages share their site name: read once (up to this many names, so a long run stays small).</summary>
    private const int MaxRemembered = 10_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Place[]> _read = new(StringComparer.Ordinal);

    public static SiteNamePlaceReader Default { get; } = new(PlaceRecognizer.Default);

    /// <summary>
    /// Towns and regions in the order the site name gives them, each as the recognizer read it; then the other places
    /// a town's name may stand for ("Wheeling": West Virginia or Illinois), for the document's words to choose from.
    /// </summary>
    public Place[] Read(string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName)) return [];
        if (_read.TryGetValue(siteName, out var known)) return known;
        var places = ReadNew(siteName);
        if (_read.Count < MaxRemembered) _read.TryAdd(siteName, places);
        return places;
    }

    private Place[] ReadNew(string siteName)
    {
        // One paragraph for each thing it says: "Louisville News" would be a newspaper, "Louisville" is a town.
        var doc = DocumentPreparer.Default.Prepare(new Article("site", string.Join("\n\n", SiteNameSplitter.Chunks(siteName))));
        var mentions = recognizer.Find(doc).Where(m => m is { Kind: PlaceKind.City or PlaceKind.Admin1, Place: not null }).ToList();
        var places = new List<Place>();
        foreach (var m in mentions)
            if (!places.Contains(m.Place!)) places.Add(m.Place!);
        foreach (var m in mentions)
        {
            // "Columbus, GA": the region said which one; its namesakes elsewhere are not the outlet's home.
            if (m.Within is not null) continue;
            foreach (var a in m.Alternatives)
                if (a.Kind == m.Place!.Kind && !places.Contains(a)) places.Add(a);
        }
        return [.. places];
    }
}
