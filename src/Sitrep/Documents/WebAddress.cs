namespace Sitrep.Documents;

/// <summary>What a document's web address says of its outlet.</summary>
public static class WebAddress
{
    /// <summary>"http://web.archive.org/web/2014/http://www.wkrn.com:80/story/..." → "www.wkrn.com": the last address's host.</summary>
    public static string? Host(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var scheme = url.LastIndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? url : url[(scheme + 3)..];
        var end = rest.IndexOfAny(['/', ':', '?', '#']);
        var host = end < 0 ? rest : rest[..end];
        return host.Length == 0 ? null : host;
    }

    /// <summary>
    /// "http://web.archive.org/web/2016/https://www.dnainfo.com/new-york/20161031/lower-east-side/..." → "new-york",
    /// "20161031", "lower-east-side": the last address's path segments before the page's own name, at most <paramref name="count"/>.
    /// </summary>
    public static IEnumerable<string> Sections(string? url, int count)
    {
        if (string.IsNullOrEmpty(url)) yield break;
        var scheme = url.LastIndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? url : url[(scheme + 3)..];
        var query = rest.IndexOfAny(['?', '#']);
        if (query >= 0) rest = rest[..query];
        var segments = rest.Split('/');
        // The first segment is the host; the last is the page (or empty, after a closing slash).
        for (var i = 1; i < segments.Length - 1 && i <= count; i++)
            if (segments[i].Length > 0) yield return segments[i];
    }
}
