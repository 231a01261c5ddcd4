namespace Hadath.Text.Segmentation;

/// <summary>The proclitics attached to a word, in the order Arabic writes them: conjunction, preposition or future particle, article.</summary>
[Flags]
public enum Proclitics : byte
{
    None = 0,

    /// <summary>و "and".</summary>
    Wa = 1,

    /// <summary>ف "so, then".</summary>
    Fa = 2,

    /// <summary>ب "with, by, in".</summary>
    Bi = 4,

    /// <summary>ل "for, to" (also the ل of لل).</summary>
    Li = 8,

    /// <summary>ك "like, as".</summary>
    Ka = 16,

    /// <summary>س future particle.</summary>
    Sa = 32,

    /// <summary>ال the article (also the second ل of لل).</summary>
    Al = 64,
}
