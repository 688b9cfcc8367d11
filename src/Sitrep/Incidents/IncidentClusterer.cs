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
/// weekday, a facility, a victim's surname or one of their most telling words are compared.
/// </remarks>
public sealed class IncidentClusterer
{
    public static IncidentClusterer Default { get; } = new();

    /// <summary>Clusters of profile indexes, each sorted, in order of their first member.</summary>
    public ImmutableArray<ImmutableArray<int>> Cluster(IReadOnlyList<IncidentProfile> profiles)
    {
        var vectors = TermVectors(profiles);
        var people = profiles.Select(p => PersonKeys(p.Names)).ToArray();
        var pairs = new List<(double Score, int A, int B)>();
        foreach (var (a, b) in CandidatePairs(profiles, vectors))
        {
            if (!Compatible(profiles[a], profiles[b])) continue;
            var score = Score(profiles[a], profiles[b], vectors[a].Cosine(vectors[b]), people[a].Overlaps(people[b]), out var anchored);
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
            AttackTypes = [.. group.SelectMany(p => p.AttackTypes)],
            Perpetrators = [.. group.SelectMany(p => p.Perpetrators)],
            Point = placed.FirstOrDefault(p => p.Place == place)?.Point,
        };
    }

    /// <summary>
    /// Nothing rules it out: two documents, and no clash of day, kind of attack or named group.
    /// Places that clash do not rule it out (a place is misread more often than two reports share
    /// victims' names by chance) but need close evidence: see <see cref="Score"/>.
    /// </summary>
    internal static bool Compatible(IncidentProfile a, IncidentProfile b)
    {
        if (a.DocumentId == b.DocumentId) return false;
        if (a.Day is { } da && b.Day is { } db && (da.First > db.Last + 1 || db.First > da.Last + 1)) return false;
        // An undated report's reach (its window, or a follow-up's weeks before) must meet the other's day or reach.
        if (Reach(a) is { } ra && Reach(b) is { } rb && (a.Day is null || b.Day is null) && !Meet(ra, rb))
            return false;
        if (WeekdayOf(a) is { } wa && WeekdayOf(b) is { } wb && !Adjacent(wa, wb)) return false;
        // A kidnapping is not a bombing; an attack the army owns is not the guerrillas' attack.
        if (!a.AttackTypes.IsEmpty && !b.AttackTypes.IsEmpty && !a.AttackTypes.Overlaps(b.AttackTypes)) return false;
        if (!a.Perpetrators.IsEmpty && !b.Perpetrators.IsEmpty && !a.Perpetrators.Overlaps(b.Perpetrators)) return false;
        return true;
    }

    /// <summary>Two places that cannot be one: other countries, or towns of other regions or far apart.</summary>
    private static bool PlacesClash(IncidentProfile a, IncidentProfile b) =>
        a.CountryCode is not null && b.CountryCode is not null && a.CountryCode != b.CountryCode ||
        a.Place is not null && b.Place is not null && !PlacesAgree(a, b);

    /// <summary>
    /// How long after an incident a report may come without saying when it happened: arrests,
    /// charges and funerals are reported weeks later ("the shooting", no date).
    /// </summary>
    private const int FollowUpDays = 90;

    /// <summary>The days a report may speak of: its day, or the days before its publication back to <see cref="FollowUpDays"/>.</summary>
    private static DayRange? Reach(IncidentProfile p) =>
        p.Day ?? (p.Window is { } w ? new DayRange(w.First - FollowUpDays, w.Last) : null);

    /// <summary>Two ranges of days that meet, a day's slack allowed.</summary>
    private static bool Meet(DayRange a, DayRange b) => a.First <= b.Last + 1 && b.First <= a.Last + 1;

    /// <summary>
    /// Places agree when every level both name is the same ("PK|Sindh|" agrees with
    /// "PK|Sindh|Karachi"), or when two towns of one region lie close together: a report may name
    /// the suburb, another the city ("Hialeah", "Miami"; a neighbourhood read as a town).
    /// </summary>
    private static bool PlacesAgree(IncidentProfile a, IncidentProfile b)
    {
        ReadOnlySpan<char> pa = a.Place, pb = b.Place;
        for (var level = 0; level < 2; level++)
        {
            var x = Level(ref pa);
            var y = Level(ref pb);
            if (x.Length > 0 && y.Length > 0 && !x.Equals(y, StringComparison.OrdinalIgnoreCase)) return false;
        }
        if (pa.Length == 0 || pb.Length == 0 || pa.Equals(pb, StringComparison.OrdinalIgnoreCase)) return true;
        return a.Point is { } p && b.Point is { } q && p.KilometresTo(q) <= NeighbourKilometres;
    }

    /// <summary>The first level of a place ("PK" of "PK|Sindh|Karachi"), leaving the rest in <paramref name="place"/>.</summary>
    private static ReadOnlySpan<char> Level(ref ReadOnlySpan<char> place)
    {
        var bar = place.IndexOf('|');
        var level = bar < 0 ? place : place[..bar];
        place = bar < 0 ? [] : place[(bar + 1)..];
        return level;
    }

    /// <summary>How far apart two named towns may be and still be one incident's place.</summary>
    private const double NeighbourKilometres = 40;

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
    /// of different shootings begin to outnumber reports of the same; 0.3 when their counts
    /// differ); the same place and day with one more thing in common (some wording, the toll, the
    /// group); or, for reports that give no dates at all, the same place with the same group or target.
    /// </summary>
    /// <remarks>Thresholds from a grid search on gva-dev (B-cubed F1), see docs/EVALUATION.md.</remarks>
    private static double Score(IncidentProfile a, IncidentProfile b, double cosine, bool names, out bool anchored)
    {
        var score = 4.0 * cosine;
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

        // Reports of the same days: days or publication windows that meet.
        var timed = (a.Day ?? a.Window) is { } ta && (b.Day ?? b.Window) is { } tb && Meet(ta, tb);
        // A follow-up weeks after the incident, with no date of its own, is one only on close evidence.
        var followUp = !timed && (a.Day ?? a.Window) is not null && (b.Day ?? b.Window) is not null;
        // No day, weekday or publication window: nothing at all to say when.
        var undated = (a.Day ?? a.Window) is null && a.Weekday is null || (b.Day ?? b.Window) is null && b.Weekday is null;
        // The same toll of several people in reports of the same days: "five teens wounded", "5 teens shot".
        var sameToll = (a.Killed ?? 0) == (b.Killed ?? 0) && (a.Wounded ?? 0) == (b.Wounded ?? 0) && (a.Killed ?? 0) + (a.Wounded ?? 0) >= 2;
        // A capital sees several attacks a day: the same place and day need one more thing in common.
        var corroborated = cosine >= 0.1 || sameToll || perpetrators || facilityWords;
        if (PlacesClash(a, b))
        {
            // One of the two places was misread, or these are two incidents: only the victims' names or the same story tell.
            anchored = (timed || followUp) && (names || cosine >= CloseWording);
            return score;
        }
        if (followUp)
        {
            anchored = names || facility && cosine >= 0.2 || cosine >= CloseWording;
            return score;
        }
        anchored = names || facility || cosine >= 0.5 ||
                   timed && (cosine >= 0.2 || samePlace && cosine >= 0.15 || sameToll && cosine >= 0.1) && (!TollsClash(a, b) || cosine >= ClashCosine) ||
                   samePlace && ((sameDay || sameWeekday) && corroborated || undated && (perpetrators || facilityWords || targets && types));
        return score;
    }

    /// <summary>
    /// Wording close enough to tie two reports on its own when the places clash (one was misread)
    /// or a follow-up meets the incident only within <see cref="FollowUpDays"/>. On gva-dev, 0.3 to
    /// 0.6 score alike; 90 follow-up days beat 60 and 180, and 365 loses precision.
    /// </summary>
    private const double CloseWording = 0.4;

    /// <summary>Reports whose counts differ need closer wording to be one incident on wording alone.</summary>
    private const double ClashCosine = 0.3;

    /// <summary>Both give a count of the dead, or both of the wounded, and the counts differ.</summary>
    private static bool TollsClash(IncidentProfile a, IncidentProfile b) =>
        a.Killed is { } ka && b.Killed is { } kb && ka != kb || a.Wounded is { } wa && b.Wounded is { } wb && wa != wb;

    /// <summary>
    /// Keys of the people named: two profiles name one person in common when their keys meet. A
    /// person is their first name and surname, whatever comes between or after ("Vincent Edward
    /// Holt" and "Vincent Holt Jr."; "Nicholas Cardillo" and "Nicholas Cardillo III"); a surname
    /// alone ("Smith") is too common to tie two stories and gives no key.
    /// </summary>
    private static HashSet<string> PersonKeys(ImmutableHashSet<string> names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Contains(' ')) keys.Add(name);
            if (NameParts(name) is ({ } first, { } last)) keys.Add(first + " " + last);
        }
        return keys;
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

    /// <summary>
    /// Pairs worth comparing: profiles that share a place and a day, or, within the same weeks, a
    /// place and a weekday, a victim's surname, a facility, or one of the words that most set each
    /// apart (its highest TF-IDF terms). Blocks grown too large to say anything are skipped. Keying
    /// every block on time keeps the cost linear in the length of the record: profiles whose days
    /// do not meet are never compatible, so a surname or a word that recurs over years ties nothing.
    /// Pairs come in order (by first, then second index), each once.
    /// </summary>
    private static List<(int, int)> CandidatePairs(IReadOnlyList<IncidentProfile> profiles, TermVector[] vectors)
    {
        var blocks = new Dictionary<ulong, List<int>>();
        void Add(ulong key, int i)
        {
            if (!blocks.TryGetValue(key, out var list)) blocks[key] = list = [];
            if (list.Count == 0 || list[^1] != i) list.Add(i);
        }
        // An undated incident ("a bombing at a mosque in Peshawar that killed 101") may be any
        // dated one: it is compared, whatever the time, with those that share its place and one
        // of its telling words, a victim's surname or its facility.
        var timeless = new Dictionary<ulong, (List<int> Undated, List<int> All)>();
        void AddTimeless(ulong key, int i, bool undated)
        {
            if (!timeless.TryGetValue(key, out var block)) timeless[key] = block = ([], []);
            if (block.All.Count > 0 && block.All[^1] == i) return;
            block.All.Add(i);
            if (undated) block.Undated.Add(i);
        }
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            var place = TextFingerprint.Hash(p.Place ?? "?");
            if ((p.Day ?? p.Window) is { } day)
                for (var d = day.First - 1; d <= Math.Min(day.Last + 1, day.First + 40); d++)
                    Add(BlockKey(BlockKind.PlaceDay, place, (ulong)d), i);
            var surnames = p.Names.Select(n => NameParts(n).Last).OfType<string>().Select(n => TextFingerprint.Hash(n)).ToList();
            var telling = vectors[i].MostTelling(DistinctiveTerms).ToList();
            var undated = (p.Day ?? p.Window) is null;
            foreach (var term in telling) AddTimeless(BlockKey(BlockKind.Term, place, term), i, undated);
            foreach (var surname in surnames) AddTimeless(BlockKey(BlockKind.Surname, 0, surname), i, undated);
            if (p.Facility is not null) AddTimeless(BlockKey(BlockKind.Facility, place, TextFingerprint.Hash(p.Facility)), i, undated);
            foreach (var period in Periods(p))
            {
                if (WeekdayOf(p) is { } weekday) Add(BlockKey(BlockKind.PlaceWeekday, period, place * 8 + (ulong)weekday), i);
                if (p.Facility is not null) Add(BlockKey(BlockKind.Facility, period, TextFingerprint.Hash(p.Facility)), i);
                foreach (var surname in surnames) Add(BlockKey(BlockKind.Surname, period, surname), i);
                foreach (var term in telling) Add(BlockKey(BlockKind.Term, period, term), i);
            }
        }
        var packed = new List<ulong>();
        foreach (var list in blocks.Values)
        {
            if (list.Count > MaxBlock) continue;
            for (var x = 0; x < list.Count; x++)
            for (var y = x + 1; y < list.Count; y++)
                packed.Add(((ulong)(uint)list[x] << 32) | (uint)list[y]);
        }
        foreach (var (undated, all) in timeless.Values)
        {
            if (undated.Count == 0 || all.Count > MaxBlock) continue;
            foreach (var u in undated)
            foreach (var other in all)
                if (other != u) packed.Add(u < other ? ((ulong)(uint)u << 32) | (uint)other : ((ulong)(uint)other << 32) | (uint)u);
        }
        packed.Sort();
        var pairs = new List<(int, int)>(packed.Count);
        for (var k = 0; k < packed.Count; k++)
            if (k == 0 || packed[k] != packed[k - 1]) pairs.Add(((int)(packed[k] >> 32), (int)(uint)packed[k]));
        return pairs;
    }

    private enum BlockKind { PlaceDay, PlaceWeekday, Facility, Surname, Term }

    private static ulong BlockKey(BlockKind kind, ulong period, ulong value) =>
        TextFingerprint.Mix(TextFingerprint.Mix(value ^ (ulong)kind * 0x9E3779B97F4A7C15UL) ^ period);

    /// <summary>
    /// The periods of <see cref="PeriodDays"/> days a profile's days (or window), one day either
    /// side, fall in: two profiles whose days meet share one. Undated profiles, and those dated
    /// only to more than a year, share one period of their own.
    /// </summary>
    private static IEnumerable<ulong> Periods(IncidentProfile p)
    {
        if (Reach(p) is not { } range || range.Last - range.First > 366)
        {
            yield return ulong.MaxValue;
            yield break;
        }
        for (var period = (range.First - 1) / PeriodDays; period <= (range.Last + 1) / PeriodDays; period++)
            yield return (ulong)period;
    }

    private const int PeriodDays = 30;

    /// <summary>How many of its most telling words block each profile.</summary>
    private const int DistinctiveTerms = 16;

    /// <summary>A block larger than this (a common word in a busy month) is too coarse to block on.</summary>
    private const int MaxBlock = 100;

    /// <summary>Each profile's words weighed by count and inverse document frequency, normalised to length one.</summary>
    private static TermVector[] TermVectors(IReadOnlyList<IncidentProfile> profiles)
    {
        var documentFrequency = new Dictionary<uint, int>();
        foreach (var p in profiles)
            foreach (var (term, _) in p.Terms)
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        var n = profiles.Count;
        return [.. profiles.Select(p => TermVector.Of(p.Terms, term => Math.Log((1.0 + n) / (1.0 + documentFrequency[term])) + 1.0))];
    }

    /// <summary>A profile's terms (sorted) and their TF-IDF weights, normalised to length one.</summary>
    private sealed class TermVector(uint[] terms, double[] weights)
    {
        private readonly uint[] terms = terms;
        private readonly double[] weights = weights;

        public static TermVector Of(ImmutableArray<TermCount> counts, Func<uint, double> idf)
        {
            var terms = new uint[counts.Length];
            var weights = new double[counts.Length];
            double sum = 0;
            for (var k = 0; k < counts.Length; k++)
            {
                terms[k] = counts[k].Term;
                weights[k] = counts[k].Count * idf(counts[k].Term);
                sum += weights[k] * weights[k];
            }
            var norm = Math.Sqrt(sum);
            if (norm > 0)
                for (var k = 0; k < weights.Length; k++) weights[k] /= norm;
            return new TermVector(terms, weights);
        }

        /// <summary>The terms of highest weight, ties by term.</summary>
        public IEnumerable<uint> MostTelling(int count) =>
            Enumerable.Range(0, terms.Length).OrderByDescending(k => weights[k]).ThenBy(k => terms[k]).Take(count).Select(k => terms[k]);

        public double Cosine(TermVector other)
        {
            double dot = 0;
            int i = 0, j = 0;
            var (ta, tb) = (terms, other.terms);
            while (i < ta.Length && j < tb.Length)
            {
                if (ta[i] < tb[j]) i++;
                else if (ta[i] > tb[j]) j++;
                else dot += weights[i++] * other.weights[j++];
            }
            return dot;
        }
    }
}
