using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Finds the dateline at the start of an article's first body paragraph: a place in capitals,
/// optionally a region, a date and an agency, then a separator
/// ("KARACHI:", "KARACHI, Pakistan —", "SAN SALVADOR, 3 JAN 90 (DPA) --", "ISLAMABAD (Reuters) -",
/// "MADRID (SPAIN), 3 JAN 90 (EFE) --").
/// </summary>
public static partial class DatelineReader
{
    private static readonly FrozenSet<string> NotPlaces = FrozenSet.ToFrozenSet(
    [
        "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH", "VIDEO", "PHOTOS", "EXCLUSIVE", "RAW", "NOTE",
        "EDITOR'S NOTE", "CORRECTION", "LIVE", "ANALYSIS", "OPINION", "FILE", "TEXT", "REPORT", "NEW",
        // Wire services write these where the place is withheld: no place at all.
        "CLANDESTINE", "NO CITY", "NO PLACE", "NO DATELINE", "UNKNOWN",
    ], StringComparer.Ordinal);

    // A date as datelines write it: "3 JAN 90", "12 NOV" (the year left out), "Nov 18", "Feb. 20, 2023".
    private const string DateFragment = """
        (?<date>\d{1,2}[ ][A-Z][A-Za-z]{2,8}(?:[ ]\d{2,4})?
        |(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ ]\d{1,2}(?:,[ ]\d{4})?)
        """;

    // Fixed-width wire copy may break its line right after the separator ("(EFE) --\nTHE ARMY ...").
    private const string SeparatorFragment = """[ ]?(?<sep>:|--|\u2014|\u2013|-)[ \n]""";

    /// <summary>
    /// A place in capitals, optionally a region (after a comma, or its country in brackets: "MADRID (SPAIN)"),
    /// a date and an agency: "SAN SALVADOR, 3 JAN 90 (DPA) --".
    /// </summary>
    [GeneratedRegex("""
        ^(?<place>[A-Z][A-Z.'\-]+(?:[ ][A-Z][A-Z.'\-]+){0,3})
        (?:,[ ](?<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+){0,2})|[ ]\((?<region>[A-Z][A-Z.'\-]+(?:[ ][A-Z][A-Z.'\-]+){0,2})\)(?=,))?
        (?:,?[ ]
        """ + DateFragment + """
        )?
        (?:[ ]?\((?<agency>[A-Za-z0-9][A-Za-z0-9 .&/\-]{0,40})\))?
        """ + SeparatorFragment, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex DatelinePattern();

    /// <summary>
    /// A place in title case is a dateline only with an agency after it ("Peshawar (Reuters) -",
    /// "Karachi, Feb 17 (AFP) -"): without one, "Police said -" would be a place.
    /// </summary>
    [GeneratedRegex("""
        ^(?<place>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})
        (?:,[ ](?<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+){0,2}))??
        (?:,[ ]
        """ + DateFragment + """
        )?
        [ ]?\((?<agency>[A-Z][A-Za-z0-9.&\-]{1,20}(?:[ ][A-Z][A-Za-z0-9.&\-]{1,20}){0,3})\)
        """ + SeparatorFragment, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.Milliseconds)]
    private static partial Regex TitleCaseDatelinePattern();

    /// <summary>First words that open a letter or a column, never a place ("DEAR ABBY:").</summary>
    private static readonly FrozenSet<string> NotPlaceStarts = FrozenSet.ToFrozenSet(["DEAR", "Dear"], StringComparer.Ordinal);

    public static Dateline? Find(string text, ImmutableArray<Sentence> sentences)
    {
        // Wire copy whose first paragraph ends in a bracketed note or a colon reads as a headline block; a dated
        // dateline opening it ("BOGOTA, 2 FEB 89 --") says it is the story's first paragraph all the same.
        if (sentences.Length > 0 && sentences[0] is { IsHeadline: true, TokenCount: > 0 } opening &&
            OpensWithDatedDateline(text, opening.Span.Start) && FindIn(text, opening) is { } headed)
            return headed;
        var index = sentences.IndexOf(sentences.FirstOrDefault(s => !s.IsHeadline && s.TokenCount > 0));
        if (index < 0 || sentences[index].TokenCount == 0) return null;
        if (FindIn(text, sentences[index]) is { } dateline) return dateline;
        // "Please enable Javascript to watch this video", a headline the page repeats: a line of its own before the
        // body. The dateline may open the next paragraph ("KANSAS CITY, Mo. -- A teenage boy ...").
        var next = index + 1;
        if (next < sentences.Length && sentences[next].Paragraph != sentences[index].Paragraph && sentences[next].TokenCount > 0 &&
            (index == 0 || sentences[index - 1].Paragraph != sentences[index].Paragraph) && FindIn(text, sentences[next]) is { } second)
            return second;
        return LaterWireDateline(text, sentences, index);
    }

    /// <summary>How many sentences into a page a wire dateline may open the story after the page's captions and teasers.</summary>
    private const int LaterDatelineReach = 20;

    /// <summary>
    /// "(AP Photo/...). Investigators comb the woods ... KENAI, Alaska (AP) - A nearly yearlong search ...": photo
    /// captions and teasers a page sets before its wire story. A paragraph opening with a place in capitals and an
    /// agency is where the story starts; without the agency a capital word opening a paragraph is too often no place.
    /// </summary>
    private static Dateline? LaterWireDateline(string text, ImmutableArray<Sentence> sentences, int first)
    {
        for (var k = first + 1; k < Math.Min(sentences.Length, first + LaterDatelineReach); k++)
        {
            var s = sentences[k];
            if (s.IsHeadline || s.TokenCount == 0 || sentences[k - 1].Paragraph == s.Paragraph) continue;
            var window = text.Substring(s.Span.Start, Math.Min(160, text.Length - s.Span.Start));
            if (DatelinePattern().Match(window) is { Success: true } m && m.Groups["agency"].Success && FindIn(text, s) is { } dateline)
                return dateline;
        }
        return null;
    }

    /// <summary>
    /// Whether a paragraph opens with a wire dateline that carries a date or an agency ("BOGOTA, 2 FEB 89 --",
    /// "CLANDESTINE, 8 JAN 90 (RADIO VENCEREMOS) --"), withheld places included: such a paragraph is the story's
    /// first, never a headline, however it ends.
    /// </summary>
    public static bool OpensWithDatedDateline(string text, int start)
    {
        var m = MatchAt(text, start);
        if (!m.Success || IsNoPlace(m.Groups["place"].Value)) return false;
        return m.Groups["date"].Success || m.Groups["agency"].Success || IsWithheldDate(m.Groups["region"].Value);
    }

    private static Match MatchAt(string text, int start)
    {
        var window = text.Substring(start, Math.Min(160, text.Length - start));
        var m = DatelinePattern().Match(window);
        return m.Success ? m : TitleCaseDatelinePattern().Match(window);
    }

    private static bool IsWithheldDate(string region) => region is "NO DATE" or "UNDATED";

    /// <summary>"THE ARMY -", "DEAR ABBY:": words that open a sentence or a letter, never a place.</summary>
    private static bool IsNoPlace(string place) =>
        NotPlaceStarts.Contains(place.Split(' ')[0]) ||
        place is "THE" or "A" or "AN" or "IN" or "ON" or "AT" or "HE" or "SHE" or "IT" or "WE" or "THEY";

    private static Dateline? FindIn(string text, in Sentence first)
    {
        var start = first.Span.Start;
        var m = MatchAt(text, start);
        if (!m.Success) return null;
        var place = m.Groups["place"];
        Group? region = m.Groups["region"];
        // "NO CITY (EL SALVADOR), 5 FEB 89": the city is withheld, the country in brackets is not.
        var bracketed = region.Success && region.Index > 0 && m.Value[region.Index - 1] == '(';
        if (NotPlaces.Contains(place.Value))
        {
            if (!bracketed) return null;
            (place, region) = (region, null);
        }
        // A one-word article or pronoun is no name ("THE ARMY -" in capital-letter copy).
        if (IsNoPlace(place.Value)) return null;

        // "SAN SALVADOR, NO DATE (...)": a withheld date is no region.
        var hasRegion = region is { Success: true } && region.Value is not "NO CITY" && !IsWithheldDate(region.Value);
        var placeEnd = hasRegion ? region!.Index + region.Length + (bracketed ? 1 : 0) : place.Index + place.Length;
        var placeSpan = new TextSpan(start + place.Index, start + placeEnd);
        TextSpan? dateSpan = m.Groups["date"].Success
            ? new TextSpan(start + m.Groups["date"].Index, start + m.Groups["date"].Index + m.Groups["date"].Length)
            : null;
        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value : null;
        var whole = new TextSpan(start, start + m.Length - 1);
        return new Dateline(whole, text[placeSpan.Start..placeSpan.End], placeSpan, dateSpan, agency) { CountryInBrackets = bracketed && hasRegion };
    }
}
