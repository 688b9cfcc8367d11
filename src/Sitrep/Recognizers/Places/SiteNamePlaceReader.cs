using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// The places an outlet's site name gives as its home: "KSLA News 12 Shreveport, Louisiana News Weather &amp; Sports"
/// Shreveport, "WTVM.com-Columbus, GA News" Columbus, Georgia, "Eastern Iowa Breaking News" Iowa, "Savannah, Beaufort,
/// SC" Savannah and Beaufort. A site name (<see cref="Document.SiteName"/>) holds no people and no sentences, only its
/// name, its home and a slogan: so its words are looked up in the place lexicon as they stand, without the rules that
/// keep "Savannah" (a first name), "Wheeling" (a verb) or "Phoenix" (a word) from being towns in a story's text.
/// </summary>
public sealed class SiteNamePlaceReader(PlaceLexicon lexicon)
{
    /// <summary>A town named alone must be at least this large: smaller names in slogans are words ("Local", "Now").</summary>
    private const long MinAlonePopulation = 10_000;

    /// <summary>A town this large is meant before a region of its name.</summary>
    private const long CityPopulation = 100_000;

    // Made on first use (a field initializer cannot name an instance method); two threads racing only read a host twice.
    private ReadOnce<Place[]>? _read;

    public static SiteNamePlaceReader Default { get; } = new(PlaceLexicon.Default);

    /// <summary>
    /// Towns and regions in the order the site name gives them: a town written with its region as that region's
    /// ("Columbus, GA", "Tyler, Longview, Jacksonville, Texas"), a town named alone as its largest namesake; then the
    /// other towns of names read alone ("Wheeling": Illinois, then West Virginia), for the document's words to choose.
    /// </summary>
    public Place[] Read(string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName)) return [];
        return (_read ??= new(ReadNew, StringComparer.Ordinal))[siteName];
    }

    private Place[] ReadNew(string siteName)
    {
        // The places in the order the site name gives them ("Savannah, Beaufort, SC": the station's city first), then
        // the other towns of the names read alone.
        List<Place[]> said = [];
        List<Place> namesakes = [];
        // "WTOC-TV: Savannah, Beaufort, SC, News, Weather & Sports": what is said between the name's own words, each
        // part on its own ("Louisville News" would be one name).
        foreach (var chunk in SiteNameSplitter.Chunks(siteName))
        {
            var doc = DocumentPreparer.Default.Prepare(new Article("site", chunk));
            var pending = new List<int>();
            foreach (var (towns, named) in Names(doc))
            {
                // "Savannah" is a city of Georgia before a parish of Jamaica; "Vermont" is a state before a suburb of
                // Melbourne; "Ohio" and "GA" are states.
                if (named.Length > 0 && (pending.Count > 0 || towns.Length == 0 || towns[0].Population < CityPopulation))
                {
                    // "Tyler, Longview, Jacksonville, Texas": a region after towns places each one that has a town there.
                    foreach (var k in pending.ToList())
                        if (said[k].Where(c => Array.Exists(named, r => r.Id == c.Admin1Id)).MaxBy(c => c.Population) is { } town)
                        {
                            said[k] = [town];
                            pending.Remove(k);
                        }
                    said.Add(named);
                }
                if (towns.Length > 0)
                {
                    pending.Add(said.Count);
                    said.Add(towns);
                }
            }
            foreach (var k in pending)
            {
                var towns = said[k];
                said[k] = towns[0].Population >= MinAlonePopulation ? [towns[0]] : [];
                if (said[k].Length > 0) namesakes.AddRange(towns.Skip(1).Where(c => c.Population >= MinAlonePopulation));
            }
        }
        return [.. said.SelectMany(p => p).Concat(namesakes).Distinct()];
    }

    /// <summary>
    /// Each place name in turn, as the towns (the largest first) and the regions it may be: capitalised as a name is,
    /// an abbreviation or postal code written exactly ("GA", "Tenn."). Phrases that only hold a place name ("South
    /// Georgia", a part of a state) are passed over for the names inside them.
    /// </summary>
    private IEnumerable<(Place[] Towns, Place[] Regions)> Names(Document doc)
    {
        for (var k = 0; k < doc.Tokens.Length;)
        {
            if (!lexicon.TryMatchAt(doc, k, out var match) || match.Value.IsNotPlace || !char.IsUpper(doc.Text[match.Span.Start]))
            {
                k++;
                continue;
            }
            var written = doc.TextOf(match.Span);
            // "North" (a region of Cameroon) in "North Idaho" is a word: a region's name that is a word does not count.
            var word = lexicon.Gazetteer.IsCommonWord(doc.FoldedOf(match.Span));
            var candidates = match.Value.Places
                .Where(c => c.Place.Kind is PlaceKind.City or PlaceKind.Admin1 && c.Form != NameForm.Demonym && (c.Exact is null || c.Exact == written) &&
                            !(word && c.Place.Kind == PlaceKind.Admin1 && c.Form == NameForm.Name))
                .Select(c => c.Place).Distinct().ToList();
            k = match.EndToken;
            if (candidates.Count == 0) continue;
            yield return ([.. candidates.Where(p => p.Kind == PlaceKind.City).OrderByDescending(p => p.Population).ThenBy(p => p.Id, StringComparer.Ordinal)],
                [.. candidates.Where(p => p.Kind == PlaceKind.Admin1)]);
        }
    }
}
