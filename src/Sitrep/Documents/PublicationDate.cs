using System.Globalization;

namespace Sitrep.Documents;

/// <summary>
/// When an article was published: a calendar date, and the time of day when the source gave one.
/// The date is the reference for every relative time expression ("on Friday", "last month").
/// </summary>
public readonly record struct PublicationDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
    : IComparable<PublicationDate>
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    /// <summary>Reads an ISO 8601 date (<c>2023-02-18</c>) or date-time (<c>2023-02-18T09:30:00+05:00</c>).</summary>
    public static bool TryParse(string? text, out PublicationDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new PublicationDate(date);
            return true;
        }
        if (DateTimeOffset.TryParseExact(s, DateTimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            var hasOffset = s.EndsWith('Z') || s.LastIndexOfAny(['+', '-']) > 10;
            value = new PublicationDate(DateOnly.FromDateTime(moment.DateTime), TimeOnly.FromDateTime(moment.DateTime),
                hasOffset ? moment.Offset : null);
            return true;
        }
        return false;
    }

    public static PublicationDate Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not an ISO date or date-time.");

    /// <summary>Orders by instant where both have a time, otherwise by date then time.</summary>
    public int CompareTo(PublicationDate other)
    {
        var byDate = Date.CompareTo(other.Date);
        if (byDate != 0) return byDate;
        return (Time ?? TimeOnly.MinValue).CompareTo(other.Time ?? TimeOnly.MinValue);
    }

    public override string ToString()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time) return date;
        var clock = time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset) return $"{date}T{clock}";
        if (offset == TimeSpan.Zero) return $"{date}T{clock}Z";
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return $"{date}T{clock}{sign}{Math.Abs(offset.Hours):00}:{Math.Abs(offset.Minutes):00}";
    }
}
