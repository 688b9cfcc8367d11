namespace Sitrep.Recognizers.Actors;

/// <summary>Text of a span as a name or description: hard-wrapped copy breaks names across lines, so runs of white space become one space.</summary>
internal static class SpanText
{
    public static string OneLine(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\n', '\r') < 0 && !text.Contains("  ", StringComparison.Ordinal)) return text.ToString();
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
