using Hadath.Text;
using Hadath.Text.Normalization;
using Hadath.Text.Tokenization;
using Token = Hadath.Text.Tokenization.Token;
using Tokenizer = Lucene.Net.Analysis.Tokenizer;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hadath.Store.Search;

/// <summary>
/// A Lucene tokenizer over Hadath.Text's chain: normalise, tokenise, split clitics, light-stem.
/// Arabic words are indexed by stem, so «الخارجية» and «خارجية» meet at خارج and «المظاهرات»
/// and «مظاهرة» at مظاهر; Latin words by lower-cased form, numbers as written. Offsets point
/// into the original text, which is what the highlighter needs.
/// </summary>
internal sealed class HadathTokenizer : Tokenizer
{
    private readonly TextAnalyzer _analyzer;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly List<Token> _tokens = [];
    private NormalizedText? _text;
    private int _next;
    private int _finalOffset;

    public HadathTokenizer(TextAnalyzer analyzer, TextReader input)
        : base(input)
    {
        _analyzer = analyzer;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_text is not null && _next < _tokens.Count)
        {
            var token = _tokens[_next++];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                continue;
            }

            var normalized = _text.Normalized;
            if (token.Kind == TokenKind.Arabic)
            {
                var form = normalized.AsSpan(token.NormStart, token.NormEnd - token.NormStart);
                var segmentation = _analyzer.Segmenter.Segment(form);
                var coreStart = token.NormStart + segmentation.PrefixLength;
                var core = normalized.AsSpan(coreStart, token.NormEnd - segmentation.SuffixLength - coreStart);
                var (stemStart, stemLength) = _analyzer.Stemmer.Stem(core);
                _term.SetEmpty().Append(core.Slice(stemStart, stemLength).ToString());
            }
            else
            {
                _term.SetEmpty().Append(normalized.AsSpan(token.NormStart, token.NormEnd - token.NormStart).ToString().ToLowerInvariant());
            }

            _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        // Lucene's reusable string reader returns null, not "", for an empty field.
        var original = m_input.ReadToEnd() ?? string.Empty;
        _text = NormalizedText.Create(original, _analyzer.Normalizer);
        _tokens.Clear();
        _analyzer.Tokenizer.Tokenize(_text, _tokens);
        _next = 0;
        _finalOffset = CorrectOffset(original.Length);
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    protected override void Dispose(bool disposing)
    {
        _text = null;
        _tokens.Clear();
        base.Dispose(disposing);
    }
}
