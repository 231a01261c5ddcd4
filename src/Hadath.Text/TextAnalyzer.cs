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
/// Thread-safe: apart from a per-thread memo of word analyses it holds no mutable state, so one
/// instance serves every worker.
/// </summary>
public sealed class TextAnalyzer : IDisposable
{
    // News vocabulary is Zipfian: a bounded per-thread memo of each word's segmentation and stem
    // turns those two stages into one hash lookup per token after warm-up. A key string is
    // allocated once per distinct word and thread, never per token.
    private const int MaxCachedWords = 200_000;
    private const int MaxScratchTokens = 1 << 16;
    private readonly ThreadLocal<List<Token>> _scratch = new(() => new List<Token>(4096));
    private readonly ThreadLocal<Dictionary<string, WordAnalysis>> _memo = new(() => new Dictionary<string, WordAnalysis>(4096, WordComparer.Instance));

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

    /// <summary>Releases the per-thread word memo.</summary>
    public void Dispose()
    {
        _memo.Dispose();
        _scratch.Dispose();
    }

    private WordAnalysis AnalyzeWord(ReadOnlySpan<char> form)
    {
        var segmentation = Segmenter.Segment(form);
        var core = form[segmentation.PrefixLength..(form.Length - segmentation.SuffixLength)];
        var (stemOffset, stemLength) = Stemmer.Stem(core);
        return new WordAnalysis(segmentation, stemOffset, stemLength);
    }

    private readonly record struct WordAnalysis(WordSegmentation Segmentation, int StemOffset, int StemLength);

    /// <summary>A chain with the default normaliser and stemmer around <paramref name="vocabulary"/>.</summary>
    public static TextAnalyzer Create(Vocabulary vocabulary)
        => new(new ArabicNormalizer(), new CliticSegmenter(vocabulary), new LightStemmer());

    /// <summary>Analyses <paramref name="original"/>. With <paramref name="detectDateline"/> a leading dateline is set apart (article bodies, not titles).</summary>
    public AnalyzedText Analyze(string original, bool detectDateline = true)
    {
        var text = NormalizedText.Create(original, Normalizer);

        // Tokens are gathered in a per-thread scratch list and copied out at their exact count, so a
        // document allocates one right-sized token list instead of a growing, over-sized one.
        var scratch = _scratch.Value!;
        scratch.Clear();
        Tokenizer.Tokenize(text, scratch);
        var tokens = new List<Token>(scratch.Count);
        tokens.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch));
        if (scratch.Capacity > MaxScratchTokens)
        {
            // A very long document must not keep its scratch list alive; the list is emptied before it shrinks.
            scratch.Clear();
            scratch.Capacity = MaxScratchTokens;
        }

        var normalized = text.Normalized;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var memo = _memo.Value!;
        var lookup = memo.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < span.Length; i++)
        {
            ref var token = ref span[i];
            if (token.Kind != TokenKind.Arabic)
            {
                continue;
            }

            var form = normalized.AsSpan(token.NormStart, token.NormEnd - token.NormStart);
            if (!lookup.TryGetValue(form, out var word))
            {
                word = AnalyzeWord(form);
                if (memo.Count < MaxCachedWords)
                {
                    lookup[form] = word;
                }
            }

            var coreStart = token.NormStart + word.Segmentation.PrefixLength;
            token = token with
            {
                Proclitics = word.Segmentation.Proclitics,
                PrefixLength = word.Segmentation.PrefixLength,
                SuffixLength = word.Segmentation.SuffixLength,
                StemStart = coreStart + word.StemOffset,
                StemEnd = coreStart + word.StemOffset + word.StemLength,
            };
        }

        var dateline = detectDateline ? Datelines.Detect(normalized, tokens) : null;
        var sentences = new List<Sentence>(Math.Max(4, tokens.Count / 20));
        Splitter.Split(original, normalized, tokens, dateline?.FirstTokenAfter ?? 0, sentences);
        return new AnalyzedText(text, tokens, sentences.ToArray(), dateline);
    }
}
