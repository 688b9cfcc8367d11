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

/// <summary>
/// One rule of <c>furniture.tsv</c>. Patterns are matched against folded, space-collapsed lines.
/// <paramref name="Origin"/> ("furniture.tsv:12") names the rule in error messages.
/// </summary>
public sealed record FurnitureRule(FurnitureKind Kind, string Pattern, string Origin = "");

/// <summary>
/// The page-furniture rules, read from a data file so that a new phrase needs no code. Every line of
/// every article meets every rule, so the rules of a kind are merged once, here: one set lookup for
/// whole lines, and the whole-line and inline expressions each merged into as few automata as the
/// engine allows (today one or two). A line's cost hardly grows with the table.
/// </summary>
public sealed class FurnitureRules
{
    /// <summary>Bounds the work any one rule may do on hostile text.</summary>
    public static readonly TimeSpan RegexTimeout = RegexBudget.Timeout;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lines;
    private readonly string[] prefixes;
    private readonly string[] fragments;
    private readonly ImmutableArray<Regex> wholeLines;
    private readonly ImmutableArray<Regex> tails;

    public FurnitureRules(ImmutableArray<FurnitureRule> rules)
    {
        Rules = rules;
        lines = Patterns(rules, FurnitureKind.Line).Select(r => r.Pattern).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        prefixes = [.. Patterns(rules, FurnitureKind.Prefix).Select(r => r.Pattern)];
        fragments = [.. Patterns(rules, FurnitureKind.Contains).Select(r => r.Pattern)];
        wholeLines = Merge(Patterns(rules, FurnitureKind.Regex), "^(?:", ")$");
        tails = Merge(Patterns(rules, FurnitureKind.Tail), "^(?:", ")$");
        Inline = Merge(Patterns(rules, FurnitureKind.Inline), "", "");
    }

    public ImmutableArray<FurnitureRule> Rules { get; }

    /// <summary>The inline rules merged into as few expressions as the engine allows, matched on the folded (not collapsed) line.</summary>
    public ImmutableArray<Regex> Inline { get; }

    public static FurnitureRules Default { get; } = FromTable(ResourceTable.Load("furniture.tsv"));

    /// <summary>True when a folded, space-collapsed line is furniture by a line, prefix, contains or regex rule.</summary>
    public bool IsFurniture(ReadOnlySpan<char> key)
    {
        if (lines.Contains(key)) return true;
        foreach (var prefix in prefixes)
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return true;
        foreach (var fragment in fragments)
            if (key.Contains(fragment, StringComparison.Ordinal)) return true;
        foreach (var expression in wholeLines)
            if (expression.IsMatch(key)) return true;
        return false;
    }

    /// <summary>True when a folded, space-collapsed line opens a tail (a comment form, a link list) that ends the article.</summary>
    public bool StartsTail(ReadOnlySpan<char> key)
    {
        foreach (var expression in tails)
            if (expression.IsMatch(key)) return true;
        return false;
    }

    /// <summary>Reads the table; a bad kind or regular expression is an error naming its line.</summary>
    public static FurnitureRules FromTable(ResourceTable table)
    {
        var rules = ImmutableArray.CreateBuilder<FurnitureRule>();
        foreach (var row in table.Rows)
        {
            if (!Enum.TryParse<FurnitureKind>(row["kind"], ignoreCase: true, out var kind))
                throw row.Error($"unknown kind '{row["kind"]}'.");
            var pattern = row["pattern"];
            if (pattern.Length == 0) throw row.Error("empty pattern.");
            rules.Add(new FurnitureRule(kind, pattern, $"{table.Name}:{row.Line}"));
        }
        return new FurnitureRules(rules.ToImmutable());
    }

    private static IEnumerable<FurnitureRule> Patterns(ImmutableArray<FurnitureRule> rules, FurnitureKind kind) =>
        rules.Where(r => r.Kind == kind);

    /// <summary>
    /// One expression for many: each pattern its own alternative, so one pass tries them all. Building
    /// the linear-time engine's automaton is the costly part of loading, so rules are only built merged;
    /// a set the engine refuses (too big an automaton, or one bad pattern) is split in two until the
    /// bad pattern stands alone and can be named.
    /// </summary>
    private static ImmutableArray<Regex> Merge(IEnumerable<FurnitureRule> rules, string open, string close)
    {
        var merged = ImmutableArray.CreateBuilder<Regex>();
        Add([.. rules]);
        return merged.ToImmutable();

        void Add(ReadOnlySpan<FurnitureRule> part)
        {
            if (part.Length == 0) return;
            var alternatives = new string[part.Length];
            for (var i = 0; i < part.Length; i++) alternatives[i] = $"(?:{part[i].Pattern})";
            try
            {
                merged.Add(new Regex(open + string.Join('|', alternatives) + close, Options, RegexTimeout));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                // NotSupportedException: a construct the engine lacks (lookaround, backreference) or an
                // automaton over its size limit (long counted loops such as .{0,400}).
                if (part.Length == 1) throw new FormatException($"{part[0].Origin}: bad regular expression: {e.Message}", e);
                Add(part[..(part.Length / 2)]);
                Add(part[(part.Length / 2)..]);
            }
        }
    }
}
