using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Finds the article in a web page and returns its paragraphs, without navigation, menus, share
/// bars, related-story lists, comments, captions and credits. The method is Readability's, in
/// short: page furniture is pruned by tag and by the words of class and id
/// (<see cref="ContentHints"/>); each paragraph of text scores its container by length and commas;
/// the best container, discounted by the share of its text that is links, is the article, with the
/// siblings that score near it; inside it, link lists and image galleries are dropped. No rule
/// names a site.
/// </summary>
internal sealed class MainContentExtractor(ContentHints hints)
{
    public static MainContentExtractor Default { get; } = new(ContentHints.Default);

    /// <summary>Elements that never hold article text.</summary>
    private static readonly FrozenSet<string> NeverContent = FrozenSet.ToFrozenSet(
    [
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT", "EMBED", "VIDEO", "AUDIO", "BUTTON", "INPUT",
        "SELECT", "TEXTAREA", "OPTION", "LABEL", "NAV", "ASIDE", "FOOTER", "FIGURE", "FIGCAPTION", "DIALOG", "MENU", "LINK", "META", "HEAD",
    ], StringComparer.Ordinal);

    /// <summary>Tags whose text is a paragraph of its own when it has no block inside.</summary>
    private static readonly FrozenSet<string> ParagraphTags = FrozenSet.ToFrozenSet(
        ["P", "PRE", "TD", "LI", "DD", "DT", "BLOCKQUOTE", "H2", "H3", "H4", "H5", "H6"], StringComparer.Ordinal);

    /// <summary>Containers that conditional cleaning may drop when they look like link lists or galleries.</summary>
    private static readonly FrozenSet<string> CleanedContainers = FrozenSet.ToFrozenSet(
        ["DIV", "SECTION", "UL", "OL", "TABLE", "FORM", "FIELDSET", "HEADER", "DL"], StringComparer.Ordinal);

    /// <summary>A paragraph shorter than this scores nothing (Readability's 25 characters).</summary>
    private const int MinScoredLength = 25;

    /// <summary>A long paragraph: what says an element holds the article, whatever its name.</summary>
    private const int LongParagraph = 80;

    public IReadOnlyList<string> Extract(IDocument document)
    {
        var body = document.Body;
        if (body is null) return [];
        Prune(body);
        var blocks = TextBlocks.Cut(body, out var withBlockChildren);
        if (blocks.Count == 0) return [];

        // Text and link characters per element, summed from the blocks it holds.
        var text = new Dictionary<IElement, (int Chars, int Links, int Commas)>();
        foreach (var block in blocks)
        {
            var commas = Commas(block.Text);
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                text.TryGetValue(e, out var t);
                text[e] = (t.Chars + block.Text.Length, t.Links + block.LinkChars, t.Commas + commas);
            }
        }

        var scores = Score(blocks, withBlockChildren);
        if (scores.Count == 0) return Paragraphs(blocks, _ => true);
        double Final(IElement e) => scores[e] * (1 - LinkDensity(text, e));
        var top = scores.Keys.OrderByDescending(Final).First();
        top = Climb(top, scores, Final);

        var selected = Siblings(top, scores, text, Final);
        var excluded = ConditionallyCleaned(selected, text);
        return Paragraphs(blocks, b => Within(b.Owner, selected, excluded));
    }

    /// <summary>
    /// The paragraphs of an HTML fragment that is all article (a feed item's content): furniture is
    /// pruned as in a page, but no container is chosen.
    /// </summary>
    public IReadOnlyList<string> Fragment(IDocument document)
    {
        if (document.Body is not { } body) return [];
        Prune(body);
        return Paragraphs(TextBlocks.Cut(body, out _), _ => true);
    }

    /// <summary>Removes what never holds the article: scripts, forms' controls, navigation, hidden elements, and elements named as furniture.</summary>
    private void Prune(IElement body)
    {
        var paragraphText = LongParagraphText(body);
        paragraphText.TryGetValue(body, out var pageText);
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (!ReferenceEquals(e, body) && IsFurniture(e, paragraphText, pageText))
            {
                doomed.Add(e);
                continue;
            }
            foreach (var child in e.Children) stack.Push(child);
        }
        foreach (var e in doomed) e.Remove();
    }

    private bool IsFurniture(IElement e, Dictionary<IElement, int> paragraphText, int pageText)
    {
        // Sidebars (<aside>) full of teasers can hold more long paragraphs than the story: they go whatever their size.
        if (NeverContent.Contains(e.TagName)) return true;
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return !HoldsTheArticle(e, paragraphText, pageText);
        if (e.GetAttribute("style") is { } style && IsHiddenStyle(style)) return !HoldsTheArticle(e, paragraphText, pageText);
        if (e.TagName == "HEADER" && !HoldsTheArticle(e, paragraphText, pageText)) return true;
        if (e.TagName is "ARTICLE" or "MAIN" or "BODY" or "P") return false;
        return hints.Read(e).Strongest == HintKind.Drop && !HoldsTheArticle(e, paragraphText, pageText);
    }

    /// <summary>An element holding half the page's long-paragraph text is the article whatever its name says.</summary>
    private static bool HoldsTheArticle(IElement e, Dictionary<IElement, int> paragraphText, int pageText) =>
        pageText > 0 && paragraphText.TryGetValue(e, out var mine) && mine * 2 > pageText;

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Characters of long &lt;p&gt; paragraphs held by each element.</summary>
    private static Dictionary<IElement, int> LongParagraphText(IElement body)
    {
        var result = new Dictionary<IElement, int>();
        foreach (var p in body.GetElementsByTagName("p"))
        {
            var length = p.TextContent.Length;
            if (length < LongParagraph) continue;
            for (var e = (IElement?)p; e is not null; e = e.ParentElement)
            {
                result.TryGetValue(e, out var t);
                result[e] = t + length;
            }
        }
        return result;
    }

    /// <summary>Readability's scoring: each paragraph gives its container 1 + commas + a point per 100 characters (at most 3), and half to the container's parent, less further up.</summary>
    private Dictionary<IElement, double> Score(List<TextBlock> blocks, HashSet<IElement> withBlockChildren)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in blocks)
        {
            if (block.Text.Length < MinScoredLength) continue;
            if (block.Owner.TagName is "H1") continue;
            var score = 1.0 + Commas(block.Text) + Math.Min(block.Text.Length / 100, 3);
            // Loose text in a container with blocks inside is an anonymous paragraph of that container.
            var isParagraph = !withBlockChildren.Contains(block.Owner) && block.Owner.TagName is not ("BODY" or "HTML");
            var first = isParagraph ? block.Owner.ParentElement : block.Owner;
            var level = 0;
            for (var e = first; e is not null && level < 5; e = e.ParentElement, level++)
            {
                if (e.TagName == "HTML") break;
                if (!scores.TryGetValue(e, out var current)) current = Initial(e);
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores[e] = current + score / divider;
            }
        }
        return scores;
    }

    private double Initial(IElement e)
    {
        var score = e.TagName switch
        {
            "DIV" or "ARTICLE" or "MAIN" or "SECTION" => 5,
            "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
            _ => 0,
        };
        return score + ClassWeight(e);
    }

    private int ClassWeight(IElement e)
    {
        var (_, positive, negative) = hints.Read(e);
        var weight = 25 * Math.Min(positive, 2) - 25 * Math.Min(negative, 2);
        // Markup that names the article body outright (schema.org, HTML5) is the strongest hint a page gives.
        if (e.GetAttribute("itemprop") is "articleBody" or "text") weight += 50;
        if (e.TagName is "ARTICLE") weight += 10;
        return weight;
    }

    /// <summary>Readability climbs from the best container while its parent holds nearly as much (a story split into several blocks).</summary>
    private static IElement Climb(IElement top, Dictionary<IElement, double> scores, Func<IElement, double> final)
    {
        var last = final(top);
        var threshold = last / 3;
        for (var parent = top.ParentElement; parent is not null && parent.TagName is not ("BODY" or "HTML"); parent = parent.ParentElement)
        {
            if (!scores.ContainsKey(parent)) continue;
            var score = final(parent);
            if (score < threshold) break;
            if (score > last)
            {
                top = parent;
                break;
            }
            last = score;
        }
        // A container that is its parent's only child says nothing its parent does not.
        while (top.ParentElement is { } p && p.TagName is not ("BODY" or "HTML") && p.ChildElementCount == 1)
        {
            scores[p] = Math.Max(scores.GetValueOrDefault(p), scores[top]);
            top = p;
        }
        return top;
    }

    /// <summary>The best container and the siblings that belong with it: those that score near it, and plain paragraphs of prose.</summary>
    private static List<IElement> Siblings(IElement top, Dictionary<IElement, double> scores, Dictionary<IElement, (int Chars, int Links, int Commas)> text,
        Func<IElement, double> final)
    {
        if (top.ParentElement is not { } parent) return [top];
        var topScore = final(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var result = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (ReferenceEquals(sibling, top))
            {
                result.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.ContainsKey(sibling) && final(sibling) + bonus >= threshold)
            {
                result.Add(sibling);
                continue;
            }
            if (sibling.TagName == "P" && text.TryGetValue(sibling, out var t) && t.Chars > 0)
            {
                var density = (double)t.Links / t.Chars;
                var content = sibling.TextContent;
                if ((t.Chars > LongParagraph && density < 0.25) || (density == 0 && t.Chars > 0 && EndsSentence(content))) result.Add(sibling);
            }
        }
        return result;
    }

    /// <summary>
    /// Readability's conditional cleaning inside the article: a container with few commas is dropped
    /// when it is mostly links, more list items than paragraphs, mostly images, or named as furniture.
    /// </summary>
    private HashSet<IElement> ConditionallyCleaned(List<IElement> selected, Dictionary<IElement, (int Chars, int Links, int Commas)> text)
    {
        var excluded = new HashSet<IElement>();
        foreach (var root in selected)
        {
            foreach (var e in root.Descendants<IElement>())
            {
                if (!CleanedContainers.Contains(e.TagName)) continue;
                if (!text.TryGetValue(e, out var t)) continue;
                var weight = ClassWeight(e);
                if (weight < 0)
                {
                    excluded.Add(e);
                    continue;
                }
                if (t.Commas >= 10) continue;
                int paragraphs = 0, images = 0, items = 0, inputs = 0, embeds = 0;
                foreach (var d in e.Descendants<IElement>())
                {
                    switch (d.TagName)
                    {
                        case "P": paragraphs++; break;
                        case "IMG": images++; break;
                        case "LI": items++; break;
                        case "INPUT": inputs++; break;
                        case "IFRAME" or "EMBED" or "OBJECT" or "VIDEO": embeds++; break;
                    }
                }
                var density = t.Chars == 0 ? 0 : (double)t.Links / t.Chars;
                var isList = e.TagName is "UL" or "OL" or "DL";
                var remove =
                    (images > 1 && (double)paragraphs / images < 0.5 && !isList) ||
                    (!isList && items - 100 > paragraphs) ||
                    (inputs > paragraphs / 3 && inputs > 0) ||
                    (t.Chars < MinScoredLength && (images == 0 || images > 2) && !HasHeadingOnly(e)) ||
                    (weight < 25 && density > 0.2) ||
                    (weight >= 25 && density > 0.5) ||
                    (embeds == 1 && t.Chars < 75) || embeds > 1;
                if (remove) excluded.Add(e);
            }
        }
        return excluded;
    }

    private static bool HasHeadingOnly(IElement e) => e.TagName is "H2" or "H3" or "H4" or "H5" or "H6";

    private static bool Within(IElement owner, List<IElement> selected, HashSet<IElement> excluded)
    {
        for (var e = (IElement?)owner; e is not null; e = e.ParentElement)
        {
            if (excluded.Contains(e)) return false;
            foreach (var s in selected)
                if (ReferenceEquals(s, e)) return true;
        }
        return false;
    }

    /// <summary>The kept blocks as paragraphs: the headline (h1) and link-only lines are left out.</summary>
    private static IReadOnlyList<string> Paragraphs(List<TextBlock> blocks, Func<TextBlock, bool> keep)
    {
        var result = new List<string>();
        foreach (var block in blocks)
        {
            if (!keep(block)) continue;
            if (block.Owner.TagName == "H1") continue;
            if (block.LinkDensity > 0.5 && block.Text.Length < 200) continue;
            result.Add(block.Text);
        }
        return result;
    }

    private static double LinkDensity(Dictionary<IElement, (int Chars, int Links, int Commas)> text, IElement e) =>
        text.TryGetValue(e, out var t) && t.Chars > 0 ? (double)t.Links / t.Chars : 0;

    private static int Commas(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C') n++;
        return n;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '\u201D';
    }
}
