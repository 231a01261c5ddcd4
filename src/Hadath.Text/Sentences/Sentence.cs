namespace Hadath.Text.Sentences;

/// <summary>A sentence as a range of tokens and the matching range of the original text.</summary>
public readonly record struct Sentence(int Index, int FirstToken, int TokenCount, int Start, int End)
{
    public int LastToken => FirstToken + TokenCount - 1;
}
