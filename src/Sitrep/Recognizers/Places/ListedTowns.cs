using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// Towns a word list names by name and region ("Louisville", "US-KY"), as the gazetteer lists them: of the towns of the
/// region that bear the name (among their other names too), the largest.
/// </summary>
internal static class ListedTowns
{
    /// <returns>Each listed (region, folded name) the gazetteer knows, and its town; pairs it lacks are left out.</returns>
    public static Dictionary<(string Region, string Name), Place> Resolve(Gazetteer gazetteer, IEnumerable<(string Region, string Town)> listed)
    {
        var towns = new Dictionary<(string Region, string Name), Place?>();
        foreach (var (region, town) in listed) towns[(region, TextFolding.Fold(town))] = null;
        var regions = towns.Keys.Select(k => k.Region).ToHashSet(StringComparer.Ordinal);
        foreach (var n in gazetteer.Names)
        {
            // Only the listed regions' names are folded: the gazetteer holds hundreds of thousands.
            if (n is not { Form: NameForm.Name, Place: { Kind: PlaceKind.City, Admin1Id: { } region } town } || !regions.Contains(region)) continue;
            var key = (region, TextFolding.Fold(n.Phrase));
            if (towns.TryGetValue(key, out var best) && (best is null || town.Population > best.Population)) towns[key] = town;
        }
        return towns.Where(t => t.Value is not null).ToDictionary(t => t.Key, t => t.Value!);
    }
}
