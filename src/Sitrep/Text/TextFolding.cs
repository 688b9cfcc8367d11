namespace Sitrep.Text;

/// <summary>
/// Folds text for matching without moving a single offset: one character in, one character out.
/// Lower case, typographic quotes and apostrophes to ASCII, every dash to '-', odd spaces to ' ',
/// and Latin letters with diacritics to their base letter ("Odhó" matches "odho").
/// </summary>
public static class TextFolding
{
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => Table[c];

    public static string Fold(string text) => string.Create(text.Length, text, static (dest, src) =>
    {
        var table = Table;
        for (var i = 0; i < src.Length; i++) dest[i] = table[src[i]];
    });

    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var table = Table;
        for (var i = 0; i < source.Length; i++) destination[i] = table[source[i]];
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++) table[i] = char.ToLowerInvariant((char)i);

        foreach (var c in "\u2018\u2019\u201A\u201B\u2032\u02BC\u02BB\u00B4\u0060") table[c] = '\'';
        foreach (var c in "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB") table[c] = '"';
        foreach (var c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D") table[c] = '-';
        foreach (var c in "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t")
            table[c] = ' ';
        table['\u2026'] = '.';

        // Base letters for the Latin-1 Supplement and Latin Extended-A blocks, in code point order.
        const string latin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
        for (var i = 0; i < latin1.Length; i++)
        {
            var c = (char)(0x00C0 + i);
            if (latin1[i] is not ('*' or '/')) table[c] = latin1[i];
        }
        const string extendedA =
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
        for (var i = 0; i < extendedA.Length; i++) table[0x0100 + i] = extendedA[i];
        return table;
    }
}
