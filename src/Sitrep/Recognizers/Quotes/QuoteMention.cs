using Sitrep.Documents;

namespace Sitrep.Recognizers.Quotes;

/// <summary>
/// A direct quote and who said it: “They used a rocket on the gate,” interior minister Rana Sanaullah told Samaa TV.
/// </summary>
/// <param name="Span">The quoted words, without the quote marks.</param>
/// <param name="Speaker">The speaker's name as best known ("Rana Sanaullah"), or a description ("a police source") or null.</param>
/// <param name="Role">The speaker's role or title ("interior minister"), when the text gives one.</param>
/// <param name="SpeakerSpan">Where the speaker is named for this quote (may be in an earlier sentence for "he added").</param>
public sealed record QuoteMention(TextSpan Span, string? Speaker, string? Role, TextSpan? SpeakerSpan);
