using System.Collections.Frozen;
using Sitrep.Resources;

namespace Sitrep.Output;

/// <summary>A country's ISO numeric code and the region names ACLED and GTD use (Resources/Places/country-regions.tsv).</summary>
public sealed record CountryRegion(string Code, string Numeric, string AcledRegion, string GtdRegion);

public static class CountryRegions
{
    private static readonly Lazy<FrozenDictionary<string, CountryRegion>> Table = new(() =>
        ResourceTable.Load("Places/country-regions.tsv").Rows
            .Select(r => new CountryRegion(r["code"], r.Optional("ccn3") ?? "", r.Optional("acled_region") ?? "", r.Optional("gtd_region") ?? ""))
            .ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase));

    public static CountryRegion? Of(string? countryCode) =>
        countryCode is not null && Table.Value.TryGetValue(countryCode, out var region) ? region : null;
}
