using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Recognizers.Casualties;

/// <summary>How a casualty phrase binds the people it counts.</summary>
public enum CasualtyForm
{
    /// <summary>"four people were killed"; in headlines the aux may be missing: "Four Killed".</summary>
    Passive,
    /// <summary>"gunmen killed two soldiers".</summary>
    Active,
    /// <summary>"the boy died".</summary>
    Intransitive,
    /// <summary>"seven dead", "two deaths".</summary>
    Noun,
    /// <summary>"left six people wounded".</summary>
    Leave,
    /// <summary>"the death toll rose to 7".</summary>
    Toll,
    /// <summary>"two were shot, one fatally".</summary>
    Fatally,
}

/// <summary>One reading of a casualty phrase. <see cref="Outcome"/> is null for "left"/"leaving", where the next word decides.</summary>
public sealed record CasualtySense(CasualtyOutcome? Outcome, CasualtyForm Form);

/// <summary>The casualty phrases of <c>Casualties/casualty-phrases.tsv</c>, each with all its readings.</summary>
public sealed class CasualtyLexicon
{
    private readonly PhraseMatcher<ImmutableArray<CasualtySense>> _matcher;

    public CasualtyLexicon(ResourceTable table, ResourceTable naturalCauses)
    {
        NaturalCauses = new PhraseMatcher<bool>(naturalCauses.Rows.Select(row => (row["cause"], true)));
        var entries = new List<(string, ImmutableArray<CasualtySense>)>();
        foreach (var row in table.Rows)
        {
            CasualtyOutcome? outcome = row["outcome"] switch
            {
                "any" => null,
                var o when Enum.TryParse<CasualtyOutcome>(o, ignoreCase: true, out var parsed) => parsed,
                var o => throw row.Error($"unknown outcome '{o}'."),
            };
            if (!Enum.TryParse<CasualtyForm>(row["form"], ignoreCase: true, out var form)) throw row.Error($"unknown form '{row["form"]}'.");
            entries.Add((row["phrase"], [new CasualtySense(outcome, form)]));
        }
        _matcher = new PhraseMatcher<ImmutableArray<CasualtySense>>(entries, merge: (a, b) => a.AddRange(b));
    }

    public static CasualtyLexicon Default { get; } = new(ResourceTable.Load("Casualties/casualty-phrases.tsv"), ResourceTable.Load("Casualties/natural-causes.tsv"));

    /// <summary>"a heart attack", "cancer": a death from one of these is no casualty.</summary>
    public PhraseMatcher<bool> NaturalCauses { get; }

    /// <summary>Casualty phrases in tokens <c>[from, end)</c>, leftmost-longest.</summary>
    public ImmutableArray<PhraseMatch<ImmutableArray<CasualtySense>>> FindAll(Document doc, int from, int end) => _matcher.FindAll(doc, from, end);

    public bool TryMatchAt(Document doc, int token, out PhraseMatch<ImmutableArray<CasualtySense>> match, int end = int.MaxValue) =>
        _matcher.TryMatchAt(doc, token, out match, end);
}
