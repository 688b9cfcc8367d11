using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Turns an <see cref="Article"/> into a <see cref="Document"/>: cleaning, folding, tokens,
/// sentences, headline and dateline. The headline given with an article (a feed title, a JSON
/// Lines <c>title</c>) opens the cleaned text when the body does not already start with it, so
/// that evidence can cite the headline like any other sentence; a site name the title carries ("... - KSLA News 12
/// Shreveport, Louisiana") is kept apart (<see cref="SiteNameSplitter"/>).
/// </summary>
public sealed class DocumentPreparer(Cleaner cleaner)
{
    public static DocumentPreparer Default { get; } = new(Cleaner.Default);

    public Document Prepare(Article article)
    {
        var body = cleaner.Clean(article.Text);
        var title = article.Title is { Length: > 0 } t ? cleaner.Clean(t).Replace('\n', ' ') : null;
        // "Teen hurt - WXOW News 19 La Crosse, WI": the outlet's name and home are no part of the story's text.
        string? siteName = null;
        if (title is { Length: > 0 }) (title, siteName) = SiteNameSplitter.Split(title, article.Url);
        if (title is { Length: > 0 } && !StartsWithTitle(body, title)) body = title + "\n\n" + body;

        var folded = TextFolding.Fold(body);
        var tokens = Tokenizer.Tokenize(body, folded);
        var sentences = SentenceSplitter.Split(body, folded, tokens);
        var dateline = DatelineReader.Find(body, sentences);
        title ??= sentences.FirstOrDefault(s => s.IsHeadline) is { IsHeadline: true } headline
            ? body[headline.Span.Start..headline.Span.End]
            : null;
        return new Document(article, body, folded, title, tokens, sentences, IsUpperCase(body), dateline, siteName)
        {
            CopyrightHolder = CopyrightNotice.Holder(article.Text),
        };
    }

    private static bool StartsWithTitle(string body, string title)
    {
        var probe = Math.Min(title.Length, 60);
        if (body.Length < probe) return false;
        return TextFolding.Fold(body[..probe]) == TextFolding.Fold(title[..probe]);
    }

    /// <summary>Nine letters in ten are capitals: upper-case wire copy.</summary>
    private static bool IsUpperCase(string text)
    {
        int upper = 0, lower = 0;
        foreach (var c in text)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper + lower > 0 && upper >= 9 * lower;
    }
}
