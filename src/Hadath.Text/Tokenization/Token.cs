using Hadath.Text.Segmentation;

namespace Hadath.Text.Tokenization;

/// <summary>
/// A stand-off token: ranges into the original text and into the document's normalised buffer,
/// never a copy of either. <c>[Start, End)</c> indexes the original string (UTF-16 code units);
/// <c>[NormStart, NormEnd)</c> indexes <see cref="AnalyzedText.Normalized"/>. The clitic
/// segmentation is kept as lengths at both ends of the normalised form, and the light stem as a
/// normalised range inside the core, so a token costs no allocation of its own.
/// </summary>
public readonly record struct Token(
    int Start,
    int End,
    int NormStart,
    int NormEnd,
    TokenKind Kind,
    TokenFlags Flags,
    Proclitics Proclitics,
    byte PrefixLength,
    byte SuffixLength,
    int StemStart,
    int StemEnd)
{
    public int Length => End - Start;

    /// <summary>Start of the word without its proclitics, in the normalised buffer.</summary>
    public int CoreStart => NormStart + PrefixLength;

    /// <summary>End of the word without its enclitic pronoun, in the normalised buffer.</summary>
    public int CoreEnd => NormEnd - SuffixLength;

    public bool HasEnclitic => SuffixLength > 0;

    public bool IsWord => Kind is TokenKind.Arabic or TokenKind.Latin;
}
