using System.Collections.Frozen;
using Hadath.Text.Normalization;

namespace Hadath.Lexicon.Recognition;

/// <summary>
/// Small fixed word lists of the recognition rules, put in the text's normal form once, so that a list
/// written with hamza («هيئة», «الأمير») matches the normalised text.
/// </summary>
internal static class NormalizedForms
{
    private static readonly ArabicNormalizer Normalizer = new();

    public static FrozenSet<string> Of(params string[] words) => words.Select(w => Normalizer.Normalize(w)).ToFrozenSet(StringComparer.Ordinal);
}
