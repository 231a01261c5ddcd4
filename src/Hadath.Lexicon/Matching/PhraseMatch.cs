namespace Hadath.Lexicon.Matching;

/// <summary>The longest lexicon form found at a token position: tokens [First, Last] and every entry it names.</summary>
public sealed record PhraseMatch(int First, int Last, IReadOnlyList<LexiconHit> Hits)
{
    public bool Has(HitKind kind) => Hits.Any(h => h.Kind == kind);
}
