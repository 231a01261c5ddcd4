using System.Security.Cryptography;
using System.Text;
using Hadath.Coding.Model;

namespace Hadath.Store.Model;

/// <summary>
/// The content key of an article: SHA-256 of id, title and text. Keying by content rather than by
/// id makes re-ingesting the same input a no-op, and lets a corrected article (same id, new
/// text) come in as a new article instead of silently keeping the old text.
/// </summary>
public static class ArticleKey
{
    public static string Of(Article article)
    {
        // The separator cannot occur in decoded text, so ("ab", "c") and ("a", "bc") hash differently.
        var text = string.Concat(article.Id, "\u0000", article.Title, "\u0000", article.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
