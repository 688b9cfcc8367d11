using System.Globalization;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Counts what a run read, failed on and passed over, by kind, for the one summary line on standard
/// error: "sitrep: read 12 articles from 3 inputs; skipped 2: 1 malformed feed, 1 truncated gzip member".
/// Nothing is dropped without being counted here.
/// </summary>
public sealed class ReadTally
{
    private readonly HashSet<string> inputs = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> failures = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> passedOver = new(StringComparer.Ordinal);

    public int Articles { get; private set; }

    public int Failed { get; private set; }

    public int Skipped { get; private set; }

    public int Inputs => inputs.Count;

    public void Count(InputItem item)
    {
        if (item.Input is { } input) inputs.Add(input);
        if (item.Error is not null) Fail(item.Kind ?? "unreadable input");
        else if (item.Skipped is not null)
        {
            Skipped++;
            passedOver[item.Kind ?? "other"] = passedOver.GetValueOrDefault(item.Kind ?? "other") + 1;
        }
        else if (item.Article is not null) Articles++;
    }

    /// <summary>An article read but then lost (analysis failed): it stops counting as read.</summary>
    public void Unread(string kind)
    {
        Articles--;
        Fail(kind);
    }

    private void Fail(string kind)
    {
        Failed++;
        failures[kind] = failures.GetValueOrDefault(kind) + 1;
    }

    public string Summary()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"sitrep: read {Articles} article{(Articles == 1 ? "" : "s")} from {Inputs} input{(Inputs == 1 ? "" : "s")}");
        if (Failed > 0) sb.Append(CultureInfo.InvariantCulture, $"; skipped {Failed}: {Join(failures)}");
        if (Skipped > 0) sb.Append(CultureInfo.InvariantCulture, $"; passed over {Skipped} record{(Skipped == 1 ? "" : "s")} that hold no article: {Join(passedOver)}");
        return sb.ToString();
    }

    private static string Join(SortedDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}"));
}
