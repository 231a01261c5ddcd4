namespace Hadath.Text.Tokenization;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Arabic letters (after normalisation).</summary>
    Arabic,

    /// <summary>Latin letters, possibly mixed with digits.</summary>
    Latin,

    /// <summary>Digits, with inner separators as in 3.5, 2019.12.20 or 10:30.</summary>
    Number,

    /// <summary>One punctuation mark.</summary>
    Punctuation,

    /// <summary>Anything else: symbols, emoji, unpaired surrogates.</summary>
    Symbol,
}
