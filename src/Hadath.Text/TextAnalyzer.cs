using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;
using Hadath.Text.Sentences;
using Hadath.Text.Stemming;
using Hadath.Text.Tokenization;

namespace Hadath.Text;

/// <summary>
/// The analysis chain, composed in this one visible place:
/// normalise (keeping the offset map) → tokenise → find the dateline → split sentences →
/// segment clitics → stem. Each stage is a separate pure class; this adapter only wires them.
/// Thread-safe: it holds no mutable state, so one instance serves every worker.
/// </summary>
public sealed class TextAnalyzer
{
    public TextAnalyzer(ArabicNormalizer normalizer, CliticSegmenter segmenter, LightStemmer stemmer)
    {
        Normalizer = normalizer;
        Segmenter = segmenter;
        Stemmer = stemmer;
        Tokenizer = new Tokenizer(normalizer);
        Splitter = new SentenceSplitter();
        Datelines = new DatelineDetector();
    }

    public ArabicNormalizer Normalizer { get; }

    public CliticSegmenter Segmenter { get; }

    public LightStemmer Stemmer { get; }

    public Tokenizer Tokenizer { get; }

    public SentenceSplitter Splitter { get; }

    public DatelineDetector Datelines { get; }

    /// <summary>A chain with the default normaliser and stemmer around <paramref name="vocabulary"/>.</summary>
    public static TextAnalyzer Create(Vocabulary vocabulary)
        => new(new ArabicNormalizer(), new CliticSegmenter(vocabulary), new LightStemmer());

    /// <summary>Analyses <paramref name="original"/>. With <paramref name="detectDateline"/> a leading dateline is set apart (article bodies, not titles).</summary>
    public AnalyzedText Analyze(string original, bool detectDateline = true)
    {
        var text = NormalizedText.Create(original, Normalizer);
        var tokens = new List<Token>(Math.Max(16, original.Length / 5));
        Tokenizer.Tokenize(text, tokens);

        var normalized = text.Normalized;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            ref var token = ref span[i];
            if (token.Kind != TokenKind.Arabic)
            {
                continue;
            }

            var form = normalized.AsSpan(token.NormStart, token.NormEnd - token.NormStart);
            var segmentation = Segmenter.Segment(form);
            var coreStart = token.NormStart + segmentation.PrefixLength;
            var coreEnd = token.NormEnd - segmentation.SuffixLength;
            var (stemOffset, stemLength) = Stemmer.Stem(normalized.AsSpan(coreStart, coreEnd - coreStart));
            token = token with
            {
                Proclitics = segmentation.Proclitics,
                PrefixLength = segmentation.PrefixLength,
                SuffixLength = segmentation.SuffixLength,
                StemStart = coreStart + stemOffset,
                StemEnd = coreStart + stemOffset + stemLength,
            };
        }

        var tokenArray = tokens.ToArray();
        var dateline = detectDateline ? Datelines.Detect(normalized, tokenArray) : null;
        var sentences = new List<Sentence>(Math.Max(4, tokenArray.Length / 20));
        Splitter.Split(original, normalized, tokenArray, dateline?.FirstTokenAfter ?? 0, sentences);
        return new AnalyzedText(text, tokenArray, sentences.ToArray(), dateline);
    }
}
