using Hadath.Text.Normalization;
using Hadath.Text.Sentences;
using Hadath.Text.Tokenization;

namespace Hadath.Text;

/// <summary>
/// One analysed string (an article's title or body): the untouched original, its normalised
/// buffer, and the stand-off tokens, sentences and dateline that point into both. Immutable once
/// built by <see cref="TextAnalyzer"/>.
/// </summary>
public sealed class AnalyzedText
{
    private readonly TokenList _tokens;
    private readonly Sentence[] _sentences;

    internal AnalyzedText(NormalizedText text, List<Token> tokens, Sentence[] sentences, Dateline? dateline)
    {
        Text = text;
        _tokens = new TokenList(tokens);
        _sentences = sentences;
        Dateline = dateline;
    }

    public string Original => Text.Original;

    public string Normalized => Text.Normalized;

    public NormalizedText Text { get; }

    public TokenList Tokens => _tokens;

    public IReadOnlyList<Sentence> Sentences => _sentences;

    public Dateline? Dateline { get; }

    /// <summary>The tokens of one sentence, without copying.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => _tokens.Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The normalised form of the whole token, clitics included.</summary>
    public ReadOnlySpan<char> Form(in Token token) => Normalized.AsSpan(token.NormStart, token.NormEnd - token.NormStart);

    /// <summary>The normalised word without its clitics.</summary>
    public ReadOnlySpan<char> Core(in Token token) => Normalized.AsSpan(token.CoreStart, token.CoreEnd - token.CoreStart);

    /// <summary>The light stem of the word.</summary>
    public ReadOnlySpan<char> Stem(in Token token) => Normalized.AsSpan(token.StemStart, token.StemEnd - token.StemStart);

    /// <summary>The proclitic letters of the token (normalised), possibly empty.</summary>
    public ReadOnlySpan<char> Prefix(in Token token) => Normalized.AsSpan(token.NormStart, token.PrefixLength);

    /// <summary>The enclitic pronoun of the token (normalised), possibly empty.</summary>
    public ReadOnlySpan<char> Suffix(in Token token) => Normalized.AsSpan(token.CoreEnd, token.SuffixLength);

    /// <summary>The original text of a token, exactly as written.</summary>
    public string OriginalOf(in Token token) => Original[token.Start..token.End];

    /// <summary>The original offset of a normalised position, for segment boundaries inside a token.</summary>
    public int OriginalStartOf(int normIndex) => Text.ToOriginalStart(normIndex);

    /// <summary>The segments of a token as normalised strings joined by '+', for display (allocates).</summary>
    public string SegmentedForm(in Token token)
    {
        var parts = new List<string>(4);
        var prefix = Prefix(token);
        var i = 0;
        while (i < prefix.Length)
        {
            // لل is ل + ال with the alef elided; ال is two letters; every other proclitic is one.
            if (prefix[i] == '\u0627' && i + 1 < prefix.Length && prefix[i + 1] == '\u0644')
            {
                parts.Add("\u0627\u0644");
                i += 2;
            }
            else if (prefix[i] == '\u0644' && i + 1 < prefix.Length && prefix[i + 1] == '\u0644')
            {
                parts.Add("\u0644");
                parts.Add("\u0644");
                i += 2;
            }
            else
            {
                parts.Add(prefix[i].ToString());
                i++;
            }
        }

        parts.Add(Core(token).ToString());
        if (token.SuffixLength > 0)
        {
            parts.Add(Suffix(token).ToString());
        }

        return string.Join('+', parts);
    }
}
