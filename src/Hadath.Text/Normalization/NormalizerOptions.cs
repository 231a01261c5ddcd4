namespace Hadath.Text.Normalization;

/// <summary>Choices that change what the normaliser folds. Immutable; the defaults suit matching news text.</summary>
public sealed record NormalizerOptions
{
    public static NormalizerOptions Default { get; } = new();

    /// <summary>Fold ة into ه. Off by default: the segmenter needs ة to tell a noun ending from a pronoun.</summary>
    public bool FoldTaMarbuta { get; init; }

    /// <summary>Map Arabic punctuation (، ؛ ؟ « » ٪ ٫ ٬) to its ASCII counterpart.</summary>
    public bool FoldPunctuation { get; init; } = true;
}
