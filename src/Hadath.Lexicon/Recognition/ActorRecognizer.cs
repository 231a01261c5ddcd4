using System.Collections.Frozen;
using Hadath.Lexicon.Matching;
using Hadath.Lexicon.Model;
using Hadath.Text;
using Hadath.Text.Segmentation;
using Hadath.Text.Tokenization;

namespace Hadath.Lexicon.Recognition;

/// <summary>
/// Finds actors and places in a token range and gives each actor its code on the article's date.
/// Lexicon matches are composed the way Arabic noun phrases are built:
/// <list type="bullet">
/// <item>agent + country name, nisba or capital, with up to two words between («الجيش الوطني الليبي» → LBYMIL,
/// «وزير الخارجية الإيطالي» → ITAGOV, «رئيس حكومة طرابلس» → LBYGOV); chained agents take the last one's role;</item>
/// <item>agent + named actor: a person keeps the code of his role on that date («المشير خليفة حفتر»); a state organ
/// gives its country with the agent's role («قوات حكومة الوفاق» → LBYMIL); IGOs and armed groups keep their own code;</item>
/// <item>a composite followed at once by a person in apposition («الرئيس التركي رجب طيب أردوغان») is one mention;</item>
/// <item>«السابق», «المخلوع» or «الراحل» after the phrase makes the role ELI.</item>
/// </list>
/// </summary>
public sealed class ActorRecognizer
{
    private const int MaxGap = 2;
    // «السابق», and «المخلوع» / «المعزول» (deposed) and «الراحل» (the late): a role no longer held.
    private static readonly FrozenSet<string> FormerMarkers = NormalizedForms.Of(
        "سابق", "سابقة", "أسبق", "سابقين", "سابقون", "مخلوع", "مخلوعة", "معزول", "معزولة", "راحل", "راحلة");

    // Days and relative days: they date a clause and never stand inside an actor's name.
    // «المتحدث باسم الجيش», «الناطق بلسان الحكومة», «حاكم منطقة بشرق أفغانستان»: the ب-words that join an agent to
    // its institution or place, not a verb to its object.
    private static readonly FrozenSet<string> OnBehalfWords = NormalizedForms.Of("اسم", "لسان", "شرق", "غرب", "شمال", "جنوب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي");

    private static readonly FrozenSet<string> ViolenceNouns = NormalizedForms.Of("قصف", "هجوم", "هجمات", "غارة", "غارات", "انفجار", "تفجير", "تفجيرات",
        "اشتباكات", "اشتباك", "معارك", "قتال", "كمين", "اعتداء", "اعتداءات", "ضربة", "ضربات", "قذيفة", "قذائف");

    private static readonly FrozenSet<string> PlaceWords = NormalizedForms.Of("أمام", "قرب", "خلف", "داخل", "خارج", "عند", "حول", "نحو", "باتجاه", "قبالة", "بالقرب");

    private static readonly FrozenSet<string> Membership = NormalizedForms.Of("في", "من", "لدى");

    /// <summary>Visitors: where a delegation is («الوفد في الرياض») is where it visits, not whose it is.</summary>
    private static readonly FrozenSet<string> Visitors = NormalizedForms.Of("وفد", "وفود");

    // «المتحدث باسم الجيش» even where the word list leaves «باسم» whole.
    private static readonly FrozenSet<string> SpokesmanLinks = NormalizedForms.Of("باسم", "بلسان");

    // «أكد سكان أن الحوثيين»: a particle that opens a clause, or a verb's preposition, ends the noun phrase before it.
    private static readonly FrozenSet<string> ClauseParticles = NormalizedForms.Of("أن", "إن", "لأن", "كي", "لكي", "حتى", "لكن", "بينما", "فيما", "إذا", "لو", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "قد", "لقد", "لم", "لن", "لا", "ما",
        // «أفرجت السلطات عن الصحفي الإيطالي»: a verb's preposition stands between its subject and its object.
        "عن", "على", "ضد", "مع", "حيال", "إزاء", "تجاه", "بشأن");

    private static readonly FrozenSet<string> TimeWords = NormalizedForms.Of("أحد", "اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أمس", "يوم", "غدا", "صباح", "مساء", "فجر", "ليلة");

    // «قيادة», «زعامة», «رئاسة» in their normal form.
    private static readonly FrozenSet<string> LedBy = NormalizedForms.Of("قيادة", "زعامة", "رئاسة");

    private static readonly FrozenSet<string> Sides = NormalizedForms.Of("جانب", "طرف");

    // «من قبل», «على يد»: the words that name an agent.
    private static readonly FrozenSet<string> Agency = NormalizedForms.Of("قبل", "يد", "أيدي");

    // Nouns that a capital in construct names after the place they were made in («اتفاق فيينا», «مؤتمر جنيف»).
    private static readonly FrozenSet<string> VenueNouns = NormalizedForms.Of(
        "اتفاق", "اتفاقية", "اتفاقيات", "مؤتمر", "إعلان", "معاهدة", "محادثات", "مفاوضات", "مباحثات", "قمة", "مسار",
        "بروتوكول", "ميثاق", "وثيقة", "جولة", "منتدى", "اجتماع", "اجتماعات", "لقاء", "تفاهمات", "مقررات", "ورقة", "آلية", "عملية");

    // Weapons a force acts with («بالمدفعية والدبابات», «بالطائرات»).
    private static readonly FrozenSet<string> Weapons = NormalizedForms.Of(
        "مدفعية", "دبابات", "دبابة", "مدرعات", "راجمات", "آليات", "طائرات", "طيران", "مروحيات", "مقاتلات", "قاذفات", "بوارج", "زوارق");

    // Nouns of what is said that an indefinite nisba right after them qualifies («مؤتمر صحفي», «تصريح صحافي»): a press
    // conference, not a journalist.
    private static readonly FrozenSet<string> SaidNouns = NormalizedForms.Of(
        "مؤتمر", "مؤتمرا", "مؤتمرات", "تصريح", "تصريحا", "تصريحات", "بيان", "بيانا", "لقاء", "لقاءات", "حوار", "حوارا", "مقابلة", "إيجاز", "ملتقى");

    /// <summary>
    /// «في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي», «خلال مؤتمره الصحفي»: a one-word agent in the nisba form right after
    /// a noun of what is said, agreeing with it in definiteness, is that noun's adjective, not a person.
    /// </summary>
    private static bool IsAdjectiveOfSaidNoun(AnalyzedText text, ActorMention agent)
        => agent.FirstToken == agent.LastToken && agent.FirstToken > 0
           && text.Tokens[agent.FirstToken] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Al, SuffixLength: 0 } nisba
           && text.Core(nisba) is [_, _, .., '\u064A'] or [_, _, .., '\u064A', '\u0629']
           && text.Tokens[agent.FirstToken - 1] is { Kind: TokenKind.Arabic } said && In(SaidNouns, text.Core(said))
           // («خلال مؤتمره الصحفي», «في المؤتمر الصحفي»: a definite adjective agrees with a definite or possessed noun.)
           && (nisba.Proclitics == Proclitics.None
               ? (said.Proclitics & Proclitics.Al) == 0 && said.SuffixLength == 0
               : (said.Proclitics & Proclitics.Al) != 0 || said.SuffixLength > 0);

    /// <summary>Whether the match stands alone between quotation marks.</summary>
    private static bool InQuotes(AnalyzedText text, PhraseMatch m) => IsQuote(text, m.First - 1) && IsQuote(text, m.Last + 1);

    private static bool IsQuote(AnalyzedText text, int i) => i >= 0 && i < text.Tokens.Count && text.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol
                                                             && text.Original[text.Tokens[i].Start] is '"' or '«' or '»' or '“' or '”' or '\'';

    /// <summary>
    /// Whether the match stands right after a noun of a place or an institution named after a person, or after it and
    /// one given name the lexicon does not know («مطار حميد كرزاي»).
    /// </summary>
    private static bool NamesAPlace(AnalyzedText text, PhraseMatch m)
    {
        for (var i = m.First - 1; i >= 0 && i >= m.First - 2; i--)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } before || (before.Proclitics & Proclitics.Al) != 0 || before.SuffixLength != 0)
            {
                return false;
            }

            if (In(NamedAfter, text.Core(before)))
            {
                return true;
            }
        }

        return false;
    }

    // Places and institutions named after a person.
    private static readonly FrozenSet<string> NamedAfter = NormalizedForms.Of(
        "مطار", "شارع", "جامعة", "مستشفى", "مسجد", "جامع", "جائزة", "مدينة", "ميناء", "قاعدة", "ملعب", "استاد", "قاعة",
        "كلية", "معهد", "مدرسة", "حي", "جسر", "ميدان", "ساحة", "مجمع", "برج", "مكتبة", "متحف", "كرسي", "نفق");

    private static readonly FrozenSet<string> Answerable = NormalizedForms.Of(
        "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مسؤولان", "مسؤولو", "مسؤولي", "مسئول", "مسئولة", "مسئولون", "مسئولين");

    private static readonly FrozenSet<string> Villages = NormalizedForms.Of("قرية", "حي", "بلدة", "مدينة", "منطقة", "ضاحية");

    /// <summary>A palace or a seat of government («القصر الرئاسي», «البيت الأبيض», «الكرملين») right after «في».</summary>
    private static bool IsSeatAfterIn(AnalyzedText text, PhraseMatch m)
        => m.First > 0 && text.Tokens[m.First - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } fi && text.Core(fi) is "\u0641\u064A"
           && text.Tokens[m.First] is { Kind: TokenKind.Arabic } head && In(Palaces, text.Core(head));

    // The first word of a palace's or a seat of government's name: «قصر», «البيت (الأبيض)», «الكرملين», «الإليزيه».
    private static readonly FrozenSet<string> Palaces = NormalizedForms.Of("قصر", "بيت", "كرملين", "كريملين", "إليزيه");

    // Singular nouns of a settlement or district whose name follows («منطقة الفاو», «مخيم اليرموك»).
    private static readonly FrozenSet<string> SettlementHeads = NormalizedForms.Of(
        "منطقة", "مدينة", "بلدة", "قرية", "حي", "مخيم", "ميناء", "محافظة", "مديرية", "ناحية", "قضاء", "ضاحية");

    // Looks a word up without allocating a string: these checks run on every agent the recogniser finds.
    private static bool In(FrozenSet<string> set, ReadOnlySpan<char> core) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(core);

    private static readonly FrozenSet<string> Partners = NormalizedForms.Of("شركاء", "شريك");

    private static readonly FrozenSet<string> SideGovernors = NormalizedForms.Of("من", "إلى", "على", "في", "عن");

    private readonly CompiledLexicon _lexicon;

    public ActorRecognizer(CompiledLexicon lexicon)
    {
        _lexicon = lexicon;

        // The states the lexicon names as kingdoms («المملكة العربية السعودية», «مملكة البحرين»): the ones a bare
        // «المملكة» can refer back to.
        var kingdom = NormalizedForms.Of("مملكة").Single();
        _kingdoms = lexicon.Data.Countries
            .Where(c => c.Names.Select(n => NormalizedForms.Of(n).Single()).Any(n => n.StartsWith(kingdom + " ", StringComparison.Ordinal) || n.StartsWith("\u0627\u0644" + kingdom + " ", StringComparison.Ordinal)))
            .Select(c => c.Code).ToFrozenSet(StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> _kingdoms;

    public CompiledLexicon Lexicon => _lexicon;

    /// <summary>
    /// The raw longest matches in tokens [first, limit), left to right, without overlap; where the
    /// lexicon has nothing, a short form the article has introduced (<paramref name="aliases"/>).
    /// </summary>
    public List<PhraseMatch> Matches(AnalyzedText text, int first, int limit, ArticleAliases? aliases = null, DateOnly? date = null)
    {
        var matches = new List<PhraseMatch>();
        var i = first;
        while (i < limit)
        {
            var match = _lexicon.Trie.LongestMatch(text, i, limit);

            // The article's own short form («التحالف» after «التحالف الدولي») beats a one-word name that
            // only the story's countries would have decided.
            if (match is null || (match.Last == match.First && OnlyContextHits(match)))
            {
                match = aliases?.Match(text, i) ?? match;
            }

            if (match is null)
            {
                i++;
                continue;
            }

            // «متمردي حزب العمال الكردستاني»: a name that only the story's countries would decide («متمردي حزب العمال») gives
            // way to a name without conditions that starts inside it and runs past its end («حزب العمال الكردستاني»); the
            // words before that name are read on their own.
            if (match.Last > match.First && OnlyContextHits(match) && OverlappingUnconditional(text, match, limit) is { } later)
            {
                var head = _lexicon.Trie.LongestMatch(text, i, later);
                if (head is null)
                {
                    i = later;
                    continue;
                }

                match = head;
            }

            // «وكيل وزارة الحج»: a role whose last word opens the name of an organ of state («وزارة الحج») yields that word
            // to the name, which says whose the role is; «القوات الموالية للحكومة المعترف بها دوليا» likewise. A role with no
            // shorter form keeps a word that carries a preposition, and a preposition on itself («بالأمين العام لحزب
            // المؤتمر», «بوكيل وزارة الحج»), which link the mention to its verb.
            if (match.Last > match.First && match.Hits.All(h => h.Kind == HitKind.Agent)
                && _lexicon.Trie.LongestMatch(text, match.Last, limit) is { } organ && organ.Last > match.Last && organ.Hits.Any(h => h.Kind == HitKind.Actor)
                && (!OnlyContextHits(organ) || Best(text, organ, date, aliases) is not null))
            {
                if (_lexicon.Trie.LongestMatch(text, i, match.Last) is { } shorter)
                {
                    match = shorter;
                }
                else if ((text.Tokens[match.Last].Proclitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) == 0
                         && (text.Tokens[i].Proclitics & (Proclitics.Bi | Proclitics.Li)) == 0)
                {
                    i = match.Last;
                    continue;
                }
            }

            matches.Add(match);

            // Learned as soon as named, so a short form later in the same sentence refers to it
            // («لتنظيم داعش … مسلحي التنظيم»).
            if (aliases is not null)
            {
                Teach(aliases, text, match, date);
            }
            i = match.Last + 1;
        }

        return matches;
    }

    /// <summary>
    /// The actors and places in tokens [first, limit). With <paramref name="aliases"/>, the article's
    /// short forms are recognised too, and the named actors found here teach it new ones.
    /// </summary>
    public (List<ActorMention> Actors, List<PlaceMention> Places) Recognize(AnalyzedText text, int first, int limit, DateOnly? date, ArticleAliases? aliases = null)
    {
        var raw = Matches(text, first, limit, aliases, date);

        // What «المملكة» refers to is settled by what came before this sentence, or before it in the sentence.
        var kingdomBefore = aliases?.Kingdom;

        var sentenceCountries = HasContextHit(raw) ? CountriesOf(raw, date) : null;
        HashSet<string>? namedCountries = null;
        var actors = new List<ActorMention>();
        var places = new List<PlaceMention>();
        for (var k = 0; k < raw.Count; k++)
        {
            var m = raw[k];
            if (!IsBirthplaceIdiom(text, m) && BestPlace(text, m, aliases, () => namedCountries ??= CountriesOf(raw, date, places: false)) is { } placeEntry)
            {
                places.Add(new PlaceMention(m.First, m.Last, text.Tokens[m.First].Start, text.Tokens[m.Last].End, placeEntry));
            }

            var mention = Best(text, m, date, aliases, sentenceCountries);

            // «للقوات الشرعية» outside a story about Yemen: a name that only a context made longer gives way to the
            // shorter reading under it («القوات»).
            if (mention is null && m.Last > m.First && OnlyContextHits(m) && _lexicon.Trie.LongestMatch(text, m.First, m.Last) is { } shorter)
            {
                raw[k] = m = shorter;
                mention = Best(text, m, date, aliases, sentenceCountries);
            }

            if (mention is null || (!mention.IsPerson && HeadsAnotherActor(text, raw, k, date, aliases)))
            {
                continue;
            }

            // («زيارة كينيا كمواطن عادي»: an office or a people after «كـ» says in what capacity, not who.)
            if (mention.Kind == MentionKind.Agent && (IsAdjectiveOfSaidNoun(text, mention) || (text.Tokens[mention.FirstToken].Proclitics & Proclitics.Ka) != 0))
            {
                continue;
            }

            List<ActorMention>? coordinated = null;
            if (mention.Kind == MentionKind.Agent)
            {
                var (composite, consumed) = Compose(text, raw, k, mention, date, limit, aliases);

                // «شركاؤنا الأمريكيون» are the Americans; «الولايات المتحدة وشركاؤها» are unnamed others.
                if (composite.Kind == MentionKind.Agent && composite.FirstToken == composite.LastToken && In(Partners, text.Core(text.Tokens[composite.FirstToken])))
                {
                    continue;
                }

                mention = composite;
                k += consumed;

                // «الرئيسين المصري والروسي», «الجانبين المصري والأمريكي»: nisbas joined by «و» to the one that
                // completed an office name each make the same office of their country.
                while (mention.Kind == MentionKind.Composite && consumed > 0 && mention.Code.Length == 6 && k + 1 < raw.Count
                       && raw[k + 1].First == raw[k].Last + 1 && StartsCoordination(text, raw[k + 1].First)
                       && Best(text, raw[k], date, aliases) is { Kind: MentionKind.Adjective }
                       && Best(text, raw[k + 1], date, aliases) is { Kind: MentionKind.Adjective } other && other.Country is { } otherCountry)
                {
                    (coordinated ??= []).Add(other with { Code = otherCountry + mention.Code[3..], Name = mention.Name + " / " + other.Name, Kind = MentionKind.Composite });
                    k++;
                }

                // «وزراء خارجية مصر والسودان وإثيوبيا», «زعماء مصر وقبرص واليونان»: a plural or dual office before a list of
                // countries is that office of each of them. (A singular one is one country's: «وزير خارجية مصر والسودان»
                // is a minister and a country.)
                var lastMember = mention.LastToken;
                while (mention.Kind == MentionKind.Composite && consumed > 0 && mention.Code.Length == 6 && In(PluralOffices, text.Core(text.Tokens[mention.FirstToken]))
                       && k + 1 < raw.Count && StartsCoordination(text, raw[k + 1].First) && CountryListGap(text, lastMember, raw[k + 1].First)
                       && Best(text, raw[k + 1], date, aliases) is { Kind: MentionKind.Country } member && member.Country is { } memberCountry)
                {
                    (coordinated ??= []).Add(member with { Code = memberCountry + mention.Code[3..], Name = mention.Name + " / " + member.Name, Kind = MentionKind.Composite });
                    lastMember = member.LastToken;
                    k++;
                }
            }
            else if (mention.Kind is MentionKind.Named && k + 1 < raw.Count && OtherCountryNisba(text, m, mention, raw[k + 1], date, aliases) is { } owner)
            {
                // «الحزب الديمقراطي التقدمي التونسي»: a group name that other countries' groups share («الحزب
                // الديمقراطي» is the US party's short name) belongs to the country whose nisba qualifies it.
                mention = owner;
                k++;
            }
            else if (mention.Kind is MentionKind.Named && k + 1 < raw.Count && IsFormerAfter(text, mention.LastToken, limit))
            {
                mention = Former(mention, text, mention.LastToken + 1);
            }
            else if (mention.Kind == MentionKind.Adjective && m.First == m.Last && CrowdBefore(text, m.First, first) is { } crowd && IsPluralNisba(text, m.First))
            {
                // «آلاف المصريين», «مئات من الأتراك»: a plural nisba counted as people is those people, civilians of the country.
                mention = mention with { Code = mention.Code + "CVL", Kind = MentionKind.Composite, FirstToken = crowd, Start = text.Tokens[crowd].Start };
            }
            else if (mention.Kind == MentionKind.Adjective && actors.LastOrDefault(a => a.LastToken < m.First) is { Kind: MentionKind.Agent or MentionKind.Composite } titled
                     && IsFamilyNisba(text, titled.FirstToken, titled.LastToken, m.First))
            {
                // «الملازم أول رشاد قابل المغربي»: nor is it a country standing on its own.
                continue;
            }
            else if (mention.Kind == MentionKind.Adjective && m.First == m.Last && IsManOfAfterFeminine(text, m.First, actors))
            {
                // «اعتقلت الشرطة السوري محمود درباس», «أوقفت السلطات التركية الأردني …»: a masculine singular nisba right after
                // a phrase ending on a definite feminine word cannot agree with it; it is a man of that country.
                mention = mention with { Code = mention.Code + "CVL", Kind = MentionKind.Composite };
            }

            // «محمد بن سلمان، ولي ولي العهد»: a title right after a named actor describes it and is not a second actor.
            while (mention.Kind is MentionKind.Named or MentionKind.Composite && k + 1 < raw.Count && IsApposed(text, mention.LastToken, raw[k + 1].First)
                   && Best(text, raw[k + 1], date) is { Kind: MentionKind.Agent } && !StartsCoordination(text, raw[k + 1].First)
                   && !In(Bodies, text.Core(text.Tokens[raw[k + 1].First])) && !In(Institutions, text.Core(text.Tokens[raw[k + 1].First]))
                   && !(raw[k + 1].First == mention.LastToken + 1 && BeginsObject(text, mention, text.Tokens[raw[k + 1].First]))
                   && !(k + 2 < raw.Count && IsApposed(text, raw[k + 1].Last, raw[k + 2].First) && Best(text, raw[k + 2], date) is { Kind: MentionKind.Country or MentionKind.Adjective or MentionKind.Capital }))
            {
                k++;
            }

            // «محمد بن سلمان بن عبدالعزيز آل سعود»: the family name after a person's name is part of it.
            if (mention.Kind is MentionKind.Named or MentionKind.Composite && raw[k].Last == mention.LastToken && IsPerson(raw[k])
                && FamilyName(text, mention.LastToken, limit) is { } family && (k + 1 >= raw.Count || raw[k + 1].First > family))
            {
                mention = mention with { LastToken = family, End = text.Tokens[family].End };
            }

            actors.Add(mention);
            if (coordinated is not null)
            {
                actors.AddRange(coordinated);
            }

            if (mention.Country is { } seen && mention.Kind != MentionKind.Capital)
            {
                aliases?.Saw(seen, _kingdoms.Contains(seen));
            }

            // «مجموعة 5+1»: a grouping of states is one mention per member, over the same words.
            if (mention.Kind == MentionKind.Named && m.Hits.FirstOrDefault(h => h.Kind == HitKind.Actor) is { Kind: HitKind.Actor } groupHit
                && _lexicon.Actors[groupHit.Index].Members is { Count: > 1 } members && mention.FirstToken == m.First)
            {
                actors.RemoveAt(actors.Count - 1);
                actors.AddRange(members.Select(code => mention with { Code = code }));
            }
        }

        if (aliases is not null)
        {
            TheKingdom(text, first, limit, raw, actors, kingdomBefore);
        }

        return (actors, places);
    }

    /// <summary>
    /// «سيزور المملكة», «وصل إلى المملكة»: «المملكة» alone, after the article has named a kingdom, is that kingdom.
    /// </summary>
    private void TheKingdom(AnalyzedText text, int first, int limit, List<PhraseMatch> raw, List<ActorMention> actors, string? known)
    {
        for (var i = first; i < limit; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind != TokenKind.Arabic || (token.Proclitics & Proclitics.Al) == 0 || token.SuffixLength > 0
                || !text.Core(token).SequenceEqual(KingdomWord) || raw.Any(m => m.First <= i && m.Last >= i))
            {
                continue;
            }

            var at = i;
            // («معربا عن تقدير الشعب اليمني للمملكة … وعلى رأسهم خادم الحرمين الشريفين»: with none named before, the
            // kingdom whose ruler or organ its own sentence goes on to name; not one named only as a state, as often where
            // something happens: «الوفد المشارك من المملكة في الملتقى … بدولة بلجيكا».)
            var code = known ?? actors.LastOrDefault(a => a.LastToken < at && a.Country is { } c && _kingdoms.Contains(c))?.Country
                ?? actors.FirstOrDefault(a => a.FirstToken > at && a.Kind is MentionKind.Named or MentionKind.Composite && a.Country is { } c && _kingdoms.Contains(c))?.Country;
            if (code is null)
            {
                continue;
            }

            var country = _lexicon.CountriesByCode[code];

            // «حكومة المملكة», «سفارة المملكة»: an agent in construct with the kingdom is the kingdom's. («أمن المملكة» is
            // the kingdom's security, not its police.)
            var governing = actors.FindIndex(a => a.LastToken == at - 1 && a is { Kind: MentionKind.Agent, Country: null } && a.Code.Length == 3
                                                  && !text.Core(text.Tokens[a.FirstToken]).SequenceEqual(SecurityWord));
            if (governing >= 0)
            {
                var agent = actors[governing];
                actors[governing] = agent with { LastToken = i, End = token.End, Code = code + agent.Code, Name = agent.Name + " (" + country.Name + ")", Kind = MentionKind.Composite };
                continue;
            }

            var index = actors.FindIndex(a => a.FirstToken > at);
            actors.Insert(index < 0 ? actors.Count : index, new ActorMention(i, i, token.Start, token.End, code, country.Name + " (the Kingdom)", MentionKind.Country, country.Location));
        }
    }

    private static readonly string KingdomWord = NormalizedForms.Of("مملكة").Single();

    private static readonly string SecurityWord = NormalizedForms.Of("أمن").Single();

    private static readonly FrozenSet<string> Crowds = NormalizedForms.Of("آلاف", "ألوف", "مئات", "عشرات", "ملايين", "حشود", "جموع", "آلاف");

    /// <summary>
    /// A named group with a country and a role, followed by the singular nisba of another country — right after it
    /// or after one definite adjective of its own name («التقدمي») — re-read as that country's group of the same
    /// role. A noun between («دان حزب الله العدوان الإسرائيلي») or a plural nisba («هاجم حزب الله الإسرائيليين»)
    /// belongs to the object, not to the name.
    /// </summary>
    private ActorMention? OtherCountryNisba(AnalyzedText text, PhraseMatch m, ActorMention named, PhraseMatch next, DateOnly? date, ArticleAliases? aliases)
    {
        if (named.Code.Length != 6 || named.Country is not { } country || next.First != next.Last || next.First - m.Last > 2
            || m.Hits.FirstOrDefault(h => h.Kind == HitKind.Actor) is not { Kind: HitKind.Actor } hit || _lexicon.Actors[hit.Index].Type is not ("group" or "party"))
        {
            return null;
        }

        if (next.First == m.Last + 2 && (text.Tokens[m.Last + 1].Kind != TokenKind.Arabic || text.Tokens[m.Last + 1].Proclitics != Proclitics.Al
                                         || !IsSingularNisbaForm(text.Core(text.Tokens[m.Last + 1]))))
        {
            return null;
        }

        if ((text.Tokens[next.First].Proclitics & Proclitics.Al) == 0 || !IsSingularNisbaForm(text.Core(text.Tokens[next.First]))
            || Best(text, next, date, aliases) is not { Kind: MentionKind.Adjective, Country: { } other } nisba || other == country)
        {
            return null;
        }

        return named with { LastToken = nisba.LastToken, End = nisba.End, Code = other + named.Code[3..], Name = named.Name + " / " + nisba.Name, Kind = MentionKind.Composite };
    }

    /// <summary>
    /// Whether the word before <paramref name="at"/> is a bare noun whose genitive the word is («وكيل وزارة الخارجية»),
    /// not the start of the clause, punctuation, a word joined by «و/ف» or a verb in «ت» («واعتقلت الشرطة», «أعلنت الشرطة»).
    /// </summary>
    private static bool InConstruct(AnalyzedText text, int at)
        => at > 0 && text.Tokens[at - 1] is { Kind: TokenKind.Arabic } before && (before.Proclitics & (Proclitics.Al | Proclitics.Wa | Proclitics.Fa)) == 0
           && text.Core(before) is [.., not '\u062A'];

    /// <summary>
    /// A definite masculine singular nisba with no clitic but the article, right after an actor phrase whose last word is
    /// definite and in «ة» («الشرطة», «التركية»).
    /// </summary>
    private static bool IsManOfAfterFeminine(AnalyzedText text, int at, List<ActorMention> actors)
    {
        var token = text.Tokens[at];
        if (token.Proclitics != Proclitics.Al || token.SuffixLength > 0 || text.Core(token) is not [.., not '\u0629', '\u064A'] core || core.Length < 3
            || actors.Count == 0 || actors[^1].LastToken != at - 1)
        {
            return false;
        }

        var before = text.Tokens[at - 1];
        return before.Kind == TokenKind.Arabic && (before.Proclitics & Proclitics.Al) != 0 && before.SuffixLength == 0 && text.Core(before).EndsWith("\u0629");
    }

    /// <summary>An adjective in the singular: ending in «ي» or «ية» («التقدمي», «التونسي», «التونسية»).</summary>
    private static bool IsSingularNisbaForm(ReadOnlySpan<char> core)
        => core.Length >= 3 && (core[^1] == '\u064A' || (core[^1] == '\u0629' && core[^2] == '\u064A'));

    /// <summary>A membership preposition («من», «في», «لدى») or a link word («بقيادة») at <paramref name="at"/>.</summary>
    private static bool StartsWithLink(AnalyzedText text, int at)
        => text.Tokens[at].Kind == TokenKind.Arabic && (In(Membership, text.Form(text.Tokens[at])) || In(LinkWords, text.Core(text.Tokens[at])));

    private static bool IsSoundMasculinePlural(AnalyzedText text, in Token token)
    {
        var core = text.Core(token);
        // Five letters at least: «أمين» (as in «أمين الجامعة») is a singular in ين.
        return core.Length >= 5 && (core.EndsWith("\u0648\u0646") || core.EndsWith("\u064A\u0646"));
    }

    /// <summary>The crowd word right before <paramref name="at"/>, or before «من» there: «آلاف المصريين», «مئات من الأتراك».</summary>
    private static int? CrowdBefore(AnalyzedText text, int at, int first)
    {
        var i = at - 1;
        if (i > first && text.Tokens[i].Kind == TokenKind.Arabic && text.Form(text.Tokens[i]).SequenceEqual("\u0645\u0646"))
        {
            i--;
        }

        return i >= first && text.Tokens[i].Kind == TokenKind.Arabic && Crowds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(text.Tokens[i])) ? i : null;
    }

    /// <summary>A nisba that is not a singular adjective («المصري», «المصرية») or a dual: a sound or broken plural.</summary>
    private static bool IsPluralNisba(AnalyzedText text, int at)
    {
        var core = text.Core(text.Tokens[at]);
        return !core.EndsWith("\u064A") && !core.EndsWith("\u0629") && !core.EndsWith("\u0627\u0646") && !core.EndsWith("\u062A\u064A\u0646");
    }

    private void Teach(ArticleAliases aliases, AnalyzedText text, PhraseMatch m, DateOnly? date)
    {
        foreach (var hit in m.Hits)
        {
            if (hit.Kind == HitKind.Actor)
            {
                var named = _lexicon.Actors[hit.Index];
                var code = named.CodeOn(date);
                aliases.Learn(text, m, hit.Index, named.Type == "person", armedGroup: named.Context.Count == 0 && (code.StartsWith("IMG", StringComparison.Ordinal) || code.EndsWith("REB", StringComparison.Ordinal)));
                return;
            }
        }
    }

    /// <summary>The first token after <paramref name="match"/>'s first where a name with no context condition starts and runs past its last.</summary>
    private int? OverlappingUnconditional(AnalyzedText text, PhraseMatch match, int limit)
    {
        for (var j = match.First + 1; j <= match.Last; j++)
        {
            if (_lexicon.Trie.LongestMatch(text, j, limit) is { } other && other.Last > match.Last && !OnlyContextHits(other))
            {
                return j;
            }
        }

        return null;
    }

    private bool OnlyContextHits(PhraseMatch m)
    {
        foreach (var hit in m.Hits)
        {
            if (hit.Kind != HitKind.Actor || _lexicon.Actors[hit.Index].Context.Count == 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool HasContextHit(List<PhraseMatch> raw)
    {
        foreach (var m in raw)
        {
            foreach (var hit in m.Hits)
            {
                if (hit.Kind == HitKind.Actor && _lexicon.Actors[hit.Index].Context.Count > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The countries a sentence names outright (names, nisbas, capitals, places, actors that need no context).</summary>
    private HashSet<string> CountriesOf(List<PhraseMatch> raw, DateOnly? date, bool places = true)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in raw)
        {
            foreach (var hit in m.Hits)
            {
                var country = hit.Kind switch
                {
                    HitKind.CountryName or HitKind.CountryAdjective or HitKind.Capital => _lexicon.Countries[hit.Index].Code,
                    HitKind.Place when places => _lexicon.Places[hit.Index].Country,
                    HitKind.Actor when _lexicon.Actors[hit.Index].Context.Count == 0 => ActorCodes.Country(_lexicon.Actors[hit.Index].CodeOn(date)),
                    _ => null,
                };
                if (country is not null)
                {
                    countries.Add(country);
                }
            }
        }

        return countries;
    }

    /// <summary>
    /// «بين قوات الجيش وتحالف مليشيات الحوثي وقوات صالح»: a name listed only with the article,
    /// written without it with an actor right after it in the genitive, heads that actor's own alliance or body, not the
    /// named one. (A definite genitive was already left out where the reading is chosen. Not a person's name: «ووعد بارزاني وزير
    /// الدفاع الأمريكي» has a title after it.)
    /// </summary>
    private bool HeadsAnotherActor(AnalyzedText text, List<PhraseMatch> raw, int k, DateOnly? date, ArticleAliases? aliases)
        => k + 1 < raw.Count && raw[k + 1].First == raw[k].Last + 1 && MissingArticle(text, raw[k])
           && text.Tokens[raw[k + 1].First] is { Kind: TokenKind.Arabic } genitive && (genitive.Proclitics & (Proclitics.Wa | Proclitics.Bi | Proclitics.Li | Proclitics.Ka)) == 0
           && Best(text, raw[k + 1], date, aliases) is { Kind: MentionKind.Named or MentionKind.Agent };

    /// <summary>A one-word match without the article whose word the lexicon lists only with it (learned short forms are not).</summary>
    private bool MissingArticle(AnalyzedText text, PhraseMatch m)
    {
        if (m.First != m.Last || (text.Tokens[m.First].Proclitics & Proclitics.Al) != 0)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        var token = text.Tokens[m.First];
        return _lexicon.ListsOnlyWithArticle(PhraseTrie.Key(text, token, buffer));
    }

    /// <summary>
    /// «تبادلت المقاومة مع الحوثيين إطلاق النيران بالمدفعية والدبابات», «قصفت المدينة بالطائرات»: a weapon after «بـ» is
    /// what the act was done with, not a force that acts.
    /// </summary>
    private static bool IsWeaponUsed(AnalyzedText text, PhraseMatch m)
        => text.Tokens[m.First] is { Kind: TokenKind.Arabic } weapon && (weapon.Proclitics & Proclitics.Bi) != 0 && weapon.SuffixLength == 0
           && In(Weapons, text.Core(weapon));

    /// <summary>
    /// «في أيدي تحالف لجماعات إسلامية معارضة», «تحالف من مقاتلين»: a name listed only with the article, written without it
    /// and followed by «لـ» or «من», is the common noun ("a coalition of …"), not the named body.
    /// </summary>
    private static bool IsIndefiniteOf(AnalyzedText text, int next)
        => next < text.Tokens.Count && text.Tokens[next] is { Kind: TokenKind.Arabic } of
           && ((of.Proclitics & Proclitics.Li) != 0 || (of.Proclitics == Proclitics.None && text.Core(of) is "\u0645\u0646"));

    /// <summary>
    /// A one-word match with the article whose word the lexicon lists only without it, for the names that never take
    /// it: a person («المؤدي» is not «مودي»), and a country whose name ends like a nisba («المالي» is "financial", not
    /// Mali). Groups and other countries may be written either way («الطالبان», «الباكستان»).
    /// </summary>
    private bool AddedArticle(AnalyzedText text, PhraseMatch m, HitKind kind, IReadOnlyList<LexiconHit> hits)
    {
        if (m.First != m.Last || (text.Tokens[m.First].Proclitics & Proclitics.Al) == 0 || kind is not (HitKind.Actor or HitKind.CountryName))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        var key = PhraseTrie.Key(text, text.Tokens[m.First], buffer);
        if (!_lexicon.ListsOnlyBare(key))
        {
            return false;
        }

        return kind == HitKind.CountryName ? key[^1] == '\u064A' : hits.Any(h => h.Kind == HitKind.Actor && _lexicon.Actors[h.Index].Type == "person");
    }

    /// <summary>
    /// The place a match names: of the places sharing the name («طرابلس» in Libya and Lebanon), one in a country the
    /// story has named (earlier or in this sentence), else the one of highest rank.
    /// </summary>
    private Model.PlaceEntry? BestPlace(AnalyzedText text, PhraseMatch m, ArticleAliases? aliases, Func<HashSet<string>> sentenceCountries)
    {
        if (MissingArticle(text, m))
        {
            return null;
        }

        Model.PlaceEntry? best = null;
        var bestScore = int.MinValue;
        var shared = 0;
        foreach (var hit in m.Hits)
        {
            shared += hit.Kind == HitKind.Place ? 1 : 0;
        }

        foreach (var hit in m.Hits)
        {
            if (hit.Kind != HitKind.Place)
            {
                continue;
            }

            var place = _lexicon.Places[hit.Index];
            var inContext = shared > 1 && ((aliases?.HasSeen(place.Country) ?? false) || sentenceCountries().Contains(place.Country));
            var score = (inContext ? 1000 : 0) + place.Rank;
            if (score > bestScore)
            {
                best = place;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Whether the story has named one of <paramref name="actor"/>'s context countries, earlier or in this sentence.</summary>
    private static bool InContext(ActorEntry actor, ArticleAliases? aliases, HashSet<string>? sentenceCountries)
    {
        foreach (var country in actor.Context)
        {
            if ((aliases?.HasSeen(country) ?? false) || (sentenceCountries?.Contains(country) ?? false))
            {
                return true;
            }
        }

        return false;
    }

    // Nouns of money and the economy after which a bare name shaped like a nisba is the adjective: «مبلغ مالي» is
    // "a sum of money", «دعم مالي» "financial support", not Mali.
    private static readonly FrozenSet<string> MoneyNouns = NormalizedForms.Of(
        "مبلغ", "دعم", "عجز", "فساد", "عرض", "تعويض", "مأزق", "إنقاذ", "وضع", "نظام", "مركز", "سوق", "قطاع", "مستشار", "مدير",
        "تقرير", "احتيال", "حافز", "عائد", "التزام", "ضمان", "استثمار", "تمويل", "غطاء", "إصلاح", "عون", "حساب",
        "مردود", "تحويل", "إفصاح", "أداء", "ملف", "وضعها", "عام", "مكافأة", "جزاء", "غرامة", "تحفيز", "مستحق", "مخصص", "بند");

    /// <summary>A bare one-word country name listed only bare and ending in ي, right after a noun of money: an adjective.</summary>
    private bool QualifiesMoney(AnalyzedText text, PhraseMatch m)
    {
        if (m.First != m.Last || m.First == 0 || text.Tokens[m.First].Proclitics != Proclitics.None || text.Tokens[m.First - 1] is not { Kind: TokenKind.Arabic } before
            || (before.Proclitics & Proclitics.Al) != 0 || !In(MoneyNouns, text.Core(before)))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        var key = PhraseTrie.Key(text, text.Tokens[m.First], buffer);
        return key.Length > 0 && key[^1] == '\u064A' && _lexicon.ListsOnlyBare(key);
    }

    private static readonly FrozenSet<string> LanguageWords = NormalizedForms.Of("لغة", "اللغة", "لغات", "اللغات", "لهجة", "اللهجة", "ترجمة", "مترجم", "مترجمة");

    /// <summary>
    /// «كتب بالفرنسية», «باللغة الإنجليزية», «ترجمة عربية»: a feminine nisba with «بال» on its own, or after a word for a
    /// language, is the language, not the people.
    /// </summary>
    private static bool NamesALanguage(AnalyzedText text, PhraseMatch m)
    {
        var token = text.Tokens[m.First];
        if (m.First != m.Last || !text.Core(token).EndsWith("\u0629"))
        {
            return false;
        }

        return (token.Proclitics & (Proclitics.Bi | Proclitics.Al)) == (Proclitics.Bi | Proclitics.Al)
               || (m.First > 0 && text.Tokens[m.First - 1].Kind == TokenKind.Arabic && In(LanguageWords, text.Form(text.Tokens[m.First - 1])));
    }

    private static readonly FrozenSet<string> SecurityConcepts = NormalizedForms.Of("القومي", "الغذائي", "المائي", "الإقليمي", "الدولي", "العالمي",
        "الجماعي", "الاجتماعي", "الاقتصادي", "السيبراني", "الإلكتروني", "الصحي", "البيئي", "الفكري", "الطاقوي", "والاستقرار", "والأمان", "والسلام",
        "والسلم", "واستقرار", "والرخاء");

    private static readonly FrozenSet<string> KeepingSecurity = NormalizedForms.Of("تحقيق", "حفظ", "زعزعة", "استتباب", "تعزيز", "ضمان", "حماية", "استقرار",
        "بسط", "إرساء", "استعادة", "توفير", "مساس", "تهديد", "تقويض", "دعم", "صون", "استتب", "إخلال", "الإخلال", "عدم", "انعدام", "غياب", "فقدان",
        "الأمن", "يهدد", "تهدد", "هدد", "يمس", "تمس");

    /// <summary>
    /// «تحقيق الأمن», «حفظ الأمن والاستقرار», «الأمن القومي العربي»: «الأمن» alone after a verb or noun of keeping or
    /// threatening it, or qualified as a domain of policy, is security as a concept, not the security forces.
    /// </summary>
    private static bool NamesSecurityAsAConcept(AnalyzedText text, PhraseMatch m)
    {
        if (m.First != m.Last || text.Tokens[m.First] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } token || (token.Proclitics & ~(Proclitics.Al | Proclitics.Wa)) != 0
            || !text.Core(token).SequenceEqual("\u0627\u0645\u0646"))
        {
            return false;
        }

        return (m.First + 1 < text.Tokens.Count && text.Tokens[m.First + 1].Kind == TokenKind.Arabic && In(SecurityConcepts, text.Form(text.Tokens[m.First + 1])))
               || (m.First > 0 && text.Tokens[m.First - 1] is { Kind: TokenKind.Arabic } before && In(KeepingSecurity, text.Core(before)));
    }

    // Not «ولاية» (also a term of office) nor «مقاطعة» (also a boycott).
    private static readonly FrozenSet<string> SettlementNouns = NormalizedForms.Of("مدينة", "بلدة", "قرية", "محافظة", "منطقة", "إقليم",
        "عاصمة", "العاصمة", "ميناء", "جزيرة", "مخيم", "ضاحية", "حي", "مدن", "بلدات", "قرى", "مناطق", "محافظات");

    /// <summary>
    /// «في مدينة الزبداني السورية», «محافظة درعا السورية»: a nisba on its own right after the name of a town or region
    /// says which country that place is in; it is not the state as an actor.
    /// </summary>
    private static bool QualifiesAPlace(AnalyzedText text, PhraseMatch m)
    {
        if (m.First != m.Last || m.First < 2 || text.Tokens[m.First].Proclitics != Proclitics.Al)
        {
            return false;
        }

        // The settlement word, then one or two words of its name.
        for (var i = m.First - 2; i >= 0 && i >= m.First - 3; i--)
        {
            if (text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word && In(SettlementNouns, text.Core(word)))
            {
                for (var k = i + 1; k < m.First; k++)
                {
                    if (text.Tokens[k] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } part || (part.Proclitics & ~Proclitics.Al) != 0)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>A one-word nisba in a plural, dual or accusative form, right after a number or a word counting a crowd.</summary>
    private static bool CountedPeople(AnalyzedText text, PhraseMatch m)
    {
        // Only the forms a count takes of people: the plural or dual («سعوديين», «أمريكيان») and the accusative singular
        // («صينيا»); a bare singular may be the adjective of a noun counted before it («700 جندي بريطاني»).
        var core = text.Core(text.Tokens[m.First]);
        if (m.First != m.Last || m.First == 0 || text.Tokens[m.First].Proclitics is not (Proclitics.None or Proclitics.Al)
            || !(core.EndsWith("\u064A\u0646") || core.EndsWith("\u0648\u0646") || core.EndsWith("\u0627\u0646") || core.EndsWith("\u064A\u0627")))
        {
            return false;
        }

        var before = text.Tokens[m.First - 1];
        return before.Kind == TokenKind.Number
               || (before.Kind == TokenKind.Arabic && before.Proclitics == Proclitics.None && (In(Crowds, text.Core(before)) || In(CountWords, text.Core(before))));
    }

    // «اعتقال ثلاثة فلسطينيين»: the numbers written as words count people as digits do.
    private static readonly FrozenSet<string> CountWords = NormalizedForms.Of("اثنين", "اثنان", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "سبعة", "سبع",
        "ثمانية", "ثماني", "تسعة", "تسع", "عشرة", "عشر", "عشرين", "عشرون", "ثلاثين", "أربعين", "خمسين", "بضعة", "عدد", "عددا");

    /// <summary>«مسقط رأس»/«مسقط رأسه» (birthplace): the capital's name followed by «رأس», with no article.</summary>
    private static bool IsBirthplaceIdiom(AnalyzedText text, PhraseMatch m)
        => m.First == m.Last && m.Last + 1 < text.Tokens.Count && text.Tokens[m.Last + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } next
           && text.Core(next).SequenceEqual(HeadWord) && text.Core(text.Tokens[m.First]).SequenceEqual(Masqat);

    private const string HeadWord = "\u0631\u0627\u0633";
    private const string Masqat = "\u0645\u0633\u0642\u0637";

    /// <summary>
    /// «في مقر الحكومة اليمنية المؤقت بالرياض», «في قصر اليمامة بالرياض»: a capital with «ب» after the name of a
    /// seat says where that is; it is a place, not the government.
    /// </summary>
    private static bool LocatesADefiniteNoun(AnalyzedText text, PhraseMatch m)
    {
        if (m.First == 0 || (text.Tokens[m.First].Proclitics & ~Proclitics.Al) != Proclitics.Bi)
        {
            return false;
        }

        // The seat itself, or an adjective of it, within the three words before («في مقر الحكومة اليمنية المؤقت بالرياض»);
        // not «أشاد الوزير بالرياض» nor «مدير الشرطة بالرياض».
        for (var i = m.First - 1; i >= 0 && i >= m.First - 4; i--)
        {
            if (text.Tokens[i] is { Kind: TokenKind.Arabic } word && In(Seats, text.Core(word)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Seats = NormalizedForms.Of("مقر", "مقره", "مقرها", "قصر", "فندق", "مبنى", "ديوان", "مكتب", "مركز", "قاعة", "مؤتمر", "منتجع",
        "اجتماع", "اجتماعات", "لقاء", "قمة", "مباحثات", "محادثات", "سفارة", "قنصلية", "بلدية", "شرطة", "محكمة", "جامعة", "مستشفى", "إمارة", "أمانة");

    /// <summary>The single best reading of a match on its own: named actor, country, capital, agent, adjective.</summary>
    private ActorMention? Best(AnalyzedText text, PhraseMatch m, DateOnly? date, ArticleAliases? aliases = null, HashSet<string>? sentenceCountries = null)
    {
        var start = text.Tokens[m.First].Start;
        var end = text.Tokens[m.Last].End;

        // A name takes no possessive pronoun: «إخواننا» is "our brothers", not the Brotherhood («الإخوان»). A role word
        // does («حكومته», his government), so agents still match. Nor does a name listed only with the article
        // drop it («يمن», «دوما»).
        // «التقى البشير في القصر الرئاسي رئيس الآلية»: a palace or a seat of government after «في» is where, not who.
        if (IsSeatAfterIn(text, m))
        {
            return null;
        }

        var possessed = text.Tokens[m.Last].SuffixLength > 0;
        var missingArticle = MissingArticle(text, m);
        foreach (var kind in (ReadOnlySpan<HitKind>)[HitKind.Actor, HitKind.CountryName, HitKind.Capital, HitKind.Agent, HitKind.CountryAdjective])
        {
            // «تحالف القوى» is another alliance than «التحالف»: a name listed only with the article, written without it
            // before a definite genitive, heads a construct of its own.
            if ((possessed && kind != HitKind.Agent) || (missingArticle && kind is HitKind.CountryName or HitKind.Capital)
                || (missingArticle && kind == HitKind.Actor && m.Last + 1 < text.Tokens.Count
                    && text.Tokens[m.Last + 1] is { Kind: TokenKind.Arabic } genitive && (genitive.Proclitics & Proclitics.Al) != 0 && (genitive.Proclitics & Proclitics.Wa) == 0)
                || (missingArticle && kind == HitKind.Actor && IsIndefiniteOf(text, m.Last + 1))
                || AddedArticle(text, m, kind, m.Hits)
                || (kind == HitKind.Agent && IsWeaponUsed(text, m))
                || (kind == HitKind.CountryName && QualifiesMoney(text, m)) || (kind == HitKind.CountryAdjective && NamesALanguage(text, m)) || (kind is HitKind.CountryAdjective or HitKind.CountryName && QualifiesAPlace(text, m))
                || (kind == HitKind.Capital && LocatesADefiniteNoun(text, m)))
            {
                continue;
            }

            foreach (var hit in m.Hits)
            {
                if (hit.Kind != kind)
                {
                    continue;
                }

                switch (kind)
                {
                    case HitKind.Actor:
                        var actor = _lexicon.Actors[hit.Index];
                        if (actor.Context.Count > 0 && !InContext(actor, aliases, sentenceCountries))
                        {
                            continue;
                        }

                        // «مطار حميد كرزاي», «جامعة الملك سعود», «مستشفى الملك فهد»: a person who names a place or an
                        // institution is not there as an actor.
                        if (actor.Type == "person" && NamesAPlace(text, m))
                        {
                            continue;
                        }

                        // «غارتين في منطقة الفاو», «على منطقة «الفاو»»: a name right after the noun of a settlement or
                        // district, quoted or not, is that place, not the organisation or group that shares its name.
                        if (actor.Type != "person" && (m.First - 1 is var head && IsQuote(text, head) ? head - 1 : head) is var settlementAt && settlementAt >= 0
                            && text.Tokens[settlementAt] is { Kind: TokenKind.Arabic, SuffixLength: 0 } settlement
                            && (settlement.Proclitics & Proclitics.Al) == 0 && In(SettlementHeads, text.Core(settlement)))
                        {
                            continue;
                        }

                        return new ActorMention(m.First, m.Last, start, end, actor.CodeOn(date), actor.Name, MentionKind.Named, actor.Location) { IsPerson = actor.Type == "person" };
                    case HitKind.CountryName:
                        var country = _lexicon.Countries[hit.Index];

                        // «عمّان» (Amman) and «عُمان» (Oman) differ only in their marks: a shadda the writer kept, or an
                        // article that has named the city's country and never this one, makes the homograph the city,
                        // which stands for its state's government.
                        if (m.Hits.FirstOrDefault(h => h.Kind == HitKind.Place && _lexicon.Places[h.Index].Country != country.Code && _lexicon.Places[h.Index].Type == "city") is { Kind: HitKind.Place } city
                            && (text.Original.AsSpan(start, end - start).Contains('\u0651')
                                || (aliases is not null && aliases.HasSeen(_lexicon.Places[city.Index].Country) && !aliases.HasSeen(country.Code))))
                        {
                            var place = _lexicon.Places[city.Index];
                            return new ActorMention(m.First, m.Last, start, end, place.Country + "GOV", place.Name + " (city)", MentionKind.Capital, place.Location);
                        }

                        return new ActorMention(m.First, m.Last, start, end, country.Code, country.Name, MentionKind.Country, country.Location);
                    case HitKind.Capital:
                        // «اتفاق فيينا», «مؤتمر جنيف», «محادثات القاهرة»: a capital that names an agreement, a conference or
                        // talks is where they were held, not the government that sits there.
                        if (m.First > 0 && text.Tokens[m.First - 1] is { Kind: TokenKind.Arabic } named && (named.Proclitics & Proclitics.Al) == 0
                            && named.SuffixLength == 0 && In(VenueNouns, text.Core(named)))
                        {
                            continue;
                        }

                        // «قال لـ"الرياض"», «زود «الرياض» بنسخة»: a capital alone in quotation marks is a newspaper's name.
                        if (InQuotes(text, m))
                        {
                            continue;
                        }

                        // «مسقط رأس الرئيس هادي»: «مسقط رأس» is a birthplace, not Muscat.
                        if (IsBirthplaceIdiom(text, m))
                        {
                            continue;
                        }

                        var capitalOf = _lexicon.Countries[hit.Index];
                        return new ActorMention(m.First, m.Last, start, end, capitalOf.Code + "GOV", capitalOf.Name + " (capital)", MentionKind.Capital, capitalOf.Location);
                    case HitKind.Agent:
                        // «جامعة الملك سعود», «مدينة الملك عبدالعزيز»: the title of the person a place is named after.
                        if (NamesAPlace(text, m))
                        {
                            continue;
                        }

                        // «بقيادة السعودية», «برئاسة الملك»: "led by", a preposition, not the leadership as an actor.
                        if (m.First == m.Last && (text.Tokens[m.First].Proclitics & Proclitics.Bi) != 0 && In(LedBy, text.Core(text.Tokens[m.First])))
                        {
                            continue;
                        }

                        // «رفضا من جانب مصر», «إلى جانب روسيا», «على جانب الطريق», «بجانب»: "on the part of", "alongside",
                        // "beside", prepositions, not a side as an actor.
                        if (m.First == m.Last && In(Sides, text.Core(text.Tokens[m.First]))
                            && ((text.Tokens[m.First].Proclitics & Proclitics.Bi) != 0
                                || (m.First > 0 && text.Tokens[m.First - 1].Kind == TokenKind.Arabic && In(SideGovernors, text.Core(text.Tokens[m.First - 1])))))
                        {
                            continue;
                        }

                        if (NamesSecurityAsAConcept(text, m))
                        {
                            continue;
                        }

                        // «مديرية «مشرعة وحدنان»»: a word quoted right after the bare noun of a settlement or district is its name,
                        // not an office. (Unquoted, the noun may head an office or a people: «مديرية الدفاع المدني», «مخيم
                        // للنازحين».)
                        if (m.First - 1 is var placeHead && IsQuote(text, placeHead) && placeHead - 1 is var headAt && headAt >= 0
                            && text.Tokens[headAt] is { Kind: TokenKind.Arabic, SuffixLength: 0 } district
                            && (district.Proclitics & Proclitics.Al) == 0 && In(SettlementHeads, text.Core(district)))
                        {
                            continue;
                        }

                        // «قرية الفلاحين», «حي الدبلوماسيين»: a settlement or district named after its people is a place. (Not a
                        // camp, «قصف مخيم اللاجئين» strikes the refugees; nor a directorate, «مديرية الدفاع المدني» is an office.)
                        if (m.First > 0 && text.Tokens[m.First - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } village
                            && (village.Proclitics & Proclitics.Al) == 0 && In(Villages, text.Core(village))
                            && (text.Tokens[m.First].Proclitics & Proclitics.Al) != 0)
                        {
                            continue;
                        }

                        // «تحديد المسؤولين عن الهجوم», «المسؤول عن التفجير»: those answerable for something, not officials.
                        if (m.First == m.Last && In(Answerable, text.Core(text.Tokens[m.First])) && m.Last + 1 < text.Tokens.Count
                            && text.Tokens[m.Last + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } about && text.Core(about) is "عن")
                        {
                            continue;
                        }

                        var agent = _lexicon.Agents[hit.Index];
                        return new ActorMention(m.First, m.Last, start, end, agent.Role, agent.Gloss, MentionKind.Agent, agent.Location);
                    default:
                        // The accusative singular («إيرانيا», «تونسيا») is generated for counts and for the accusative noun
                        // it agrees with («20 جنديا مصريا», «وفدا سعوديا»); elsewhere it is an adverb («المدعومة إيرانيا»).
                        if (m.First == m.Last && text.Core(text.Tokens[m.First]).EndsWith("\u064A\u0627") && !CountedPeople(text, m)
                            && !(m.First > 0 && text.Tokens[m.First - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } noun && (noun.Proclitics & Proclitics.Al) == 0
                                 && text.Core(noun) is [.., '\u0627']))
                        {
                            continue;
                        }

                        var adjOf = _lexicon.Countries[hit.Index];
                        // «اعتقال 3 سعوديين», «بحق 153 صينيا», «عشرات السوريين»: a nisba counted is people of that country.
                        return CountedPeople(text, m)
                            ? new ActorMention(m.First, m.Last, start, end, adjOf.Code + "CVL", "people (" + adjOf.Name + ")", MentionKind.Composite, adjOf.Location)
                            : new ActorMention(m.First, m.Last, start, end, adjOf.Code, adjOf.Name, MentionKind.Adjective, adjOf.Location);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// «الملازم أول رشاد قابل المغربي»: a definite nisba after one to three bare words of a name that follow a definite
    /// title (tokens <paramref name="titleFirst"/>..<paramref name="titleLast"/>) cannot agree with the name; it is the man's
    /// family name, not his country. («مسؤول كبير أمريكي» agrees throughout; «المقاومة أسرت الإيرانيين»: a plural nisba is a
    /// people, never a man's family name.)
    /// </summary>
    private static bool IsFamilyNisba(AnalyzedText text, int titleFirst, int titleLast, int nisba)
        => nisba - titleLast - 1 is >= 1 and <= 3 && (text.Tokens[nisba].Proclitics & Proclitics.Al) != 0 && (text.Tokens[titleFirst].Proclitics & Proclitics.Al) != 0
           && !IsPluralNisba(text, nisba)
           && Enumerable.Range(titleLast + 1, nisba - titleLast - 1).All(i => text.Tokens[i] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 });

    private (ActorMention Mention, int Consumed) Compose(AnalyzedText text, List<PhraseMatch> raw, int k, ActorMention agent, DateOnly? date, int limit, ArticleAliases? aliases)
    {
        var role = agent.Code;
        var consumed = 0;
        var lastToken = agent.LastToken;
        ActorMention? anchor = null;
        var j = k + 1;
        while (j < raw.Count && Gap(text, lastToken, raw[j].First) is { } gap && gap <= MaxGap)
        {
            var next = Best(text, raw[j], date, aliases) ?? PlaceInConstruct(text, raw[j], lastToken);
            if (next is null || StartsCoordination(text, raw[j].First))
            {
                break;
            }

            // «الملازم أول رشاد قابل المغربي»: the man's family name is no country of the title's.
            if (next.Kind == MentionKind.Adjective && IsFamilyNisba(text, agent.FirstToken, lastToken, raw[j].First))
            {
                break;
            }

            // «قال الوزير في المؤتمر الصحفي»: the adjective of a noun of what is said names no institution of the agent.
            if (next.Kind == MentionKind.Agent && IsAdjectiveOfSaidNoun(text, next))
            {
                break;
            }

            // «خاطفو العمال الصينيين», «منفذو الهجوم على الجنود»: what follows a perpetrator is his victim, not his institution.
            // «انتحاري في العراق»: where an unidentified attacker strikes says nothing of whose he is («انتحاري من حركة
            // طالبان» does).
            if (role == "UAF" && (next.Kind == MentionKind.Agent || (raw[j].First > lastToken + 1 && next.Kind is MentionKind.Country or MentionKind.Capital)))
            {
                break;
            }

            // «والتقى الوفد في الرياض بوزير الإعلام»: a delegation in a capital is visiting it («وفد من الجزائر» is whose).
            if (next.Kind is MentionKind.Country or MentionKind.Capital && raw[j].First - lastToken == 2 && In(Visitors, text.Core(text.Tokens[agent.FirstToken]))
                && text.Tokens[lastToken + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } visitorAt && !text.Core(visitorAt).SequenceEqual(From))
            {
                break;
            }

            // A definite noun cannot head a construct: «الجيش تركيا» is two phrases, «جيش تركيا» one.
            // Nisba adjectives agree instead («الجيش الليبي»), and ل links a genitive («الأمين العام للأمم المتحدة»).
            var head = text.Tokens[raw[j].First - 1];
            var firstOfNext = text.Tokens[raw[j].First];
            var linked = (firstOfNext.Proclitics & (Proclitics.Li | Proclitics.Bi)) != 0;

            // «السعودية», «السورية» are both a country's name and its feminine nisba: after a definite word,
            // a definite form ending in ة agrees as the adjective («الحكومة السعودية», «الخارجية السورية»).
            var agreeingNisba = (firstOfNext.Proclitics & Proclitics.Al) != 0 && raw[j].First == raw[j].Last && text.Core(firstOfNext).EndsWith("\u0629");
            if (next.Kind is MentionKind.Country or MentionKind.Capital && !linked && !agreeingNisba && (head.Proclitics & Proclitics.Al) != 0 && raw[j].First == lastToken + 1)
            {
                break;
            }

            // «قوات الأمن الداخلي ليبيا» is not one phrase: a country's name does not follow a definite word unlinked.
            if (next.Kind is MentionKind.Country or MentionKind.Capital && !Continues(text, firstOfNext) && DefiniteGap(text, lastToken, raw[j].First))
            {
                break;
            }

            // «سحبت السعودية سفيرها من السويد», «استدعاء سفيرها في طهران», «قواتها من سوريا»: an agent with a possessive
            // pronoun already has its owner; the state after «من/في/لدى» is where it serves or leaves, not whose it is.
            // («ونظيرته في بنغلادش الشيخة حسينة»: a counterpart «في» a state is that state's.)
            if (next.Kind is MentionKind.Country or MentionKind.Capital && text.Tokens[agent.LastToken].SuffixLength > 0
                && raw[j].First - lastToken == 2 && text.Tokens[lastToken + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } membership
                && In(Membership, text.Core(membership)) && !In(Counterparts, text.Core(text.Tokens[agent.FirstToken])))
            {
                break;
            }

            // «طلب النواب في مجلس الشيوخ من يوكيا أمانو»: «من» before a person names whom one asks or hears, not
            // the agent's institution («دبلوماسيون من جنوب شرق آسيا», «جنود من الجيش» are).
            if (next.Kind == MentionKind.Named && IsPerson(raw[j]) && HasWordBetween(text, lastToken, raw[j].First, From))
            {
                break;
            }

            // «هاجم مسلحون دورية عسكرية»: a sound masculine plural that keeps its ن is not in construct («مسلحو
            // الحركة» is); a noun right after it begins another phrase. «مسلحين من طالبان» links with «من».
            // Nor is a word after it its genitive: «هاجم مسلحون حافلة في تل أبيب» does not make Israeli gunmen.
            // A definite plural and a definite group name after it agree: «المقاتلين الحوثيين» is one phrase.
            var agreeing = raw[j].First == lastToken + 1 && next.Kind == MentionKind.Named
                           && (text.Tokens[agent.LastToken].Proclitics & Proclitics.Al) != 0 && (firstOfNext.Proclitics & Proclitics.Al) != 0;
            if (consumed == 0 && next.Kind is not MentionKind.Adjective && !linked && !agreeing && IsSoundMasculinePlural(text, text.Tokens[agent.LastToken])
                && (raw[j].First == lastToken + 1 || !StartsWithLink(text, lastToken + 1)))
            {
                break;
            }

            // «وهاجم متشددون نقطة تفتيش للجيش»: nor is a «ل» genitive after other words its institution; those words are
            // its object («مسلحون تابعون للجيش» links).
            if (consumed == 0 && linked && raw[j].First > lastToken + 1 && IsSoundMasculinePlural(text, text.Tokens[agent.LastToken])
                && !StartsWithLink(text, lastToken + 1) && !HasLinkWord(text, lastToken, raw[j].First))
            {
                break;
            }

            // «هاجم مسلحون قافلة عسكرية عراقية»: a feminine nisba after a gap agrees with the noun before it, not with
            // a head in the sound masculine plural, which would take «عراقيون».
            if (next.Kind == MentionKind.Adjective && raw[j].First > lastToken + 1 && IsSoundMasculinePlural(text, text.Tokens[agent.LastToken])
                && text.Core(firstOfNext).EndsWith("\u0629"))
            {
                break;
            }

            // «هدد نواب محافظون الرئيس روحاني»: a sound masculine plural that keeps its «ن» between them is an adjective, and
            // no construct runs through it; what follows is another phrase.
            if (raw[j].First > lastToken + 1 && !linked && !HasLinkWord(text, lastToken, raw[j].First)
                && Enumerable.Range(lastToken + 1, raw[j].First - lastToken - 1).Any(k => text.Tokens[k] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } bare
                                                                                        && IsSoundMasculinePlural(text, bare)))
            {
                break;
            }

            // «امرأة نفذت عمليات انتحارية»: words between two agents form a construct chain only when it ends definite
            // («رئيس هيئة أركان الجيش»); an indefinite agent after them begins another phrase.
            if (next.Kind == MentionKind.Agent && raw[j].First > lastToken + 1 && (firstOfNext.Proclitics & (Proclitics.Al | Proclitics.Li | Proclitics.Bi)) == 0
                && !HasLinkWord(text, lastToken, raw[j].First))
            {
                break;
            }

            // «وطالبت منظمة حقوقية الحكومة المصرية»: an agent that ends on its own indefinite adjective is a whole phrase;
            // an adjective heads no construct, so the agent after it is another phrase (the verb's object). («مصدر أمني
            // بوزارة الداخلية»: «ب/ل» still link it to its institution.)
            if (next.Kind == MentionKind.Agent && consumed == 0 && !linked && agent.LastToken > agent.FirstToken && raw[j].First == lastToken + 1
                && text.Tokens[agent.LastToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } last && (last.Proclitics & Proclitics.Al) == 0
                && text.Core(last) is { Length: >= 4 } lastCore && (lastCore.EndsWith("\u064A\u0629") || lastCore[^1] == '\u064A')
                && !In(ConstructHeads, lastCore) && !In(TitleNouns, text.Core(text.Tokens[agent.LastToken - 1])))
            {
                break;
            }

            // «استقبل الرئيس السفير الإيراني», «طردت الحكومة السفير», «اعتقلت الشرطة ناشطين»: an agent right after a
            // definite word is a new phrase (the verb's object), not the head's institution, which only an indefinite
            // head takes («قائد الجيش»).
            if (next.Kind == MentionKind.Agent && !linked && (head.Proclitics & Proclitics.Al) != 0 && raw[j].First == lastToken + 1)
            {
                break;
            }

            // «اعتقلت الشرطة السوري محمود درباس»: a masculine singular nisba right after a one-word head in «ة» does not agree
            // with it («الشرطة السورية» would); it begins another phrase, a man of that country. (After a construct it may
            // qualify the chain's head: «وزير الخارجية السوري».)
            if (next.Kind == MentionKind.Adjective && raw[j].First == lastToken + 1 && agent.FirstToken == agent.LastToken && agent.LastToken == lastToken
                && (head.Proclitics & Proclitics.Al) != 0 && text.Core(head).EndsWith("\u0629") && !InConstruct(text, agent.FirstToken)
                && text.Core(firstOfNext) is [.., not '\u0629', '\u064A'] nisbaCore && nisbaCore.Length >= 3)
            {
                break;
            }

            var loyalty = HasLinkWord(text, lastToken, raw[j].First) || (firstOfNext.Proclitics & Proclitics.Bi) != 0;
            consumed++;
            lastToken = raw[j].Last;
            if (next.Kind == MentionKind.Agent)
            {
                // «رئيس حكومة …», «المتحدث باسم الجيش»: in a construct chain the last agent names the institution;
                // «القوات الموالية للحكومة», «التحالف بقيادة السعودية»: a link keeps the head's role.
                // «طائرات النظام», «جنود الحكومة», «شرطة النظام»: a force of the government is still that force.
                // «عائلات الجنود», «مواطن الحكومة»: civilians of an institution are still civilians, not its members; its
                // men are its members («رجلا الأمن»).
                if (!loyalty && !(next.Code == "GOV" && role is "MIL" or "COP" or "SPY")
                    && !(role == "CVL" && text.Core(text.Tokens[agent.FirstToken]) is var headCore && !headCore.StartsWith("\u0631\u062C\u0644") && !headCore.StartsWith("\u0631\u062C\u0627\u0644")))
                {
                    role = next.Code;
                }

                j++;
                continue;
            }

            // «نائب المرشد الأعلى», «نائب خادم الحرمين»: a deputy in construct with an office holds that office's role, not a
            // member of parliament's («نائب في البرلمان» is one).
            // («نائب حزب الله» is the party's member of parliament.)
            if (role == "LEG" && agent.FirstToken == agent.LastToken && raw[j].First == agent.LastToken + 1 && !linked
                && In(Deputies, text.Core(text.Tokens[agent.FirstToken])) && next.Kind == MentionKind.Named && next.Role is { } office && office is "GOV" or "MIL" or "JUD" or "COP" or "SPY")
            {
                role = office;
            }

            anchor = next;
            break;
        }

        if (anchor is null)
        {
            // A trailing agent chain with no country: give back the matches it did not use.
            var lone = agent with { LastToken = agent.LastToken, End = agent.End, Code = role };
            return (IsFormerAfter(text, agent.LastToken, limit) ? Former(lone, text, agent.LastToken + 1) : lone, 0);
        }

        // «انفصاليون مؤيدون لروسيا», «الميليشيات الموالية لإيران»: armed men loyal to a foreign state are of the land
        // they fight in, which the words do not name; the state is their patron, not their country.
        // («الميليشيات الموالية لطرابلس»: a capital names the government they serve, of their own country.)
        var code = role == "REB" && anchor.Kind is MentionKind.Country && HasWord(text, agent.FirstToken - 1, anchor.FirstToken, PatronWords)
            ? role : CombinedCode(anchor, role);
        var name = agent.Name + " / " + anchor.Name;
        var mention = new ActorMention(agent.FirstToken, anchor.LastToken, agent.Start, anchor.End, code, name, MentionKind.Composite, anchor.Source);

        // Apposition: «الرئيس التركي رجب طيب أردوغان», «رئيس المجلس الرئاسي فايز السراج».
        if (anchor.Kind != MentionKind.Named && k + consumed + 1 < raw.Count)
        {
            var after = raw[k + consumed + 1];
            // With a title of address between them, the name must be of the office's own country: «أمير قطر الشيخ
            // تميم» is one man, «وزير الخارجية الإيطالي المشير خليفة حفتر» two.
            // Only a person is in apposition, and not one of another country: «ونظيره الأميركي نظام بشار الأسد», «الرئيس
            // اليمني القمة العربية» are two actors each.
            if (Best(text, after, date) is { Kind: MentionKind.Named } person && IsPerson(after)
                && ((IsApposed(text, anchor.LastToken, after.First) && (person.Country is null || ActorCodes.Country(code) is not { } officeCountry || officeCountry == person.Country))
                    || (IsHonorificBetween(text, anchor.LastToken, after.First) && person.Country is { } personCountry && personCountry == ActorCodes.Country(code)))
                && _lexicon.Actors.Count > 0 && !StartsCoordination(text, after.First))
            {
                mention = mention with { LastToken = person.LastToken, End = person.End, Code = person.Code, Name = person.Name, Source = person.Source };
                consumed++;
            }
        }

        if (IsFormerAfter(text, mention.LastToken, limit) || HasFormerInside(text, mention.FirstToken, mention.LastToken))
        {
            mention = Former(mention, text, mention.LastToken + (IsFormerAfter(text, mention.LastToken, limit) ? 1 : 0));
        }

        return (mention, consumed);
    }

    /// <summary>
    /// «قائد شرطة دبي», «أمير منطقة الرياض», «محافظ تعز»: an indefinite office right before a place, in construct with
    /// it, belongs to the place's country. Not across a preposition: «وزير الخارجية في القاهرة» may be a visitor.
    /// </summary>
    private ActorMention? PlaceInConstruct(AnalyzedText text, PhraseMatch m, int lastToken)
    {
        if (m.First != lastToken + 1 || (text.Tokens[lastToken].Proclitics & Proclitics.Al) != 0 || (text.Tokens[m.First].Proclitics & ~Proclitics.Al) != 0)
        {
            return null;
        }

        // A construct head drops its nunation: «قصف مسلحون مدينة زنجبار» is a subject and an object («مسلحو المدينة» would
        // be construct), and so are duals and accusatives («مسلحين», «مسلحان», «شخصا»).
        var head = text.Core(text.Tokens[lastToken]);
        if (head.EndsWith("\u0648\u0646") || head.EndsWith("\u064A\u0646") || head.EndsWith("\u0627\u0646") || head.EndsWith("\u0627"))
        {
            return null;
        }

        foreach (var hit in m.Hits)
        {
            if (hit.Kind == HitKind.Place)
            {
                var place = _lexicon.Places[hit.Index];
                return new ActorMention(m.First, m.Last, text.Tokens[m.First].Start, text.Tokens[m.Last].End, place.Country, place.Name, MentionKind.Country, place.Location);
            }
        }

        return null;
    }

    private static string CombinedCode(ActorMention anchor, string role)
    {
        switch (anchor.Kind)
        {
            case MentionKind.Named:
                var code = anchor.Code;
                var country = ActorCodes.Country(code);
                if (code.StartsWith("IGO", StringComparison.Ordinal) || country is null)
                {
                    return code;
                }

                // A person keeps his own role; a state organ lends its country to the agent's role.
                var ownRole = code.Length >= 6 ? code[3..6] : null;
                return ownRole == "GOV" && anchor.Source is not null && !IsPersonCode(code, role) ? country + role : code;
            default:
                // «الانتحاري السعودي»: an attacker whose nationality is given is no longer unidentified; «UAF» takes no
                // country (coding guide §2), so he is an armed non-state actor of it.
                return ActorCodes.Country(anchor.Code) is { } c ? c + (role == "UAF" ? "REB" : role) : anchor.Code;
        }
    }

    // Persons are coded by their own role: «المشير خليفة حفتر» is LBYMIL whatever the title says.
    private static bool IsPersonCode(string code, string role) => role is "ELI";

    /// <summary>
    /// The number of words between two matches that one noun phrase can span, or null. Only the last
    /// noun of a construct chain is definite, so an indefinite word after a definite one starts a new
    /// phrase: «طيران التحالف مواقع الحوثيين» is two phrases, «وزير الخارجية الإيطالي» one.
    /// </summary>
    private static int? Gap(AnalyzedText text, int lastToken, int nextFirst)
    {
        var gap = 0;
        // «الأصوات البرلمانية مطالبة رئيس الوزراء»: the head itself may be the definite end of its chain.
        var definite = (text.Tokens[lastToken].Proclitics & Proclitics.Al) != 0;

        // «وبحث الوزيران الأزمة السورية»: the nisbas of a definite dual follow it at once («الرئيسين المصري والروسي»);
        // one after another word qualifies that word.
        if (definite && nextFirst > lastToken + 1 && DualHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(text.Tokens[lastToken])))
        {
            return null;
        }

        for (var t = lastToken + 1; t < nextFirst; t++)
        {
            var token = text.Tokens[t];
            // «مهاجم انتحاري يشتبه أنه ينتمي للدولة الإسلامية», «مسلحون يعتقد أنهم ينتمون لتنظيم داعش»: a hedge on the
            // belonging a link word goes on to state is no word between; the agent is still the group's.
            if (t + 1 < nextFirst && token is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } && In(Hedges, text.Core(token))
                && text.Tokens[t + 1] is { Kind: TokenKind.Arabic } that && In(HedgedThat, text.Form(that)) && HasLinkWord(text, t + 1, nextFirst))
            {
                t++;
                continue;
            }

            // «ينتمون لتنظيم “داعش”», «انتحاري لـ «بي كا كا»», «منظمة غير حكومية بينها "أوكسفام"»: a quotation mark that
            // opens the patron's or the member's name after a word of belonging, a bare «ل» or «بينها/منها» is not a word
            // between. (Not otherwise: «178 شخصا كانت جماعة «بوكو حرام» تحتجزهم» is two phrases.)
            if (t == nextFirst - 1 && t > lastToken + 1 && IsQuote(text, t)
                && (HasLinkWord(text, lastToken, t) || (text.Tokens[t - 1] is { Kind: TokenKind.Arabic } opener && In(QuotedOwnerOpeners, text.Form(opener)))))
            {
                continue;
            }

            // «وطردت القوات الحكومية الاثنين الحوثيين»: a word of time ends the phrase.
            if (token.Kind != TokenKind.Arabic || (token.Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0
                || TimeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(token)))
            {
                return null;
            }

            // «إن مسلحين هاجموا حاجزا للجيش»: a verb with the plural ending «ـوا» begins the clause's predicate; the
            // agent after it is another phrase.
            if (token.SuffixLength == 0 && text.Core(token) is { Length: >= 4 } core && core.EndsWith("\u0648\u0627"))
            {
                return null;
            }

            // «وفد لزيارة اليمن», «قوات لحماية المدينة»: ل before an indefinite word states a purpose; what follows
            // is its object, not the agent's country.
            // (Not the link's own preposition: «ينتمون لتنظيم “داعش”».)
            if ((token.Proclitics & Proclitics.Li) != 0 && (token.Proclitics & Proclitics.Al) == 0
                && !(t > lastToken + 1 && text.Tokens[t - 1].Kind == TokenKind.Arabic && In(LinkWords, text.Core(text.Tokens[t - 1]))))
            {
                return null;
            }

            // «12 مدنيا في قصف للطائرات الروسية»: an act of violence in between is how the agent fared; the force after
            // it is that act's, not the agent's institution.
            if (ViolenceNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(token)))
            {
                return null;
            }

            // «اعتقال مواطنين من قبل الجيش», «على يد الشرطة»: who did it to the agent, not whose the agent is.
            if (t > lastToken + 1 && (Agency.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(token))
                                     && text.Tokens[t - 1].Kind == TokenKind.Arabic && Membership.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Form(text.Tokens[t - 1]))))
            {
                return null;
            }

            // «المتظاهرين أمام السفارة الأميركية»: a preposition of place says where the agent is, not whose it is.
            if (PlaceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(token))
                || ClauseParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Form(token)))
            {
                return null;
            }

            // «قام مسلحون بخطف وزير»: ب before an indefinite word other than a link («بقيادة»), «باسم» or a direction is a
            // verb's object; the agent after it is someone else, not the first agent's institution.
            if ((token.Proclitics & Proclitics.Bi) != 0 && (token.Proclitics & Proclitics.Al) == 0
                && !LinkWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(token))
                && !OnBehalfWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(token)))
            {
                return null;
            }

            // «المسؤولين في الحكومة الليبية», «جنود من الجيش»: membership prepositions follow a definite head.
            // Not after a participle: «القوات المدعومة من التحالف» names the backer, not the institution.
            if (definite && !Continues(text, token) && !SpokesmanLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Form(token))
                && !(t == lastToken + 1 && Membership.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Form(token))))
            {
                return null;
            }

            definite |= (token.Proclitics & Proclitics.Al) != 0;
            gap++;
        }

        return gap;
    }

    /// <summary>After a definite word: an agreeing definite adjective, a genitive with ل/ب, or a link word («بقيادة»).</summary>
    private static bool Continues(AnalyzedText text, Token token)
        => (token.Proclitics & (Proclitics.Al | Proclitics.Li | Proclitics.Bi)) != 0 || LinkWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(token));

    private static bool DefiniteGap(AnalyzedText text, int lastToken, int nextFirst)
    {
        for (var t = lastToken + 1; t < nextFirst; t++)
        {
            if ((text.Tokens[t].Proclitics & Proclitics.Al) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Nouns in «ية/ي» that head a construct («وزير خارجية نظام إيران», «مديرية أمن», «مسؤولي الحكومة»), and titles before a
    // word in «ية» that is their genitive, not their adjective («وزير داخلية الحكومة الليبية»).
    private static readonly FrozenSet<string> ConstructHeads = NormalizedForms.Of(
        "خارجية", "داخلية", "جمهورية", "مديرية", "بلدية", "ولاية", "مفوضية", "كلية", "قنصلية", "قاضي", "مفتي", "مسؤولي", "ممثلي", "موظفي", "منتسبي", "أهالي");

    private static readonly FrozenSet<string> TitleNouns = NormalizedForms.Of(
        "وزير", "وزيرة", "نائب", "رئيس", "مدير", "مساعد", "وكيل", "أمين", "قائد", "مندوب", "ممثل", "سفير", "مستشار", "محافظ");

    private static readonly FrozenSet<string> Deputies = NormalizedForms.Of("نائب", "نائبة");

    private static readonly FrozenSet<string> DualHeads = NormalizedForms.Of(
        "جانبان", "جانبين", "طرفان", "طرفين", "وزيران", "وزيرين", "رئيسان", "رئيسين", "زعيمان", "زعيمين", "قائدان", "قائدين", "عاهلان", "عاهلين", "حكومتان", "حكومتين");

    // «القوات الموالية للحكومة», «مسلحون ينتمون لتنظيم داعش»: words of belonging or loyalty that join an agent to its patron.
    private static readonly FrozenSet<string> LinkWords = NormalizedForms.Of(
        "موالية", "موالي", "موالين", "موالون", "تابعة", "تابع", "تابعين", "تابعون", "مدعومة", "مدعوم", "مدعومين", "مدعومون", "قيادة",
        "مؤيدون", "مؤيدين", "مؤيدة", "ينتمون", "منتمين", "المنتمين", "المنتمون", "محسوبون", "محسوبين", "يتبعون", "مرتبطون", "مرتبطين", "مرتبطة",
        // («انتمائهم» keeps its hamza on a seat before the pronoun.)
        "ينتمي", "تنتمي", "ينتميان", "انتماء", "انتمائ");

    // Verbs of suspicion («يشتبه أنه ينتمي …») and the «أن» that follows them.
    private static readonly FrozenSet<string> Hedges = NormalizedForms.Of("يشتبه", "يعتقد", "يرجح", "يظن", "يحتمل");

    private static readonly FrozenSet<string> HedgedThat = NormalizedForms.Of(
        "أنه", "أنها", "أنهم", "أنهما", "بأنه", "بأنها", "بأنهم", "بأنهما", "في");

    // Words right before a quoted name that tie it to the phrase before: «انتحاري لـ «…»», «منظمات بينها "…"».
    private static readonly FrozenSet<string> QuotedOwnerOpeners = NormalizedForms.Of("ل", "لـ", "بينها", "بينهم", "منها", "منهم", "ومنها", "وبينها");

    // The link words that name a patron, not an owner («تابعة», «ينتمون» do).
    private static readonly FrozenSet<string> PatronWords = NormalizedForms.Of(
        "موالية", "موالي", "موالين", "موالون", "مدعومة", "مدعوم", "مدعومين", "مدعومون", "مؤيدون", "مؤيدين", "مؤيدة");

    /// <summary>The last token of «آل X» right after a name ending at <paramref name="last"/>, or null.</summary>
    private static int? FamilyName(AnalyzedText text, int last, int limit)
    {
        // «الملك سلمان بن عبد العزيز آل سعود»: a patronymic («بن/بنت» and a name, «عبد» and its genitive) and the house
        // («آل» and a name) go on with the name.
        var at = last;
        while (at + 2 < limit && text.Tokens[at + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } link
               && text.Tokens[at + 2] is { Kind: TokenKind.Arabic, PrefixLength: 0 } name)
        {
            var word = text.OriginalOf(link);
            if (word == "\u0622\u0644" && (name.Proclitics & Proclitics.Al) == 0)
            {
                return at + 2;
            }

            if (word is not ("\u0628\u0646" or "\u0628\u0646\u062A"))
            {
                break;
            }

            at += 2;
            // «بن عبد العزيز», «بن عبد الله»: «عبد» takes the name after it.
            if (text.OriginalOf(name) == "\u0639\u0628\u062F" && at + 1 < limit && text.Tokens[at + 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } servant
                && (servant.Proclitics & ~Proclitics.Al) == 0 && (servant.Proclitics & Proclitics.Al) != 0)
            {
                at++;
            }
        }

        return at > last ? at : null;
    }

    private bool IsPerson(PhraseMatch match) => match.Hits.Any(h => h.Kind == HitKind.Actor && _lexicon.Actors[h.Index].Type == "person");

    private static bool HasWordBetween(AnalyzedText text, int from, int to, string word)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (text.Tokens[t].Kind == TokenKind.Arabic && text.Core(text.Tokens[t]).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string From = NormalizedForms.Of("من").Single();

    // «نظيره», «نظيرته», «نظراؤه» as the clitic-free core leaves them.
    private static readonly FrozenSet<string> Counterparts = NormalizedForms.Of("نظير", "نظيرة", "نظيرت", "نظراء");

    // Plural and dual heads of an office, as the clitic-free core leaves them.
    private static readonly FrozenSet<string> PluralOffices = NormalizedForms.Of("وزراء", "وزيرا", "وزيري", "قادة", "رؤساء", "رئيسا", "رئيسي", "زعماء", "زعيما", "زعيمي",
        "سفراء", "سفيرا", "سفيري", "ممثلو", "ممثلي", "مندوبو", "مندوبي", "حكومات", "حكومتا", "حكومتي", "وفود", "وفدا", "وفدي", "برلمانات", "جيوش", "جيشا", "جيشي");

    // Members of a list: right after the last one, or after the comma that ends it.
    private static bool CountryListGap(AnalyzedText text, int lastToken, int next)
        => next == lastToken + 1
           || (next == lastToken + 2 && text.Tokens[lastToken + 1].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[lastToken + 1].NormStart] is ',' or '،');

    // «طالبت الحكومة اليمنية الميليشيات الانقلابية»: plurals of armed or ruling bodies, which no one bears as a title.
    private static readonly FrozenSet<string> Bodies = NormalizedForms.Of("ميليشيات", "مليشيات", "ميلشيات", "قوات", "جماعات", "عصابات", "سلطات");

    // «دعا وزير البيئة محمد المشنوق البلديات», «دعا الرئيس اللبناني الجيش»: an institution is not a title of the one
    // named before it; it begins the next phrase, the verb's object.
    private static readonly FrozenSet<string> Institutions = NormalizedForms.Of("جيش", "شرطة", "حكومة", "بلديات", "برلمان", "وزارة", "أجهزة");

    // Plurals of people a masculine plural after them may qualify («قادة طالبان المعارضين للتفاوض»).
    private static readonly FrozenSet<string> PluralHeads = NormalizedForms.Of("قادة", "زعماء", "أعضاء", "عناصر", "مقاتلي", "مقاتلو", "مسؤولي", "مسؤولو",
        "ممثلي", "ممثلو", "رجال", "أفراد", "جنود", "مسلحي", "مسلحو", "وزراء", "نواب", "سفراء", "ضباط", "شيوخ", "وجهاء");

    // «طالب حزب الدعوة الكتل النيابية»: nor are the many bodies of a kind right after it (blocs, factions, councils,
    // committees, unions). After a comma they stay out of the list of actors, as before: «دعت الأمانة العامة للجامعة،
    // منظمات المجتمع المدني» has them as the object the coder would otherwise read as a second subject.
    private static readonly FrozenSet<string> PluralBodies = NormalizedForms.Of("كتل", "فصائل", "حكومات", "مجالس", "لجان", "نقابات", "أحزاب", "هيئات", "منظمات");

    /// <summary>
    /// A plural right after an actor that begins the verb's object rather than a title in apposition: a body of a kind
    /// («طالب حزب الدعوة الكتل النيابية»), or a masculine plural, no title of one man («واتهم الرئيس اليمني المتمردين»;
    /// after a plural of people it may qualify them: «قادة طالبان المعارضين للتفاوض» are the leaders who oppose).
    /// </summary>
    private static bool BeginsObject(AnalyzedText text, ActorMention mention, in Token next)
        => In(PluralBodies, text.Core(next))
           // «دعت السلطات الإيرانية مواطنيها»: a noun with a possessive pronoun points back to someone already named; it
           // is no title of the name right before it.
           || next.SuffixLength > 0
           || (IsSoundMasculinePlural(text, next) && !In(PluralHeads, text.Core(text.Tokens[mention.FirstToken])) && !IsSoundMasculinePlural(text, text.Tokens[mention.FirstToken]));

    private static bool HasLinkWord(AnalyzedText text, int from, int to) => HasWord(text, from, to, LinkWords);

    private static bool HasWord(AnalyzedText text, int from, int to, FrozenSet<string> words)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (text.Tokens[t].Kind == TokenKind.Arabic && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Core(text.Tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nothing, or a single comma, stands between the two: «رئيس حكومة طرابلس، فايز السراج».</summary>
    private static bool IsApposed(AnalyzedText text, int lastToken, int nextFirst)
        => nextFirst == lastToken + 1
           || (nextFirst == lastToken + 2 && text.Tokens[lastToken + 1].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[lastToken + 1].NormStart] == ',');

    // Titles of address between an office and its holder's name: «أمير دولة قطر الشيخ تميم بن حمد».
    private static readonly FrozenSet<string> Honorifics = NormalizedForms.Of("الشيخ", "شيخ", "السيد", "الأمير", "الملك", "السلطان", "الدكتور", "المهندس", "الفريق", "اللواء", "العميد", "المشير", "العقيد", "الجنرال", "الأميرة", "السيدة");

    /// <summary>One title of address, and nothing else, stands between the two.</summary>
    private static bool IsHonorificBetween(AnalyzedText text, int lastToken, int nextFirst)
        => nextFirst == lastToken + 2 && text.Tokens[lastToken + 1].Kind == TokenKind.Arabic
           && Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.Form(text.Tokens[lastToken + 1]));

    private static bool StartsCoordination(AnalyzedText text, int token)
        => (text.Tokens[token].Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0;

    // «الميليشيات الحوثية والمخلوع»: after «و» the word is a second actor (Saleh), not an adjective.
    private static bool IsFormerAfter(AnalyzedText text, int lastToken, int limit)
        => lastToken + 1 < limit && text.Tokens[lastToken + 1].Kind == TokenKind.Arabic
           && (text.Tokens[lastToken + 1].Proclitics & ~Proclitics.Al) == Proclitics.None
           && FormerMarkers.Contains(text.Core(text.Tokens[lastToken + 1]).ToString());

    private static bool HasFormerInside(AnalyzedText text, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (text.Tokens[t].Kind == TokenKind.Arabic && FormerMarkers.Contains(text.Core(text.Tokens[t]).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static ActorMention Former(ActorMention mention, AnalyzedText text, int lastToken)
    {
        var country = ActorCodes.Country(mention.Code);
        var code = country is null ? "ELI" : country + "ELI";
        return mention with { Code = code, LastToken = lastToken, End = text.Tokens[lastToken].End };
    }
}
