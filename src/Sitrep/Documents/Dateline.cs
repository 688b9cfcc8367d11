namespace Sitrep.Documents;

/// <summary>
/// The dateline opening an article's body: "KARACHI:", "KARACHI, Pakistan —",
/// "SAN SALVADOR, 3 JAN 90 (DPA) --", "ISLAMABAD (Reuters) -". It says where the report was
/// filed, which is not always where the incident happened.
/// </summary>
/// <param name="Span">The whole dateline, separator included.</param>
/// <param name="Place">The place as written ("KARACHI", "KARACHI, Pakistan").</param>
/// <param name="PlaceSpan">Where the place stands.</param>
/// <param name="DateSpan">The date written in the dateline, when there is one.</param>
/// <param name="Agency">The news agency named in the dateline ("Reuters", "DPA").</param>
public sealed record Dateline(TextSpan Span, string Place, TextSpan PlaceSpan, TextSpan? DateSpan, string? Agency)
{
    /// <summary>
    /// The town's country is written in brackets ("MANAGUA (NICARAGUA)"): wire services (FBIS) spell out the country
    /// of a dateline filed outside the country they report on, so the town is where the report was filed, seldom
    /// where its incident happened (on muc-dev, 81 of the 94 relevant messages with such a dateline report incidents
    /// in another country).
    /// </summary>
    public bool CountryInBrackets { get; init; }
}
