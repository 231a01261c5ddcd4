namespace Hadath.Text.Tokenization;

/// <summary>Layout facts about a token that later stages need.</summary>
[Flags]
public enum TokenFlags : byte
{
    None = 0,

    /// <summary>A line break stands between this token and the previous one.</summary>
    LineStart = 1,

    /// <summary>The token follows the previous one with no space between them.</summary>
    Attached = 2,
}
