namespace Sitrep.Recognizers.Numbers;

/// <summary>A number token read: "1,000" is 1000, "4th" and "3d" are ordinals, "1.5" has a fraction.</summary>
internal readonly record struct DigitsReading(decimal Value, bool Ordinal, bool HasFraction, int IntegerDigits, bool HasGroupSeparator);

/// <summary>
/// Reads one number token of the folded text, without allocating. Clock times ("7:10"), plurals
/// ("1990s", "20s") and malformed groups ("3,4") are not counts and are refused.
/// </summary>
internal static class DigitsReader
{
    public static bool TryRead(ReadOnlySpan<char> token, out DigitsReading reading)
    {
        reading = default;
        decimal value = 0, scale = 0.1m;
        int integerDigits = 0, groupDigits = -1, i = 0;
        var fraction = false;
        var grouped = false;
        for (; i < token.Length; i++)
        {
            var c = token[i];
            if (c is >= '0' and <= '9')
            {
                if (fraction)
                {
                    value += (c - '0') * scale;
                    scale /= 10;
                }
                else
                {
                    if (integerDigits >= 15) return false; // an identifier, not a count
                    value = value * 10 + (c - '0');
                    integerDigits++;
                    if (groupDigits >= 0) groupDigits++;
                }
                continue;
            }
            if (c == ',' && !fraction)
            {
                // Thousands separators group exactly three digits: "1,000" but not "3,4".
                if (groupDigits is not (-1 or 3)) return false;
                groupDigits = 0;
                grouped = true;
                continue;
            }
            if (c == '.' && !fraction)
            {
                fraction = true;
                continue;
            }
            break;
        }
        if (groupDigits is not (-1 or 3)) return false;
        if (i == token.Length)
        {
            reading = new DigitsReading(value, false, fraction, integerDigits, grouped);
            return true;
        }
        if (fraction || grouped) return false;
        var suffix = token[i..];
        if (!IsOrdinalSuffix(suffix, value)) return false;
        reading = new DigitsReading(value, true, false, integerDigits, false);
        return true;
    }

    /// <summary>"st", "nd", "rd", "th"; wire copy also writes "2d" and "3d".</summary>
    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix, decimal value)
    {
        if (suffix is "st" or "nd" or "rd" or "th") return true;
        var lastTwo = (int)(value % 100);
        return suffix is "d" && lastTwo % 10 is 2 or 3 && lastTwo is not (12 or 13);
    }
}
