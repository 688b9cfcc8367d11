using Sitrep.Text;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Recognizers.Places;

/// <summary>
/// The country a broadcaster's web address shows (<c>Places/broadcasters.tsv</c>): a station's call sign ("wpxi.com",
/// "kivitv.com", "kctv5.com") or a network's affiliate ("abc13.com", "6abc.com", "fox4kc.com") is a US outlet, though
/// its host names no town. A local outlet reports local news, so a town its story names alone ("Chester", "Preston")
/// is the namesake at home before a larger one abroad, and a name only a foreign place has ("Michael", "Rosalie") is
/// no place there. Only the label before a generic top-level domain is read: "kbs.co.kr" is Korea's own.
/// </summary>
public sealed class OutletCountryReader
{
    /// <summary>Top-level domains of no country: a country's own ("co.kr", "com.au") says its country itself.</summary>
    internal static readonly HashSet<string> GenericDomains = new(["com", "net", "org", "tv", "us"], StringComparer.Ordinal);

    private static readonly TimeSpan Timeout = RegexBudget.Timeout;

    private readonly List<(Regex Shape, string Country)> _shapes = [];

    private readonly ReadOnce<string?> _hosts;

    public OutletCountryReader(ResourceTable table)
    {
        _hosts = new(host => ReadNewHost(host.ToLowerInvariant()), StringComparer.OrdinalIgnoreCase);
        var signs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var networks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var letters = row["letters"];
            if (letters.Length == 0 || !letters.All(char.IsAsciiLetterLower)) throw row.Error($"letters '{letters}' are not lower-case letters.");
            var into = row["form"] switch
            {
                "call-sign" => signs,
                "network" => networks,
                var form => throw row.Error($"unknown form '{form}'."),
            };
            (into.TryGetValue(row["country"], out var list) ? list : into[row["country"]] = []).Add(letters);
        }
        // A call sign: its country's letter and two or three more, then "tv" or "news" and a channel number, each if any.
        foreach (var (country, letters) in signs)
            _shapes.Add((new Regex($"^[{string.Concat(letters)}][a-z]{{2,3}}(?:tv|news)?[0-9]{{0,2}}$", RegexOptions.CultureInvariant, Timeout), country));
        // An affiliate: the channel number before the network ("6abc"), or after it ("abc13", "fox4kc", "abcnews4").
        foreach (var (country, names) in networks)
        {
            var network = string.Join('|', names);
            _shapes.Add((new Regex($"^(?:[0-9]{{1,2}}(?:{network})|(?:{network})(?:news)?[0-9]{{1,2}}[a-z]*)$", RegexOptions.CultureInvariant, Timeout), country));
        }
    }

    public static OutletCountryReader Default { get; } = new(ResourceTable.Load("Places/broadcasters.tsv"));

    /// <summary>The country code the document's outlet shows (an archived copy's original address counts); null when it shows none.</summary>
    public string? Read(Document doc) => WebAddress.Host(doc.Url) is { } host ? ReadHost(host) : null;

    public string? ReadHost(string host) => _hosts[host];

    private string? ReadNewHost(string host)
    {
        var labels = host.Split('.');
        if (labels.Length < 2 || !GenericDomains.Contains(labels[^1])) return null;
        var label = labels[^2];
        foreach (var (shape, country) in _shapes)
            if (shape.IsMatch(label))
                return country;
        return null;
    }
}
