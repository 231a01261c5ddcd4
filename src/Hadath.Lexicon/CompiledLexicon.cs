using System.Collections.Frozen;
using Hadath.Lexicon.Matching;
using Hadath.Lexicon.Model;

namespace Hadath.Lexicon;

/// <summary>
/// The lexicon compiled for matching: every entry, and one immutable trie over the normalised,
/// segmented forms of all of them. Built once, shared by all threads.
/// </summary>
public sealed class CompiledLexicon
{
    internal CompiledLexicon(LexiconData data, PhraseTrie trie, int formCount, FrozenSet<string> articleOnlyWords, FrozenSet<string> bareOnlyWords)
    {
        Data = data;
        Trie = trie;
        FormCount = formCount;
        _articleOnlyWords = articleOnlyWords;
        _bareOnlyWords = bareOnlyWords;
        CountriesByCode = data.Countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> _articleOnlyWords;
    private readonly FrozenSet<string> _bareOnlyWords;

    public LexiconData Data { get; }

    /// <summary>
    /// Whether every one-word form with this key is written with the article: «اليمن» is only ever listed with it, so
    /// a bare «يمن» («أن يمن الله على المصابين», to bestow) is not the country, nor «دوما» (always) the Duma.
    /// </summary>
    public bool ListsOnlyWithArticle(ReadOnlySpan<char> key) => _articleOnlyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    /// <summary>
    /// Whether every one-word form with this key is written without the article: «مودي» (Modi) is not «المؤدي» (leading
    /// to), nor «حماس» «الحماس» (enthusiasm).
    /// </summary>
    public bool ListsOnlyBare(ReadOnlySpan<char> key) => _bareOnlyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public PhraseTrie Trie { get; }

    public int FormCount { get; }

    public FrozenDictionary<string, CountryEntry> CountriesByCode { get; }

    public IReadOnlyList<CountryEntry> Countries => Data.Countries;

    public IReadOnlyList<ActorEntry> Actors => Data.Actors;

    public IReadOnlyList<AgentEntry> Agents => Data.Agents;

    public IReadOnlyList<PlaceEntry> Places => Data.Places;

    /// <summary>A display name for a code's country part, for output.</summary>
    public string? CountryName(string? code) => code is not null && CountriesByCode.TryGetValue(code, out var c) ? c.Name : null;
}
