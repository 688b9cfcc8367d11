using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Resources;

namespace Sitrep.Text;

public enum FurnitureKind
{
    /// <summary>The whole line equals the pattern.</summary>
    Line,
    /// <summary>The line starts with the pattern.</summary>
    Prefix,
    /// <summary>The pattern stands anywhere in the line.</summary>
    Contains,
    /// <summary>The whole line matches the regular expression.</summary>
    Regex,
    /// <summary>The line (the whole line matches the regular expression) and everything after it.</summary>
    Tail,
    /// <summary>
    /// The regular expression's matches are cut out; the rest of the line stays. Where the expression
    /// has a group named <c>cut</c>, only that group is cut: the rest of the match only places it.
    /// </summary>
    Inline,
}

/// <summary>One rule of <c>furniture.tsv</c>. Patterns are matched against folded, space-collapsed lines.</summary>
public sealed record FurnitureRule(FurnitureKind Kind, string Pattern, Regex? Expression);

/// <summary>
/// The page-furniture rules, read from a data file so that a new phrase needs no code. Every line of
/// every article meets every rule, so the rules of a kind are merged once, here: one set lookup for
/// whole lines, one expression for all whole-line patterns, one for all inline cuts. A line costs
/// the same whether the table holds ten rules or two hundred.
/// </summary>
public sealed class FurnitureRules
{
    /// <summary>Bounds the work any one rule may do on hostile text.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lines;
    private readonly string[] prefixes;
    private readonly string[] fragments;
    private readonly Regex? wholeLines;
    private readonly Regex? tails;

    public FurnitureRules(ImmutableArray<FurnitureRule> rules)
    {
        Rules = rules;
        lines = Patterns(rules, FurnitureKind.Line).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        prefixes = [.. Patterns(rules, FurnitureKind.Prefix)];
        fragments = [.. Patterns(rules, FurnitureKind.Contains)];
        wholeLines = Merge(Patterns(rules, FurnitureKind.Regex), "^(?:", ")$");
        tails = Merge(Patterns(rules, FurnitureKind.Tail), "^(?:", ")$");
        Inline = Merge(Patterns(rules, FurnitureKind.Inline), "", "");
    }

    public ImmutableArray<FurnitureRule> Rules { get; }

    /// <summary>All inline rules as one expression, matched on the folded (not collapsed) line; null when there are none.</summary>
    public Regex? Inline { get; }

    public static FurnitureRules Default { get; } = FromTable(ResourceTable.Load("furniture.tsv"));

    /// <summary>True when a folded, space-collapsed line is furniture by a line, prefix, contains or regex rule.</summary>
    public bool IsFurniture(ReadOnlySpan<char> key)
    {
        if (lines.Contains(key)) return true;
        foreach (var prefix in prefixes)
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return true;
        foreach (var fragment in fragments)
            if (key.Contains(fragment, StringComparison.Ordinal)) return true;
        return wholeLines is not null && wholeLines.IsMatch(key);
    }

    /// <summary>True when a folded, space-collapsed line opens a tail (a comment form, a link list) that ends the article.</summary>
    public bool StartsTail(ReadOnlySpan<char> key) => tails is not null && tails.IsMatch(key);

    public static FurnitureRules FromTable(ResourceTable table)
    {
        var rules = ImmutableArray.CreateBuilder<FurnitureRule>();
        foreach (var row in table.Rows)
        {
            if (!Enum.TryParse<FurnitureKind>(row["kind"], ignoreCase: true, out var kind))
                throw row.Error($"unknown kind '{row["kind"]}'.");
            var pattern = row["pattern"];
            if (pattern.Length == 0) throw row.Error("empty pattern.");
            Regex? expression = null;
            if (kind is FurnitureKind.Regex or FurnitureKind.Inline or FurnitureKind.Tail)
            {
                var anchored = kind == FurnitureKind.Inline ? pattern : $"^(?:{pattern})$";
                try
                {
                    expression = new Regex(anchored, Options, RegexTimeout);
                }
                catch (ArgumentException e)
                {
                    throw row.Error($"bad regular expression: {e.Message}");
                }
            }
            rules.Add(new FurnitureRule(kind, pattern, expression));
        }
        return new FurnitureRules(rules.ToImmutable());
    }

    private static IEnumerable<string> Patterns(ImmutableArray<FurnitureRule> rules, FurnitureKind kind) =>
        rules.Where(r => r.Kind == kind).Select(r => r.Pattern);

    /// <summary>One expression for many: each pattern its own alternative, so one pass tries them all.</summary>
    private static Regex? Merge(IEnumerable<string> patterns, string open, string close)
    {
        var alternatives = patterns.Select(p => $"(?:{p})").ToArray();
        return alternatives.Length == 0 ? null : new Regex(open + string.Join('|', alternatives) + close, Options, RegexTimeout);
    }
}
