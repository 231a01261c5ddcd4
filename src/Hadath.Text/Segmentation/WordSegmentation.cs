namespace Hadath.Text.Segmentation;

/// <summary>The clitics the segmenter found on one word: which proclitics, and how many letters each end takes.</summary>
public readonly record struct WordSegmentation(Proclitics Proclitics, byte PrefixLength, byte SuffixLength)
{
    public static WordSegmentation None => default;
}
