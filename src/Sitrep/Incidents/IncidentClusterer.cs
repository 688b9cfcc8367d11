using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Incidents;

/// <summary>
/// Groups the incidents of many documents into real incidents. Two documents' incidents may be
/// one when nothing rules it out (another day, another city, another country, the same
/// document) and enough speaks for it: the same victims named, the same facility, the same day
/// and place, the same figures, and the words the reports use (TF-IDF cosine). Groups are grown
/// greedily from the strongest pairs, and a pair joins two groups only if every member of one
/// is compatible with every member of the other: a report of Tuesday's shooting never joins a
/// group holding Friday's assault, and an incident never merges with another of its own document.
/// </summary>
/// <remarks>
/// Blocking keeps the cost near-linear: only profiles that share a place and day, a place and
/// weekday, a place without a date, or a rare word are compared.
/// </remarks>
public sealed class IncidentClusterer
{
    /// <summary>Words in more profiles than this are too common to block on.</summary>
    private const int RareTermLimit = 40;

    public static IncidentClusterer Default { get; } = new();

    /// <summary>Clusters of profile indexes, each sorted, in order of their first member.</summary>
    public ImmutableArray<ImmutableArray<int>> Cluster(IReadOnlyList<IncidentProfile> profiles)
    {
        var idf = InverseDocumentFrequencies(profiles, out var documentFrequency);
        var norms = profiles.Select(p => Norm(p, idf)).ToArray();
        var pairs = new List<(double Score, int A, int B)>();
        foreach (var (a, b) in CandidatePairs(profiles, documentFrequency))
        {
            if (!Compatible(profiles[a], profiles[b])) continue;
            var score = Score(profiles[a], profiles[b], Cosine(profiles[a], profiles[b], idf, norms[a], norms[b]), out var anchored);
            if (anchored) pairs.Add((score, a, b));
        }
        pairs.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));

        var clusterOf = Enumerable.Range(0, profiles.Count).ToArray();
        var members = Enumerable.Range(0, profiles.Count).Select(i => new List<int> { i }).ToArray();
        var consensus = profiles.ToArray();
        var documents = profiles.Select(p => new HashSet<string>(StringComparer.Ordinal) { p.DocumentId }).ToArray();
        var reported = profiles.Select(p => p.Role == IncidentRole.Primary).ToArray();

        bool TryMerge(int a, int b)
        {
            var (ca, cb) = (clusterOf[a], clusterOf[b]);
            // Two groups join when what each group as a whole says (its consensus) agrees, and no document is in both.
            if (ca == cb || documents[ca].Overlaps(documents[cb]) || !Compatible(consensus[ca] with { DocumentId = "\u0001a" }, consensus[cb] with { DocumentId = "\u0001b" }))
                return false;
            var (keep, drop) = ca < cb ? (ca, cb) : (cb, ca);
            foreach (var m in members[drop]) clusterOf[m] = keep;
            members[keep].AddRange(members[drop]);
            members[drop].Clear();
            documents[keep].UnionWith(documents[drop]);
            reported[keep] |= reported[drop];
            consensus[keep] = Consensus(members[keep].Select(i => profiles[i]).ToList());
            return true;
        }

        // First the incidents documents report; then each incident a document only mentions joins
        // the reported incident it describes, or other mentions of it. A mention never bars two reports from each other.
        foreach (var (_, a, b) in pairs.Where(p => profiles[p.A].Role == IncidentRole.Primary && profiles[p.B].Role == IncidentRole.Primary))
            TryMerge(a, b);
        foreach (var (_, a, b) in pairs.Where(p => profiles[p.A].Role != IncidentRole.Primary || profiles[p.B].Role != IncidentRole.Primary))
            if (!(reported[clusterOf[a]] && reported[clusterOf[b]])) TryMerge(a, b);
        return [.. members.Where(m => m.Count > 0).Select(m => m.Order().ToImmutableArray()).OrderBy(m => m[0])];
    }

    /// <summary>
    /// What a group of reports says as a whole: the day most of its dated reports give, the window
    /// all its undated reports share, the place most give. One report with a wrong day or place
    /// does not bar the group from its other reports.
    /// </summary>
    private static IncidentProfile Consensus(List<IncidentProfile> group)
    {
        static T? Most<T>(IEnumerable<T> values) where T : notnull =>
            values.GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var placed = group.Where(p => p.Place is not null).ToList();
        var place = Most(placed.Select(p => p.Place!).OrderByDescending(p => p.Length));
        var day = Most(group.Where(p => p.Day is not null).Select(p => p.Day!.Value).OrderBy(d => d.First));
        DayRange? window = null;
        foreach (var w in group.Where(p => p.Day is null && p.Window is not null).Select(p => p.Window!.Value))
            window = window is { } x ? new DayRange(Math.Max(x.First, w.First), Math.Min(x.Last, w.Last)) is var both && both.First <= both.Last ? both : x : w;
        var weekday = group.Where(p => p.Weekday is not null).Select(p => p.Weekday!.Value).GroupBy(w => w).OrderByDescending(g => g.Count())
            .Select(g => (DayOfWeek?)g.Key).FirstOrDefault();
        var first = group[0];
        return first with
        {
            Day = day == default ? null : day,
            Window = window,
            Weekday = day == default ? weekday : null,
            Place = place,
            CountryCode = Most(group.Where(p => p.CountryCode is not null).Select(p => p.CountryCode!)),
            Point = placed.FirstOrDefault(p => p.Place == place)?.Point,
        };
    }

    /// <summary>For diagnosis: whether two profiles are compatible and, if not, why.</summary>
    public static bool CompatibleProbe(IncidentProfile a, IncidentProfile b, out string reason)
    {
        reason = a.DocumentId == b.DocumentId ? "document"
            : a.CountryCode is not null && b.CountryCode is not null && a.CountryCode != b.CountryCode ? "country"
            : a.Place is not null && b.Place is not null && !PlacesAgree(a, b) ? "place"
            : !Compatible(a, b) ? "day" : "";
        return reason.Length == 0;
    }

    /// <summary>Nothing rules it out: two documents, and no clash of country, place or day.</summary>
    internal static bool Compatible(IncidentProfile a, IncidentProfile b)
    {
        if (a.DocumentId == b.DocumentId) return false;
        if (a.CountryCode is not null && b.CountryCode is not null && a.CountryCode != b.CountryCode) return false;
        if (a.Place is not null && b.Place is not null && !PlacesAgree(a, b)) return false;
        if (a.Day is { } da && b.Day is { } db && (da.First > db.Last + 1 || db.First > da.Last + 1)) return false;
        // An undated report's window must meet the other's day or window.
        if ((a.Day ?? a.Window) is { } ra && (b.Day ?? b.Window) is { } rb && (a.Day is null || b.Day is null) && (ra.First > rb.Last + 1 || rb.First > ra.Last + 1))
            return false;
        if (WeekdayOf(a) is { } wa && WeekdayOf(b) is { } wb && !Adjacent(wa, wb)) return false;
        return true;
    }

    /// <summary>
    /// Places agree when every level both name is the same ("PK|Sindh|" agrees with
    /// "PK|Sindh|Karachi"), or when two towns of one region lie close together: a report may name
    /// the suburb, another the city ("Hialeah", "Miami"; a neighbourhood read as a town).
    /// </summary>
    private static bool PlacesAgree(IncidentProfile a, IncidentProfile b)
    {
        var pa = a.Place!.Split('|');
        var pb = b.Place!.Split('|');
        for (var i = 0; i < 2; i++)
            if (pa[i].Length > 0 && pb[i].Length > 0 && !string.Equals(pa[i], pb[i], StringComparison.OrdinalIgnoreCase)) return false;
        if (pa[2].Length == 0 || pb[2].Length == 0 || string.Equals(pa[2], pb[2], StringComparison.OrdinalIgnoreCase)) return true;
        return a.Point is { } x && b.Point is { } y && Kilometres(x, y) <= NeighbourKilometres;
    }

    /// <summary>How far apart two named towns may be and still be one incident's place.</summary>
    private const double NeighbourKilometres = 40;

    private static double Kilometres(GeoPoint a, GeoPoint b)
    {
        const double radius = 6371;
        var dLat = (b.Latitude - a.Latitude) * Math.PI / 180;
        var dLon = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(a.Latitude * Math.PI / 180) * Math.Cos(b.Latitude * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * radius * Math.Asin(Math.Sqrt(h));
    }

    private static DayOfWeek? WeekdayOf(IncidentProfile p) =>
        p.Weekday ?? (p.Day is { } d && d.First == d.Last ? DateOnly.FromDayNumber(d.First).DayOfWeek : null);

    /// <summary>The same weekday or the next: "Friday night" may be written up as Saturday's.</summary>
    private static bool Adjacent(DayOfWeek a, DayOfWeek b)
    {
        var diff = Math.Abs((int)a - (int)b);
        return diff <= 1 || diff == 6;
    }

    /// <summary>
    /// What speaks for one incident (the score orders the merges) and whether enough does (an
    /// anchor): the same victims named; the same facility; close wording in reports of the same
    /// days (TF-IDF cosine of 0.2, or 0.15 in the same place: on gva-dev, below these values reports
    /// of different shootings begin to outnumber reports of the same); or,
    /// for reports that give no dates at all, the same place with the same weekday, or with the
    /// same group or target.
    /// </summary>
    /// <remarks>Thresholds from a grid search on gva-dev (B-cubed F1), see docs/EVALUATION.md.</remarks>
    public static double Score(IncidentProfile a, IncidentProfile b, double cosine, out bool anchored)
    {
        var score = 4.0 * cosine;
        var names = SharePerson(a.Names, b.Names);
        if (names) score += 3.0;
        var facility = a.Facility is not null && a.Facility == b.Facility;
        var facilityWords = !facility && SharesFacilityWord(a.Facility, b.Facility);
        if (facility) score += 1.5;
        else if (facilityWords) score += 0.75;
        var samePlace = a.Place is not null && b.Place is not null && string.Equals(a.Place, b.Place, StringComparison.OrdinalIgnoreCase);
        if (samePlace) score += a.Place!.EndsWith('|') ? 0.5 : 1.0;
        var sameDay = a.Day is { } da && b.Day is { } db && da.First <= db.Last && db.First <= da.Last;
        var sameWeekday = !sameDay && WeekdayOf(a) is { } wa && WeekdayOf(b) == wa;
        if (sameDay) score += 1.5;
        else if (sameWeekday) score += 1.0;
        if (a.Killed is > 0 && a.Killed == b.Killed) score += 0.5;
        if (a.Wounded is > 0 && a.Wounded == b.Wounded) score += 0.5;
        var perpetrators = a.Perpetrators.Overlaps(b.Perpetrators);
        var types = a.AttackTypes.Overlaps(b.AttackTypes);
        var targets = a.TargetTypes.Overlaps(b.TargetTypes);
        if (perpetrators) score += 1.0;
        if (types) score += 0.3;
        if (targets) score += 0.3;

        // Reports of the same days (days or publication windows that meet: compatibility made sure).
        var timed = (a.Day ?? a.Window) is not null && (b.Day ?? b.Window) is not null;
        var undated = a.Day is null && a.Weekday is null || b.Day is null && b.Weekday is null;
        // The same toll of several people in reports of the same days: "five teens wounded", "5 teens shot".
        var sameToll = (a.Killed ?? 0) == (b.Killed ?? 0) && (a.Wounded ?? 0) == (b.Wounded ?? 0) && (a.Killed ?? 0) + (a.Wounded ?? 0) >= 2;
        anchored = names || facility || cosine >= 0.5 ||
                   timed && (cosine >= 0.2 || samePlace && cosine >= 0.15 || sameToll && cosine >= 0.1) ||
                   samePlace && (sameDay || sameWeekday || undated && (perpetrators || facilityWords || targets && types));
        return score;
    }

    /// <summary>
    /// One person named in both: the same first name and surname, whatever comes between or after
    /// ("Vincent Edward Holt" and "Vincent Holt Jr."; "Nicholas Cardillo" and "Nicholas Cardillo III").
    /// </summary>
    internal static bool SharePerson(ImmutableHashSet<string> a, ImmutableHashSet<string> b)
    {
        if (a.IsEmpty || b.IsEmpty) return false;
        if (a.Any(n => n.Contains(' ') && b.Contains(n))) return true;
        foreach (var x in a)
        {
            var (xFirst, xLast) = NameParts(x);
            if (xLast is null) continue;
            foreach (var y in b)
            {
                var (yFirst, yLast) = NameParts(y);
                // A surname alone ("Smith") is too common to tie two stories; first name and surname are not.
                if (xLast == yLast && xFirst is not null && xFirst == yFirst) return true;
            }
        }
        return false;
    }

    private static (string? First, string? Last) NameParts(string name)
    {
        var words = name.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && w is not ("jr" or "sr" or "iii" or "ii")).ToList();
        return words.Count switch
        {
            0 => (null, null),
            1 => (null, words[0]),
            _ => (words[0], words[^1]),
        };
    }

    /// <summary>"police lines mosque" and "mosque", "karachi police office" and "police compound": a word of the facility in common.</summary>
    private static bool SharesFacilityWord(string? a, string? b)
    {
        if (a is null || b is null) return false;
        var words = a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);
        return b.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(words.Contains);
    }

    private static IEnumerable<(int, int)> CandidatePairs(IReadOnlyList<IncidentProfile> profiles, Dictionary<uint, int> documentFrequency)
    {
        var seen = new HashSet<(int, int)>();
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var undatedByPlace = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byPlace = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void Add(Dictionary<string, List<int>> map, string key, int i)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(i);
        }
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            var place = p.Place ?? "?";
            if ((p.Day ?? p.Window) is { } day)
                for (var d = day.First - 1; d <= Math.Min(day.Last + 1, day.First + 40); d++)
                    Add(blocks, $"{place}\u0001d{d}", i);
            if (WeekdayOf(p) is { } weekday) Add(blocks, $"{place}\u0001w{(int)weekday}", i);
            if (p.Place is not null)
            {
                Add(byPlace, p.Place, i);
                if (p.Day is null && p.Weekday is null) Add(undatedByPlace, p.Place, i);
            }
            foreach (var (term, _) in p.Terms)
                if (documentFrequency[term] is > 1 and <= RareTermLimit) Add(blocks, $"t{term}", i);
        }
        foreach (var list in blocks.Values)
            for (var x = 0; x < list.Count; x++)
            for (var y = x + 1; y < list.Count; y++)
                if (seen.Add((list[x], list[y]))) yield return (list[x], list[y]);
        // An undated incident is compared with everything in its place.
        foreach (var (place, undated) in undatedByPlace)
            foreach (var u in undated)
                foreach (var other in byPlace[place])
                {
                    var pair = u < other ? (u, other) : (other, u);
                    if (u != other && seen.Add(pair)) yield return pair;
                }
    }

    private static Dictionary<uint, double> InverseDocumentFrequencies(IReadOnlyList<IncidentProfile> profiles, out Dictionary<uint, int> documentFrequency)
    {
        documentFrequency = [];
        foreach (var p in profiles)
            foreach (var (term, _) in p.Terms)
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        var n = profiles.Count;
        return documentFrequency.ToDictionary(p => p.Key, p => Math.Log((1.0 + n) / (1.0 + p.Value)) + 1.0);
    }

    private static double Norm(IncidentProfile p, Dictionary<uint, double> idf)
    {
        double sum = 0;
        foreach (var (term, count) in p.Terms)
        {
            var w = Weight(count) * idf[term];
            sum += w * w;
        }
        return Math.Sqrt(sum);
    }

    private static double Weight(int count) => count;

    private static double Cosine(IncidentProfile a, IncidentProfile b, Dictionary<uint, double> idf, double normA, double normB)
    {
        if (normA == 0 || normB == 0) return 0;
        double dot = 0;
        int i = 0, j = 0;
        var (ta, tb) = (a.Terms, b.Terms);
        while (i < ta.Length && j < tb.Length)
        {
            if (ta[i].Term < tb[j].Term) i++;
            else if (ta[i].Term > tb[j].Term) j++;
            else
            {
                var w = idf[ta[i].Term];
                dot += Weight(ta[i].Count) * w * Weight(tb[j].Count) * w;
                i++;
                j++;
            }
        }
        return dot / (normA * normB);
    }
}
