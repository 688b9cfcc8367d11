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
    /// <summary>The line (equal to or starting with the pattern) and everything after it.</summary>
    Tail,
    /// <summary>The regular expression's matches are cut out; the rest of the line stays.</summary>
    Inline,
}

/// <summary>One rule of <c>furniture.tsv</c>. Patterns are matched against folded, space-collapsed lines.</summary>
public sealed record FurnitureRule(FurnitureKind Kind, string Pattern, Regex? Expression);

/// <summary>The page-furniture rules, read from a data file so that a new phrase needs no code.</summary>
public sealed class FurnitureRules
{
    /// <summary>Bounds the work any one rule may do on hostile text.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    public FurnitureRules(ImmutableArray<FurnitureRule> rules) => Rules = rules;

    public ImmutableArray<FurnitureRule> Rules { get; }

    public static FurnitureRules Default { get; } = FromTable(ResourceTable.Load("furniture.tsv"));

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
                    expression = new Regex(anchored, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, RegexTimeout);
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
}
