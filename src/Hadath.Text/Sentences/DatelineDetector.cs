using Hadath.Text.Tokenization;

namespace Hadath.Text.Sentences;

/// <summary>
/// Finds a dateline at the start of a text: one to three words (optionally a parenthesised
/// country, «طرابلس (ليبيا)»), then a dash or colon, then optionally a news agency in quotes or
/// parentheses or one or two words closed by another dash («- واس -», «- أ ف ب -»).
/// </summary>
public sealed class DatelineDetector
{
    private const int MaxPlaceWords = 3;
    private const int MaxAgencyTokens = 6;

    public Dateline? Detect(string normalized, IReadOnlyList<Token> tokens)
    {
        var i = 0;
        var words = 0;
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Arabic && words < MaxPlaceWords)
        {
            i++;
            words++;
        }

        if (words == 0 || i >= tokens.Count || (tokens[i].Kind == TokenKind.Arabic))
        {
            return null;
        }

        var placeEnd = i - 1;
        if (IsChar(normalized, tokens[i], '('))
        {
            var close = FindChar(normalized, tokens, i + 1, ')', 4);
            if (close < 0)
            {
                return null;
            }

            i = close + 1;
        }

        if (i >= tokens.Count || !(IsChar(normalized, tokens[i], '-') || IsChar(normalized, tokens[i], ':')) || tokens[i].Flags.HasFlag(TokenFlags.LineStart))
        {
            return null;
        }

        var end = i;
        var next = i + 1;

        // An agency after the dash: «الشرق الأوسط», (أ ف ب), or a few words closed by a second dash.
        if (next < tokens.Count && (IsChar(normalized, tokens[next], '"') || IsChar(normalized, tokens[next], '(')))
        {
            var closer = IsChar(normalized, tokens[next], '"') ? '"' : ')';
            var close = FindChar(normalized, tokens, next + 1, closer, MaxAgencyTokens);
            if (close > 0)
            {
                end = close;
                next = close + 1;
                if (next < tokens.Count && (IsChar(normalized, tokens[next], '-') || IsChar(normalized, tokens[next], ':')))
                {
                    end = next;
                    next++;
                }
            }
        }
        else
        {
            var dash = FindChar(normalized, tokens, next, '-', 3);
            if (dash > next)
            {
                end = dash;
                next = dash + 1;
            }
        }

        if (next >= tokens.Count)
        {
            return null;
        }

        return new Dateline(tokens[0].Start, tokens[end].End, tokens[0].Start, tokens[placeEnd].End, next);
    }

    private static bool IsChar(string normalized, Token token, char c)
        => token.Kind == TokenKind.Punctuation && token.NormEnd - token.NormStart == 1 && normalized[token.NormStart] == c;

    private static int FindChar(string normalized, IReadOnlyList<Token> tokens, int from, char c, int maxTokens)
    {
        for (var j = from; j < tokens.Count && j < from + maxTokens + 1; j++)
        {
            if (tokens[j].Flags.HasFlag(TokenFlags.LineStart) && j > from)
            {
                return -1;
            }

            if (IsChar(normalized, tokens[j], c))
            {
                return j;
            }

            if (tokens[j].Kind == TokenKind.Punctuation && !IsChar(normalized, tokens[j], '.'))
            {
                return -1;
            }
        }

        return -1;
    }
}
