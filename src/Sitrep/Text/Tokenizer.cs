using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Splits cleaned text into word, number, punctuation and symbol tokens, reading the folded text
/// so that typographic variants tokenize alike. Rules, and why:
/// <list type="bullet">
/// <item>Hyphens and dashes are tokens of their own, so "twenty-one", "16-year-old" and
/// "Tehreek-e-Taliban" are matched by the same token sequences as their spaced forms.</item>
/// <item>Possessive "'s" is split off as "'" and "s" ("Pakistan's" is the place "Pakistan");
/// other inner apostrophes stay ("O'Brien", "didn't").</item>
/// <item>Dotted abbreviations stay whole ("T.T.P.", "U.S.", "p.m."), so a matcher and the
/// sentence splitter see them as one unit.</item>
/// <item>Numbers keep inner separators followed by a digit ("1,000", "3.5", "7:10") and an
/// ordinal or plural suffix ("4th", "3d", "1990s").</item>
/// </list>
/// </summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text, string folded)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        Tokenize(text, folded, tokens);
        return tokens.DrainToImmutable();
    }

    /// <summary>Tokenizes a phrase (a lexicon entry) into its folded token strings.</summary>
    public static string[] FoldedWords(string phrase)
    {
        var folded = TextFolding.Fold(phrase);
        // Most lexicon phrases (160,000 place names) are plain words: a run of ASCII letters is one token, so they
        // need no scan.
        if (IsPlainWords(folded)) return folded.Split(' ');
        var tokens = Tokenize(phrase, folded);
        var words = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) words[i] = folded[tokens[i].Start..tokens[i].End];
        return words;
    }

    /// <summary>ASCII letters in words separated by single spaces, nothing else.</summary>
    private static bool IsPlainWords(string folded)
    {
        if (folded.Length == 0 || folded[0] == ' ' || folded[^1] == ' ') return false;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c is >= 'a' and <= 'z') continue;
            if (c != ' ' || folded[i - 1] == ' ') return false;
        }
        return true;
    }

    private static void Tokenize(string text, string f, ImmutableArray<Token>.Builder tokens)
    {
        var n = f.Length;
        var i = 0;
        while (i < n)
        {
            var c = f[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B' || c == '\uFEFF')
            {
                i++;
                continue;
            }
            int end;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                end = ScanWord(f, i);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                end = ScanNumber(f, i);
                kind = TokenKind.Number;
            }
            else
            {
                end = i + 1;
                // A combining mark after a letter belongs to it; alone it is a symbol.
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            tokens.Add(new Token(new TextSpan(i, end), kind, ShapeOf(text.AsSpan(i, end - i))));
            i = end;
        }
    }

    private static int ScanWord(string f, int start)
    {
        var n = f.Length;
        // Dotted abbreviation: a single letter, then (".", letter)+ and an optional final ".".
        if (start + 2 < n && f[start + 1] == '.' && char.IsLetter(f[start + 2]) &&
            (start + 3 >= n || !char.IsLetter(f[start + 3])) && (start == 0 || !char.IsLetter(f[start - 1])))
        {
            var j = start + 1;
            while (j + 1 < n && f[j] == '.' && char.IsLetter(f[j + 1]) && (j + 2 >= n || !char.IsLetterOrDigit(f[j + 2])))
                j += 2;
            if (j < n && f[j] == '.') j++;
            return j;
        }

        var i = start + 1;
        while (i < n)
        {
            var c = f[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }
            if (c == '\'' && i + 1 < n && char.IsLetter(f[i + 1]))
            {
                // "'s" closing the word is a possessive: a token of its own.
                var possessive = f[i + 1] == 's' && (i + 2 >= n || !char.IsLetter(f[i + 2]));
                if (possessive) break;
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static int ScanNumber(string f, int start)
    {
        var n = f.Length;
        var i = start + 1;
        while (i < n)
        {
            var c = f[i];
            if (char.IsDigit(c))
            {
                i++;
                continue;
            }
            if (c is ',' or '.' or ':' && i + 1 < n && char.IsDigit(f[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        // Ordinal and plural suffixes: 4th, 21st, 2nd, 3rd, 3d (wire style), 1990s.
        if (i < n && char.IsLetter(f[i]))
        {
            var j = i;
            while (j < n && char.IsLetter(f[j])) j++;
            var suffix = f.AsSpan(i, j - i);
            if (suffix is "st" or "nd" or "rd" or "th" or "d" or "s") return j;
        }
        return i;
    }

    private static TokenShape ShapeOf(ReadOnlySpan<char> s)
    {
        int upper = 0, lower = 0;
        var first = '\0';
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (first == '\0') first = c;
            if (char.IsUpper(c)) upper++;
            else lower++;
        }
        if (upper + lower == 0) return TokenShape.None;
        if (upper == 0) return TokenShape.Lower;
        if (lower == 0) return upper == 1 ? TokenShape.Capitalized : TokenShape.Upper;
        // "McGavock" and "O'Brien" are names like any capitalised word; "iPhone" is not.
        return char.IsUpper(first) ? TokenShape.Capitalized : TokenShape.Mixed;
    }
}
