namespace Sitrep.Documents;

/// <summary>
/// An article as a reader found it: raw body text (page furniture and all) and the metadata that
/// came with it. The cleaner turns it into a <see cref="Document"/>.
/// </summary>
/// <param name="Id">Stable id: the JSON Lines <c>id</c>, or the file name without extension.</param>
/// <param name="Text">The body as read, before cleaning.</param>
public sealed record Article(string Id, string Text)
{
    public string? Title { get; init; }

    public PublicationDate? Published { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public string? Byline { get; init; }

    /// <summary>The language the page or feed declares (BCP 47: "en", "en-GB"), when it declares one.</summary>
    public string? Language { get; init; }

    /// <summary>Where the article was read from (a path, or a path and record number).</summary>
    public string? Source { get; init; }
}
