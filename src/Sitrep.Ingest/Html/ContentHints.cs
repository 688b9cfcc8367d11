using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>What an element's class, id and role say about it, read from <c>Resources/content-hints.tsv</c>.</summary>
internal enum HintKind : byte
{
    None,
    Positive,
    Negative,
    Drop,
}

/// <summary>
/// Reads the words of an element's class, id and role against the hint table: "social-share-bar",
/// "relatedStories" and "comments" are furniture; "article-body" and "entry-content" are the article.
/// Words are split at punctuation and at lower-to-upper case changes; a hint word of four letters or
/// more also matches a word it begins ("comment" in "commentlist").
/// </summary>
internal sealed class ContentHints
{
    private const int MinPrefixLength = 4;

    private readonly FrozenDictionary<string, HintKind> words;
    private readonly string[] prefixes;

    private ContentHints(Dictionary<string, HintKind> table)
    {
        words = table.ToFrozenDictionary(StringComparer.Ordinal);
        prefixes = [.. table.Keys.Where(k => k.Length >= MinPrefixLength).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)];
    }

    public static ContentHints Default { get; } = Load();

    private static ContentHints Load()
    {
        var table = new Dictionary<string, HintKind>(StringComparer.Ordinal);
        foreach (var row in IngestResources.Load("content-hints.tsv").Rows)
        {
            var kind = row["kind"] switch
            {
                "drop" => HintKind.Drop,
                "negative" => HintKind.Negative,
                "positive" => HintKind.Positive,
                var other => throw row.Error($"unknown kind '{other}'"),
            };
            table[row["word"]] = kind;
        }
        return new ContentHints(table);
    }

    /// <summary>The strongest claim the element's names make: drop beats negative beats positive.</summary>
    public (HintKind Strongest, int Positive, int Negative) Read(IElement element)
    {
        int positive = 0, negative = 0;
        var drop = false;
        foreach (var name in (ReadOnlySpan<string?>)[element.ClassName, element.Id, element.GetAttribute("role"), element.GetAttribute("itemprop")])
        {
            if (string.IsNullOrEmpty(name)) continue;
            foreach (var word in Words(name))
            {
                switch (Classify(word))
                {
                    case HintKind.Drop: drop = true; break;
                    case HintKind.Negative: negative++; break;
                    case HintKind.Positive: positive++; break;
                }
            }
        }
        var strongest = drop ? HintKind.Drop : negative > 0 && negative >= positive ? HintKind.Negative : positive > 0 ? HintKind.Positive : HintKind.None;
        return (strongest, positive, negative);
    }

    private HintKind Classify(string word)
    {
        if (words.TryGetValue(word, out var kind)) return kind;
        foreach (var prefix in prefixes)
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal)) return words[prefix];
        return HintKind.None;
    }

    /// <summary>"socialShare-bar_top" → social, share, bar, top (lower case).</summary>
    internal static List<string> Words(string name)
    {
        var result = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            var boundary = !char.IsAsciiLetterOrDigit(c) || (i > 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                result.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }
            if (char.IsAsciiLetterOrDigit(c) && start < 0) start = i;
        }
        return result;
    }
}
