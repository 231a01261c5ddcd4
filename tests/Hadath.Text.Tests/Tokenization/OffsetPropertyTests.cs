using CsCheck;
using Hadath.Text.Normalization;

namespace Hadath.Text.Tests.Tokenization;

/// <summary>
/// Property tests over random Unicode mixing Arabic (with marks and tatweel), Latin, digits,
/// direction marks, presentation forms, emoji and lone surrogates: the analyser never throws,
/// token ranges stay inside the original, are ordered and disjoint, and normalising the
/// original slice of a token gives exactly its normalised form.
/// </summary>
public sealed class OffsetPropertyTests
{
    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<char> Chars = Gen.Frequency(
        (30, Gen.Char['\u0621', '\u064A']),
        (8, Gen.Char['\u064B', '\u0652']),
        (2, Gen.Const('\u0640')),
        (6, Pick(' ', ' ', '\n', '.', '،', '؟', '«', '»', '"', '-', ':', '(', ')')),
        (4, Gen.Char['a', 'z']),
        (4, Gen.Char['0', '9']),
        (3, Gen.Char['\u0660', '\u0669']),
        (3, Pick('\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202B', '\u2067', '\uFEFF')),
        (3, Gen.Char['\uFE70', '\uFEFF']),
        (2, Gen.Char['\uFB50', '\uFDFF']),
        (2, Gen.Char['\uD800', '\uDFFF']),
        (2, Gen.Char['\u0600', '\u06FF']),
        (2, Gen.Char['\uFE00', '\uFFFF']),
        (2, Gen.Char['\u4E00', '\u9FFF']),
        (1, Gen.Char['\u0000', '\uFFFF']));

    private static readonly Gen<string> Texts = Gen.Frequency(
        (4, Chars.Array[0, 200].Select(a => new string(a))),
        (1, Pick("😀", "👍🏽", "🇱🇾").Array[1, 5].Select(string.Concat)));

    private readonly ArabicNormalizer _normalizer = new();

    [Fact]
    public void Analyze_RandomUnicode_TokenRangesAreValid()
    {
        var analyzer = TestAnalyzers.WithBundledVocabulary;
        Texts.Sample(text =>
        {
            var a = analyzer.Analyze(text);
            var previousEnd = 0;
            foreach (var token in a.Tokens)
            {
                Assert.InRange(token.Start, previousEnd, text.Length);
                Assert.InRange(token.End, token.Start + 1, text.Length);
                Assert.Equal(a.Form(token).ToString(), _normalizer.Normalize(text.AsSpan(token.Start, token.End - token.Start)));
                Assert.InRange(token.CoreStart, token.NormStart, token.NormEnd);
                Assert.InRange(token.CoreEnd, token.CoreStart, token.NormEnd);
                Assert.InRange(token.StemStart, token.CoreStart, token.CoreEnd);
                Assert.InRange(token.StemEnd, token.StemStart, token.CoreEnd);
                previousEnd = token.End;
            }

            foreach (var sentence in a.Sentences)
            {
                Assert.InRange(sentence.Start, 0, text.Length);
                Assert.InRange(sentence.End, sentence.Start, text.Length);
            }
        }, iter: 3000);
    }

    [Fact]
    public void Analyze_RandomUnicode_SentencesCoverTokensInOrder()
    {
        var analyzer = TestAnalyzers.WithBundledVocabulary;
        Texts.Sample(text =>
        {
            var a = analyzer.Analyze(text);
            var expected = a.Dateline?.FirstTokenAfter ?? 0;
            foreach (var sentence in a.Sentences)
            {
                Assert.Equal(expected, sentence.FirstToken);
                expected += sentence.TokenCount;
            }

            Assert.Equal(a.Tokens.Count, a.Sentences.Count == 0 ? a.Tokens.Count : expected);
        }, iter: 2000);
    }
}
