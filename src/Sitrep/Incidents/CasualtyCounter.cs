using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Recognizers.Casualties;
using Sitrep.Recognizers.Numbers;

namespace Sitrep.Incidents;

/// <summary>
/// Turns one document's casualty statements about one incident into figures: killed and
/// wounded, victims apart from attackers, each with the statements behind it.
/// </summary>
/// <remarks>
/// Statements about the same incident mostly repeat each other ("a man was shot and killed ...
/// the victim died at the scene"), so the figure is the largest count, not the sum. Sums are
/// made only where the text itself adds: a total's parts ("seven, including the three
/// attackers"), people "another" or "a second" beyond those already counted, and victims plus
/// attackers when a total counts only one side. People shot whose fate is told apart
/// ("two were shot, one fatally") are wounded when they are not among the dead. A person
/// reported wounded and later dead is counted once, as dead.
/// </remarks>
public static class CasualtyCounter
{
    public static CasualtyFigures Count(Document doc, IReadOnlyList<CasualtyMention> mentions)
    {
        if (mentions.Count == 0) return CasualtyFigures.None;
        var survivors = mentions.Where(m => m.Outcome != CasualtyOutcome.Killed && !DiedLater(doc, m, mentions)).ToList();
        var killed = Side.Of(doc, mentions.Where(m => m.Outcome == CasualtyOutcome.Killed));
        var wounded = Side.Of(doc, survivors.Where(m => m.Outcome == CasualtyOutcome.Wounded));
        var shot = Side.Of(doc, survivors.Where(m => m.Outcome == CasualtyOutcome.Hit));

        var (killedTotal, killedVictims, killedPerpetrators) = killed.Resolve();
        var (woundedTotal, woundedVictims, woundedPerpetrators) = wounded.Resolve();

        // People shot and not among the dead were wounded, when no statement of wounds says more.
        var (shotTotal, _, _) = shot.Resolve();
        if (shotTotal is not null)
        {
            var dead = killedTotal?.Value ?? 0;
            var hurt = shotTotal.Value - dead;
            if (hurt > 0 && (woundedTotal is null || woundedTotal.Value < hurt))
            {
                woundedTotal = Figure.Of(hurt, shotTotal.Qualifier, null, Evidences(shotTotal, killedTotal));
                if (woundedPerpetrators is null) woundedVictims = woundedTotal;
            }
        }
        return new CasualtyFigures(killedTotal, killedVictims, killedPerpetrators, woundedTotal, woundedVictims, woundedPerpetrators);
    }

    /// <summary>
    /// One person said to be wounded and said to be dead is dead: the same head ("the girl" ...
    /// "a 14-year-old girl was shot to death"), "she" dying later in the same sentence ("The girl
    /// was taken to a hospital, where she was pronounced dead"), or, where someone died, one
    /// person referred to as known or described in a state of being wounded.
    /// </summary>
    private static bool DiedLater(Document doc, CasualtyMention hurt, IReadOnlyList<CasualtyMention> mentions)
    {
        if (hurt.Count != 1 || hurt.IsAdditional) return false;
        var anyDead = false;
        foreach (var m in mentions)
        {
            if (m.Outcome != CasualtyOutcome.Killed || m.IsNegated || m.Count is null or 0) continue;
            anyDead = true;
            if (m.Count != 1) continue;
            if (m.Referent == hurt.Referent && m.Referent is not ("he" or "she" or "him" or "her")) return true;
            if (m.Sentence == hurt.Sentence && m.CountSpan.Start > hurt.CountSpan.Start && m.Referent is "he" or "she") return true;
        }
        // Where someone died, one person already known ("the victim", "she", a name) or found in a
        // state ("suffering from a gunshot wound") is most often the dead person before death.
        // In upper-case copy a name is read only where a title, an age or a role marks it, and such copy
        // names each of an attack's victims ("MINISTER X WAS WOUNDED ... HIS DRIVER WAS KILLED"): a named
        // person wounded there is someone else than the dead unless the name is the same.
        if (hurt.Reference == PersonReference.Name && doc.IsUpperCase) return false;
        return anyDead && (hurt.Reference != PersonReference.Indefinite || hurt.IsCondition);
    }

    private static ImmutableArray<Evidence> Evidences(params Figure?[] figures) =>
        [.. figures.Where(f => f is not null).SelectMany(f => f!.Evidence).Distinct()];

    /// <summary>A count with where it was read.</summary>
    private sealed record Tally(long Value, long? High, Qualifier Qualifier, ImmutableArray<Evidence> Evidence)
    {
        public Figure ToFigure() => Figure.Of(Value, Qualifier, High, Evidence);

        public static Tally? Best(IEnumerable<Tally> counts)
        {
            Tally? best = null;
            foreach (var c in counts)
            {
                if (best is null || c.Value > best.Value || c.Value == best.Value && Rank(c.Qualifier) > Rank(best.Qualifier))
                    best = c;
                else if (c.Value == best.Value && c.Qualifier == best.Qualifier)
                    best = best with { Evidence = best.Evidence.AddRange(c.Evidence.Except(best.Evidence)) };
            }
            return best;
        }

        private static int Rank(Qualifier q) => q switch
        {
            Qualifier.Exact => 3,
            Qualifier.MoreThan => 2,
            Qualifier.AtLeast => 1,
            _ => 0,
        };

        public static Tally Plus(Tally a, Tally b) =>
            new(a.Value + b.Value, null, a.Qualifier == Qualifier.Exact && b.Qualifier == Qualifier.Exact ? Qualifier.Exact : Qualifier.AtLeast,
                a.Evidence.AddRange(b.Evidence.Except(a.Evidence)));
    }

    /// <summary>The counts of one outcome, sorted by whom they count.</summary>
    private sealed class Side
    {
        private readonly List<Tally> _victims = [];
        private readonly List<Tally> _perpetrators = [];
        private readonly List<Tally> _totals = [];
        private readonly List<(Tally Whole, Tally Perpetrators)> _mixed = [];

        public static Side Of(Document doc, IEnumerable<CasualtyMention> mentions)
        {
            var side = new Side();
            var earlier = new List<(CasualtyMention Mention, Tally Count)>();
            foreach (var m in mentions)
            {
                if (m.Count is not { } value) continue;
                var evidence = ImmutableArray.Create(new Evidence(doc.Id, m.Span, doc.TextOf(m.Span)));
                var count = new Tally(value, m.High, m.Qualifier, evidence);
                // "another man was wounded": one more than the people of the same side counted before.
                if (m.IsAdditional && !m.Referent.Contains("other", StringComparison.Ordinal) &&
                    earlier.LastOrDefault(e => e.Mention.Side == m.Side && !e.Mention.IsNegated) is { Mention: not null } before)
                    count = Tally.Plus(before.Count, count);
                earlier.Add((m, count));
                side.Add(m, count);
            }
            return side;
        }

        private void Add(CasualtyMention m, Tally count)
        {
            var perpetratorParts = m.Parts.Where(p => p.Side == CasualtySide.Perpetrators).ToList();
            var victimParts = m.Parts.Where(p => p.Side == CasualtySide.Victims).ToList();
            switch (m.Side)
            {
                case CasualtySide.Victims:
                    _victims.Add(count);
                    break;
                case CasualtySide.Perpetrators:
                    _perpetrators.Add(count);
                    break;
                default:
                    if (perpetratorParts.Count > 0)
                    {
                        var attackers = new Tally(perpetratorParts.Sum(p => p.Count), null, Weakest(perpetratorParts.Select(p => p.Qualifier)), count.Evidence);
                        _perpetrators.Add(attackers);
                        _mixed.Add((count, attackers));
                        if (victimParts.Count > 0)
                            _victims.Add(new Tally(victimParts.Sum(p => p.Count), null, Weakest(victimParts.Select(p => p.Qualifier)), count.Evidence));
                    }
                    else _totals.Add(count);
                    break;
            }
        }

        private static Qualifier Weakest(IEnumerable<Qualifier> qualifiers) =>
            qualifiers.Any(q => q != Qualifier.Exact) ? qualifiers.First(q => q != Qualifier.Exact) : Qualifier.Exact;

        public (Figure? Total, Figure? Victims, Figure? Perpetrators) Resolve()
        {
            var perpetrators = Tally.Best(_perpetrators);
            var victims = Tally.Best(_victims);
            // A total that includes attackers gives the victims as the rest.
            foreach (var (whole, attackers) in _mixed)
            {
                if (whole.Value <= attackers.Value) continue;
                var rest = new Tally(whole.Value - attackers.Value, null, whole.Qualifier, whole.Evidence);
                victims = Tally.Best(victims is null ? [rest] : [victims, rest]);
            }
            var totals = Tally.Best(_totals.Concat(_mixed.Select(m => m.Whole)));
            if (victims is null && totals is not null && perpetrators is null) victims = totals;

            Tally? total = totals;
            string? basis = null;
            if (victims is not null || perpetrators is not null)
            {
                var sum = victims is null ? perpetrators! : perpetrators is null ? victims : Tally.Plus(victims, perpetrators);
                // A stated total below the sum of its sides counted only one side ("at least four people" = the victims).
                if (total is null || sum.Value > total.Value || sum.Value == total.Value && total.Qualifier != Qualifier.Exact && sum.Qualifier == Qualifier.Exact)
                {
                    if (victims is not null && perpetrators is not null)
                        basis = total is not null && total.Value == victims.Value
                            ? $"{Words(victims)} victims and {Words(perpetrators)} attackers; \"{Quoted(total)}\" counts the victims only"
                            : $"{Words(victims)} victims and {Words(perpetrators)} attackers";
                    total = total is null ? sum : sum with { Evidence = sum.Evidence.AddRange(total.Evidence.Except(sum.Evidence)) };
                }
            }
            if (basis is null && _mixed.Count > 0 && victims is not null && perpetrators is not null && total is not null)
                basis = $"{Words(victims)} victims and {Words(perpetrators)} attackers";
            var totalFigure = total?.ToFigure();
            if (totalFigure is not null && basis is not null) totalFigure = totalFigure with { Basis = basis };
            return (totalFigure, victims?.ToFigure(), perpetrators?.ToFigure());
        }

        private static string Quoted(Tally t) => t.Evidence.IsEmpty ? Words(t) : t.Evidence[0].Text;

        private static string Words(Tally t) => t.Qualifier switch
        {
            Qualifier.AtLeast => $"at least {t.Value}",
            Qualifier.MoreThan => $"more than {t.Value}",
            Qualifier.About => $"about {t.Value}",
            _ => t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
