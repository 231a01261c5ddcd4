using Hadath.Text.Tokenization;

namespace Hadath.Text.Sentences;

/// <summary>
/// Splits a token stream into sentences. A sentence ends at . ! ? ؟ … (numbers such as 3.5 and
/// 2019.12.20 are single tokens, so their dots never end a sentence), or at a line break. A
/// terminator inside an open quotation does not end the sentence unless the paragraph ends, and
/// closing quotes and brackets after a terminator stay with the sentence they close. A dot after
/// a single letter (an initial, «د.» for doctor) is not a terminator.
/// </summary>
public sealed class SentenceSplitter
{
    public void Split(string original, string normalized, IReadOnlyList<Token> tokens, int firstToken, List<Sentence> sentences)
    {
        var start = firstToken;
        var quoteDepth = 0;
        for (var i = firstToken; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > start && token.Flags.HasFlag(TokenFlags.LineStart))
            {
                Add(tokens, start, i, sentences);
                start = i;
                quoteDepth = 0;
            }

            if (token.Kind != TokenKind.Punctuation)
            {
                continue;
            }

            var c = normalized[token.NormStart];
            if (c == '"')
            {
                // « and “ open, » and ” close; an ASCII quote does not say, so it alternates.
                quoteDepth = original[token.Start] switch
                {
                    '\u00AB' or '\u201C' => quoteDepth + 1,
                    '\u00BB' or '\u201D' => Math.Max(0, quoteDepth - 1),
                    _ => quoteDepth > 0 ? quoteDepth - 1 : 1,
                };
                continue;
            }

            if (c is '(' or '[')
            {
                quoteDepth++;
                continue;
            }

            if (c is ')' or ']')
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
                continue;
            }

            if (!IsTerminator(c) || IsAbbreviationDot(normalized, tokens, i, c))
            {
                continue;
            }

            // Inside a quotation only a terminator that the closing quote follows ends the sentence.
            if (quoteDepth > 0)
            {
                if (quoteDepth > 1 || i + 1 >= tokens.Count || !ClosesQuote(original, normalized, tokens[i + 1]))
                {
                    continue;
                }

                quoteDepth = 0;
            }

            var end = i + 1;
            while (end < tokens.Count && tokens[end].Kind == TokenKind.Punctuation && !tokens[end].Flags.HasFlag(TokenFlags.LineStart)
                   && (IsTerminator(normalized[tokens[end].NormStart]) || IsCloser(normalized[tokens[end].NormStart])))
            {
                end++;
            }

            Add(tokens, start, end, sentences);
            start = end;
            i = end - 1;
        }

        if (start < tokens.Count)
        {
            Add(tokens, start, tokens.Count, sentences);
        }
    }

    private static bool ClosesQuote(string original, string normalized, Token token)
        => token.Kind == TokenKind.Punctuation && normalized[token.NormStart] == '"' && original[token.Start] is '"' or '\u00BB' or '\u201D';

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '"' or ')' or ']' or '\'';

    private static bool IsAbbreviationDot(string normalized, IReadOnlyList<Token> tokens, int i, char c)
    {
        if (c != '.' || i == 0 || i + 1 >= tokens.Count)
        {
            return false;
        }

        var previous = tokens[i - 1];
        return previous.IsWord && previous.NormEnd - previous.NormStart == 1 && tokens[i].Flags.HasFlag(TokenFlags.Attached)
            && !tokens[i + 1].Flags.HasFlag(TokenFlags.LineStart) && normalized.Length > 0;
    }

    private static void Add(IReadOnlyList<Token> tokens, int from, int to, List<Sentence> sentences)
    {
        if (to <= from)
        {
            return;
        }

        sentences.Add(new Sentence(sentences.Count, from, to - from, tokens[from].Start, tokens[to - 1].End));
    }
}
