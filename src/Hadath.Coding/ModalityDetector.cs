using System.Collections.Frozen;
using Hadath.Text;
using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;
using Hadath.Text.Tokenization;

namespace Hadath.Coding;

/// <summary>
/// Reads the modality of a trigger from the words before it in its clause (coding guide §1):
/// negation (لم، لن، لا، ما، غير، عدم، نفى), possibility (احتمال، قد + imperfect، ربما، يمكن، إمكانية),
/// conditionals (إذا، لو، في حال، عندما + imperfect), prevention and averting (منع، حظر، أحبط، ردع، تفادي، لصد), fear (يخشى، مخاوف),
/// plans and plots (خطة، مؤامرة، يخطط), options (خيار، سيناريو), obligation (يتعين، يجب، ينبغي، ضرورة), speculation (يبدو أن، يتوقع، من المرجح) and the future
/// (سـ on the verb, سوف); an event noun after «أي» («أي هجوم») is hypothetical. A clause boundary (a comma, «و» before a verb, a new reporting verb)
/// stops the search, so «لم» in one clause does not negate the next.
/// </summary>
public sealed class ModalityDetector
{
    private const int Window = 4;
    private const int SpeculationWindow = 8;
    private const int LongSpeculation = 20;
    private readonly FrozenSet<string> _negation;
    private readonly FrozenSet<string> _adjacentNegation;
    private readonly FrozenSet<string> _verbNegation;
    private readonly FrozenSet<string> _nounNegation;
    private readonly FrozenSet<string> _possibility;
    private readonly FrozenSet<string> _conditional;
    private readonly FrozenSet<string> _terms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _conditionalSpans;
    private readonly FrozenSet<string> _speculation;
    private readonly FrozenSet<string> _signs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _signLinks;
    private readonly FrozenSet<string> _predictions;
    private readonly FrozenSet<string> _denial;
    private readonly FrozenSet<string> _scheduled;
    private readonly FrozenSet<string> _anyOf;
    private readonly FrozenSet<string> _undergo;
    private readonly FrozenSet<string> _possibleAfter;
    private readonly FrozenSet<string> _expectedAfter;
    private readonly FrozenSet<string> _desire;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _preparing;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _rangeOpeners;
    private readonly string _reaching;
    private readonly FrozenSet<string> _proposal;
    private readonly FrozenSet<string> _supposing;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _supposingForms;
    private readonly string _or;
    private readonly FrozenSet<string> _onset;
    private readonly string _before;
    private readonly FrozenSet<string> _prevention;
    private readonly FrozenSet<string> _obligation;
    private readonly FrozenSet<string> _fear;
    private readonly FrozenSet<string> _fearNouns;
    private readonly FrozenSet<string> _fearComplement;
    private readonly FrozenSet<string> _causes;
    private readonly FrozenSet<string> _plans;
    private readonly FrozenSet<string> _averting;
    private readonly FrozenSet<string> _repelling;
    private readonly FrozenSet<string> _whenever;
    private readonly FrozenSet<string> _kana;
    private readonly FrozenSet<string> _pastKana;
    private readonly FrozenSet<string> _cessation;
    private readonly FrozenSet<string> _habitual;
    private readonly FrozenSet<string> _always;
    private readonly string _ma;
    private readonly FrozenSet<string> _attempt;
    private readonly FrozenSet<string> _difficulty;
    private readonly string _fi;
    private readonly FrozenSet<string> _innocent;
    private readonly FrozenSet<string> _undergoTimes;
    private readonly FrozenSet<string> _hope;
    private readonly string _hopeNoun;
    private readonly FrozenSet<string> _abilityNouns;
    private readonly string _hal;
    private readonly FrozenSet<string> _campaigns;
    private readonly FrozenSet<string> _launching;
    private readonly string _min;
    private readonly string _qad;
    private readonly string _sawfa;

    public ModalityDetector(ArabicNormalizer normalizer)
    {
        FrozenSet<string> Set(params string[] words) => words.Select(w => normalizer.Normalize(w)).ToFrozenSet(StringComparer.Ordinal);
        _negation = Set("لم", "لن", "ليس", "ليست", "لسنا");
        _adjacentNegation = Set("لا");
        _verbNegation = Set("ما");
        _nounNegation = Set("غير", "عدم", "دون");
        // «ثمة خيار آخر يتمثل في شن ضربات جوية»: an option or a scenario is weighed, not done.
        // «نستطيع منع عبور القناة», «بإمكانها شن هجوم»: what one is able to do is not reported as done («استطاع»,
        // «تمكن» in the perfect report it, so only the imperfect and the nouns of ability are here).
        _possibility = Set("احتمال", "احتمالات", "ربما", "يمكن", "إمكانية", "امكانية", "محتمل", "محتملة", "قد_", "خيار", "خيارات", "سيناريو", "سيناريوهات",
            "يستطيع", "تستطيع", "نستطيع", "أستطيع", "يستطيعون", "قادر", "قادرة", "قادرون", "قادرين");
        // «بإمكانها», «بوسعه», «بمقدور»: the noun of ability after «ب», whose pronoun the segmenter takes off.
        _abilityNouns = Set("إمكان", "وسع", "مقدور");
        // «تخشى تعرضها لهجمات», «مخاوف من اندلاع اشتباكات»: what is feared has not happened (coding guide §1).
        // («نشرت الشرطة تعزيزات تحسبا من اشتباكات»: what one guards against has not happened.)
        _fear = Set("خشية", "خشي", "خشيت", "يخشى", "تخشى", "يخشون", "نخشى", "يخاف", "تخاف", "يخافون", "تحسبا", "مخافة");
        // Nouns of fear govern what follows «من» or «أن» («مخاوف من اندلاع»), not what caused the fear («مخاوفهم الناتجة عن الاتفاق»).
        _fearNouns = Set("مخاوف", "تخوف", "تخوفات", "خوفا", "خوف");
        _fearComplement = Set("من", "أن", "ان");
        // ... unless the feared thing is named as the cause or the time of something else («مخاوف من الانتقام بعد مقتل»).
        _causes = Set("بعد", "إثر", "عقب", "جراء", "بسبب", "سبب", "نتيجة", "منذ", "الناتجة", "الناجمة", "ناتجة", "ناجمة", "الناتج", "الناجم");
        // «مؤامرة لخطف», «يخطط لخروج مظاهرات», «التحضير لهجوم»: a plot or a plan is an aim, not an act.
        // «في نية المسلحين تفجير», «بصدد شن هجوم», «استعدادا لشن عملية», «ذريعة لتنفيذ المداهمات», «أوامر بإطلاق النار»:
        // an intention, a preparation, a pretext or an order is for an act still to come.
        _plans = Set("مؤامرة", "مؤامرات", "مخطط", "مخططات", "تخطيط", "يخطط", "تخطط", "يخططون", "خطط", "خططت", "خطة", "تحضير", "التحضير", "تدبير", "يدبر",
            "نية", "بصدد", "صدد", "استعدادا", "تمهيدا", "ذريعة", "ذرائع", "الذرائع", "أوامر", "تعليمات",
            // «على الداعين إلى تنظيم مظاهرات تقديم علم وخبر»: what those calling for it call for has not happened.
            "الداعين", "الداعون", "داعين", "الداعية",
            // «قررت السماح بشن ضربات جوية»: an act permitted is not yet done.
            "السماح", "سماح");
        // «لردع أي هجوم», «لتفادي الاشتباك», «الحيلولة دون وقوع احتجاجات»: deterring or averting an act means it did not happen.
        _averting = Set("ردع", "تفادي", "تفادى", "تجنب", "حيلولة", "الحيلولة", "تفاديا", "تجنبا", "درءا");
        // «لصد هجوم»: repelling as an aim (with ل) is of an attack that may come; «صدت القوات هجوما» reports one.
        _repelling = Set("صد", "التصدي", "تصدي");
        // «عندما تنفذ عمليتها», «كلما يهاجم»: an imperfect after «عندما» is a habit or a hypothesis, not a report.
        _whenever = Set("عندما", "حينما", "كلما", "متى", "حين");
        _kana = Set("كان", "كانت", "كانوا", "يكون", "تكون");
        _pastKana = Set("كان", "كانت", "كانوا");
        // «وقف إطلاق الصواريخ», «إيقاف القصف», «تأجيل زيارة ظريف»: the act a stop, a delay or a cancellation is
        // asked or made for is not reported by it.
        _cessation = Set("وقف", "إيقاف", "ايقاف", "توقف", "توقيف", "تأجيل", "إرجاء", "إلغاء", "الغاء", "غاء", "تعليق");
        _habitual = Set("عادة", "غالبا", "كثيرا", "دائما", "نادرا", "أحيانا");
        _always = Set("دائما", "دوما", "باستمرار");
        _ma = normalizer.Normalize("ما");
        // «أثناء محاولتهم إطلاق صواريخ»: an attempted act did not take place («محاولة اغتيال» is its own event, 185).
        _attempt = Set("محاولة", "محاولت", "محاولات", "حاول", "حاولت", "حاولوا", "يحاول", "تحاول", "يحاولون");
        // «وجدت المقاومة صعوبات في اقتحامها»: an act one finds hard to do is not yet done either (not «بصعوبة», with
        // difficulty, nor «صعوبة المواجهات», how hard they were).
        _difficulty = Set("صعوبة", "صعوبات");
        _fi = normalizer.Normalize("في");
        // «التيار الصدري بريء من اختطافهم»: declaring someone innocent of an act denies they did it.
        _innocent = Set("بريء", "بريئة", "براء", "براءة", "بريئون", "بريئين", "أبرياء");
        _min = normalizer.Normalize("من");
        _conditional = Set("إذا", "لو", "حال", "لولا", "حالة");
        _terms = Set("مقابل", "شريطة", "بشرط", "شرط", "لقاء");
        _conditionalSpans = _conditional.GetAlternateLookup<ReadOnlySpan<char>>();
        // Predictions and rumours: «وتوقع أن تلجأ إسرائيل الى شن», «تكهن بتحول البلد الى ميدان معركة», «حسب شائعة فإن دبابة أطلقت».
        _speculation = Set("يبدو", "يتوقع", "متوقع", "المتوقع", "مرجح", "المرجح", "يعتقد", "يرجح", "يتوقعون", "توقعات",
            "توقع", "توقعت", "تكهن", "يتكهن", "تكهنات", "تنبأ", "يتنبأ", "الأرجح", "أرجح", "شائعة", "شائعات", "إشاعة", "إشاعات", "يشاع", "أشيع");
        // «هناك مؤشرات على أن وكالة مخابرات روسية هي التي نفذت الهجوم»: signs that an act was done are no report of it
        // (only with «على/إلى أن» after them: «تراجعت مؤشرات البورصة» and «عثرت على دلائل تؤكد» are other things).
        _signs = Set("مؤشرات", "مؤشر", "دلائل", "دليل", "قرائن");
        _signLinks = Set("على", "إلى").GetAlternateLookup<ReadOnlySpan<char>>();
        // Only a prediction reaches past eight words: «يعتقد» is as often a hedge on a name («طائرات يعتقد أنها تابعة
        // للتحالف قصفت …») as on the act, and «توقع» is also «تُوقِّع» (signs: «لم توقع أي اتفاق، ولكنها ناقشت»).
        _predictions = Set("يتوقع", "يتوقعون", "توقعت", "تكهن", "يتكهن", "تنبأ", "يتنبأ");
        // «يتعين أن تتعاون الولايات المتحدة», «يجب أن تنسحب»: what must or should be done is not yet done.
        // («ما زال مطلوبا مصادقة الاتحاد الأوروبي»: what is still required; only the predicate's accusative, as «مطلوب» is
        // also a wanted man.)
        _obligation = Set("يتعين", "يجب", "ينبغي", "يتوجب", "لابد", "يفترض", "المفترض", "مفترض", "وجوب", "ضرورة", "مطلوبا");
        _denial = Set("نفى", "نفت", "ينفي", "تنفي", "نفي");
        // «تستعد قوات المقاومة للبدء في معركة فك الحصار», «استعدادا لهجوم»: what one prepares for is still to come; so is
        // the goal one works towards («وصولا إلى تحريرها», «سعيا لاستعادة المدينة»).
        _preparing = Set("يستعد", "تستعد", "يستعدون", "استعد", "استعدت", "استعدوا", "استعدادا", "يتأهب", "تتأهب", "يتأهبون", "تأهبا", "تتهيأ", "يتهيأ", "وصولا", "سعيا").GetAlternateLookup<ReadOnlySpan<char>>();
        _reaching = normalizer.Normalize("وصولا");
        _rangeOpeners = Set("بدءا", "ابتداء", "ابتداءا", "انطلاقا", "مرورا").GetAlternateLookup<ReadOnlySpan<char>>();
        _scheduled = Set("مقرر", "مقررة", "يعتزم", "تعتزم", "ينوي", "تنوي", "يزمع", "تزمع", "يرتقب", "مرتقب", "مرتقبة");
        _anyOf = Set("أي", "أية", "أيّ", "لأي", "لأية");
        // Adjectives after an event noun that make it a possibility or an expectation: «اعتداءات محتملة», «الهجوم المرتقب».
        _possibleAfter = Set("محتمل", "محتملة", "المحتمل", "المحتملة", "محتملين");
        _expectedAfter = Set("مرتقب", "مرتقبة", "المرتقب", "المرتقبة", "متوقع", "متوقعة", "المتوقع", "المتوقعة", "وشيك", "وشيكة", "الوشيك", "الوشيكة", "مزعوم", "مزعومة", "المزعوم", "المزعومة", "مفترض", "المفترض", "المفترضة");
        // «من يريدون قتلي», «أراد اغتياله»: what someone wants done is not done.
        // «لمنعهم من الاحتجاج», «أحبطت الشرطة هجوما», «منعت قوات الأمن تظاهرة»: what was prevented or foiled did not happen.
        _prevention = Set("منع", "يمنع", "تمنع", "منعت", "منعوا", "يمنعون", "منعا", "حظر", "يحظر", "تحظر", "حظرت", "أحبط", "أحبطت", "يحبط", "تحبط", "أحبطوا", "إحباط");
        _or = normalizer.Normalize("أو");
        // (Not «فرض», imposed: «فرض الجيش الطوق».)
        _supposing = Set("فرضنا", "افترضنا", "لنفترض", "لنفرض", "افترض", "يفترض", "نفترض", "افتراض", "بافتراض", "فرضية");
        _supposingForms = _supposing.GetAlternateLookup<ReadOnlySpan<char>>();
        // «اقترح أن تترك جبهة قتال مفتوحة بين إيران وتنظيم داعش»: what is proposed has not happened.
        _proposal = Set("اقترح", "اقترحت", "اقترحوا", "يقترح", "تقترح", "يقترحون", "نقترح", "أقترح");
        // «قبل بدء جولة جديدة من محادثات السلام»: what is about to begin is still to come.
        _onset = Set("بدء", "بداية", "انطلاق", "انطلاقة", "انعقاد", "افتتاح", "استئناف");
        _before = normalizer.Normalize("قبل");
        _desire = Set("يريد", "تريد", "يريدون", "أراد", "أرادت", "أرادوا", "يرغب", "ترغب", "يرغبون", "رغبة", "يود", "تود", "يعتزم", "تعتزم", "يعتزمان", "تعتزمان", "يعتزمون", "ينوي", "تنوي", "ينويان", "تنويان", "ينوون", "يزمع", "تزمع");
        // Verbs whose object takes «ل»: what follows them happened («تعرضت لقصف», «أدى لمقتل»).
        // «نجا من محاولة اغتيال»: what one survived happened too.
        _undergo = Set("تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "تعرضا", "أدى", "أدت", "يؤدي", "تؤدي", "أفضى", "أفضت", "نجا", "نجت", "نجوا", "ينجو", "تنجو");
        _undergoTimes = Set(TimeWords.Forms);
        // «أمل» alone is also a name («حركة أمل»): only with a pronoun («أمله») or as a verb.
        // «آمل» and «آملا» normalise to «أمل», so only the other forms are here; the segmenter may take the pronoun off
        // «أملهم» too, so the noun is also its core with an enclitic.
        _hope = Set("يأمل", "تأمل", "نأمل", "يأملون", "آملين", "متمنيا", "يتمنى", "تتمنى", "أمله", "أملها", "أملهم", "أملنا", "أملي");
        _hopeNoun = normalizer.Normalize("أمل");
        _campaigns = Set("حملة", "حملات", "عملية", "عمليات");
        _launching = Set("أطلق", "أطلقت", "أطلقوا", "شن", "شنت", "شنوا", "بدأ", "بدأت", "بدأوا", "نفذ", "نفذت", "نفذوا", "يشن", "تشن", "تطلق", "يطلق", "تنفذ", "ينفذ");
        _hal = normalizer.Normalize("هل");
        _qad = normalizer.Normalize("قد");
        _sawfa = normalizer.Normalize("سوف");
    }

    /// <summary>
    /// Whether a verb whose «ل» object happened stands within four words before <paramref name="trigger"/>, its
    /// subject between them («تعرضت لقصف», «تعرضت المدينة لقصف»).
    /// </summary>
    public bool FollowsUndergoVerb(AnalyzedText text, int sentenceFirst, int trigger) => UndergoVerbBefore(text, sentenceFirst, trigger) is not null;

    /// <summary>
    /// «أطلقت تركيا حملة جوية لقصف مواقع داعش», «شن الجيش عملية عسكرية لطرد المسلحين»: the masdar after «ل» right after a
    /// campaign or an operation that was launched says what that campaign does; launching it is doing it.
    /// </summary>
    public bool FollowsLaunchedCampaign(AnalyzedText text, int sentenceFirst, int trigger) => LaunchingVerbBefore(text, sentenceFirst, trigger) is not null;

    /// <summary>The verb that launched the campaign whose «ل» masdar stands at <paramref name="trigger"/>, or null.</summary>
    public int? LaunchingVerbBefore(AnalyzedText text, int sentenceFirst, int trigger)
    {
        var campaigns = _campaigns.GetAlternateLookup<ReadOnlySpan<char>>();
        var launching = _launching.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = trigger - 1;
        // One adjective may follow the campaign («حملة جوية», «عملية عسكرية واسعة» takes two).
        for (var adjectives = 0; at > sentenceFirst && adjectives < 2 && text.Tokens[at] is { Kind: TokenKind.Arabic, PrefixLength: 0 } adjective
                                  && !campaigns.Contains(text.Core(adjective)); adjectives++)
        {
            at--;
        }

        if ((text.Tokens[trigger].Proclitics & Proclitics.Li) == 0 || at <= sentenceFirst
            || text.Tokens[at] is not { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } campaign || !campaigns.Contains(text.Core(campaign)))
        {
            return null;
        }

        for (var i = at - 1; i >= sentenceFirst && i >= at - 5; i--)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (tok.Kind == TokenKind.Arabic && (tok.Proclitics & (Proclitics.Sa | Proclitics.Li | Proclitics.Al)) == 0 && launching.Contains(text.Core(tok)))
            {
                return i == sentenceFirst || !IsNegation(text, i - 1) ? i : null;
            }
        }

        return null;
    }

    private bool IsNegation(AnalyzedText text, int at)
        => text.Tokens[at] is { Kind: TokenKind.Arabic } tok && (_negation.Contains(text.Core(tok).ToString()) || _adjacentNegation.Contains(text.Core(tok).ToString()));

    /// <summary>«قد», normalised.</summary>
    public string Qad => _qad;

    /// <summary>Whether the word at <paramref name="index"/> opens a condition («إذا», «لو», «حال», «حالة», «لولا»).</summary>
    public bool IsConditional(AnalyzedText text, int index)
        => text.Tokens[index] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word && _conditionalSpans.Contains(text.Core(word));

    /// <summary>Whether a word of obligation («يتعين», «يجب», «ينبغي») stands within four words before <paramref name="trigger"/>.</summary>
    public bool FollowsObligation(AnalyzedText text, int sentenceFirst, int trigger)
    {
        var obligation = _obligation.GetAlternateLookup<ReadOnlySpan<char>>();
        return ClauseScan.WordBefore(text, trigger, sentenceFirst, 4, t => obligation.Contains(text.Core(t))) is not null;
    }

    /// <summary>The position of the verb of <see cref="FollowsUndergoVerb"/>, or null.</summary>
    public int? UndergoVerbBefore(AnalyzedText text, int sentenceFirst, int trigger)
    {
        var undergo = _undergo.GetAlternateLookup<ReadOnlySpan<char>>();
        var times = _undergoTimes.GetAlternateLookup<ReadOnlySpan<char>>();

        // «تعرض قيادي في حركة حماس هو وكيل وزارة النقل الفلسطينية الثلاثاء، للخطف»: the subject, in apposition,
        // and a time may stand between; a comma only after the time, and «و» starts another clause.
        for (var (i, words) = (trigger - 1, 0); i >= sentenceFirst && words < 12; i--)
        {
            var t = text.Tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (text.Normalized[t.NormStart] is not (',' or '\u060C') || i == sentenceFirst || text.Tokens[i - 1].Kind != TokenKind.Arabic || !times.Contains(text.Core(text.Tokens[i - 1])))
                {
                    return null;
                }

                continue;
            }

            if (t.Kind != TokenKind.Arabic)
            {
                continue;
            }

            words++;
            if (undergo.Contains(text.Core(t)))
            {
                return i;
            }

            // «تعرض الرئيس لانتقادات … بسبب تردده في إرسال قوات لقصف مواقع»: an earlier «ل» word is the verb's object;
            // the trigger is further off, in another phrase.
            if ((t.Proclitics & Proclitics.Li) != 0 && words > 1)
            {
                return null;
            }

            if ((t.Proclitics & Proclitics.Wa) != 0 && words > 1)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A modal adjective among the two words after an event noun («هجوم ألماني محتمل», «الهجوم التركي المرتقب»).</summary>
    private Modality? AdjectiveAfter(AnalyzedText text, int trigger)
    {
        for (var i = trigger + 1; i < text.Tokens.Count && i <= trigger + 3; i++)
        {
            var t = text.Tokens[i];
            if (t.Kind != TokenKind.Arabic)
            {
                return null;
            }

            var core = text.Form(t).ToString();
            if (_possibleAfter.Contains(core))
            {
                return Modality.Possible;
            }

            if (_expectedAfter.Contains(core))
            {
                return Modality.Speculative;
            }
        }

        return null;
    }

    public Modality Detect(AnalyzedText text, int sentenceFirst, int trigger, bool nominal = false)
    {
        var token = text.Tokens[trigger];
        if ((token.Proclitics & Proclitics.Sa) != 0)
        {
            return Modality.Future;
        }

        // ل of purpose before a masdar or an imperfect («خطط لشن ضربات», «أرسل قوات ليقصف»): an aim, not an act.
        if ((token.Proclitics & Proclitics.Li) != 0 && (token.Proclitics & Proclitics.Al) == 0 && (nominal || IsImperfect(text, token))
            && !FollowsUndergoVerb(text, sentenceFirst, trigger) && !FollowsLaunchedCampaign(text, sentenceFirst, trigger))
        {
            return Modality.Intended;
        }

        if (nominal && AdjectiveAfter(text, trigger) is { } modal)
        {
            return modal;
        }

        if (trigger > sentenceFirst && text.Tokens[trigger - 1].Kind == TokenKind.Arabic && _desire.Contains(text.Core(text.Tokens[trigger - 1]).ToString()))
        {
            return Modality.Intended;
        }

        // Speculation governs the whole rest of the sentence: «ويبدو أن روسيا ستنضم». Past the words the other
        // frames below reach, a prediction still governs the rest of its clause («تكهن … بتحول البلد الى ميدان معركة بين
        // ايران والولايات المتحدة»), up to the first punctuation mark.
        var punctuated = false;
        for (var i = trigger - 1; i >= sentenceFirst && i >= trigger - LongSpeculation; i--)
        {
            var t = text.Tokens[i];
            punctuated |= t.Kind == TokenKind.Punctuation;
            if (punctuated && trigger - i > SpeculationWindow)
            {
                break;
            }

            if (t.Kind != TokenKind.Arabic)
            {
                continue;
            }

            var core = text.Core(t).ToString();
            if (trigger - i > SpeculationWindow)
            {
                if (_predictions.Contains(core))
                {
                    return Modality.Speculative;
                }

                continue;
            }

            // «هل هو حقا وراء اغتيال وقتل مئات الكوادر»: a question asks whether an act happened, with or without «؟».
            if (_speculation.Contains(core) || (core == _hal && t.PrefixLength == 0)
                || (_signs.Contains(core) && i + 2 < trigger && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } on && _signLinks.Contains(text.Core(on))
                    && text.Tokens[i + 2] is { Kind: TokenKind.Arabic } that && text.Core(that) is "\u0623\u0646" or "\u0627\u0646"))
            {
                return Modality.Speculative;
            }

            if (_denial.Contains(core)
                || (_innocent.Contains(core) && trigger - i <= 3 && i + 1 < trigger && text.Tokens[i + 1].Kind == TokenKind.Arabic && text.Form(text.Tokens[i + 1]).SequenceEqual(_min)))
            {
                return Modality.Negated;
            }

            if (_obligation.Contains(core) && trigger - i <= 4)
            {
                return Modality.Intended;
            }

            // «خشية تسرب الخبر إعلاميا وتعرض الرئيس الانتقالي لمحاولة اغتيال»: within the loop's eight words, what is feared runs on to the end of its
            // clause, through the acts joined to it.
            if ((_fear.Contains(core) || (_fearNouns.Contains(core) && FearComplementAfter(text, i, trigger)))
                && (trigger - i <= 6 || !PunctuationBetween(text, i, trigger)) && !AnyBetween(text, i, trigger, _causes))
            {
                return Modality.Possible;
            }

            // «من المقرر أن يبحث», «يعتزم زيارة»: a scheduled or intended act is an announced intention.
            if (_scheduled.Contains(core) && trigger - i <= 4)
            {
                return Modality.Future;
            }

            // (Not the end of a range, «بدءا من تحرير عدن وصولا إلى لقاء الوزيرين»: both ends happened.)
            // (Whole forms: the core of «وصولا» drops the accusative's alif and would be «وصول», an arrival.)
            if ((_preparing.Contains(core) || _preparing.Contains(text.Form(t))) && trigger - i <= 6 && !PunctuationBetween(text, i, trigger)
                && !((core == _reaching || text.Form(t).SequenceEqual(_reaching)) && RangeOpensBefore(text, i, sentenceFirst)))
            {
                return Modality.Future;
            }

            // «من دون تأكيد هذه الأرقام أو نفيها»: «دون/غير/عدم» negate a noun joined to the one after them by «أو» too.
            if (nominal && _nounNegation.Contains(core) && trigger - i <= 6 && trigger - 1 > i + 1 && !PunctuationBetween(text, i, trigger)
                && text.Tokens[trigger - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } or && text.Core(or).SequenceEqual(_or))
            {
                return Modality.Negated;
            }

            // «إذا فرضنا جدلا أن الرئيس استقال», «لنفترض أن»: what is supposed, in the clause after «أن», did not happen.
            if ((_supposing.Contains(core) || _supposingForms.Contains(text.Form(t))) && trigger - i <= 6 && !PunctuationBetween(text, i, trigger) && ComplementizerBetween(text, i, trigger))
            {
                return Modality.Conditional;
            }

            // Only what is proposed: the clause after «أن» («اقترح أن تترك جبهة قتال»), or the masdar right after the verb and
            // its subject («اقترحت تركيا إقامة منطقة عازلة»); not another clause («… ، وقصفت طائراتها»).
            if (_proposal.Contains(core) && trigger - i <= 6 && !PunctuationBetween(text, i, trigger)
                && ((nominal && trigger - i <= 3) || ComplementizerBetween(text, i, trigger)))
            {
                return Modality.Intended;
            }

            // Only the noun «بدء» governs: «قبل بدء جولة جديدة من المحادثات», not «قبل بدء المحادثات، زار كيري القاهرة».
            if (nominal && core == _before && (t.Proclitics & ~Proclitics.Wa) == 0 && trigger - i <= 4 && i + 1 < trigger && text.Tokens[i + 1].Kind == TokenKind.Arabic
                && _onset.Contains(text.Core(text.Tokens[i + 1]).ToString()) && !PunctuationBetween(text, i, trigger))
            {
                return Modality.Future;
            }
        }

        for (var i = trigger - 1; i >= sentenceFirst && i >= trigger - Window; i--)
        {
            var t = text.Tokens[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                break;
            }

            // «أحبطت مؤامرة لتهريب أسلحة وأعلنت استدعاء سفيرها»: a word joined by «و» (no article, no particle) opens the
            // trigger's own clause; what was foiled or plotted before it does not reach past it. (Four letters at least: the «و» of
            // «وقوع» is the root's.)
            if (i + 1 < trigger && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } joined && (joined.Proclitics & Proclitics.Wa) != 0
                && (joined.Proclitics & Proclitics.Al) == 0 && text.Core(joined).Length >= 4)
            {
                break;
            }

            if (t.Kind != TokenKind.Arabic)
            {
                continue;
            }

            var core = text.Core(t).ToString();
            if (core == _sawfa)
            {
                return Modality.Future;
            }

            // «وستتفادى مواجهات», «سيؤدي إلى تشجيع عمليات خطف»: an event noun the future verb of its clause governs is
            // still to come, unless it is named as the cause or time of that verb («ستستمر المحادثات بعد الهجوم»). A future
            // verb of preventing («سيمنع هجمات») denies the act instead, below.
            if (nominal && trigger - i <= 2 && (t.Proclitics & Proclitics.Sa) != 0 && !AnyBetween(text, i, trigger, _causes)
                && !_prevention.Contains(core) && !_averting.Contains(core) && !_cessation.Contains(core))
            {
                return Modality.Future;
            }

            if (_prevention.Contains(core) || _averting.Contains(core)
                || (_repelling.Contains(core) && (t.Proclitics & Proclitics.Li) != 0))
            {
                return Modality.Negated;
            }

            // «أعرب عن أمله في أن يقوم بزيارة», «يأمل أن يلتقي»: what one hopes to do is an intention.
            if (_plans.Contains(core) || _hope.Contains(core) || (core == _hopeNoun && t.HasEnclitic))
            {
                return Modality.Intended;
            }

            if (nominal && trigger - i == 1 && _cessation.Contains(core))
            {
                return Modality.Negated;
            }

            // «عادة ما تستهدف عناصر الأمن», «كثيرا ما يشن»: what usually happens is no particular act.
            if (_habitual.Contains(core) && i + 1 < trigger && text.Tokens[i + 1].Kind == TokenKind.Arabic && text.Core(text.Tokens[i + 1]).SequenceEqual(_ma))
            {
                return Modality.Habitual;
            }

            // «لكن الحركة كانت دائما تنفي»: «always» right before an imperfect is a habit, no particular act.
            if (i + 1 == trigger && !nominal && _always.Contains(core) && IsImperfect(text, text.Tokens[trigger]))
            {
                return Modality.Habitual;
            }

            if (core == _ma && i - 1 >= sentenceFirst && text.Tokens[i - 1].Kind == TokenKind.Arabic && _habitual.Contains(text.Core(text.Tokens[i - 1]).ToString()))
            {
                return Modality.Habitual;
            }

            if (nominal && trigger - i <= 2 && _attempt.Contains(core))
            {
                return Modality.Possible;
            }

            if (nominal && trigger - i == 2 && _difficulty.Contains(core) && (t.Proclitics & Proclitics.Bi) == 0
                && text.Tokens[i + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } fi && text.Form(fi).SequenceEqual(_fi))
            {
                return Modality.Possible;
            }

            // («في حينه», at the time, is no «حين» of condition.)
            if (!nominal && _whenever.Contains(core) && t.SuffixLength == 0 && IsImperfect(text, token) && !AnyBetween(text, i, trigger, _kana))
            {
                return Modality.Conditional;
            }

            // لم/لن/ليس negate the clause; لا only the word it stands before; ما only a verb right after it
            // («ما أكدته» is "what", not "not"); غير/عدم/دون only a noun right after them.
            var adjacent = i == trigger - 1;
            if ((_negation.Contains(core) && t.PrefixLength <= 1)
                || (adjacent && _adjacentNegation.Contains(core))
                || (adjacent && !nominal && _verbNegation.Contains(core) && t.PrefixLength == 0)
                || (adjacent && nominal && _nounNegation.Contains(core)))
            {
                return Modality.Negated;
            }

            // «اتفاق … مقابل رفع العقوبات», «شريطة انسحاب القوات»: what an act is traded for or conditioned on is a term,
            // not something done.
            // («وفي المقابل قام بحملة»: «المقابل», on the other hand, trades nothing.)
            if (trigger - i <= 2 && (t.Proclitics & Proclitics.Al) == 0 && _terms.Contains(core))
            {
                return Modality.Conditional;
            }

            // «عواقب أي هجوم», «أية عملية اجتياح»: an event noun after «أي» is any such act, not one that happened.
            if (nominal && trigger - i <= 2 && _anyOf.Contains(core))
            {
                return Modality.Possible;
            }

            if (_possibility.Contains(core) || ((t.Proclitics & Proclitics.Bi) != 0 && _abilityNouns.Contains(core)))
            {
                return Modality.Possible;
            }

            // «قد» with an imperfect is "may"; with a perfect it asserts ("has already").
            // «وكان الإقليم قد تعرض لقصف»: «كان … قد» + a perfect is the pluperfect, whatever the verb's first letter.
            if (core == _qad && i + 1 < text.Tokens.Count && IsImperfect(text, text.Tokens[i + 1]) && !PerfectKanaBefore(text, i, sentenceFirst))
            {
                return Modality.Possible;
            }

            if (_conditional.Contains(core))
            {
                return Modality.Conditional;
            }

            if (i < trigger - 1 && (t.Proclitics & Proclitics.Wa) != 0 && t.PrefixLength == 1)
            {
                break; // «و» before another word starts a new clause.
            }
        }

        return Modality.Asserted;
    }

    private static bool PunctuationBetween(AnalyzedText text, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (text.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return true;
            }
        }

        return false;
    }

    private bool ComplementizerBetween(AnalyzedText text, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (text.Tokens[k] is { Kind: TokenKind.Arabic, SuffixLength: 0 } tok && _fearComplement.Contains(text.Form(tok).ToString()) && !text.Form(tok).SequenceEqual(_min))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word opening a range («بدءا من», «انطلاقا من») stands before <paramref name="at"/> in its sentence.</summary>
    private bool RangeOpensBefore(AnalyzedText text, int at, int sentenceFirst)
    {
        for (var k = at - 1; k >= Math.Max(sentenceFirst, at - 25); k--)
        {
            if (text.Tokens[k].Kind == TokenKind.Arabic && (_rangeOpeners.Contains(text.Form(text.Tokens[k])) || _rangeOpeners.Contains(text.Core(text.Tokens[k]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether «من» or «أن» follows the noun of fear at <paramref name="noun"/>, right after it or after one adjective
    /// («مخاوف من اندلاع», «مخاوف كبيرة من اندلاع»).
    /// </summary>
    private bool FearComplementAfter(AnalyzedText text, int noun, int trigger)
    {
        bool IsComplement(int k) => k < trigger && text.Tokens[k].Kind == TokenKind.Arabic && _fearComplement.Contains(text.Form(text.Tokens[k]).ToString());
        return IsComplement(noun + 1)
            || (noun + 2 < trigger && text.Tokens[noun + 1].Kind == TokenKind.Arabic && text.Tokens[noun + 1].PrefixLength == 0 && IsComplement(noun + 2));
    }

    /// <summary>Whether a word of <paramref name="words"/> stands strictly between <paramref name="from"/> and <paramref name="trigger"/>.</summary>
    private static bool AnyBetween(AnalyzedText text, int from, int trigger, FrozenSet<string> words)
    {
        for (var i = from + 1; i < trigger; i++)
        {
            if (text.Tokens[i].Kind == TokenKind.Arabic && words.Contains(text.Core(text.Tokens[i]).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private bool PerfectKanaBefore(AnalyzedText text, int qad, int sentenceFirst)
    {
        for (var k = qad - 1; k >= sentenceFirst && k >= qad - 5; k--)
        {
            // «وكان المسؤول يرى أن إسرائيل قد تهاجم»: «أن» opens a clause of its own.
            if (text.Tokens[k] is { Kind: TokenKind.Arabic } word && _pastKana.Contains(text.Core(word).ToString()))
            {
                return true;
            }

            if (text.Tokens[k] is { Kind: TokenKind.Arabic } particle && text.Core(particle) is "\u0627\u0646" or "\u0623\u0646")
            {
                return false;
            }
        }

        return false;
    }

    internal static bool IsImperfect(AnalyzedText text, Token token)
    {
        var core = text.Core(token);
        // «قد تمكنت», «قد تلقت»: a word in «تـ» that ends in the feminine «ـت» is a perfect of form V; an imperfect ends so
        // only with a hollow root's «ت» («تموت», «تبيت»).
        if (core.Length >= 4 && core[0] == '\u062A' && core[^1] == '\u062A' && !(core.Length == 4 && core[2] is '\u0648' or '\u064A'))
        {
            return false;
        }

        // «قد تلقى», «قد تمكن»: the commonest form V perfects, which nothing else spells the same.
        if (FormFivePerfects.Contains(core.ToString()))
        {
            return false;
        }

        // «قد نفذ», «قد نقل»: three letters from «ن» are a perfect («نفذ», «نشر»); the rare «نرى» is lost. «يقع», «تصل»
        // are imperfects of three letters.
        return (core.Length >= 3 && core[0] is '\u064A' or '\u062A') || (core.Length >= 4 && core[0] == '\u0646');
    }

    // Normalised (ى is written ي).
    private static readonly FrozenSet<string> FormFivePerfects = new[]
    {
        "\u062A\u0644\u0642\u064A", "\u062A\u0645\u0643\u0646", "\u062A\u0648\u0644\u064A", "\u062A\u0633\u0644\u0645", "\u062A\u0639\u0647\u062F", "\u062A\u0635\u062F\u064A",
    }.ToFrozenSet(StringComparer.Ordinal); // تلقى، تمكن، تولى، تسلم، تعهد، تصدى
}
