using System.Collections.Frozen;
using Hadath.Lexicon.Matching;
using Hadath.Text;
using Hadath.Text.Segmentation;
using Hadath.Text.Tokenization;

namespace Hadath.Lexicon.Recognition;

/// <summary>
/// The short forms an article uses, after naming an actor in full, to refer back to it: the head
/// noun of an organisation's name («التحالف العربي» … «قوات التحالف», «مجلس التعاون الخليجي» …
/// «دول المجلس», «حركة حماس» … «الحركة») and a person's family name («سامح شكري» … «شكري»).
/// It also remembers which countries the article has named, to read homographs such as «عمان»
/// (Oman, or Amman in a report on Jordan). One instance serves one article and learns as the article is read, so a short form always
/// refers to the last actor named in full with that head; it is never shared between articles.
/// </summary>
public sealed class ArticleAliases
{
    // The generic nouns that head organisation names, in the text's normal form.
    private static readonly FrozenSet<string> OrganisationHeads = NormalizedForms.Of(
        "تحالف", "مجلس", "تنظيم", "حركة", "جماعة", "جبهة", "منظمة", "وكالة", "لجنة", "اتحاد", "جامعة",
        "رابطة", "هيئة", "ميليشيا", "مليشيا", "مجموعة", "كتلة", "تيار", "ائتلاف", "مركز", "صندوق", "برنامج", "مؤسسة", "مفوضية",
        "بنك", "محكمة", "منتدى");

    // The descriptions an article uses for the armed group it last named.
    private static readonly FrozenSet<string> GroupDescriptions = NormalizedForms.Of("تنظيم", "جماعة");

    // Last words of a name that are not a family name: the second half of a compound given name
    // («عبد الله», «صلاح الدين») and titles or common words that end some names («أحمد ماهر السيد»).
    private static readonly FrozenSet<string> NotFamilyNames = NormalizedForms.Of(
        "الله", "الدين", "الرحمن", "العزيز", "الرحيم", "الكريم", "الملك", "الإسلام", "السيد", "الشيخ", "الأمير",
        "الكبير", "الصغير", "الأول", "الثاني", "الثالث", "الابن", "الأب", "الشاهد", "الحر", "الحق", "الحسن", "الحسين");

    // The word before a family name that makes it the second half of one («عبد الجليل», «أبو مازن», «بن علي»).
    private static readonly FrozenSet<string> NameLinks = NormalizedForms.Of("عبد", "أبو", "أبي", "بن", "ابن", "آل", "ولد");

    private readonly Dictionary<string, int> _actors = new(StringComparer.Ordinal);
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? _lookup;
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);

    /// <summary>
    /// Remembers that the article has named <paramref name="country"/> (by name, nisba or an actor of it); a
    /// kingdom becomes what a bare «المملكة» refers to.
    /// </summary>
    public void Saw(string country, bool kingdom = false)
    {
        _countries.Add(country);
        if (kingdom)
        {
            _kingdoms[country] = _kingdoms.GetValueOrDefault(country) + 1;
        }
    }

    /// <summary>
    /// The kingdom «المملكة» alone refers to: the one the article has named most often so far («المملكة المتحدة»
    /// once in a Saudi paper's report does not make «المملكة» Britain); null before any is named.
    /// </summary>
    public string? Kingdom => _kingdoms.Count == 0 ? null : _kingdoms.MaxBy(k => k.Value).Key;

    private readonly Dictionary<string, int> _kingdoms = new(StringComparer.Ordinal);

    /// <summary>Whether the article has named <paramref name="country"/> so far; it decides homographs such as «عمان».</summary>
    public bool HasSeen(string country) => _countries.Contains(country);

    public int Count => _actors.Count;

    /// <summary>
    /// Remembers the short forms of a named actor matched over tokens [First, Last] of <paramref name="text"/>.
    /// An armed group («داعش», «الحوثيين») is also what «التنظيم» and «الجماعة» refer back to, until another is named.
    /// </summary>
    public void Learn(AnalyzedText text, PhraseMatch match, int actorIndex, bool person, bool armedGroup = false)
    {
        if (armedGroup)
        {
            foreach (var generic in GroupDescriptions)
            {
                _actors[generic] = actorIndex;
            }
        }

        if (match.Last == match.First)
        {
            return;
        }

        var head = text.Core(text.Tokens[match.First]).ToString();
        if (OrganisationHeads.Contains(head))
        {
            _actors[head] = actorIndex;
        }

        if (person && IsFamilyName(text, match.Last, match.First))
        {
            _actors[text.Core(text.Tokens[match.Last]).ToString()] = actorIndex;
        }
    }

    /// <summary>
    /// Whether the last word of a name over tokens [<paramref name="first"/>, <paramref name="last"/>] is a family name an
    /// article may use alone: not the second half of a compound given name («عبد الله»), a link's partner («أبو مازن») or
    /// a word that ends some names as a title («الشيخ»).
    /// </summary>
    public static bool IsFamilyName(AnalyzedText text, int last, int first)
    {
        var token = text.Tokens[last];
        var family = text.Core(token);
        var lookup = NotFamilyNames.GetAlternateLookup<ReadOnlySpan<char>>();
        return family.Length >= 3 && !lookup.Contains(text.Form(token)) && !lookup.Contains(family)
               && !OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(family)
               && !(last > first && NameLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(text.Tokens[last - 1])));
    }

    /// <summary>
    /// The actor a lone word refers back to: a definite organisation head («التحالف», «والمجلس») or a
    /// family name the article has used.
    /// </summary>
    public PhraseMatch? Match(AnalyzedText text, int token)
    {
        var t = text.Tokens[token];
        if (t.Kind != TokenKind.Arabic || _actors.Count == 0)
        {
            return null;
        }

        var core = text.Core(t);
        _lookup ??= _actors.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!_lookup.Value.TryGetValue(core, out var index))
        {
            return null;
        }

        // An organisation head refers back only when definite: «مجلس» alone begins a new name.
        if ((t.Proclitics & Proclitics.Al) == 0 && OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(core))
        {
            return null;
        }

        // «البرنامج النووي الإيراني», «الصندوق السيادي المصري»: a head with an adjective of its own names another thing.
        if (OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(core) && token + 1 < text.Tokens.Count
            && text.Tokens[token + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } next
            && text.Core(next) is [.., '\u064A'] or [.., '\u064A', '\u0629'])
        {
            return null;
        }

        return new PhraseMatch(token, token, [new LexiconHit(HitKind.Actor, index)]);
    }
}
