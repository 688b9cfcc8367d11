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
}
