using System.Collections.Frozen;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// The home town of an outlet whose web address hides it (<c>Places/outlets.tsv</c>): a station's call sign or brand
/// ("wlky.com" Louisville, "abc13.com" Houston), a paper's short name ("chron.com" Houston, "post-gazette.com"
/// Pittsburgh, "nola.com" New Orleans). Only the label before a generic top-level domain is read, without its
/// hyphens: "inquirer.net" is not "inquirer.com" only by its domain, and "heraldsun.com.au" is Melbourne's.
/// </summary>
public sealed class OutletHomeReader(Gazetteer gazetteer, ResourceTable table)
{
    private readonly Lazy<FrozenDictionary<string, Place>> _homes = new(() => Build(gazetteer, table));

    public static OutletHomeReader Default { get; } = new(Gazetteer.Default, ResourceTable.Load("Places/outlets.tsv"));

    /// <summary>Each listed outlet's label and the town it resolves to; a row whose town the gazetteer lacks is left out.</summary>
    public IReadOnlyDictionary<string, Place> Homes => _homes.Value;

    /// <summary>The home town of the outlet at <paramref name="host"/> ("www.wlky.com"), when the table lists it; else null.</summary>
    public Place? ReadHost(string host)
    {
        var labels = host.ToLowerInvariant().Split('.');
        if (labels.Length < 2 || !OutletCountryReader.GenericDomains.Contains(labels[^1])) return null;
        return _homes.Value.GetValueOrDefault(labels[^2].Replace("-", "", StringComparison.Ordinal));
    }

    /// <summary>
    /// The home town of the station whose call sign is <paramref name="callSign"/> ("WBTV", "WMC"), when the table
    /// lists it under its call sign, or the call sign and "tv" ("wmctv"); else null.
    /// </summary>
    public Place? ReadCallSign(string callSign)
    {
        var label = callSign.ToLowerInvariant();
        return _homes.Value.GetValueOrDefault(label) ?? _homes.Value.GetValueOrDefault(label + "tv");
    }

    /// <summary>Each row's town: the largest of its region (an id such as "US-KY") that bears the name, among its other names too.</summary>
    private static FrozenDictionary<string, Place> Build(Gazetteer gazetteer, ResourceTable table)
    {
        var towns = ListedTowns.Resolve(gazetteer, table.Rows.Select(r => (r["region"], r["town"])));
        var homes = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
            if (towns.TryGetValue((row["region"], TextFolding.Fold(row["town"])), out var town))
                homes[row["host"]] = town;
        return homes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
