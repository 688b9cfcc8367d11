using System.Security.Cryptography;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Storage;

/// <summary>
/// The idempotence key of an article: SHA-256 over its id, metadata and text as read. The same
/// article given twice (a re-run, a feed polled again) has the same key and is stored once; it is
/// computed before analysis, so a known article costs a hash and one lookup, not a reading.
/// </summary>
public static class ArticleHash
{
    public static string Of(Article article)
    {
        var builder = new StringBuilder(article.Text.Length + 256);
        // Each field with its length: no two different articles give the same bytes.
        foreach (var field in new[] { article.Id, article.Title, article.Published?.ToString(), article.Outlet, article.Url, article.Text })
        {
            if (field is null) builder.Append("-1:");
            else builder.Append(field.Length).Append(':').Append(field);
            builder.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
