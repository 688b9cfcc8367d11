using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// A run of text as a browser would lay it out between two block boundaries: a paragraph, a list
/// item, a heading, or the loose text of a container. <see cref="Owner"/> is the nearest block
/// element holding it.
/// </summary>
internal sealed record TextBlock(string Text, int LinkChars, IElement Owner, int Index)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>
/// Cuts a page body into <see cref="TextBlock"/>s, iteratively (a hostile page may nest elements
/// thousands deep; recursion would overflow the stack). White space collapses as in rendering;
/// <c>&lt;br&gt;</c> ends a block.
/// </summary>
internal static class TextBlocks
{
    public static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CENTER", "DD", "DETAILS", "DIALOG", "DIR", "DIV", "DL", "DT", "FIELDSET",
        "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR", "LI", "MAIN", "NAV",
        "OL", "P", "PRE", "SECTION", "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "TD", "TH", "UL", "CAPTION", "SUMMARY", "BODY", "HTML",
    ], StringComparer.Ordinal);

    public static List<TextBlock> Cut(IElement root, out HashSet<IElement> withBlockChildren)
    {
        var blocks = new List<TextBlock>();
        withBlockChildren = [];
        var run = new StringBuilder();
        var linkChars = 0;
        var pendingSpace = false;
        // (node, entering): containers are visited twice, to close their block on the way out.
        var stack = new Stack<(INode Node, bool Enter)>();
        var owners = new Stack<IElement>();
        var links = 0;
        stack.Push((root, true));

        void Flush()
        {
            if (run.Length > 0 && owners.Count > 0) blocks.Add(new TextBlock(run.ToString(), Math.Min(linkChars, run.Length), owners.Peek(), blocks.Count));
            run.Clear();
            linkChars = 0;
            pendingSpace = false;
        }

        while (stack.Count > 0)
        {
            var (node, enter) = stack.Pop();
            if (node is IText text)
            {
                var before = run.Length;
                AppendCollapsed(run, text.Data, ref pendingSpace);
                if (links > 0) linkChars += run.Length - before;
                continue;
            }
            if (node is not IElement element) continue;
            var isBlock = BlockTags.Contains(element.TagName);
            var isLink = element.TagName == "A";
            if (!enter)
            {
                if (isBlock)
                {
                    Flush();
                    owners.Pop();
                }
                if (isLink) links--;
                continue;
            }
            if (element.TagName == "BR")
            {
                Flush();
                continue;
            }
            if (isBlock)
            {
                if (owners.Count > 0) withBlockChildren.Add(owners.Peek());
                Flush();
                owners.Push(element);
            }
            if (isLink) links++;
            stack.Push((element, false));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, true));
        }
        Flush();
        return blocks;
    }

    /// <summary>Appends text with runs of white space (no-break space included) as one space, none at the start of a block.</summary>
    private static void AppendCollapsed(StringBuilder run, string data, ref bool pendingSpace)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = run.Length > 0;
                continue;
            }
            // Zero-width characters and soft hyphens are invisible: they would split words.
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            if (pendingSpace)
            {
                run.Append(' ');
                pendingSpace = false;
            }
            run.Append(c);
        }
    }

    /// <summary>The collapsed text of one element (for metadata: a title, a byline).</summary>
    public static string TextOf(INode node)
    {
        var sb = new StringBuilder();
        var pending = false;
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText t)
            {
                AppendCollapsed(sb, t.Data, ref pending);
                continue;
            }
            if (current is IElement e && e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE") continue;
            if (current is IElement { TagName: "BR" } || (current is IElement b && BlockTags.Contains(b.TagName))) pending = sb.Length > 0;
            for (var child = current.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        }
        return sb.ToString();
    }
}
