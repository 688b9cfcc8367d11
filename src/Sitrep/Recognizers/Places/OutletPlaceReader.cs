using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// The place a news outlet's web address names: "chicagotribune.com" Chicago, "click2houston.com" Houston,
/// "pittsburgh.cbslocal.com" Pittsburgh, "columbiamissourian.com" Missouri. A local outlet reports local news, so
/// this is a hint where a story happened when its own words leave it open ("Columbia police said"). Read from the
/// document's URL (an archived copy's original address counts): each part of the host name is tried for a city of
/// <see cref="MinPopulation"/> people or more, or a first-level region, at its start or end.
/// </summary>
public sealed class OutletPlaceReader(Gazetteer gazetteer)
{
    /// <summary>Cities at least this large name outlets; smaller names are too often other words ("news", "today").</summary>
    private const long MinPopulation = 100_000;

    /// <summary>The shortest name looked for in a host name: shorter ones hide in any word ("nola", "wave").</summary>
    private const int MinLetters = 5;

    private readonly Lazy<FrozenDictionary<string, Place>> _names = new(() => Build(gazetteer));

    public static OutletPlaceReader Default { get; } = new(Gazetteer.Default);

    /// <summary>The city or region the document's outlet names, or null.</summary>
    public Place? Read(Document doc) => Host(doc.Url) is { } host ? ReadHost(host) : null;

    public Place? ReadHost(string host)
    {
        Place? best = null;
        var bestLength = 0;
        foreach (var part in host.Split('.'))
        {
            var label = new string([.. part.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
            for (var length = label.Length; length >= MinLetters && length > bestLength; length--)
            {
                if (_names.Value.TryGetValue(label[..length], out var start)) (best, bestLength) = (start, length);
                else if (_names.Value.TryGetValue(label[^length..], out var end)) (best, bestLength) = (end, length);
            }
        }
        return best;
    }

    /// <summary>"http://web.archive.org/web/2014/http://www.wkrn.com:80/story/..." → "www.wkrn.com": the last address's host.</summary>
    public static string? Host(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var scheme = url.LastIndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? url : url[(scheme + 3)..];
        var end = rest.IndexOfAny(['/', ':', '?', '#']);
        var host = end < 0 ? rest : rest[..end];
        return host.Length == 0 ? null : host;
    }

    /// <summary>Names without spaces or punctuation, folded: a city beats a region of the same name, a larger city a smaller.</summary>
    private static FrozenDictionary<string, Place> Build(Gazetteer gazetteer)
    {
        var names = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var name in gazetteer.Names)
        {
            var place = name.Place;
            if (name.Form != NameForm.Name || place.Kind is not (PlaceKind.City or PlaceKind.Admin1)) continue;
            if (place.Kind == PlaceKind.City && place.Population < MinPopulation) continue;
            var folded = TextFolding.Fold(name.Phrase);
            var key = new string([.. folded.Where(char.IsAsciiLetter)]);
            // "northwestgeorgianews": "North West" (a province of South Africa) is two words there, no place.
            if (key.Length < MinLetters || gazetteer.IsCommonWord(folded)) continue;
            if (!names.TryGetValue(key, out var other) || Better(gazetteer, place, other)) names[key] = place;
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static bool Better(Gazetteer gazetteer, Place place, Place other)
    {
        if (place.Kind != other.Kind) return place.Kind == PlaceKind.City;
        var (a, b) = place.Kind == PlaceKind.City ? (place.Population, other.Population) : (gazetteer.TownPopulation(place.Id), gazetteer.TownPopulation(other.Id));
        return a > b || a == b && string.CompareOrdinal(place.Id, other.Id) < 0;
    }
}
