using Hadath.Text.Normalization;

namespace Hadath.Text.Tokenization;

/// <summary>
/// Splits a normalised text into word, number, punctuation and symbol tokens, each with its range
/// in the normalised buffer and in the original. Arabic words stay whole here: clitics are the
/// segmenter's job. Numbers keep their inner separators (3.5, 2019.12.20, 10:30) so that the
/// sentence splitter never mistakes a decimal point for a full stop.
/// </summary>
public sealed class Tokenizer
{
    private readonly ArabicNormalizer _normalizer;

    public Tokenizer(ArabicNormalizer normalizer)
    {
        _normalizer = normalizer;
    }

    public void Tokenize(NormalizedText text, List<Token> tokens)
    {
        var s = text.Normalized;
        var i = 0;
        var lineStart = false;
        var attached = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (!IsArabicLetter(c) && char.IsWhiteSpace(c))
            {
                if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028')
                {
                    lineStart = true;
                }

                attached = false;
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (IsArabicLetter(c))
            {
                kind = TokenKind.Arabic;
                while (i < s.Length && IsArabicLetter(s[i]))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                kind = TokenKind.Number;
                i = ScanNumber(s, i);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                kind = TokenKind.Symbol;
                i += 2;
            }
            else if (char.IsSurrogate(c))
            {
                kind = TokenKind.Symbol;
                i++;
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Latin;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) && !IsArabicLetter(s[i])) && !char.IsSurrogate(s[i]))
                {
                    i++;
                }
            }
            else if (char.IsPunctuation(c))
            {
                kind = TokenKind.Punctuation;
                i++;
            }
            else
            {
                kind = TokenKind.Symbol;
                i++;
            }

            var flags = (lineStart ? TokenFlags.LineStart : TokenFlags.None) | (attached ? TokenFlags.Attached : TokenFlags.None);
            var origStart = text.ToOriginalStart(start);
            var origEnd = text.ToOriginalEnd(i, _normalizer);
            tokens.Add(new Token(origStart, origEnd, start, i, kind, flags, default, 0, 0, start, i));
            lineStart = false;
            attached = true;
        }
    }

    /// <summary>Arabic letters left after normalisation (marks and tatweel are gone by then).</summary>
    public static bool IsArabicLetter(char c)
        => (uint)(c - '\u0621') <= '\u064A' - '\u0621' // the basic letters, the common case, in one comparison
           || c is (>= '\u066E' and <= '\u066F') or (>= '\u0671' and <= '\u06D3') or (>= '\u06FA' and <= '\u06FF');

    private static int ScanNumber(string s, int i)
    {
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            else if (s[i] is '.' or ',' or ':' or '/' or '-' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
