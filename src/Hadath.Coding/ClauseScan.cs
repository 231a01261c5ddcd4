using Hadath.Text;
using Hadath.Text.Tokenization;

namespace Hadath.Coding;

/// <summary>Looks back from a trigger over the words of its clause: the shared walk of several coding rules.</summary>
internal static class ClauseScan
{
    /// <summary>
    /// The nearest Arabic word within <paramref name="window"/> tokens before <paramref name="t"/> (not before
    /// <paramref name="first"/>) that <paramref name="match"/> accepts; punctuation ends the clause and the search.
    /// </summary>
    public static int? WordBefore(AnalyzedText text, int t, int first, int window, Func<Token, bool> match)
    {
        for (var i = t - 1; i >= first && i >= t - window; i--)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (tok.Kind == TokenKind.Arabic && match(tok))
            {
                return i;
            }
        }

        return null;
    }
}
