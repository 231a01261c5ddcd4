using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Hadath.Coding.Cameo;
using Hadath.Coding.Dates;
using Hadath.Coding.Model;
using Hadath.Coding.Patterns;
using Hadath.Lexicon.Model;
using Hadath.Lexicon.Recognition;
using Hadath.Text;
using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;
using Hadath.Text.Sentences;
using Hadath.Text.Tokenization;

namespace Hadath.Coding;

/// <summary>
/// The coder: a pure function from an article to its events, given the compiled lexicon and
/// patterns. For each sentence it finds actors, places and dates, then triggers (verbs by
/// stem, nouns by core), reads their modality, and assigns roles from Arabic clause structure:
/// <list type="bullet">
/// <item>verbal triggers: the subject after the verb (VSO) or before it (SVO); the target after a
/// preposition the pattern names, or as the direct object;</item>
/// <item>nominal triggers (masdar): the genitive actor right after the noun, or «من جانب/من قبل X»;</item>
/// <item>coordinated actors («مصر واليونان وقبرص») give one event each;</item>
/// <item>reported speech: a verb with no subject of its own («أنه قصف», a sentence-initial verb)
/// takes the speaker of the reporting verb or the previous sentence's source (coreference);</item>
/// <item>bare agents («الجيش») take the code of the last actor with that role.</item>
/// </list>
/// Repeated mentions of one event (same source, target and code) become one event listing them all.
/// </summary>
public sealed partial class EventCoder
{
    private const int SubjectWindowAfter = 7;
    private const int SubjectWindowBefore = 8;
    private const int TargetWindow = 22;

    // How far past its act a «مع» after an agreement noun stops being the act's («مباحثات مع …» ten words on).
    private const int DistantWith = 8;

    // How far after a meeting's counterpart «بحضور» may stand: a place and a time («في الدوحة الأسبوع الماضي»).
    private const int PresenceReach = 6;

    // How far after a definite agreement noun a word telling it concluded («الذي أبرم مؤخرا») may stand.
    private const int ConcludedReach = 4;

    // How far after an act to come its month may stand and still be the coming one: the verb, a second verb joined to it and
    // its object («سيزور الولايات المتحدة ويلتقي بالرئيس باراك أوباما في سبتمبر»).
    private const int FutureMonthReach = 10;

    // ي, ية, يا, يين, يون, يتين after an act's noun make its adjective («قمعي», «هجومية», «هجوميا»).
    private static readonly string[] NisbaEndings = ["\u064A\u062A\u064A\u0646", "\u064A\u064A\u0646", "\u064A\u0648\u0646", "\u064A\u0629", "\u064A\u0627", "\u064A"];

    // How many sentences of the body make its lead, where the news peg's date is given.
    private const int LeadSentences = 2;

    private readonly TextAnalyzer _analyzer;
    private readonly ActorRecognizer _recognizer;
    private readonly PatternSet _patterns;
    private readonly CameoCatalog _cameo;
    private readonly DateResolver _dates;
    private readonly ModalityDetector _modality;
    private readonly WordSet _prepositions;
    private readonly string _face;
    private readonly WordSet _divine;
    private readonly WordSet _facilities;
    private readonly WordSet _positions;
    private readonly WordSet _fired;
    private readonly WordSet _demonstratives;
    private readonly WordSet _messages;
    private readonly WordSet _agreements;
    private readonly string _or;
    private readonly WordSet _sources;
    private readonly WordSet _borders;
    private readonly WordSet _envoys;
    private readonly WordSet _bodyNouns;
    private readonly WordSet _scheduledIntent;
    private readonly WordSet _intending;

    private readonly string _army;
    private readonly WordSet _harmMasdars;
    private readonly WordSet _accusing;
    private readonly WordSet _sayingHal;
    private readonly WordSet _asideOpeners;
    private readonly WordSet _personTitles;

    // «لشؤون الشرق الأوسط»: the portfolio after a title, up to the comma before the name.
    private readonly WordSet _portfolios;
    private readonly WordSet _escorts;

    // «برفقة», «يرافقه»: those who go with the doer (a guard is one too: see _escorts).
    private readonly WordSet _companions;

    // «حقق», «أنجز», «بذل», «قدم»: verbs of achieving, whose subject in a relative clause is whom praise of the thing achieved goes to.
    private readonly WordSet _achievers;
    private readonly WordSet _namedAfterPlace;

    // «وزير», «سفير», «المتحدث»: the heads of titles a person's name follows.
    private readonly WordSet _nameTitleHeads;
    private readonly WordSet _warplanes;
    private readonly WordSet _supportMasdars;
    private readonly WordSet _timeNouns;
    private readonly WordSet _supportAdverbs;
    private readonly WordSet _mannerWords;
    private readonly WordSet _delegations;

    /// <summary>Verbs of managing or succeeding at an act whose masdar follows «من/في» («تمكن من», «نجح في»).</summary>
    private readonly WordSet _managing;
    private readonly WordSet _pastMarkers;
    private readonly string _self;
    private readonly WordSet _cityParts;
    private readonly string _capitalWord;
    private readonly WordSet _students;
    private readonly string _femaleStudent;
    private readonly string _each;
    private readonly WordSet _someOf;
    private readonly WordSet _moreOrLess;
    private readonly WordSet _approximately;
    private readonly string _seat;
    private readonly WordSet _causeOfHarm;
    private readonly string _at;
    private readonly WordSet _negotiating;
    private readonly WordSet _counterparts;
    private readonly WordSet _offices;
    private readonly WordSet _byThat;
    private readonly WordSet _heavyFire;
    private readonly WordSet _allies;
    private readonly WordSet _impersonalVerbs;
    private readonly WordSet _representedBy;
    private readonly WordSet _whatWords;
    private readonly string _on;
    private readonly WordSet _ambassadors;
    private readonly WordSet _envoyPosts;
    private readonly WordSet _bodyHeads;
    private readonly WordSet _findings;
    private readonly WordSet _throwingOrFiring;
    private readonly WordSet _jointMarks;
    private readonly string _qadWord;
    private readonly string _dropping;
    private readonly WordSet _manyStatesOrgans;
    private readonly WordSet _succession;
    private readonly WordSet _deciding;
    private readonly WordSet _roughly;
    private readonly WordSet _adverbialLi;
    private readonly WordSet _partsOf;
    private readonly WordSet _tollVerbs;
    private readonly WordSet _sessions;
    private readonly WordSet _attributed;
    private readonly WordSet _openingParticles;
    private readonly WordSet _particlesOfClause;
    private readonly string _ila;
    private readonly WordSet _movementNouns;
    private readonly string _strongly;
    private readonly WordSet _gathering;
    private readonly WordSet _placeNouns;
    private readonly WordSet _sending;
    private readonly WordSet _aims;
    private readonly WordSet _instruments;
    private readonly WordSet _aimVerbs;
    private readonly WordSet _nameHeads;
    private readonly WordSet _members;
    private readonly WordSet _blessings;
    private readonly WordSet _prayingParticiples;
    private readonly WordSet _aircraft;
    private readonly WordSet _diplomatic;
    private readonly string _todayWord;
    private readonly string _tomorrowWord;
    private readonly WordSet _reporting;
    private readonly WordSet _agentive;
    private readonly WordSet _lightVerbs;
    private readonly WordSet _respond;
    private readonly WordSet _actParticiples;
    private readonly WordSet _leads;
    private readonly string _allati;
    private readonly WordSet _hostVerbs;
    private readonly WordSet _leaving;
    private readonly WordSet _futureWords;
    private readonly WordSet _forceHeads;
    private readonly WordSet _during;
    private readonly WordSet _addressWords;
    private readonly WordSet _foreigners;
    private readonly WordSet _battles;
    private readonly WordSet _takesIn;
    private readonly WordSet _visitTimes;
    private readonly WordSet _addressTitles;
    private readonly WordSet _strikeNouns;
    private readonly WordSet _frames;
    private readonly WordSet _placePrepositions;
    private readonly WordSet _nextWords;
    private readonly WordSet _happened;
    private readonly WordSet _incidents;
    private readonly WordSet _kindsOfViolence;
    private readonly string[] _boilerplateOpeners;
    private readonly WordSet _feelings;
    private readonly WordSet _headingFor;
    private readonly WordSet _pronouns;
    private readonly WordSet _comingFrom;
    private readonly WordSet _airWeapons;
    private readonly WordSet _aerial;
    private readonly WordSet _killing;
    private readonly string _raid;
    private readonly string _catching;
    private readonly string _exposed;
    private readonly string _about;
    private readonly string _concerning;
    private readonly string _presence;
    private readonly WordSet _concluded;
    private readonly WordSet _aspectVerbs;
    private readonly WordSet _masculineRoles;
    private readonly string _objectStem;
    private readonly WordSet _units;
    private readonly WordSet _violenceNouns;
    private readonly WordSet _casualties;
    private readonly WordSet _fractures;
    private readonly WordSet _overturning;
    private readonly WordSet _holdingIt;
    private readonly WordSet _doingIt;
    private readonly WordSet _readiness;
    private readonly WordSet _clauseOfTime;
    private readonly WordSet _byIt;
    private readonly string _name;
    private readonly string _behalf;
    private readonly string _inTheName;
    private readonly WordSet _didTheSame;
    private readonly string _likeAs;
    private readonly WordSet _explosiveDevices;
    private readonly WordSet _awaited;
    private readonly WordSet _yearWords;
    private readonly WordSet _decades;
    private readonly WordSet _mishaps;
    private readonly WordSet _roadWords;
    private readonly string _century;
    private readonly WordSet _pastCenturies;
    private readonly string _since;
    private readonly WordSet _claims;
    private readonly WordSet _crowds;
    private readonly WordSet _quantities;
    private readonly string _min;
    private readonly string _before;
    private readonly string _bombardment;
    private readonly string _haqq;
    private readonly string _guestStem;
    private readonly string _biHaqq;
    private readonly string _with;
    private readonly string _role;
    private readonly string _regime;
    private readonly string _inProtest;
    private readonly WordSet _sufferedBy;
    private readonly WordSet _victimVerbs;
    private readonly WordSet _oneOf;
    private readonly WordSet _documents;
    private readonly WordSet _sayingVerbs;
    private readonly WordSet _arrivals;
    private readonly WordSet _objectStarts;
    private readonly WordSet _adopting;
    private readonly WordSet _policies;
    private readonly WordSet _statements;
    private readonly WordSet _raidNouns;
    private readonly WordSet _ownedActs;
    private readonly WordSet _honorifics;
    private readonly string _amma;
    private readonly string _aNumber;
    private readonly string _between;
    private readonly WordSet _deadNouns;
    private readonly WordSet _notDisclosing;
    private readonly WordSet _identity;
    private readonly WordSet _sides;
    private readonly WordSet _roleVerbs;
    private readonly WordSet _expressing;
    private readonly WordSet _attribution;
    private readonly WordSet _genitivePrepositions;
    private readonly WordSet _attackNouns;
    private readonly WordSet _wars;
    private readonly WordSet _taking;
    private readonly WordSet _againstWords;
    private readonly WordSet _aimingVerbs;
    private readonly WordSet _objectMasdars;
    private readonly WordSet _aboutWords;
    private readonly WordSet _speech;
    private readonly WordSet _ownState;
    private readonly WordSet _efforts;
    private readonly WordSet _undergoing;
    private readonly WordSet _ascribing;
    private readonly WordSet _bodies;
    private readonly WordSet _dualSides;
    private readonly WordSet _regimeLike;
    private readonly WordSet _stances;
    private readonly WordSet _obliqueDualSides;
    private readonly WordSet _jointActs;
    private readonly WordSet _endingTies;

    // «دعا الرئيس اللبناني الجيش», «دعا وزير البيئة محمد المشنوق البلديات»: nouns of institutions, which no word before
    // them takes as its adjective (as it does «الأمني» or «البلدية»). (Joined by «و», «قوات الجيش والشرطة», the noun is
    // the second of a pair, read with the first.)
    private readonly WordSet _institutions;
    private readonly WordSet _menInTaMarbuta;
    private readonly WordSet _foremostPrepositions;
    private readonly WordSet _foremost;
    private readonly WordSet _another;
    private readonly WordSet _passivePerfects;
    private readonly WordSet _freeing;
    private readonly WordSet _civilianObjects;
    private readonly WordSet _posts;
    private readonly WordSet _struckObjects;
    private readonly WordSet _deeds;
    private readonly WordSet _renewing;
    private readonly WordSet _helpMasdars;
    private readonly WordSet _violentQualities;
    private readonly WordSet _perfectsInN;
    private readonly string _affairs;
    private readonly WordSet _achieving;
    private readonly WordSet _styles;
    private readonly string _owner;
    private readonly string _detonate;
    private readonly string _royal;
    private readonly string _across;
    private readonly WordSet _deathManners;
    private readonly string _reception;
    private readonly string _meeting;
    private readonly WordSet _descriptionHeads;
    private readonly WordSet _headedBy;

    /// <summary>«حكومة»: the head of a description that repeats a state's government, not the actor that named it.</summary>
    private const string Government = "\u062D\u0643\u0648\u0645\u0629";

    private readonly WordSet _personHeads;
    private readonly WordSet _falling;
    private readonly WordSet _belonging;
    private readonly WordSet _resultOf;
    private readonly string _cooperation;
    private readonly WordSet _mustWords;
    private readonly string _council;
    private readonly WordSet _spokenAt;
    private readonly WordSet _partitives;
    private readonly WordSet _purposes;
    private readonly WordSet _announcing;
    private readonly WordSet _goals;
    private readonly WordSet _aidCarriers;
    private readonly WordSet _givenBy;
    private readonly WordSet _mannerNouns;
    private readonly WordSet _afterTimes;
    private readonly string _saying;
    private readonly string _side;
    private readonly string _dawn;
    private readonly string _firstOf;
    private readonly WordSet _timeWords;

    /// <summary>People who are struck, not who strike: «النساء», «الأطفال», «المدنيين».</summary>
    private readonly WordSet _defenceless;

    /// <summary>The perfect of «أقدم على» (went ahead with), a light verb.</summary>
    private readonly WordSet _wentAheadWith;

    /// <summary>Nouns and adjectives of a span of time: «الأسبوع الماضي», «الشهر الجاري».</summary>
    private readonly WordSet _timeSpans;
    private readonly WordSet _sports;
    private readonly WordSet _kana;
    private readonly WordSet _weapons;
    private readonly WordSet _wounded;
    private readonly WordSet _particles;
    private readonly WordSet _when;
    private readonly WordSet _alongside;
    private readonly WordSet _ownership;
    private readonly WordSet _openers;
    private readonly WordSet _occurrence;
    private readonly WordSet _hands;
    private readonly WordSet _counts;
    private readonly WordSet _wounds;
    private readonly string _fi;
    private readonly WordSet _circumstance;
    private readonly WordSet _kanaWords;
    private readonly WordSet _demandNouns;
    private readonly WordSet _protesterNouns;
    private readonly WordSet _answering;
    private readonly WordSet _outlets;
    private readonly WordSet _goingOn;
    private readonly WordSet _stopping;
    private readonly string _lan;
    private readonly string _until;
    private readonly WordSet _formVPerfects;
    private readonly WordSet _forces;
    private readonly WordSet _lonePersons;
    private readonly WordSet _loneAttackers;
    private readonly WordSet _leading;
    private readonly WordSet _denyingParticles;
    private readonly WordSet _happening;
    private readonly WordSet _occurred;
    private readonly WordSet _nounGovernors;
    // Verbs of occurrence: light verbs whose subject is the act or its place, not its agent («تشهد الجزائر تفجيرات»).
    private static readonly string[] OccurrenceVerbs = ["اندلع", "اندلعت", "تندلع", "خرج", "خرجت", "جرى", "جرت", "شهد", "شهدت", "تشهد", "يشهد", "انطلق", "انطلقت", "عم", "عمت",
        "تجدد", "تجددت", "تتجدد", "نشب", "نشبت", "تنشب", "تصاعد", "تصاعدت", "تتصاعد"];

    // Numbers that count people: «قتل خمسة أشخاص», «على يد عشرة متمردين».
    private static readonly string[] SmallCounts = ["اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرون", "عشرين", "عشرات"];

    private static readonly string[] ClaimingVerbs = ["شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "ارتكب", "ارتكبت", "ارتكبوا", "تبنا", "تبنت", "تبنوا", "نصب", "نصبت", "نصبوا", "دشن", "دشنت", "دشنوا"];
    private readonly WordSet _struck;
    private readonly string _an;

    public EventCoder(TextAnalyzer analyzer, ActorRecognizer recognizer, PatternSet patterns, CameoCatalog cameo)
    {
        _analyzer = analyzer;
        _recognizer = recognizer;
        _patterns = patterns;
        _cameo = cameo;
        var n = analyzer.Normalizer;
        _dates = new DateResolver(n);
        _modality = new ModalityDetector(n);
        WordSet Set(params string[] words) => new(words.Select(w => n.Normalize(w)));
        // Locative nouns («بوسط نيودلهي», «شمال سوريا») mark a place like a preposition: what follows is not a subject.
        _face = n.Normalize("وجه");
        _prepositions = Set("في", "من", "إلى", "على", "عن", "مع", "ضد", "حول", "إزاء", "حيال", "تجاه", "بين", "عبر", "لدى", "بشأن", "نحو", "خلال", "أمام", "داخل", "قرب", "بقيادة", "لصالح", "وسط", "خارج", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "تحت", "فوق", "عند", "قبالة", "أنحاء", "ضواحي");
        _reporting = Set("قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "ذكر", "ذكرت", "صرح", "صرحت", "أفاد", "أفادت", "أشار", "أشارت", "كشف", "كشفت", "تابع", "تابعت", "شدد", "شددت", "لفت", "لفتت", "اعتبر", "اعتبرت", "يقول", "تقول");
        _agentive = Set("جانب", "قبل");
        _sufferedBy = Set("في", "جراء", "إثر", "خلال", "أثناء");
        // The perfect of «أصاب» with «ي» is only ever the passive («أُصيب»: was wounded).
        // So is «حوصر» (was besieged: the active is «حاصر»).
        _passivePerfects = Set("أصيب", "أصيبت", "أصيبوا", "أصيبا", "حوصر", "حوصرت", "حوصروا");
        _notDisclosing = Set("عدم", "عدم الكشف", "عدم ذكر", "عدم نشر", "إخفاء", "حجب", "الكشف", "ذكر", "نشر");
        _identity = Set("اسمه", "اسمها", "اسمهم", "أسمائهم", "هويته", "هويتها", "هويتهم", "اسم", "هوية");
        _deadNouns = Set("قتلى", "قتيل", "جرحى", "جريح", "ضحايا", "شهداء", "أسرى", "مصابين");
        _amma = n.Normalize("أما");
        _allati = n.Normalize("التي");
        _hostVerbs = Set("استقبل", "يستقبل", "استقبلت", "تستقبل", "التقى", "يلتقي", "التقت", "تلتقي", "اجتمع", "يجتمع", "اجتمعت", "تجتمع", "ودع", "يودع", "ودعت");
        _leaving = Set("غادر", "يغادر", "غادرت", "تغادر");
        _futureWords = Set("سوف");
        _forceHeads = Set("مساس", "استهداف", "اعتداء", "اعتداءات", "تهديد");
        _during = Set("خلال", "أثناء", "اثناء");
        _headedBy = Set("رئاسة", "قيادة");
        _foreigners = Set("أجانب", "أجنبي", "أجنبية", "وافدين", "وافدون", "مغتربين");
        _battles = Set("اشتباكات", "اشتباك", "معارك", "معركة", "مواجهات", "مواجهة", "قتال");
        _takesIn = Set("تشمل", "شملت", "يشمل", "شمل", "تضم", "ضمت");
        _visitTimes = Set("بعد", "خلال", "عقب", "إثر", "ختام", "أثناء");
        _addressTitles = Set("فخامة", "سمو", "معالي", "جلالة", "سعادة", "سماحة", "فضيلة");
        _addressWords = new WordSet(_addressTitles.Words.Concat([n.Normalize("صاحب"), n.Normalize("ملكي")]));
        // «مقدما التهنئة», «موجها الدعوة», «مبديا استعداده»: participles of giving and expressing, whose object is the act.
        _leads = Set("تقوده", "تقودها", "يقوده", "يقودها", "تتزعمه", "تتزعمها", "يتزعمه", "يتزعمها");
        _actParticiples = Set("مقدما", "موجها", "مبديا", "معلنا", "معربا", "مطلقا");
        _aNumber = n.Normalize("عددا");
        _between = n.Normalize("بين");
        _honorifics = Set("شيخ", "أمير", "ملك", "رئيس", "سيد", "سيدة", "دكتور", "مهندس", "لواء", "عميد", "عقيد", "فريق", "مشير", "جنرال",
            "إمام", "مستشار", "قاضي", "وزير", "سفير", "نائب", "أستاذ", "حاج", "بابا", "مطران", "أب", "عاهل", "ملكة", "زعيم", "قائد", "مقدم", "رائد", "نقيب",
            "زميل", "أخ", "فضيلة", "سماحة", "معالي", "سعادة", "فخامة", "سمو", "صاحب", "نجل", "ابن", "مهندس", "محافظ");
        // What a state decides, proposes or does, whose nisba names the state: «القرار الأمريكي», «التدخل الإيراني».
        _ownedActs = Set("قرار", "مشروع", "مقترح", "اقتراح", "خطة", "مبادرة", "اتفاق", "موقف", "مواقف", "تصريحات", "سياسة", "سياسات", "تدخل", "عدوان",
            "قصف", "هجوم", "حكم", "عرض", "طلب", "تهديد", "تهديدات", "دعوة", "إجراءات", "إجراء", "عقوبات", "تحرك", "تحركات", "دور", "جهود", "ممارسات",
            "انتهاكات", "اعتداءات", "اتهامات", "مزاعم", "شروط", "إملاءات", "احتلال", "حصار", "رد", "رؤية", "برنامج", "نفوذ", "وجود", "تواجد", "تصعيد",
            "أجواء", "أراضي", "مياه", "حدود", "سيادة", "انتقادات", "انتقاد", "ادعاءات", "اتهام", "تصريح", "مطالب", "مطالبات", "ضغوط",
            "تحذيرات", "دعوات", "اعتراضات");
        _raidNouns = Set("قصف", "تفجير", "تفجيرات", "كمين", "عملية", "عمليات");
        _statements = Set("كلمة", "بيان", "بيانا", "برقية", "رسالة", "تغريدة", "تغريدات", "خطاب", "خطابا", "مقال", "مقالا", "مقالة", "تصريح", "تصريحا",
            "تصريحات", "مقابلة", "حديث", "حديثا", "اتصال", "اتصالا", "مكالمة", "كتاب", "تقرير", "تقريرا", "صحفيا", "صحافيا",
            "تسجيل", "تسجيلا", "شريط", "شريطا", "فيديو", "منشور", "منشورا", "افتتاحية", "خطبة");
        _policies = Set("قرار", "قرارات", "مقترح", "اقتراح", "خطة", "مبادرة", "موقف", "مواقف", "تصريحات", "تصريح", "سياسة", "سياسات", "دعوة", "اتهامات",
            "مزاعم", "شروط", "رؤية", "تقرير", "بيان", "قانون", "حكم", "فتوى", "تغريدة", "خطاب", "مقال", "أداء", "نهج");
        _adopting = Set("تبنى", "تبناه", "تبنته", "تبناها", "تبنتها", "تبنا", "تبنت", "يتبنى", "تتبنى", "تبنوا", "تبنوه");
        _objectStarts = Set("بإعدام", "انتقادات", "انتقادا", "رسالة", "تحذيرا", "دعوة");
        _arrivals = Set("طائرة", "طائرات", "الطائرة", "الطائرات", "سفينة", "السفينة", "باخرة", "الباخرة", "قافلة", "القافلة", "شحنة", "الشحنة", "دفعة", "الدفعة",
            "مصابون", "المصابون", "مصابين", "المصابين", "جرحى", "الجرحى", "جثامين", "الجثامين", "جثمان", "الجثمان", "رحلة", "الرحلة");
        _manyStatesOrgans = Set("حكومات", "برلمانات");
        _succession = Set("متعاقبة", "سابقة", "متتالية", "ماضية", "أخيرة", "مقبلة", "قادمة");
        _qadWord = n.Normalize("قد");
        _dropping = n.Normalize("إلقاء");
        _jointMarks = Set("مشترك", "مشتركة", "ثنائي", "ثنائية", "بلدين", "جانبين", "طرفين", "دولتين");
        _throwingOrFiring = Set("إلقاء", "إطلاق", "رشق", "قذف");
        // Inquiries and studies that find or accuse: «واتهم تحقيق الأمم المتحدة النظام السوري».
        _findings = Set("تحقيق", "تحقيقات", "دراسة", "استطلاع", "تقييم", "تحليل");
        _bodyHeads = Set("تنظيم", "تحالف", "تجمع", "تيار", "تكتل", "تنسيقية", "أنصار", "اتحاد", "ائتلاف");
        _ambassadors = Set("سفير", "سفراء");
        _envoyPosts = Set("لدى", "في");
        _impersonalVerbs = Set("تم", "جرى", "يتم", "يجري");
        _representedBy = Set("ممثلة", "ممثلا", "ممثلين", "ممثلتين", "متمثلة", "متمثلا", "ممثلةً");
        _whatWords = Set("ما", "مما", "بما", "لما");
        _on = n.Normalize("على");
        _allies = Set("حليف", "حليفه", "حليفها", "حليفهم", "حلفاء", "حلفاؤه", "حلفائه", "حلفاؤها", "حلفائها", "شريك", "شريكه", "شريكها");
        _heavyFire = Set("قذائف", "قذيفة", "صواريخ", "صاروخ", "براميل", "قنابل", "هاون", "مدفعية", "قصف", "غارة", "غارات");
        _byThat = Set("بأن", "بأنه", "بأنها", "بأنهم", "بأنهما");
        _offices = Set("مكتب", "مقر", "قصر", "منزل", "ديوان");
        _documents = Set("قرار", "بيان", "تقرير", "إعلان", "نداء", "مرسوم", "ميثاق");
        _sayingVerbs = Set("أدان", "أدانت", "يدين", "دعا", "دعت", "يدعو", "تدعو", "طالب", "طالبت", "يطالب", "تطالب", "حث", "حثت", "يحث", "ناشد", "ناشدت",
            "حذر", "حذرت", "يحذر", "انتقد", "انتقدت", "اتهم", "اتهمت", "يتهم", "ندد", "نددت", "شجب", "شجبت", "أشاد", "أشادت", "رحب", "رحبت");
        _oneOf = Set("إحدى", "أحد", "احدى");
        _victimVerbs = Set("قتل", "يقتل", "جرح", "يجرح", "أصيب", "يصاب", "طرد", "يطرد", "أوقف", "يوقف", "اعتقل", "يعتقل", "احتجز", "يحتجز",
            "أسر", "يؤسر", "خطف", "يخطف", "اختطف", "يختطف", "أعدم", "يعدم", "استهدف", "يستهدف", "اغتيل", "يغتال", "استشهد", "سقط");
        _sides = Set("جهة", "طرف", "ناحية", "جانب");
        _wars = Set("حرب", "حربا", "حروب");
        _taking = Set("شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون");
        _againstWords = Set("على", "ضد");
        _aimingVerbs = Set("استهدف", "استهدفت", "يستهدف", "تستهدف", "يستهدفون", "هاجم", "هاجمت", "يهاجم", "تهاجم", "طالت", "تطال", "يطال");
        _attackNouns = Set("غارة", "غارات", "ضربة", "ضربات", "هجوم", "هجمات", "هجمة", "اعتداء", "اعتداءات", "غزو", "عدوان", "إطلاق");
        // Masdars of harm whose genitive is the one harmed («اغتيال النائب العام», «اختطاف الصحفيين»).
        _harmMasdars = Set("اغتيال", "اختطاف", "خطف", "اعتقال", "احتجاز", "إعدام", "اعدام", "تعذيب", "قتل", "مقتل", "استهداف", "اقتحام", "استشهاد", "إصابة", "اصابة");
        _objectMasdars = Set("قتال", "محاربة", "مواجهة", "مكافحة", "ملاحقة", "مطاردة", "مهاجمة", "استهداف", "ضرب", "طرد", "تحرير", "حصار", "محاصرة", "إحالة");
        // Particles that open a clause: what follows them is never an adjective of theirs («أن مسلحين هاجموا»).
        _particles = Set("أن", "إن", "لكن", "بل", "ثم", "حيث", "إذ", "كما", "لأن", "بينما", "فيما", "عندما", "حين", "بعدما", "قد", "لقد", "وقد");
        _casualties = Set("قتلى", "قتيل", "قتيلا", "قتيلين", "مقتل", "مصرع", "جرحى", "جريح", "جريحا", "جروح", "بجروح", "إصابة", "اصابة", "إصابات", "مصابين", "مصابا", "ضحايا", "حتفهم", "حتفه", "استشهاد", "شهداء", "شهيد", "شهيدا",
            "قتلوا", "جرح", "جرحوا");
        // The segmenter leaves short verbs whole («شنها»), so the claiming verbs are listed with their object pronouns.
        _claims = Set(ClaimingVerbs.SelectMany(v => new[] { v + "ه", v + "ها", v + "هم", v == "تبنا" ? "تبنى" : v }).ToArray());
        _struck = Set("استهدف", "استهدفت", "طال", "طالت", "أودى", "أودت", "أسفر", "أسفرت", "خلف", "خلفت", "فجر", "فجرت", "انفجر", "انفجرت", "هز", "هزت", "أصاب", "أصابت");
        _occurred = Set("وقع", "وقعت", "يقع", "تقع", "حصل", "حصلت", "حدث", "حدثت");
        _kanaWords = Set("كان", "كانت");
        _goingOn = Stems(["تستمر", "يستمر", "تتواصل", "يتواصل", "تتوالى"]);
        _stopping = Stems(["تتوقف", "يتوقف", "تنتهي", "ينتهي", "تهدأ", "يهدأ"]);
        _lan = n.Normalize("لن");
        _until = n.Normalize("حتى");
        _outlets = Set("قناة", "قنوات", "صحيفة", "صحف", "جريدة", "مجلة", "وكالة", "تلفزيون", "إذاعة", "موقع", "شبكة", "محطة");
        _answering = Set("لبى", "لبت", "لبوا", "لبيتم", "لبينا", "يلبي", "تلبي", "يلبون", "تلبية", "استجاب", "استجابت", "استجابوا", "يستجيب", "تستجيب", "استجابة");
        _protesterNouns = Set("متظاهر", "متظاهرون", "متظاهرين", "محتج", "محتجون", "محتجين", "معتصم", "معتصمون", "معتصمين", "مضربون", "مضربين");
        // The segmenter takes the pronoun off «مطالبته», leaving «مطالبت».
        _demandNouns = Set("مطالبة", "مطالبات", "مطالبته", "مطالبتها", "مطالبتهم", "مطالبت");
        _formVPerfects = Set("تعرض", "تعرضت", "تعرضوا", "تلقى", "تلقت", "تكبد", "تكبدت", "تحمل", "تحملت", "تسبب", "تسببت", "تعهد", "تعهدت", "تبنى", "تبنت", "تولى", "تولت");
        _forces = Set("تحالفا", "تحالف", "قوات", "قوة", "جيشا", "جيش", "ميليشيا", "ميليشيات", "مقاتلين", "كتيبة", "وحدات", "وحدة");
        // One or two people, in the nominative: «رجل», «شابان». (Not the crowds «سكان», «أهالي», who act as a body.)
        _lonePersons = Set("رجل", "رجلان", "شخص", "شخصان", "شاب", "شابان", "شابة", "امرأة", "مواطن", "مواطنان", "مواطنة", "طفل", "طفلة");
        // The singular «مسلح», «انتحاري» are adjectives too («هجوم مسلح», «تفجير انتحاري»), so no lexicon names them; right
        // after a verb they are its subject.
        _loneAttackers = Set("مسلح", "انتحاري", "قناص");
        _genitivePrepositions = Set("في", "على", "إلى", "عن", "مع", "حول", "بشأن", "ضد");
        _attribution = Set("حسب", "وفق", "وفقا", "طبقا", "نقلا", "استنادا");
        // Whole forms: the stems of these short verbs are shared with others («أطلق»).
        _expressing = Set("أبدى", "أبدت", "يبدي", "تبدي", "أبدوا", "أعرب", "أعربت", "يعرب", "تعرب", "أعربوا", "عبر", "عبرت", "يعبر", "تعبر", "عبروا");
        _roleVerbs = Stems("لعب", "لعبت", "يلعب", "تلعب", "قام", "قامت", "يقوم", "تقوم", "أدى", "أدت", "يؤدي", "تؤدي");
        _leading = Stems("قاد", "يقود", "تقود", "شكل", "يشكل", "تشكل", "أرسل", "يرسل", "ترسل", "دعم", "يدعم", "تدعم", "موّل", "يمول");
        _denyingParticles = Set("لم", "لن");
        _happening = Set("ينفجر", "تنفجر", "يقع", "تقع", "يحدث", "تحدث", "يحصل", "تحصل", "يتم", "تتم", "ينفذ", "تنفذ", "يسفر", "تسفر");
        _circumstance = Set("خلال", "أثناء", "اثناء", "لدى", "عقب", "إثر", "بعد");
        // Words after which a verb cannot stand without «أن/ما»: «من» (who) and «منذ» (since) can take one.
        _nounGovernors = Set("بعد", "قبل", "عقب", "إثر", "اثر", "خلال", "أثناء", "اثناء", "جراء", "بسبب", "سبب", "ضد", "حول", "نحو", "عبر", "في", "إلى", "على", "عن", "مع", "لدى", "إزاء", "حيال", "تجاه", "بشأن", "شأن", "رغم");
        // «قتل» is listed here, not among the casualties: only a count after it («قتل خمسة أشخاص») makes it the
        // passive report of a killing rather than the noun («تهمة قتل»).
        _wounded = Set("أصيب", "أصيبوا", "أصيبت", "أصيبا", "قتل", "وقتل");
        _wounds = Set([.. SmallCounts, "جروح", "جراح", "رصاص", "شظايا", "آخرون", "آخرين", "شخص", "شخصا", "أشخاص", "شخصان", "شخصين", "مدنيين", "مدنيون", "مدنيا", "جنود", "جندي", "جنديا", "جنديان",
            "شرطي", "شرطيا", "شرطيين", "ثلاثون", "ثلاثين", "أربعون", "أربعين", "خمسون", "خمسين", "مئة", "مائة", "نحو", "حوالي"]);
        _weapons = Set("براميل", "البراميل", "صواريخ", "صاروخ", "قذائف", "قذيفة", "مدفعية", "المدفعية", "رصاص", "الرصاص", "قنابل", "قنبلة", "طائرات", "دبابات", "أسلحة", "الأسلحة", "متفجرة", "متفجرات", "عبوة", "عبوات", "غارات", "غارة", "مسلحة", "مسلحين", "مسلحون");
        _kana = Set("كان", "كانت", "كانوا", "ظل", "ظلت", "بات", "باتت", "أصبح", "أصبحت");
        // Not «لاعب» («لاعب أساسي في المنطقة») or «بطولة» (heroism): politics uses them too.
        // «اقرأ أيضا», and the link line a paper prints under a story that repeats its title («رابط الخبر بصحيفة الوئام:»).
        _boilerplateOpeners = [n.Normalize("اقرأ أيضا"), n.Normalize("اقرأ أيضاً"), n.Normalize("رابط الخبر"), n.Normalize("رابط المقال"), n.Normalize("للمزيد من الأخبار")];
        _headingFor = Set("متجه", "متجها", "متجهة", "متجهين", "متجهون", "متوجه", "متوجها", "متوجهة", "متوجهين", "متوجهون", "طريق", "وجهة", "مهرب", "مهربة");
        _airWeapons = Set("غارة", "غارات", "طائرة", "طائرات", "مقاتلة", "مقاتلات", "طيران", "مروحية", "مروحيات", "قاذفات");
        _strikeNouns = Set("ضربة", "ضربات", "قصف", "هجوم", "هجمات");
        _aerial = Set("جوي", "جوية", "جويا");
        _units = Set("قوة", "دورية", "دوريات", "وحدة", "فرقة", "كتيبة", "سرية", "عناصر", "أفراد", "مجموعة", "مجموعات", "رتل");
        _objectStem = analyzer.Stemmer.StemToString(n.Normalize("اعترض"));
        _raid = n.Normalize("غارة");
        _catching = n.Normalize("ضبط");
        _exposed = n.Normalize("تعرض");
        _about = n.Normalize("عن");
        _concerning = n.Normalize("بشأن");
        _presence = n.Normalize("حضور");
        _concluded = Set("أبرم", "وقع", "وقعت", "وقعه", "وقعته", "أبرمته", "أبرمه", "مؤخرا");
        _saying = n.Normalize("قول");
        _side = n.Normalize("جانب");
        _dawn = n.Normalize("فجر");
        _firstOf = n.Normalize("أول");
        _ownState = Set("بلاد", "حكومت", "دولت");
        _aidCarriers = Set("طائرة", "طائرتا", "طائرتان", "طائرات", "شحنة", "شحنات", "قافلة", "قوافل", "سفينة", "باخرة", "إغاثة", "مساعدات");
        _afterTimes = Set("بعد", "عقب", "إثر", "اثر");
        _mannerNouns = Set("شدة", "قوة", "حزم", "وضوح", "سرعة", "صراحة", "قسوة", "عنف");
        _givenBy = Set("مقدمة", "مقدم", "مرسلة", "مهداة", "تبرع");
        _goals = Set("خفض", "تخفيض", "رفع", "زيادة", "تحقيق", "الوصول", "وصول", "جذب", "توفير", "بلوغ", "تقليص", "تقليل", "مضاعفة", "إنتاج", "تصدير", "استقطاب", "تطوير", "تنمية", "توظيف");
        _gathering = Set("ضم", "يضم", "جمع", "يجمع", "جمعت", "ضمت", "تضم", "تجمع");
        _holdingIt = Set("أجرى", "عقد", "يجري", "يعقد", "أجراه", "أجراها", "عقده", "عقدها", "يجريه", "يجريها", "يعقده", "يعقدها");
        _announcing = Set("أعلن", "أعلنت", "يعلن", "تعلن", "كشف", "كشفت", "يكشف", "تكشف");
        _purposes = Set("تنديد", "تنديدا", "استنكار", "استنكارا", "رفض", "رفضا");
        _foremostPrepositions = Set("في", "على");
        _civilianObjects = Set("منزل", "منازل", "بيت", "بيوت", "مسجد", "مساجد", "كنيسة", "مخيم", "مخيمات", "سيارة", "سيارات", "مستشفى", "مستشفيات", "مدرسة", "مدارس", "سوق", "أسواق", "حافلة", "موكب", "عائلة", "أسرة");
        _resultOf = Set("نتيجة", "بسبب");
        _cooperation = n.Normalize("تعاون");
        _council = n.Normalize("مجلس");
        _spokenAt = Set("في", "خلال", "عبر", "أثناء");
        // «دمرتها إحدى غارات الطيران»: one of, a number of, all of: the head of the subject's phrase, no name.
        _partitives = Set("إحدى", "أحد", "عدد", "جميع", "عشرات", "مئات", "آلاف", "غالبية", "أغلب", "كافة");
        _mustWords = Set("يتعين", "يجب", "ينبغي", "يتوجب", "لابد");
        _posts = Set("دورية", "دوريات", "نقطة", "حاجز", "حواجز", "ثكنة", "رتل", "كتيبة", "لواء", "قاعدة", "قواعد", "جبهة", "جبهات");
        // What an attack strikes that belongs to someone: a vehicle, a convoy, a building, a post.
        _struckObjects = Set([.. _posts.Words, "منزل", "منازل", "بيت", "مسجد", "كنيسة", "مخيم", "سيارة", "سيارات", "حافلة", "حافلات", "موكب", "قافلة", "شاحنة",
            "شاحنات", "آلية", "آليات", "عربة", "عربات", "مدرعة", "مدرعات", "دبابة", "دبابات", "طائرة", "مروحية", "سفينة", "زورق", "بارجة", "مقر", "مقرات", "مبنى",
            "مكتب", "مركز", "مخفر", "سفارة", "قنصلية", "موقع", "مواقع", "معسكر", "مخزن", "مخازن"]);
        _belonging = Set("تابعة", "تابع", "تابعا", "تابعين", "تابعتين", "تابعان");
        _freeing = Set("تحرير", "استعادة", "استرداد", "تطهير", "إخلاء", "طرد");
        _another = Set("أخرى", "أخريان", "أخريين", "آخر", "آخران", "آخرين", "ثالثة", "ثالث");
        _foremost = Set("مقدمة", "مقدمت", "رأس", "طليعة", "طليعت");
        _menInTaMarbuta = Set("قادة", "ساسة", "قضاة", "دعاة", "ولاة", "رعاة", "غزاة", "حماة", "بغاة", "طغاة", "رماة", "سعاة", "هداة", "عتاة");
        _endingTies = Set("وقف", "إنهاء", "قطع", "تجميد", "تعليق", "رفض", "مقاطعة", "عدم", "ضد", "إطار", "خلال", "ضمن");
        _jointActs = Set("تعاون", "تعاونا", "حوار", "حوارا", "تنسيق", "تنسيقا", "شراكة", "محادثات", "مباحثات", "مفاوضات", "تفاوض", "تقارب", "مصالحة", "تطبيع");
        _obliqueDualSides = Set("جانبين", "طرفين", "زعيمين", "رئيسين", "قائدين", "عاهلين", "وزيرين");
        _stances = Set("أن", "أنه", "أنها", "ألا", "أهمية", "ضرورة", "ذلك", "هذا", "وجوب", "رفض");
        _regimeLike = Set("نظام", "تحالف", "احتلال");
        _dualSides = Set("جانبان", "طرفان", "زعيمان", "رئيسان", "قائدان", "عاهلان", "وزيران");
        _bodies = Set("ميليشيات", "مليشيات", "ميلشيات", "ميليشيا", "مليشيا", "قوات", "جماعات", "عصابات", "سلطات");
        _institutions = Set("جيش", "جيوش", "شرطة", "حكومة", "حكومات", "بلديات", "برلمان", "وزارة", "أجهزة");
        _ascribing = Set("نسب", "نسبت", "ينسب", "تنسب", "عزا", "عزت", "يعزو", "تعزو");
        _efforts = Set("محاولة", "محاولات", "مساع", "مساعي", "جهود", "خطوات", "إجراءات", "سياسات", "خطط", "خطة", "مخطط", "مخططات", "مؤامرة", "مؤامرات", "تحركات", "دعوات", "ممارسات", "أجندات", "أجندة");
        _masculineRoles = Set("مبعوث", "وزير", "رئيس", "مسؤول", "سفير", "متحدث", "ناطق", "قائد", "زعيم", "أمين", "مستشار", "نائب", "ممثل", "مندوب",
            "ملك", "أمير", "مدير", "محافظ", "قاض", "مفتي", "شيخ", "عاهل", "ولي", "ضابط");
        _aspectVerbs = Set("بدأ", "بدأت", "باتت", "بات", "أصبح", "أصبحت", "أخذت", "أخذ", "كان", "كانت", "ظل", "ظلت", "راح", "راحت", "صار", "صارت");
        _killing = Set("قتل", "قتلت", "تقتل", "يقتل", "قتلوا");
        _comingFrom = Set("قادم", "قادمة", "قادمين", "قادمون", "وافد", "وافدة", "وافدين", "آت", "آتية", "عائد", "عائدة", "عائدين");
        _pronouns = Set("هو", "هي", "هم", "هما", "هن");
        _feelings = Set("فخر", "قلق", "تفاؤل", "تشاؤم", "دهشة", "استغراب", "أسف", "سخرية", "تساؤل", "حزن", "اطمئنان", "ارتياح", "استهجان", "إعجاب",
            "ضحك", "خجل", "أسى", "حيرة", "شك", "ريبة", "سعادة", "اعتزاز", "خوف", "استياء", "امتعاض", "تعجب", "تأمل");
        _sports = Set("منتخب", "منتخبات", "نادي", "مدرب", "دوري", "مباراة", "مباريات", "أولمبياد", "مونديال", "كروية");
        _timeWords = Set(TimeWords.Forms);
        _aboutWords = Set("عن", "إلى", "في");
        _speech = Set("تحدث", "تحدثت", "يتحدث", "كشف", "كشفت", "أشار", "أشارت", "أعلن", "أعلنت", "أكد", "أكدت");
        _quantities = Set("العديد", "عديد", "عدد", "عددا", "بعض", "كثير", "معظم", "أغلب", "غالبية", "جميع", "كل", "عشرات", "مئات", "آلاف", "أكثر", "مجموعة");
        _min = n.Normalize("من");
        _before = n.Normalize("قبل");
        _bombardment = n.Normalize("قصف");
        _haqq = n.Normalize("حق");
        _guestStem = analyzer.Stemmer.StemToString(n.Normalize("استضاف"));
        _biHaqq = n.Normalize("بحق");
        _with = n.Normalize("مع");
        _role = n.Normalize("دور");
        _regime = n.Normalize("نظام");
        _inProtest = n.Normalize("احتجاجا");
        _crowds = Set("آلاف", "ألوف", "مئات", "عشرات", "حشود", "جموع", "الآلاف", "المئات", "العشرات", "ألف", "مئة", "مائة");
        _fi = n.Normalize("في");
        _since = n.Normalize("منذ");
        _yearWords = Set("عام", "سنة", "عامي", "العام", "السنة");
        // «في أواخر التسعينات», «في الخمسينيات»: a decade of the last century is history to any news of this one.
        _decades = Set("عشرينات", "ثلاثينات", "أربعينات", "خمسينات", "ستينات", "سبعينات", "ثمانينات", "تسعينات",
            "عشرينيات", "ثلاثينيات", "أربعينيات", "خمسينيات", "ستينيات", "سبعينيات", "ثمانينيات", "تسعينيات");
        _century = n.Normalize("القرن");
        _pastCenturies = Set("ماضي", "أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "عشرين");
        // «قتل 16 ألف شخص في كارثة تسونامي», «مصرع خمسة في حادث سير»: deaths nobody inflicted are no assault.
        _mishaps = Set("كارثة", "زلزال", "زلازل", "هزة", "فيضان", "فيضانات", "سيول", "إعصار", "تسونامي", "عاصفة", "حريق", "حرائق", "غرق", "وباء", "تصادم", "اصطدام", "تحطم", "تحطمت", "انزلاق");
        _roadWords = Set("سير", "مروري", "مرور", "سيارة", "طريق", "حافلة", "شاحنة", "مركبة", "قطار");
        _overturning = Set("انقلاب", "انقلبت");
        _didTheSame = Set("فعل", "فعلت", "فعلوا", "يفعل", "تفعل", "يفعلون", "صنع", "صنعت", "فعلا");
        _likeAs = n.Normalize("كما");
        _doingIt = Set("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون");
        _readiness = Set("استعداد", "رغبة");
        _clauseOfTime = Set("عندما", "حينما", "بعدما", "بينما");
        _byIt = Set("به", "بها", "بهم");
        _name = n.Normalize("اسم");
        _behalf = n.Normalize("نيابة");
        _inTheName = n.Normalize("باسم");
        _fractures = Set("كسر", "كسور", "رضوض", "التواء");
        _explosiveDevices = Set("عبوة", "عبوات", "ناسفة", "قنبلة", "قنابل", "لغم", "ألغام", "ألغاما", "متفجرات", "المتفجرات");
        _placePrepositions = Set("إلى", "في", "من");
        _nextWords = Set("مقبل", "مقبلة", "قادم", "قادمة");
        _defenceless = Set("نساء", "أطفال", "مدنيين", "مدنيون", "أبرياء", "عزل", "رضع", "شيوخ", "مسنين", "نازحين", "لاجئين", "مصلين");
        _wentAheadWith = Set("أقدم", "أقدمت", "أقدموا", "أقدما", "أقدمتا");
        _timeSpans = Set("أسبوع", "شهر", "عام", "سنة", "ماضي", "ماضية", "مقبل", "مقبلة", "حالي", "جاري", "أخير", "أخيرة", "قادم", "قادمة");
        _awaited = Set("مرتقب", "مرتقبة", "مزمع", "مزمعة", "منتظر", "منتظرة", "مرتقبين", "مقرر", "مقررة");
        _happened = Set("وقع", "وقعت", "حدث", "حدثت");
        _incidents = Set("حادث", "حادثة");
        _falling = Set("سقطت", "تسقط");
        _descriptionHeads = Set("وفد", "بعثة", "حزب", "حركة", "جماعة", "تنظيم", "ولي", Government);
        _personHeads = Set("ولي");
        _reception = n.Normalize("استقبال");
        _meeting = n.Normalize("لقاء");
        _deathManners = Set("حرقا", "ذبحا", "شنقا", "خنقا", "غرقا", "طعنا", "رجما", "رميا", "تعذيبا", "جوعا", "دهسا");
        _across = n.Normalize("عبر");
        _styles = Set("جلالة", "جلالت", "سمو", "فخامة", "فخامت", "معالي", "سعادة", "سعادت");
        _owner = n.Normalize("صاحب");
        _detonate = n.Normalize("فجر");
        _royal = n.Normalize("ملكي");
        _achieving = Stems(["حقق", "يحقق", "تحقق"]);
        _affairs = n.Normalize("شؤون");
        _perfectsInN = Set("ناشد", "ناشدت", "ناقش", "ناقشت", "نافس", "ناضل", "ناصر", "نادى", "نادت", "ناهز", "نال", "نالت");
        _violentQualities = Set("إجرامي", "إرهابي", "جبان", "آثم", "همجي", "وحشي", "غادر", "شنيع", "بشع", "دنيء", "إجرامية", "إرهابية", "جبانة", "آثمة", "همجية", "وحشية", "غادرة", "شنيعة", "بشعة", "دنيئة");
        _helpMasdars = Set("مساعدة", "دعم", "مساندة", "حماية", "تسليح", "تدريب", "تزويد", "إغاثة", "تمويل", "إعمار");
        _renewing = Set("جدد", "جددت", "يجدد", "تجدد", "جددوا", "كرر", "كررت", "يكرر", "تكرر", "كرروا", "استأنف", "استأنفت", "يستأنف", "تستأنف");
        _deeds = Set("عمل", "أعمال", "جريمة", "جرائم", "حادث", "حادثة");
        // Also what someone is accused or suspected of («اتهم بتفجير الطائرتين»), and the topic of a file, a complaint,
        // a film or a rumour: an allegation or a story is not the article's report of the act.
        _frames = Set("تهمة", "تهم", "جريمة", "جرائم", "قضية", "قضايا", "اتهام", "اتهامات", "ادعاءات", "مزاعم", "ذكرى", "عقوبة", "المشتبه", "مشتبه", "محاكمة", "جرم", "نوع", "قبيل", "مسلسل",
            "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "متهم", "متهمة", "متهمين", "متهمون", "شبهة", "شبهات", "فيلم", "شكوى", "شكاوى", "دعاوى", "دعوى",
            "إشاعة", "إشاعات", "شائعة", "شائعات",
            // «أكد تفهمه قلق الرياض», «تبديد مخاوف»: another's concern understood, shared or allayed is not said here.
            "تفهم", "يتفهم", "تتفهم", "تبديد", "طمأنة", "مراعاة", "مشاطرة", "يشاطر", "تهدئة",
            // «بأعمال مثل تفجير أنابيب النفط», «أدت مثل هذه التفجيرات»: what is like an act is a kind of act.
            "مثل");
        // «من قتل وذبح وخطف», «جرائم ضد الإنسانية وقتل واغتصاب وتعذيب»: bare masdars of violence joined by «و» with
        // nothing after them name kinds of act. The second list holds the ones that are never verbs.
        _violenceNouns = Set("اختطاف", "اغتيال", "اغتيالات", "اغتصاب", "تعذيب", "ابتزاز", "تهجير", "ترويع", "تفجير", "تفجيرات", "اعتداء",
            "اعتداءات", "عدوان", "عنف", "إرهاب", "تدمير", "تشريد", "تنكيل", "إعدام", "إعدامات", "إبادة", "اعتقال", "اعتقالات", "احتجاز",
            "انتهاكات", "جرائم", "مجازر", "هجمات", "تصفية", "تخريب", "قمع", "سرقة", "نهب", "سلب", "حرق", "تمثيل");
        _kindsOfViolence = new WordSet(_violenceNouns.Words.Concat(Set("قتل", "ذبح", "خطف", "قصف", "سجن", "ضرب").Words));
        WordSet Stems(params string[] words) => new(Set(words).Words.Select(w => analyzer.Stemmer.StemToString(w)));
        _occurrence = Stems(OccurrenceVerbs);
        _undergoing = Stems("تعرض", "تعرضت", "يتعرض", "عاش", "عاشت", "تعيش", "يعيش", "عانى", "عانت", "تعاني", "يعاني", "واجه", "واجهت", "تواجه", "يواجه", "مر", "مرت", "تمر", "يمر");
        _aimVerbs = Stems("استهدف", "يستهدف", "تستهدف", "استهدفت");
        _lightVerbs = Stems([.. OccurrenceVerbs, "أقدم", "أقدمت", "أقدموا", "تمكن", "تمكنت", "يتمكن", "شن", "شنت", "يشن", "تشن", "نفذ", "نفذت", "ينفذ", "تنفذ", "ارتكب", "ارتكبت", "يرتكب", "ترتكب", "خاض", "خاضت", "يخوض", "تخوض", "أجرى", "أجرت", "يجري", "تجري", "أجروا", "قام", "قامت", "يقوم", "أطلق", "أطلقت", "يطلق", "وجه", "وجهت", "يوجه", "قاد", "قادت", "يقود", "نظم", "نظمت", "ينظم", "أبدى", "أبدت", "يبدي", "أعرب", "أعربت", "يعرب", "أعلن", "أعلنت", "يعلن", "بدأ", "بدأت", "يبدأ", "واصل", "واصلت", "يواصل", "استئناف", "صعد", "صعدت", "يصعد", "تصعد", "كثف", "كثفت", "يكثف", "تكثف", "كثفوا",
            // «ردت القوات بقصف عنيف»: what one responds with, one does (only the noun after «ب»: see LightVerbBefore).
            "رد", "ردت", "ردوا", "يرد", "ترد"]);
        _respond = Stems(["رد", "ردت", "ردوا", "يرد", "ترد"]);
        _an = n.Normalize("أن");
        _hands = Set("يد", "أيدي", "ايدي");
        _counts = Set([.. SmallCounts, "بضعة", "مئات", "آلاف"]);
        // Cores: «بقيادة», «بدعم من», «بمشاركة», «التابعة ل».
        _alongside = Set("قيادة", "زعامة", "رئاسة", "دعم", "مساندة", "مشاركة", "إسناد", "تعاون", "تابعة", "تابع", "مدعومة", "مدعوم", "مدعومين", "مدعومون",
            "موالية", "موالي", "موالين", "موالون", "متحالفة", "متحالف", "متحالفين", "متحالفون", "مؤيدون", "مؤيدين", "مؤيدة", "ينتمون", "منتمين", "تابعون", "تابعين");
        _ownership = Set("قيادة", "زعامة", "رئاسة", "تابعة", "تابع");
        _timeNouns = Set("وقت", "ساعة", "ساعات");
        _supportMasdars = Set("دعم", "مساندة", "إسناد", "نصرة", "مؤازرة");
        _supportAdverbs = Set("دعما", "إسنادا", "مساندة", "نصرة", "مؤازرة");
        _openers = Set("لكن", "بينما", "فيما", "بل", "ثم");
        _when = Set("عندما", "حين", "حينما", "حينها", "لما", "بعدما", "عند", "يوم", "إذ");
        // «داعيا الله أن يحفظ», «سائلا المولى», «شكر الله»: a verb addressed to God is a prayer.
        _divine = Set("الله", "المولى", "مولى", "ربه", "ربها", "ربهم", "ربنا", "الباري", "باري");
        _todayWord = n.Normalize("اليوم");
        _tomorrowWord = n.Normalize("غدا");
        _diplomatic = Set("سفارة", "سفارات", "سفير", "سفيرة", "سفراء", "وفود", "الوفود", "قنصلية", "قنصل", "بعثة", "وفد", "وفدا", "وفودا", "مندوب", "ممثل", "ممثلية", "ملحق", "مبعوث", "مبعوثا", "موفد", "موفدا", "دبلوماسي", "دبلوماسيين", "دبلوماسيون");
        _blessings = Stems("حفظ", "يحفظ", "رعى", "يرعى", "أيد", "يؤيد", "رحم", "يرحم", "وفق", "يوفق", "سدد", "يسدد", "نصر", "ينصر");
        _prayingParticiples = Set("داعيا", "سائلا", "راجيا", "مبتهلا", "متمنيا", "متضرعا", "داعين", "سائلين");
        _members = Set("أبناء", "عناصر", "مقاتلو", "مقاتلي", "أفراد", "أعضاء", "مسلحو", "مسلحي", "جنود", "رجال");
        _aircraft = Set("طائرات", "طائرة", "مقاتلات", "طيران", "مروحيات", "مدفعية", "بوارج", "الطائرات", "المقاتلات");
        _nameHeads = Set("حزب", "عبد", "جند", "أنصار", "نصر", "عبيد", "فضل", "خير", "حرب");
        // «استقبل مطار عدن أول طائرة», «استقبل ميناء عدن سفينة»: a facility that receives is not a host.
        _positions = Set("مواقع", "موقع", "مقار", "مقرات", "مقر", "معاقل", "معقل", "تجمعات", "تجمع", "أهداف", "مخازن", "معسكرات", "معسكر",
            "ثكنات", "تحصينات", "دفاعات", "منازل", "آليات", "مراكز", "خطوط", "قوافل", "عربات", "أوكار", "تمركزات", "نقاط", "تعزيزات", "أرتال", "مدرعات", "دبابات");
        // «لمسافة عشرة أمتار», «لساعات», «لأسباب سياسية»: «ل» of measure, time or reason, not of an object.
        _adverbialLi = Set("مسافة", "مدة", "ساعات", "ساعة", "أيام", "يوم", "يومين", "أشهر", "شهر", "شهرين", "سنوات", "سنة", "سنتين", "أعوام", "عام", "عامين",
            "أسباب", "سبب", "أجل", "صالح", "فترة", "فترات", "دقائق", "دقيقة", "أسابيع", "أسبوع", "أسبوعين", "عدة", "حين", "غاية", "درجة", "مرة", "مرات",
            "أكثر", "نحو", "حوالي", "قرابة", "ذلك", "هذا", "هذه", "دواع", "دواعي", "مخالفتهم", "مخالفة", "اتهامات", "تهم");
        _particlesOfClause = Set("لم", "لن", "لا", "ما", "قد", "لكن", "إن", "أن");
        _openingParticles = Set("قد", "لقد", "كما", "فيما", "بينما", "حيث");
        _attributed = Set("نسبت", "نسب", "تنسب", "ينسب", "نسبتها", "المنسوبة", "منسوبة", "المنسوب");
        _ila = n.Normalize("إلى");
        _strongly = n.Normalize("بشدة");
        _placeNouns = Set("العاصمة", "مدينة", "المدينة", "عاصمة");
        // Nouns of going somewhere, whose «إلى» phrase is where they go: «زيارته إلى الإمارات», «مرور الأجانب إلى سوريا».
        _movementNouns = Set("زيارة", "زيارته", "زيارتها", "زيارتهم", "زيارات", "مرور", "عبور", "دخول", "وصول", "وصوله", "عودة", "عودته", "انتقال", "نقل",
            "تدفق", "سفر", "سفره", "رحلة", "رحلته", "توجه", "توجهه", "هجرة", "نزوح", "لجوء", "فرار", "هروب", "تسلل");
        _sessions = Set("اجتماع", "جلسة", "اجتماعات", "جلسات", "دورة", "اجتماعا");
        _tollVerbs = Set("جرح", "جرحت", "جرحوا", "أصيب", "أصيبت", "أصيبوا", "قتل", "قتلت", "قتلوا", "فقد", "فقدت", "خطف", "اختطف");
        _partsOf = Set("مناطق", "أجزاء", "مدن", "قرى", "أراضي", "أنحاء", "مواقع", "بلدات", "جنوبية", "شمالية", "شرقية", "غربية", "حدودية", "جزء", "منطقة", "مدينة");
        _approximately = Set("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أيضا", "كذلك", "فقط", "أكثر", "أقل", "ما", "قد", "أمس", "اليوم", "مجددا");
        _deciding = Stems(["قرر", "قررت", "يقرر", "تقرر", "اعتزم", "اعتزمت", "يعتزم", "تعتزم", "حاول", "حاولت", "يحاول", "تحاول", "قرروا",
            "رفض", "رفضت", "يرفض", "ترفض", "اقترح", "اقترحت", "يقترح", "تقترح", "ينوي", "تنوي", "نوى", "أقر", "أقرت", "يقر", "تقر"]);
        _agreements = Set("اتفاق", "اتفاقية", "معاهدة");
        _or = n.Normalize("أو");
        _sources = Set("مصدر", "مصادر");
        _causeOfHarm = Set("جراء", "بسبب", "إثر", "اثر", "نتيجة");
        _seat = n.Normalize("مقر");
        _moreOrLess = Set("أكثر", "أقل", "اكثر", "اقل");
        _roughly = Set("نحو", "حوالي", "قرابة", "زهاء");
        _someOf = Set("عدد");
        _each = n.Normalize("كل");
        _self = n.Normalize("نفس");
        _cityParts = Set("وسط", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "ضواحي", "أطراف", "محيط", "ريف");
        _capitalWord = n.Normalize("عاصمة");
        _students = Set("طالب", "طالبا");
        _femaleStudent = n.Normalize("طالبة");
        _pastMarkers = Set("ماضي", "منصرم", "سابق", "فائت");
        _army = n.Normalize("جيش");
        _delegations = Set("وفد", "وفود", "حكومة", "سفارة", "جيش", "قوات", "وزارة", "خارجية");
        _mannerWords = Set("دور", "شدة", "شكل", "قوة", "وضوح", "صراحة", "صوت", "لهجة");
        _warplanes = Set("طائرات", "طائرة", "مقاتلات", "طيران", "مروحيات", "الطائرات", "المقاتلات");
        _portfolios = Set("شؤون", "شئون");
        _namedAfterPlace = Set("طريق", "شارع", "حي", "منطقة", "مدخل", "جسر", "ميدان", "ساحة", "بوابة", "مطار", "ميناء");
        _achievers = Stems("حقق", "حققت", "يحقق", "تحقق", "أنجز", "أنجزت", "ينجز", "تنجز", "بذل", "بذلت", "يبذل", "تبذل", "قدم", "قدمت", "يقدم", "تقدم");
        _companions = Set("رفقة", "مرافقة", "يرافق", "ترافق", "رافق", "رافقه", "رافقها");
        _escorts = Set([.. _companions.Words, "حراسة", "حماية", "مواكبة"]);
        _nameTitleHeads = Set("وزير", "وزيرة", "رئيس", "رئيسة", "سفير", "سفيرة", "مساعد", "مساعدة", "نائب", "نائبة", "مستشار", "مستشارة", "قائد", "زعيم",
            "ملك", "أمير", "مندوب", "مندوبة", "مبعوث", "مبعوثة", "أمين", "متحدث", "متحدثة", "ناطق", "محافظ", "مدير", "مديرة", "وكيل", "قاضي",
            "مفتي", "عضو", "عضوة", "حاكم", "سيناتور", "مرشد", "قنصل");
        _personTitles = Set("دكتور", "شيخ", "مهندس", "سيد", "أستاذ", "لواء", "عميد", "عقيد", "فريق", "قيادي", "أمير", "معالي", "سمو", "مستشار", "محامي", "نائب", "العقيد", "الدكتور");
        _asideOpeners = Set("جهة", "جانب", "دور", "ناحية", "جهت", "ناحيت");
        _sayingHal = Set("قائلا", "مضيفا", "موضحا", "مؤكدا", "مشيرا", "لافتا", "مشددا", "معتبرا");
        _accusing = Set("اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا");
        _managing = Set("تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "نجح", "نجحت", "نجحوا", "ينجح", "تنجح");
        _intending = Set("قرر", "قررت", "يقرر", "تقرر", "قرروا", "اعتزم", "اعتزمت", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "يزمع", "تزمع");
        _scheduledIntent = Set("اعتزم", "اعتزمت", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "يزمع", "تزمع");
        _bodyNouns = Set("منظمة", "منظمات", "دولة", "دول", "جماعة", "جماعات", "حكومة", "حكومات", "قوات", "ميليشيات", "مليشيات", "ميليشيا", "أطراف",
            "حركة", "حركات", "جهات", "جهة", "فصائل", "فصيل", "مسؤول", "مسؤولين", "مسؤولون", "تنظيم", "تنظيمات", "حزب", "أحزاب", "بلدان", "بلد",
            "زعماء", "قادة", "زعيم", "قائد", "هيئة", "هيئات", "لجنة", "مجموعة", "مجموعات", "عصابات", "عناصر", "جمعية", "جمعيات", "وزارة", "وزير",
            "ممثلي", "ممثلو", "أعضاء", "مسؤولي", "مسؤولو", "ممثل");
        _envoys = Set("مبعوث", "سفير", "ممثل", "مندوب", "موفد", "قنصل");
        _at = n.Normalize("لدى");
        _borders = Set("حدود", "حدودها", "حدوده", "حدودي", "حدودية", "الحدود", "الحدودي", "الحدودية");
        _negotiating = Set("مفاوضات", "مفاوضة", "محادثات", "تفاوض", "التفاوض", "مشروع", "مسودة", "مقترح");
        // With their pronouns too: the lexicon teaches «نظرائه» and «نظرائهم» to the segmenter whole.
        _counterparts = Set("نظير", "نظيرة", "نظراء", "نظيري", "نظيرين", "نظيره", "نظيرها", "نظيريه", "نظرائه", "نظرائهم", "نظرائها");
        _messages = Set("برقية", "رسالة", "برقيات", "رسائل", "خطاب", "خطابا", "برقيتي", "رسالتي");
        _sending = Set("بعث", "بعثت", "يبعث", "تبعث", "أرسل", "أرسلت", "يرسل", "ترسل", "وجه", "وجهت", "يوجه", "توجه", "بعثا", "أرسلا");
        _demonstratives = Set("هذا", "هذه", "هذين", "هذان", "هاتين", "هؤلاء", "ذلك", "تلك", "أولئك");
        _fired = Set("قذائف", "قذيفة", "صواريخ", "صاروخ", "نيران", "نار", "رصاص", "رصاصة", "براميل", "قنابل", "زخات", "رشقات");
        _facilities = Set("مطار", "ميناء", "مرفأ", "مستشفى", "مستشفيات", "معبر", "منفذ", "مخيم", "مركز", "مراكز", "قاعدة", "ملعب", "فندق", "مدرسة", "جامعة");
        // «تستهدف توفير السكن», «يستهدف تحقيق النمو»: aiming at a goal, not striking a target.
        _aims = Set("زعزعة", "تقويض", "إضعاف", "نيل", "مساس", "تمزيق", "شق", "إثارة", "تهديد", "نشر", "توفير", "تحقيق", "تطوير", "تعزيز", "زيادة", "رفع", "تحسين", "دعم", "تنمية", "جذب", "إيجاد", "تمكين", "تأهيل", "تشجيع", "إنشاء",
            "تقديم", "استقطاب", "ضمان", "خفض", "تقليص", "الوصول", "بناء", "حماية", "مساعدة", "خدمة", "تحفيز", "توعية", "تنويع", "استكمال", "إعداد",
            "تنفيذ", "تسهيل", "تعريف", "إشراك", "استيعاب", "تغطية", "معالجة", "الحد", "تخفيف", "نشر", "تدريب", "تثقيف", "توظيف", "رعاية", "فئة", "شريحة",
            "مستقبل", "مستقبلا", "الوصول");
        // «العقوبات تستهدف أربعة أفراد», «البرنامج يستهدف الشباب»: what a measure, a law or a programme targets is its
        // scope. Not a campaign: «الحملة الجوية تستهدف مواقع داعش» is an attack.
        _instruments = Set("عقوبات", "العقوبات", "إجراءات", "الإجراءات", "قرار", "القرار", "قرارات", "القرارات", "خطة", "الخطة", "برنامج", "البرنامج",
            "برامج", "مبادرة", "المبادرة", "مشروع", "المشروع", "قانون", "القانون", "الضريبة", "رسوم", "الرسوم", "دورة", "الدورة", "مسابقة", "المسابقة",
            "مهرجان", "المهرجان", "معرض", "المعرض", "ملتقى", "الملتقى", "فعالية", "الفعالية", "فعاليات", "الفعاليات", "جائزة", "الجائزة", "منحة", "المنحة",
            "حملة التوعية", "الحملة التوعوية", "الخدمة", "الخدمات", "المنتج", "المنتجات", "الشركة", "الإعلان", "الحملة الإعلانية");
    }

    public IReadOnlyList<CodedEvent> Code(Article article, CodingTrace? trace = null) => Code(article, trace, out _);

    /// <summary>
    /// Consulting, praising, cooperating with or aiding no one; an intent to meet or cooperate with no one; easing
    /// sanctions on, allowing in or releasing no one («وأطلقت سراحه», «أفرجت عن عدد من الأسرى»: whom is the event);
    /// threatening no one («تواجه تهديدا», «الوزارة توعدت»). A
    /// pledge of aid (033), an intent to yield (034), and what one yields by oneself, a resignation, a truce or a
    /// withdrawal (083, 085, 087), stand without a counterpart.
    /// </summary>
    private static bool IsWithoutCounterpart(CodedEvent e)
        => e.Target is null && (e.Root is "04" or "05" or "06" or "07"
                                || (e.Root == "03" && e.Cameo[..3] is not ("033" or "034"))
                                || (e.Root == "08" && e.Cameo[..3] is not ("083" or "085" or "087"))
                                || e.Root == "13");

    /// <summary>
    /// «وافق الاتحاد الأوروبي على الاتفاق النووي», «تبنى مجلس الأمن … الاتفاق»: an agreement signed or approved with no party
    /// named in its sentence, but called «الاتفاق» (one the reader knows), is the one the article already reported signed;
    /// its counterpart is the party of that agreement the article names most often, other than the approver's own country.
    /// An international body that endorses a known agreement the article reported no signing of acts alone (its events are
    /// returned, to be kept without a counterpart); anyone else's stays dropped.
    /// </summary>
    private static HashSet<CodedEvent> ResolveAgreementParties(List<CodedEvent> raw, CodingTrace? trace)
    {
        var endorsed = new HashSet<CodedEvent>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < raw.Count; i++)
        {
            var e = raw[i];
            // («بعد توقيع الاتفاق نددت الدول الخليجية»: the signing told again is no new act, and its doer is not the
            // clause's; read without vowel marks, as «وقّعنا» is «وقعنا».)
            // (Nor when a relative clause stands between the doer and the agreement: in «عراقجي يشير إلى القرار الذي أصدره
            // مجلس الأمن وصدق فيه على الاتفاق» the one who approved is the Council, not the one speaking.)
            if (e.Cameo != "057" || e.Target is not null || AgreementWord().Match(e.Evidence.Text) is not { Success: true } word
                || SigningWord().IsMatch(PatternLoader.WithoutMarks(e.Evidence.Text)) || RelativeOfAnother(e, word.Index))
            {
                continue;
            }

            var own = ActorCodes.Country(e.Source.Code) ?? e.Source.Code;
            var tally = new Dictionary<string, (int Count, EventActor Last)>(StringComparer.Ordinal);
            foreach (var signed in raw.Where(x => x.Cameo[..3] == "057" && x.Target is not null && x.Sentence < e.Sentence))
            {
                foreach (var party in (EventActor[])[signed.Source, signed.Target!])
                {
                    var key = ActorCodes.Country(party.Code) ?? party.Code;
                    if (key != own && party.Code != e.Source.Code)
                    {
                        tally[key] = (tally.GetValueOrDefault(key).Count + 1, party);
                    }
                }
            }

            if (tally.Count > 0)
            {
                var party = tally.Values.MaxBy(v => v.Count).Last;
                raw[i] = e with { Target = new EventActor(party.Code, party.Name, word.Value, e.Evidence.Start + word.Index, e.Evidence.Start + word.Index + word.Length) };
                trace?.Add($"  the agreement «{word.Value}» at «{e.Evidence.Text}» is the one reported signed before: counterpart {party.Code}");
            }
            else if (e.Source.Code.StartsWith("IGO", StringComparison.Ordinal) && word.Value.StartsWith("ال", StringComparison.Ordinal))
            {
                endorsed.Add(e);
            }
        }

        return endorsed;
    }

    [GeneratedRegex("(?:ال)?[اإ]تفاق(?:ية)?|(?:ال)?معاهدة")]
    private static partial Regex AgreementWord();

    [GeneratedRegex("توقيع|[إا]برام|[أا]برم|وقع")]
    private static partial Regex SigningWord();

    /// <summary>
    /// Whether a relative clause on something other than the source stands before the agreement in the evidence: «عراقجي
    /// يشير إلى القرار الذي أصدره مجلس الأمن وصدق فيه» (not «مجلس الأمن الذي جرى تمريره … ويقر الاتفاق», on the Council).
    /// </summary>
    private static bool RelativeOfAnother(CodedEvent e, int agreementAt)
    {
        var afterSource = e.Source.End - e.Evidence.Start;
        if (afterSource < 0 || afterSource > agreementAt)
        {
            return false;
        }

        var between = e.Evidence.Text[afterSource..agreementAt];
        return RelativeWord().Match(between) is { Success: true } relative && between[..relative.Index].Trim().Length > 0;
    }

    [GeneratedRegex("(^|\\s)(الذي|التي|الذين)(\\s|$)")]
    private static partial Regex RelativeWord();

    // «ولم تعلن أي جهة مسؤوليتها عن الهجوم», «لم تتبن أي جماعة», «لم يعلن أحد مسؤوليته»: the article says the attack is
    // unclaimed.
    [GeneratedRegex("لم\\s+(?:ت|ي)(?:علن|تبن[ىي]?)\\s+(?:[أا]ي[ةه]?\\s+(?:جهة|جماعة|مجموعة|منظمة)|[أا]حد)")]
    private static partial Regex UnclaimedWords();

    /// <summary>Codes <paramref name="article"/> and reports how many sentences it read (title and body).</summary>
    public IReadOnlyList<CodedEvent> Code(Article article, CodingTrace? trace, out int sentences)
    {
        var state = new ArticleState();
        var raw = new List<CodedEvent>();
        if (article.Published is null)
        {
            trace?.Add("warning: the article has no publication date; relative dates stay unresolved");
        }

        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            CodeField(article, "title", article.Title, detectDateline: false, state, raw, trace);
        }

        if (!string.IsNullOrWhiteSpace(article.Text))
        {
            state.FirstTextSentence = state.SentenceIndex + 1;
            CodeField(article, "text", article.Text, detectDateline: true, state, raw, trace);
        }

        sentences = state.SentenceIndex + 1;

        // «بريطانيا تتهم رجلين»: a title reports the news of the lead; with no date of its own it happened on the
        // lead's day.
        if (state.LeadDate is { } lead)
        {
            for (var i = 0; i < raw.Count; i++)
            {
                if (raw[i].Evidence.Field == "title" && raw[i].Date.Value is null && raw[i].Modality == "asserted")
                {
                    raw[i] = raw[i] with { Date = lead };
                }
            }
        }

        // «ولي ولي العهد يعقد اجتماعا», «الوزارة تطالب»: the title is read before the story that names the country a
        // bare role belongs to; once the body is read, the article's main country completes it.
        if (raw.Any(e => e.Evidence.Field == "title") && DominantCountry(state.Known, []) is { } main)
        {
            // Only the state's own organs: an ambassador serves abroad, and civilians, refugees or fighters may be of
            // any country; never so that both sides become one country's («السفير يلتقي رئيس الوزراء الكندي»).
            EventActor Complete(EventActor actor, EventActor? other) => actor.Code is "GOV" or "MIL" or "COP" or "LEG" or "JUD" or "SPY" or "MED" or "EDU" or "HLH" or "BUS"
                                                                       && (other is null || (ActorCodes.Country(other.Code) is { } otherCountry && otherCountry != main))
                                                                       && !IsDiplomatic(_analyzer.Normalizer.Normalize(actor.Text).Split(' '))
                ? actor with { Code = main + actor.Code, Name = actor.Name + " (" + main + ")" }
                : actor;
            for (var i = 0; i < raw.Count; i++)
            {
                if (raw[i].Evidence.Field == "title")
                {
                    raw[i] = raw[i] with { Source = Complete(raw[i].Source, raw[i].Target), Target = raw[i].Target is { } target ? Complete(target, raw[i].Source) : null };
                }
            }
        }

        AttributeClaimedAttacks(raw, state.Claims, article, state.Named);
        // «قصف شنه الحوثيون على …», «سيطر مقاتلو المعارضة السورية»: a named side's violence whose victim no word names was
        // done in the place the sentence gives it; that country is what it struck. (Not an unknown attacker's, nor armed men of
        // no country: a bomb that kills passers-by, a clash among tribesmen, have victims of no known country.)
        for (var i = 0; i < raw.Count; i++)
        {
            // (Not an assassination: it strikes one man, whom the place does not name: «اغتيال … في عريفجان».)
            if (raw[i] is { Root: "18" or "19" or "20", Target: null, Place: { } where } && !raw[i].Cameo.StartsWith("186", StringComparison.Ordinal)
                && (ActorCodes.Country(raw[i].Source.Code) is not null || raw[i].Source.Code.StartsWith("IMG", StringComparison.Ordinal)))
            {
                trace?.Add($"  target of {raw[i].Source.Code} {raw[i].Cameo} at «{raw[i].Evidence.Text}» is the country of the place it happened in: {where.Country}");
                raw[i] = raw[i] with { Target = new EventActor(where.Country, where.Name + " (place)", where.Name, where.Start, where.End) };
            }
        }

        // «تظاهر آلاف للتنديد بسياسة الرئيس التركي»: demonstrators of no named country protesting a state's government,
        // courts or parliament, in its land or where no place is named, are its citizens (guide §2: the role alone only
        // when the country is unknown). Not by the place alone, and not abroad nor at its embassy («تجمع المتظاهرون أمام
        // السفارة الأمريكية في عمان» are Jordanians); not against an army or a police, often a foreign one's («تنديدا
        // بغارات التحالف»).
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i] is { Root: "14", Source.Code: "CVL", Target: { Code: { Length: 6 } against } target } protest
                && against[3..] is "GOV" or "LEG" or "JUD" && ActorCodes.Country(against) is { } citizens
                && (protest.Place is null || protest.Place.Country == citizens) && !IsMission(target.Text))
            {
                trace?.Add($"  source of CVL {protest.Cameo} at «{protest.Evidence.Text}» is {citizens}'s citizens");
                raw[i] = protest with { Source = protest.Source with { Code = citizens + "CVL", Name = protest.Source.Name + " (" + citizens + ")" } };
            }
        }

        // Consulting, praising, cooperating with or aiding no one is no event: the counterpart the recognizer missed is the
        // event, and an act with none («شكره», «تعاونها العسكري») is usually not one; nor is an intent to meet with no one
        // («الصين ستستضيف اللقاء»). A truce or a withdrawal stands alone; a release is of someone.
        var endorsed = ResolveAgreementParties(raw, trace);
        bool IsLone(CodedEvent e) => IsWithoutCounterpart(e) && !endorsed.Contains(e);
        foreach (var lone in raw.Where(IsLone))
        {
            trace?.Add($"dropped {lone.Source.Code} → - {lone.Cameo} at «{lone.Evidence.Text}»: an act that needs a counterpart and names none");
        }

        raw.RemoveAll(IsLone);
        // «العمليات العسكرية ضد الحوثيين», «لشن سلسلة غارات على مواقع المتطرفين»: fighting that no word of the text
        // ascribes to anyone (the placeholder stands on the act's own word, not on «مسلحون مجهولون») but that names the
        // armed group, force or people it is against has a doer the story knows and the coder did not reach; UAF would
        // state the attacker is unknown, which the story does not say. A fight with neither side named (clashes in a
        // town) stays faceless, and so does one against civilians or a whole country («تعرضت تركيا لقصف»), which may come
        // from anyone, unless a named side fights that same target in the same or the next sentence («وغارات على صنعاء.
        // وشن طيران التحالف …»): then it is that fight told again.
        var named = raw.Where(e => e.Root is "18" or "19" or "20" && e.Source.Code != "UAF" && e.Target is not null).ToList();
        bool IsUnascribedFight(CodedEvent e) => e.Root == "19" && e.Source.Code == "UAF" && e.Source.Text == e.Mentions[0].Trigger
                                                && (state.AgainstNamedSides.Contains(e.Evidence)
                                                    || (e.Target is not null && named.Any(n => n.Target!.Code == e.Target.Code && n.Mentions.Any(m => Math.Abs(m.Sentence - e.Sentence) <= 1))));
        if (trace is not null)
        {
            foreach (var ev in raw.Where(IsUnascribedFight))
            {
                trace.Add($"dropped UAF → {ev.Target!.Code} {ev.Cameo} at «{ev.Evidence.Text}»: a fight against a named side that no word ascribes to anyone");
            }
        }

        raw.RemoveAll(IsUnascribedFight);
        var coded = Deduplicate(raw, UnclaimedWords().IsMatch(article.Text));

        // «قتل خمسة جنود في هجوم على حاجز للجيش. وأصيب ثلاثة في الهجوم»: violence of the same root that strikes no one named,
        // by the same side or an unknown one, told in the sentence next to violence that does (and in none of its own
        // sentences with it), is that same violence told on. («قصفت طائرات التحالف مواقع الحوثيين. وفي عدن قتل 12 في انفجار»
        // is another act: a kill after a strike.) Only after deduplication, which keeps such a report as a mention when it
        // merges.
        var struck = coded.Where(e => e.Root is "18" or "19" or "20" && e.Target is not null).ToList();
        bool IsToldOn(CodedEvent e) => e.Root is "18" or "19" or "20" && e.Target is null
                                       && struck.Any(o => o.Root == e.Root && (e.Source.Code == "UAF" || o.Source.Code == e.Source.Code)
                                                          && o.Mentions.Any(m => e.Mentions.Any(own => Math.Abs(m.Sentence - own.Sentence) == 1)))
                                       && !struck.Any(o => o.Mentions.Any(m => e.Mentions.Any(own => m.Sentence == own.Sentence)));
        if (trace is not null)
        {
            foreach (var ev in coded.Where(IsToldOn))
            {
                trace.Add($"dropped {ev.Source.Code} → - {ev.Cameo} at «{ev.Evidence.Text}»: violence on no one named, next to the sentence that names whom it struck");
            }
        }

        coded.RemoveAll(IsToldOn);
        return coded;
    }

    /// <summary>
    /// «وتبنى تنظيم داعش الهجوم», «أعلنت حركة طالبان مسؤوليتها عن التفجير»: a group that claims the article's attack
    /// is its author, so the attacks the story reports near the claim (three sentences) without a named attacker (UAF)
    /// take the claimant as source. Only claims by armed groups: a government that «admits responsibility» for a failure
    /// has carried out no attack. An act dated after the claim is not the one claimed, nor is an undated act of today
    /// when the claim is an old one («تبنت هجوما مماثلا الشهر الماضي»).
    /// </summary>
    private static void AttributeClaimedAttacks(List<CodedEvent> raw, List<CodedEvent> claims, Article article, List<(string Field, string Code, int Start, int End)> named)
    {
        var published = article.Published;
        // A story of one attack (one claim, its unattributed attacks all in one country or none named) lets the claim
        // reach the whole article; a round-up of attacks in several countries keeps it to the sentences near it.
        var oneStory = claims.Count == 1 && raw.Where(e => e.Source.Code == "UAF" && IsMaterialConflict(e.Cameo) && e.Place is not null)
                                               .Select(e => e.Place!.Country).Distinct(StringComparer.Ordinal).Count() <= 1;
        foreach (var claim in claims)
        {
            for (var i = 0; i < raw.Count; i++)
            {
                var ev = raw[i];
                // The attack the claim speaks of is reported near it (a round-up reports other attacks further on), on the
                // claim's day or the few days before; attackers the text calls unknown («مجهولون») stay so.
                if (ev.Source.Code == "UAF" && IsMaterialConflict(ev.Cameo) && ev.Modality == "asserted"
                    && (ev.Evidence.Field == "title" || oneStory || Math.Abs(ev.Sentence - claim.Sentence) <= 3)
                    && (ev.Date.Value is { } day ? claim.Date.Value is not { } claimed || day <= claimed
                        : claim.Date.Value is not { } claimDay || published is not { } today || claimDay >= today.AddDays(-3))
                    && ev.Target?.Code != claim.Source.Code && !ev.Source.Text.Contains("\u0645\u062C\u0647\u0648\u0644", StringComparison.Ordinal)
                    && InField(claim.Source, claim.Evidence.Field, ev.Evidence, article, named) is { } claimant)
                {
                    raw[i] = ev with { Source = claimant };
                }
            }
        }
    }

    /// <summary>
    /// <paramref name="actor"/>, named in <paramref name="field"/>, as it stands in the field of <paramref name="evidence"/>:
    /// itself when the fields agree, else its last mention with the same code there before the evidence (or its first
    /// after), since offsets point into the evidence's field; null when that field never names it.
    /// </summary>
    private static EventActor? InField(EventActor actor, string field, Evidence evidence, Article article, List<(string Field, string Code, int Start, int End)> named)
    {
        if (field == evidence.Field)
        {
            return actor;
        }

        var there = named.Where(n => n.Field == evidence.Field && n.Code == actor.Code).ToList();
        if (there.Count == 0)
        {
            return null;
        }

        var (_, _, start, end) = there.LastOrDefault(m => m.End <= evidence.Start) is { Field: not null } before ? before : there[0];
        var text = evidence.Field == "title" ? article.Title : article.Text;
        return actor with { Start = start, End = end, Text = text[start..end] };
    }

    private void CodeField(Article article, string field, string original, bool detectDateline, ArticleState state, List<CodedEvent> events, CodingTrace? trace)
    {
        // Offsets point into one field: an actor named in the title cannot be the antecedent of a pronoun in the
        // body, or its offsets would be read against the wrong text. Codes learnt in the title still count.
        state.LastSource = null;
        state.LastActor = null;
        state.LastViolent = null;
        state.Adversaries.Clear();
        state.Perpetrators.Clear();
        state.LastEnemy = null;
        var text = _analyzer.Analyze(original, detectDateline);
        if (text.Dateline is { } dateline)
        {
            trace?.Add($"dateline: «{original[dateline.Start..dateline.End]}» (places statements, not events)");
        }

        foreach (var sentence in text.Sentences)
        {
            state.SentenceIndex++;
            CodeSentence(article, field, text, sentence, state, events, trace);
        }
    }

    private void CodeSentence(Article article, string field, AnalyzedText text, Sentence sentence, ArticleState state, List<CodedEvent> events, CodingTrace? trace)
    {
        var first = sentence.FirstToken;
        var limit = first + sentence.TokenCount;
        var sentenceEvents = events.Count;
        var sentenceText = text.Original[sentence.Start..sentence.End];
        trace?.Add($"sentence {state.SentenceIndex} ({field} {sentence.Start}-{sentence.End}): {sentenceText.Replace('\n', ' ')}");
        if (IsBoilerplate(text, sentence))
        {
            trace?.Add("  skipped: a question or boilerplate");
            return;
        }

        // «وقال كيري: "هل تعتقدون أن إيران ستعود إلى طاولة المفاوضات؟".»: a question closing inside quotes asks; it codes
        // nothing, but the time it gives is still the narrative's.
        if (IsQuotedQuestion(text, sentence))
        {
            CarryDate(_dates.Find(text, first, limit, article.Published), article, field, state);
            trace?.Add("  skipped: a question in quotes");
            return;
        }

        // «اعتذر منتخب الكويت», «فاز نادي الهلال»: teams and matches are sport, where country names are teams.
        if (Mentions(text, first, limit, _sports))
        {
            trace?.Add("  skipped: sport (a team, a match or a league)");
            return;
        }

        var (found, places) = _recognizer.Recognize(text, first, limit, article.Published, state.Aliases);
        var apposed = Apposed(text, found);
        var kept = found.Where(a => (!IsAttributive(text, a, first) || IsInstitutionJoinedToAnActor(text, a, found)) && apposed?.Contains(a) != true && !IsVerbWithObject(text, a) && !IsSystem(text, a, found, limit)).ToList();
        var actors = new List<ActorMention>(kept.Count);
        foreach (var mention in kept)
        {
            // «وأكد الجانبان رفضهما …», «واتفق الزعيمان على …»: two sides named by no nisba are the two states the
            // article last told meeting, visiting, talking or agreeing; each is a source. Two states named before it in
            // its own sentence come first («اختلاف بين واشنطن وأنقرة بشأن المنطقة التي اتفق عليها الطرفان»).
            if (mention is { Kind: MentionKind.Agent, Country: null } && IsBareDual(text, mention)
                && (PairBefore(text, actors, mention) ?? state.LastPair) is var (one, other))
            {
                // («كلا الجانبين» is one phrase, «كلا» its head.)
                var both = mention.FirstToken > first && text.Tokens[mention.FirstToken - 1] is { Kind: TokenKind.Arabic } kila && text.Core(kila).SequenceEqual("\u0643\u0644\u0627")
                    ? mention with { FirstToken = mention.FirstToken - 1, Start = text.Tokens[mention.FirstToken - 1].Start }
                    : mention;
                foreach (var party in (ReadOnlySpan<ActorMention>)[one, other])
                {
                    var side = both with { Code = Party(party)!, Name = mention.Name + " (" + party.Name + ")" };
                    state.Sides.Add(side);
                    actors.Add(side);
                }

                continue;
            }

            if (NamedInCommas(text, mention, found) is { } person)
            {
                actors.Add(mention with { Code = person.Code, Name = mention.Name + " → " + person.Name, IsPerson = true });
                continue;
            }

            actors.Add(ResolveAgent(mention, state, kept, actors.Count > 0 ? actors[^1] : null, text, places));
        }

        AddTitledNames(text, first, limit, actors, places, state);
        LearnTitledNames(text, limit, actors, places, state, trace);

        foreach (var actor in actors)
        {
            trace?.Add($"  actor {actor.Code} «{text.Original[actor.Start..actor.End]}» {actor.Start}-{actor.End} ({actor.Kind})");
            trace?.Add(new TracedActor(field, state.SentenceIndex, actor.Code, actor.Start, actor.End));
            state.Named.Add((field, actor.Code, actor.Start, actor.End));
        }

        foreach (var place in places)
        {
            trace?.Add($"  place {place.Place.Name} ({place.Place.Country}) «{text.Original[place.Start..place.End]}»");
            state.PlaceCountries[place.Place.Country] = state.PlaceCountries.GetValueOrDefault(place.Place.Country) + 1;
        }

        var speaker = FindSpeaker(text, first, limit, actors);

        // «قال وزير الخارجية الإيراني إن بلاده تدين», «وأضاف أن حكومته ترفض»: a possessive of country or government
        // after the speaker («بلاده، حكومته، دولته، بلادنا») is the speaker's own state, named by no name. With no speaker
        // named, a sentence opening on a verb of saying continues the last source.
        var sayingAt = ReportingVerbAt(text, first, limit);
        // «وأضاف: "نتعاون مع تركيا"», «وتابع أن»: only a verb of saying with no subject of its own («وقال محتج») continues
        // the last source, and a paper or a bystander is not who speaks on for a state.
        var continuedSpeaker = speaker is null && sayingAt >= 0 && !actors.Any(a => a.FirstToken < sayingAt) && sayingAt + 1 < limit
                               && (text.Tokens[sayingAt + 1].Kind == TokenKind.Punctuation
                                   || text.Tokens[sayingAt + 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } next && (IsComplementizer(text.Core(next)) || _prepositions.Contains(text.Core(next))))
                               && state.LastSpeaker is { Role: not ("MED" or "CVL") } last ? last : null;
        // «وكشف مستشار الجيش، الدكتور صلاح الدين عبد الكريم، أن …» … «وقال عبد الكريم إن …»: a speaker named later by the
        // name that stood by his titles the first time is that speaker.
        if (speaker is null && continuedSpeaker is null && sayingAt >= 0 && NameAfter(text, sayingAt, limit) is { } named)
        {
            for (var k = state.SpeakerPhrases.Count - 1; k >= 0; k--)
            {
                if (NameIn(state.SpeakerPhrases[k].Phrase, named))
                {
                    speaker = state.SpeakerPhrases[k].Speaker;
                    trace?.Add($"  speaker «{named}» is the one named so before: {speaker.Code}");
                    break;
                }
            }
        }

        if (speaker is not null)
        {
            state.LastSpeaker = speaker;
            if (sayingAt >= 0 && speaker.FirstToken > sayingAt && speaker.LastToken < limit)
            {
                // (Up to what he said, and not into a relative clause: «عائلة محمد يوسف الشاب الذي قتل خمسة جنود».)
                var phraseEnd = Math.Min(ContentOpening(text, sayingAt, limit), Math.Min(limit, speaker.LastToken + 12));
                for (var k = speaker.LastToken + 1; k < phraseEnd; k++)
                {
                    if (IsRelativePronoun(text, text.Tokens[k]))
                    {
                        phraseEnd = k;
                        break;
                    }
                }

                var endAt = text.Tokens[phraseEnd - 1].End;
                state.SpeakerPhrases.Add((speaker, text.Original[speaker.Start..Math.Max(speaker.End, endAt)]));
            }
        }

        // («دافع وزير الخارجية الإيراني … عما وصفه باتفاق أبرمه وفد بلاده»: with no one speaking, «بلاده» is the country of
        // the person the sentence opens with, or of the last speaker.)
        if ((speaker ?? continuedSpeaker
             ?? actors.FirstOrDefault(a => a.FirstToken - first <= 3 && a.Kind is MentionKind.Composite or MentionKind.Named && a.Role is "GOV" or "MIL" or "LEG" or "ELI" && !IsPrepositional(text, a, first))
             ?? state.LastSpeaker) is { Country: { } home } ownStateOf)
        {
            AddOwnState(text, first, limit, ownStateOf, home, actors, trace);
        }

        ActorMention? sentenceSource = null;
        var sentenceSourceCondemned = false;

        // The source of the last act coded in this sentence, named or not: the subject a circumstantial participle continues.
        ActorMention? clauseSource = null;
        var clauseSourceViolent = false;
        ActorMention? clauseTarget = null;
        var consumedUntil = -1;
        var sentenceDates = new List<DateMention>?[2];

        // The last event noun read in this sentence and its modality, for the nouns coordinated with it.
        (int Trigger, Modality Modality) lastNoun = (-1, Modality.Asserted);

        // Which tokens an actor covers and where actors begin, once per sentence rather than per token.
        var span = limit - first;
        Span<byte> actorAt = span <= 512 ? stackalloc byte[span] : new byte[span];
        actorAt.Clear();
        foreach (var a in actors)
        {
            for (var k = Math.Max(a.FirstToken, first); k <= a.LastToken && k < limit; k++)
            {
                actorAt[k - first] |= 1;
            }

            if (a.FirstToken >= first && a.FirstToken < limit && a.Kind != MentionKind.Adjective)
            {
                actorAt[a.FirstToken - first] |= 2;
            }
        }

        for (var t = first; t < limit; t++)
        {
            var token = text.Tokens[t];
            if (token.Kind != TokenKind.Arabic || (actorAt[t - first] & 1) != 0)
            {
                continue;
            }

            // «دعا … خلال لقائه المبعوث إلى»: what an appeal is about is consumed, but not an act the clause
            // places it in with «خلال/أثناء/لدى».
            if (t <= consumedUntil && !(t > first && text.Tokens[t - 1].Kind == TokenKind.Arabic && _circumstance.Contains(text.Core(text.Tokens[t - 1]))))
            {
                continue;
            }

            // «قصف الجيش مواقع», «وهاجم المسلحون»: a verb-or-noun word that opens its clause with an actor right
            // after it is a verb with its subject (VSO), not a masdar with its genitive.
            var opensClause = t == first || (token.Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0 || text.Tokens[t - 1].Kind == TokenKind.Punctuation
                              || (text.Tokens[t - 1].Kind == TokenKind.Arabic && (_when.Contains(text.Core(text.Tokens[t - 1])) || _particles.Contains(text.Core(text.Tokens[t - 1]))));
            var preferVerb = t + 1 < limit && (actorAt[t + 1 - first] & 2) != 0
                             && ((opensClause && token.SuffixLength == 0)
                                 // «وكانت الرهينة قد خطفها مسلحون»: so is a word whose object pronoun takes up the actor before it,
                                 // with its subject after it; a masdar's pronoun is its genitive, and no subject follows it.
                                 || (token.SuffixLength > 0 && ResumedTopic(text, t, first, actors) is not null));
            var (pattern, nominal, triggerEnd) = Trigger(text, t, limit, trace, preferVerb, actors, places);
            if (pattern is null)
            {
                continue;
            }

            // «استدعت الخارجية السفير احتجاجا على», «تظاهر الآلاف احتجاجا على»: «احتجاجا» after an act the sentence has
            // coded says why that act was done; only a sentence's first act is a protest of its own.
            if (nominal && events.Count > sentenceEvents && text.Form(token).SequenceEqual(_inProtest))
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: the purpose of the act before it");
                continue;
            }

            // «أنه قصف»: after أن with a pronoun, a word that could be a noun is the verb. (Not a word no verb is:
            // «إنها ستقوم بزيارة», «أنه سيجري لقاءات».)
            nominal &= !(HasPronounSubject(text, t, first) && (token.Proclitics & (Proclitics.Al | Proclitics.Bi | Proclitics.Ka)) == 0
                         && !text.Core(token).EndsWith("\u0629") && !text.Core(token).EndsWith("\u0627\u062A"));
            // «بعد الاتفاق النووي في فيينا بين إيران ومجموعة 5+1»: a mutual act that names its own parties is
            // reported, even in the genitive.
            if (((nominal && !pattern.Participle && ((IsReference(text, t, first) && !IsLightVerbObject(text, t, first)) || AfterFrame(text, t, first)))
                 || (!nominal && FrameRightBefore(text, t, first)))
                && !(pattern.Symmetric && Between(text, triggerEnd, limit, actors) is { Count: >= 2 }) && !_modality.FollowsUndergoVerb(text, first, t)
                // («جلسة المباحثات التي أجراها الرئيس المصري ونظيره اليمني»: nor one whose relative clause names who held it.)
                && !(nominal && pattern.Symmetric && pattern.Code[..2] == "04" && BroughtTogether(text, triggerEnd, limit, actors) is not null)
                // («جاء ذلك عقب التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ», «تستنكر التفجير الذي استهدف مسجدا»: violence
                // told by a clause after it is told there, whether or not the story named it before; a repeat merges with the
                // first telling. Not behind «في/ب»: «محاكمة المتهمين في التفجير الذي استهدف مسجد الإمام الصادق», «تذكر
                // بالهجوم الذي استهدف كنيسة» recall an old one.)
                && !(nominal && IsMaterialConflict(pattern.Code) && (token.Proclitics & Proclitics.Bi) == 0
                     && !(t - 1 >= first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } before && text.Core(before).SequenceEqual(_fi))
                     && StruckByVerbAfter(text, t, triggerEnd, limit)))
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: a definite event noun in the genitive refers back to an event");
                continue;
            }

            // «… وأدانت الحكومة العراقية القصف»: the act of force a condemnation names, of a kind the article has told, is
            // that act again, not a new one. (With none told before, «أدان الهجوم الذي استهدف مسجدا» tells the news.)
            if (nominal && IsMaterialConflict(pattern.Code) && t - 1 >= first && CondemningVerbBefore(text, t, first, actors) is not null
                && CondemnedActAfter(text, t - 1, limit) == t && state.LastViolent is not null && ToldDoer(text, t, state, actors) is not null)
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: the act a condemnation names, told before");
                continue;
            }

            if (IsMaterialConflict(pattern.Code) && InListOfKinds(text, t, first, limit, actors))
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: one of a list of kinds of violence («من قتل وخطف»), not one act");
                continue;
            }

            if (nominal && IsWhatGoesOn(text, t, first))
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: a kind of act that goes on («ما يجري من …»), not one act");
                continue;
            }

            // «حضر اللقاء فلان», «حضره نائب الرئيس»: attending the meeting the article has reported («the» meeting, or
            // «it») lists who was present at that event; it is not a new one.
            if (pattern.Code == "044" && !nominal && ((triggerEnd == t + 1 && (text.Tokens[triggerEnd].Proclitics & Proclitics.Al) != 0)
                                                      || (token.SuffixLength > 0 && (token.Proclitics & Proclitics.Sa) == 0)))
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: attending a meeting already reported");
                continue;
            }

            if (!nominal && OtherSense(text, t, first, limit, pattern.Code, actors) is { } sense)
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: {sense}");
                continue;
            }

            // «واستهدف تفجير انتحاري مسجدا»: a verb of striking whose subject is the indefinite act right after it tells that
            // act, which is coded from its own noun.
            if (!nominal && IsMaterialConflict(pattern.Code) && token.SuffixLength == 0 && _aimingVerbs.Contains(text.Core(token)) && t + 1 < limit
                && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } act
                // (Not «استهدفت عمليات بوكو حرام تشاد»: «عمليات» is no act of its own.)
                && (_attackNouns.Contains(text.Core(act)) || (_raidNouns.Contains(text.Core(act)) && !text.Core(act).StartsWith("\u0639\u0645\u0644\u064A"))))
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: its subject «{text.OriginalOf(act)}» is the act, coded from its noun");
                continue;
            }

            // Readings of a verb that are not the act, rejected before the trigger consumes the words after it.
            if (!nominal && NotTheAct(text, t, first, limit) is { } misread)
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: {misread}");
                continue;
            }

            // The words a multi-word trigger used («أعرب عن قلقه») do not fire again on their own. A protest its
            // 'with' word names («فرقت الشرطة مظاهرة نظمها الحزب») is someone else's act and still fires.
            consumedUntil = Math.Max(consumedUntil, triggerEnd > t && pattern.Code[..2] != "14" && NamesProtest(text, triggerEnd) ? triggerEnd - 1 : triggerEnd);

            // «شنت طائرات التحالف غارات عنيفة استهدفت مواقع حوثية»: the verb that says what the attack noun struck
            // tells the same act; it does not fire again with the positions' owner as its subject.
            if (!nominal && triggerEnd > t && IsMaterialConflict(pattern.Code) && ClaimedAfter(text, triggerEnd, triggerEnd, limit) is { } struckAt
                && _struck.Contains(text.Core(text.Tokens[struckAt])))
            {
                consumedUntil = Math.Max(consumedUntil, struckAt);
            }

            var modality = _modality.Detect(text, first, t, nominal);

            // «يخططون لشن هجمات جوية وفرض حصار بحري»: a word joined by «و» to an event noun just before it shares
            // that noun's modality; the plan, the fear or the denial governs both. A word that could be a verb
            // («وفرض») is the coordinated masdar when no actor stands between to be its subject. So is a masdar with the
            // object's pronoun («لاقتحام المدينة وتحريرها من داعش»: the aim goes on).
            if (modality == Modality.Asserted && (token.Proclitics & Proclitics.Wa) != 0 && (token.SuffixLength == 0 || nominal) && lastNoun.Trigger >= 0 && t - lastNoun.Trigger <= 3
                && lastNoun.Modality != Modality.Asserted && !actors.Any(a => a.FirstToken > lastNoun.Trigger && a.FirstToken <= t + 1)
                && !HasPunctuationBetween(text, lastNoun.Trigger, t))
            {
                modality = lastNoun.Modality;
            }

            // «السيارات المفخخة التي لم تنفجر»: a relative clause that denies the noun's act right after it.
            if (modality == Modality.Asserted && nominal && DeniedByRelative(text, triggerEnd, limit))
            {
                modality = Modality.Negated;
            }

            // «استعدادا لشن عملية», «خطط لتنفيذ هجمات»: a noun governed by a light verb of purpose is an aim; «ثمة خيار
            // آخر يتمثل في شن ضربات جوية»: what governs the light verb governs the noun it carries.
            // («أحبطت مؤامرة لتهريب أسلحة وأعلنت استدعاء سفيرها»: a light verb joined by «و» opens a clause of its own, which
            // what was foiled or planned before it does not reach.)
            if (modality == Modality.Asserted && nominal && LightVerbBefore(text, t, first) is { } light && (text.Tokens[light].Proclitics & Proclitics.Al) == 0)
            {
                modality = _modality.Detect(text, (text.Tokens[light].Proclitics & Proclitics.Wa) != 0 ? light : first, light, nominal: true);
            }

            // «يعتزم الرئيس الإيراني حسن روحاني زيارة فرنسا»: what a verb of intending takes is intended, however long its
            // subject («لا يعتزم … زيارة إسرائيل»: or denied). («قررت البحرين طرد القائم بالأعمال» does it.)
            if (modality is Modality.Asserted or Modality.Future && nominal && IntendingVerbBefore(text, t, first, actors) is { } intendedBy
                && _scheduledIntent.Contains(text.Core(text.Tokens[intendedBy.Verb])))
            {
                modality = _modality.Detect(text, first, intendedBy.Verb) == Modality.Negated ? Modality.Negated : Modality.Future;
            }

            // «المملكة تستقبل اليوم وفد بعثة الحج», «يصل الوزير غدا»: a visit or a meeting in the present tense on the
            // day the paper comes out, or later, is scheduled; the news reports the plan.
            if (modality == Modality.Asserted && !nominal && pattern.Code[..2] == "04" && IsScheduledForToday(text, t, first, limit))
            {
                modality = Modality.Future;
            }

            // «… خلال زيارة عمل لقطر يومي الثاني والثالث من أغسطس. وذكرت أن لافروف يزور قطر لمناقشة …»: a visit or meeting
            // in the imperfect with no time of its own, in an article that has announced one still to come, is that one.
            // («المرة الأولى التي يزور بها رئيس أميركي إثيوبيا» describes the visit going on, in a relative clause.)
            if (modality == Modality.Asserted && !nominal && pattern.Code[..2] == "04" && text.Core(token) is ['\u064A', _, _, ..]
                && !(t > first && IsRelativePronoun(text, text.Tokens[t - 1]))
                && state.LastFutureDate is { Value: { } announcedDay } && article.Published is { } announcedFrom && announcedDay > announcedFrom
                && (sentenceDates[0] ??= _dates.Find(text, first, limit, article.Published)).Count == 0)
            {
                modality = Modality.Future;
            }

            // «وسيرأس فيشر وفدا في زيارته إلى إيران»: a visit or meeting inside a clause in the future tense is planned.
            if (modality == Modality.Asserted && nominal && pattern.Code[..2] == "04"
                && ClauseScan.WordBefore(text, t, first, 8, w => (w.Proclitics & Proclitics.Sa) != 0) is { } planned
                && !Enumerable.Range(planned + 1, t - planned - 1).Any(i => text.Tokens[i] is { Kind: TokenKind.Arabic } w && _afterTimes.Contains(text.Core(w))))
            {
                modality = Modality.Future;
            }

            // «للسيطرة على ليبيا», «لقصف مواقع»: violence named after the «ل» of purpose is an aim. After a verb that
            // takes «ل» as its object («تعرضت لهجوم», «أدى لمقتل») it happened.
            if (modality == Modality.Asserted && nominal && (token.Proclitics & Proclitics.Li) != 0 && IsMaterialConflict(pattern.Code)
                && !_modality.FollowsUndergoVerb(text, first, t) && !_modality.FollowsLaunchedCampaign(text, first, t))
            {
                trace?.Add($"  rejected {pattern.Code} at «{text.OriginalOf(token)}»: an aim («ل» of purpose), not an act");
                lastNoun = (triggerEnd, Modality.Intended);
                continue;
            }

            if (nominal)
            {
                lastNoun = (triggerEnd, modality);
            }

            // «أكد هادي أن العمليات العسكرية لن تتوقف حتى يتم تطهير المحافظات», «سوف تستمر حتى يعلن المتمردون انسحابهم»:
            // fighting said to go on, or not to stop, until the other side yields is announced force, a threat.
            var until = modality == Modality.Asserted && nominal && IsMaterialConflict(pattern.Code) ? GoesOnUntil(text, t, triggerEnd, limit) : null;
            if (until is not null)
            {
                trace?.Add($"  «{text.OriginalOf(token)}» is said to go on until the other side yields: announced");
                modality = Modality.Future;
            }

            // «زيارة الرئيس السيسي المقبلة إلى الصين», «القمة المرتقبة»: a meeting or visit its own phrase calls upcoming is
            // announced, not made.
            // («يعقد كيري اجتماعه المقرر»: so is the noun a verb holds.)
            if (modality == Modality.Asserted && (nominal || triggerEnd > t) && pattern.Code[..2] == "04" && UpcomingAfter(text, nominal ? t : triggerEnd, limit))
            {
                trace?.Add($"  «{text.OriginalOf(token)}» is called upcoming: announced");
                modality = Modality.Future;
            }

            // «ويلتقي الرئيس نظيره الروسي يوم 20 أغسطس» in a paper of 2 August: a meeting its own clause dates after the day
            // of publication is still to come.
            if (modality == Modality.Asserted && pattern.Code[..2] == "04" && article.Published is { } issued
                && OwnClauseDate(text, t, first, limit, article.Published, sentenceDates) is { Precision: DatePrecision.Day, Value: { } meetingDay } && meetingDay > issued)
            {
                trace?.Add($"  «{text.OriginalOf(token)}» is dated after the article: announced");
                modality = Modality.Future;
            }

            var code = pattern.Code;
            var purpose = false;
            if (modality == Modality.Future)
            {
                var intent = FutureCode(code);
                if (intent is null)
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: future tense, not an announced intention or threat");
                    continue;
                }

                trace?.Add($"  {code} at «{text.OriginalOf(token)}» is in the future tense: coded as {intent}");
                code = intent;
            }
            else if (modality == Modality.Intended && nominal && code[..2] == "04" && FutureCode(code) is { } aim)
            {
                // «تشكيل وفد لزيارة اليمن», «أرسل وفدا لإجراء محادثات»: a meeting or visit set as the purpose of an
                // act is an intention to meet, like an announced one.
                trace?.Add($"  {code} at «{text.OriginalOf(token)}» is the purpose of the clause: coded as {aim}");
                code = aim;
                purpose = true;
            }
            else if (modality == Modality.Intended && !nominal && speaker is not null && AppealFor(code) is { } appeal && _modality.FollowsObligation(text, first, t)
                     && VerbalSource(text, t, first, limit, actors) is { Count: > 0 } obliged && obliged.All(o => o.Code != speaker.Code && !ReferenceEquals(o, speaker)))
            {
                // «قال لافروف إنه يتعين أن تتعاون الولايات المتحدة مع الأسد»: a speaker saying that another must act
                // appeals to it to act.
                trace?.Add($"  {code} at «{text.OriginalOf(token)}» is what the speaker says another must do: coded as the appeal {appeal}");
                var appealDate = DateFor(text, t, first, limit, article.Published, false, sentenceDates, state.LastDate);
                foreach (var addressee in obliged)
                {
                    AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, speaker, addressee, _cameo[appeal], pattern, t, triggerEnd, appealDate, PlaceFor(text, t, places), Modality.Asserted, 0.6, trace);
                }

                continue;
            }
            else if (modality != Modality.Asserted)
            {
                trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: {modality.ToString().ToLowerInvariant()}");
                continue;
            }

            // «خلال اجتياحها للبنان عام 1982»: what a dated clause places years before the article is background, not news.
            if (article.Published is { } publishedOn && IsDistantPast(text, t, first, limit, publishedOn, sentenceDates[0] ??= _dates.Find(text, first, limit, article.Published)))
            {
                trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: dated more than a year before the article (background)");
                continue;
            }

            // Set by FindSources and read by TargetsAndEmit: each stage is its own method so the JIT optimises it
            // (one method of this size is compiled without optimisation).
            ActorMention? ascribed = default;
            // (Targets a source rule has already settled: the one a demand asks or a request is made of, the one to be met.)
            List<ActorMention>? settledTargets = default;
            ActorMention? clauseTargetOfUntil = default;
            bool countedPassive = default;
            List<ActorMention>? countedVictims = default;
            List<ActorMention>? guests = default;
            bool hal = default;
            ActorMention? impersonalPartner = default;
            bool pronounAgent = default;
            bool sourceExplicit = default;
            List<ActorMention> sources = default!;
            ActorMention? suffering = default;
            bool unknownSource = default;
            int? unnamedSubject = default;
            ActorMention? visitedPlace = default;
            if (!FindSources())
            {
                continue;
            }

            // The act's sources; false when the act is rejected here or coded by a rule of its own.
            bool FindSources()
            {
                if (pattern.Predicate)
                {
                    CodePredicate(events, state, article, field, text, sentence, pattern, code, t, triggerEnd, first, limit, speaker, actors, places, sentenceDates, modality, trace);
                    return false;
                }

                // «قوات هادي المدعومة جوا وبرا من قوات التحالف», «الميليشيات المدعومة من إيران»: the participle's noun
                // is what the agent after «من» or «ب» does the act to.
                if (pattern.Participle)
                {
                    // «الحوثيين المدعومين من إيران»: a state named as such behind a group is the press's standing epithet for it,
                    // no act of support told; forces, aircraft or militias that back troops are («المدعومة بطيران التحالف»).
                    if (nominal && NounBefore(text, t, first, actors) is { } described && AgentAfter(text, triggerEnd, limit, actors) is { } agent
                        && agent.Code != described.Code && agent.Kind is not (MentionKind.Country or MentionKind.Capital))
                    {
                        var participleDate = DateFor(text, t, first, limit, article.Published, false, sentenceDates, state.LastDate);
                        AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, agent, described, _cameo[code], pattern, t, triggerEnd, participleDate, PlaceFor(text, t, places), modality, 0.7, trace);
                    }
                    else
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: a participle needs the noun before it and an agent after «من» or «ب»");
                    }

                    return false;
                }

                // «تسعى واشنطن إلى اتفاق بين الحكومة والحوثيين», «لا يوجد اتفاق بين»: an indefinite agreement is one sought
                // or denied; the definite one («الاتفاق الأمني بين تركيا وحكومة السراج», «اتفاق السلام بين») names a deal made,
                // unless talks are still about it.
                if (nominal && code[..2] == "05" && _agreements.Contains(text.Core(token))
                    && (((token.Proclitics & Proclitics.Al) == 0 && token.SuffixLength == 0
                         && !(t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic } genitive && (genitive.Proclitics & Proclitics.Al) != 0 && (genitive.Proclitics & Proclitics.Wa) == 0))
                        // «مفاوضات اتفاق التجارة الحرة بين تونس والاتحاد الأوروبي», «مشروع الاتفاق»: one still negotiated.
                        || ClauseScan.WordBefore(text, t, first, 3, w => _negotiating.Contains(text.Core(w))) is not null))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: an indefinite or negotiated agreement names no deal made");
                    return false;
                }

                // «معارك بين الجيش والحوثيين», «محادثات بين مصر وإثيوبيا»: the parties of a mutual act follow بين.
                // «اجتماع ثلاثي ضم كيري والجبير ولافروف», «عقد اجتماع ضم …»: or the actors a meeting «ضم/جمع» (brought together).
                if (pattern.Symmetric && (BetweenSides(text, triggerEnd, limit, actors, IsMaterialConflict(pattern.Code))
                                          ?? NisbaParties(text, triggerEnd, limit, actors)?.Select(p => new List<ActorMention> { p }).ToList()
                                          ?? (pattern.Code[..2] == "04" ? GatheredParties(text, triggerEnd, limit, actors) : null)) is { } sides
                    && sides.Sum(side => side.Count) >= 2 && sides.Count >= 2)
                {
                    var cameoCode = _cameo[code];
                    // «وأضاف أن الاتفاق الأمني بين تركيا وحكومة السراج يثير تساؤلات»: a definite agreement names one already
                    // made; it happened on the day its own clause gives, not on the day of the statement that mentions it.
                    // It takes only a date inside its own clause, after the noun («الاتفاق الذي أبرم في 14 يوليو»), not that of
                    // the meeting that discusses it («التقى كارتر أمس نتنياهو حيال الاتفاق النووي المبرم بين …»).
                    var mentioned = nominal && code[..2] == "05" && _agreements.Contains(text.Core(token));
                    var betweenDate = mentioned
                        ? OwnClauseDate(text, t, first, limit, article.Published, sentenceDates)
                        : DateFor(text, t, first, limit, article.Published, modality == Modality.Future, sentenceDates, modality == Modality.Future ? state.LastFutureDate : state.LastDate);
                    // «يثير الاتفاق النووي بين إيران ومجموعة الست جدلا»: a deal named in passing, with no time of its own, is
                    // background; told as news it is dated («الاتفاق الذي أبرم في 14 يوليو», «تم التوصل إلى الاتفاق الشهر
                    // الماضي بين …») or told as concluded of late («للاتفاق الذي أبرم مؤخرا بين واشنطن وأنقرة»).
                    if (mentioned && betweenDate.Value is null && (token.Proclitics & Proclitics.Al) != 0
                        && !Mentions(text, t + 1, Math.Min(limit, t + 1 + ConcludedReach), _concluded))
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: a deal named in passing with no date of its own (background)");
                        return false;
                    }

                    var betweenPlace = PlaceFor(text, t, places);
                    for (var i = 0; i < sides.Count; i++)
                    {
                        for (var j = 0; j < sides.Count; j++)
                        {
                            if (i == j)
                            {
                                continue;
                            }

                            // Two sides sharing a code are still two parties when named differently («بين المقاومة الشعبية
                            // وبقايا قوات الانقلابيين», both Yemeni rebels in the codes).
                            foreach (var a in sides[i])
                            {
                                // (A state and one of its own bodies make no agreement with each other: «الاتفاق النووي بين إيران
                                // و5+1 على الصعيدين الدولي والداخلي الإيراني» misses the second side.)
                                foreach (var b in sides[j].Where(b => !SameWords(a, b) && (a.Code != b.Code || a.Name != b.Name)
                                                                      && !(code[..2] == "05" && a.Country is { } home && b.Country == home && (a.Code == home || b.Code == home || a.Code == b.Code))))
                                {
                                    AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, a, b, cameoCode, pattern, t, triggerEnd, betweenDate, betweenPlace, modality, 0.8, trace);
                                }
                            }
                        }
                    }

                    return false;
                }

                // «خلال لقائه مبعوث الأمم المتحدة»: a masdar with a pronoun has its agent in the pronoun; the actor after it is the object.
                // («وصلت الطائرة إلى مطار عدن بعد تحريره من ميليشيات الحوثيين», «فور إعلان تحريرهما من المليشيات»: the pronoun of
                // freeing a place «من» someone is the place freed; who freed it is not the clause's subject. Coordinated with a
                // purpose, «لاقتحام المدينة وتحريرها من داعش», the subject frees it.)
                // («والشاب الأردني تم اعتقاله», «جرى ترحيله»: after the impersonal «تم/جرى» the masdar's pronoun is the one it
                // was done to, not its doer.)
                pronounAgent = nominal && token.SuffixLength > 0
                                   && !(t > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } impersonal && _impersonalVerbs.Contains(text.Core(impersonal)))
                                   && !(_freeing.Contains(text.Core(token)) && t + 1 < limit
                                        && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } fromWord && text.Core(fromWord).SequenceEqual(_min));
                // «انتقد الوزير القرار مطالبا الحكومة بالتراجع»: a circumstantial participle acts for the clause's subject.
                // «وقال الوزير، مقدما التهنئة لمصر»: so does the event noun that such a participle takes as its object.
                hal = !nominal ? pattern.HalWords.Contains(text.Core(token))
                    : token.Proclitics == Proclitics.Al && t > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } participle && IsActParticiple(text.Core(participle));
                // «حيث حاصرت قوات داعش الآلاف من الإيزيديين»: after «حيث» an actor right after the verb with an object after
                // it is the verb's own subject, not the continued one.
                var continues = ContinuesSubject(text, t, first) && !(!nominal && HasOwnSubjectAndObject(text, t, limit, actors));
                // «وفيما واصلت المقاومة … واصلت طائرات التحالف ضرباتها»: the pronoun of a masdar a light verb governs is that verb's
                // own subject, named between them.
                // The subject stands right after the verb («وأعرب مجلس الوزراء عن إدانة المملكة واستنكارها»: not the masdar's
                // genitive), and a name in apposition names it better than the bare title before it («وزير الخارجية محمد ظريف»).
                // («وكررت وزارة الخارجية الروسية دعوتها»: so is that of a masdar one renews or repeats.)
                var lightAgent = pronounAgent && (LightVerbBefore(text, t, first) ?? RenewingVerbBefore(text, t, first)) is { } governing
                                 && actors.FirstOrDefault(a => a.FirstToken > governing && a.LastToken < t && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, first)) is { } afterVerb
                                 && afterVerb.FirstToken - governing <= 2
                    ? (afterVerb.Kind == MentionKind.Agent
                           ? actors.FirstOrDefault(a => a.Kind is MentionKind.Named or MentionKind.Composite && a.FirstToken > afterVerb.LastToken
                                                        && a.FirstToken - afterVerb.LastToken <= 3 && a.LastToken < t && a.Country == afterVerb.Country)
                           : null) ?? afterVerb
                    : null;
                // «عقب التفجير الآثم … منددين بالإرهاب», «… وعبر والد الشهيد عن شكره»: unknown attackers, inferred from their
                // act, go on only in more violence; they condemn, thank or appeal to no one.
                // «احتجاجا على اعتقالها», «منذ اعتقاله»: the pronoun of a coercive or assaulting masdar governed by a
                // preposition, with no object after it, is the one it was done to («أعلنت الشرطة اعتقالها خمسة» has its doer
                // there). Not a fight's: «في معاركهم ضد تنظيم داعش» are their own battles.
                var victimPronoun = pronounAgent && lightAgent is null && code[..2] is "17" or "18" or "20" && GenitiveIsVictim(text, token, code)
                                    && t > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } governor && _nounGovernors.Contains(text.Core(governor))
                                    && (t + 1 >= limit || text.Tokens[t + 1].Kind != TokenKind.Arabic
                                        || (text.Tokens[t + 1] is { Proclitics: Proclitics.None } after && _prepositions.Contains(text.Core(after))));
                // «أكد الحلف تضامنه مع الحليفة تركيا في هجومها على داعش», «دعم بلاده للقوات العراقية في معاركها»: the pronoun of a masdar
                // after «في», right behind an actor it agrees with, is that actor's own act, not the subject's.
                var ownerBefore = pronounAgent && lightAgent is null && !victimPronoun ? OwnerBeforeIn(text, token, t, first, actors) : null;
                sources = lightAgent is not null ? Group(text, actors, lightAgent)
                    : ownerBefore is not null ? [ownerBefore]
                    // («وقال النائب الأردني إن زيارة ولي ولي العهد مهمة، مشيدا بدور المملكة»: a participle of saying or judging
                    // after the words said is the speaker's, not the subject of what he said.)
                    : (continues || (pronounAgent && !victimPronoun) || hal) && ((hal ? (IsVerbalAct(code) && speaker is { } halSpeaker && halSpeaker.LastToken < t && !IsPluralParticiple(text, token) ? halSpeaker : clauseSource) : null)
                                                                                 ?? sentenceSource ?? SentenceSubject(text, t, first, actors) ?? state.LastSource) is { } continued
                      && !(continued.Code == "UAF" && !IsMaterialConflict(code))
                      // («أدانت الأمانة العامة لمنظمة التعاون الإسلامي الهجوم … حيث فجرت انتحاريتان نفسيهما»: nor is who condemns or
                      // criticises in the sentence the doer of the violence it goes on to tell. One who rejects may fight: «رفضت
                      // الحركة … مؤكدا أن الحركة مستمرة في قتالها».)
                      && !(IsMaterialConflict(code) && sentenceSourceCondemned && ReferenceEquals(continued, sentenceSource))
                    ? [continued]
                    : nominal ? NominalSource(text, t, triggerEnd, limit, first, actors, GenitiveIsVictim(text, token, code), visit: pattern.Code == "042", material: IsMaterialConflict(code)) : VerbalSource(text, t, first, limit, actors);
                // «قال الملك إن جرم الاعتداء الإرهابي الذي استهدف مسجدا …»: violence told by what it struck, with no light verb
                // governing it and no doer named after it, is an unknown attacker's, never the speaker's or the subject's.
                if (nominal && IsMaterialConflict(code) && sources.Count > 0 && sources.All(src => src.LastToken < t) && LightVerbBefore(text, t, first) is null
                    && StruckByVerbAfter(text, t, triggerEnd, limit))
                {
                    sources = [];
                    trace?.Add($"  «{text.OriginalOf(token)}» is told by what it struck, with no doer named: an unknown attacker's");
                }

                // «طائرات سعودية تحمل مساعدات», «وصلت طائرة عسكرية سعودية تحمل مساعدات»: aircraft or a convoy that carry relief
                // are the giving state's means, not its army.
                // (Not military aid, «طائرات التحالف توفر غطاء جويا»: that is the army's.)
                if (code[..3] is "070" or "071" or "073" or "033" && code != "0332" && sources.Any(src => IsAidCarrier(text, src)))
                {
                    sources = [.. sources.Select(src => IsAidCarrier(text, src) ? src with { Code = src.Country! } : src)];
                }

                // «التقى وزير الخارجية السعودي نظيره الأردني … وتم الاتفاق خلال المباحثات على …»: an act told impersonally is
                // the two sides' that just met.
                impersonalPartner = null;
                if (pattern.Impersonal)
                {
                    // «وأكد الرئيس اليمني أنه تم الاتفاق مع مملكة الأردن على …»: told so by a speaker, with the partner right
                    // after «مع», it is the speaker's side and that partner's.
                    if (sources.Count == 0 && state.LastPair is null && (speaker ?? continuedSpeaker) is { Country: { } speakersCountry } teller
                        && t + 2 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } withWord && text.Core(withWord).SequenceEqual(_with)
                        && actors.FirstOrDefault(a => a.FirstToken > t + 1 && a.FirstToken <= t + 3 && a.Kind != MentionKind.Adjective) is { } agreedWith
                        && agreedWith.Country is { } partnersCountry && partnersCountry != speakersCountry)
                    {
                        sources = [teller];
                        impersonalPartner = agreedWith;
                        trace?.Add($"  «{text.OriginalOf(token)}» told impersonally by {teller.Code}, with {agreedWith.Code}");
                    }
                    else if (sources.Count > 0 || state.LastPair is not var (firstSide, secondSide))
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: told impersonally with no pair of sides just met");
                        return false;
                    }
                    else
                    {
                        sources = [firstSide];
                        impersonalPartner = secondSide;
                        trace?.Add($"  «{text.OriginalOf(token)}» told impersonally: the sides that just met, {firstSide.Code} and {secondSide.Code}");
                    }
                }

                // «أحرقه وأبناء عائلته مستوطنون إسرائيليون بإلقاء زجاجات حارقة»: violence in «بـ» right after the doer of the
                // violent act just told is how that act was done, not another act («وأشاد حزب الله بإطلاق صواريخ» praises one).
                // (Only throwing or firing: «قتلوا باشتباكات», «قتلوا بانفجار ألغام» tell what killed the subject.)
                if (nominal && IsMaterialConflict(code) && (token.Proclitics & Proclitics.Bi) != 0 && _throwingOrFiring.Contains(text.Core(token))
                    && clauseSourceViolent && clauseSource is { } meansOf && meansOf.LastToken == t - 1 && LightVerbBefore(text, t, first) is null)
                {
                    trace?.Add($"  «{text.OriginalOf(token)}» is the means of {meansOf.Code}'s act just told, not an act of its own");
                    return false;
                }

                clauseTargetOfUntil = null;
                // (Announced force with no doer named is the speaker's, against the side named after «حتى».)
                if (until is { } untilAt && sources.Count == 0 && speaker is not null)
                {
                    sources = [speaker];
                    if (actors.FirstOrDefault(a => a.FirstToken > untilAt && a.Kind != MentionKind.Adjective && a.Code != speaker.Code && !HasCommaOrClause(text, untilAt, a.FirstToken)) is { } yielding)
                    {
                        clauseTargetOfUntil = yielding;
                    }

                    trace?.Add($"  «{text.OriginalOf(token)}» announced by the speaker: {speaker.Code}");
                }

                // «وكان في استقباله بمطار طنجة رئيس الحكومة المغربية»: those in someone's reception host him; the actor after the
                // noun is the host, the one its pronoun names the guest, from another state. The bare noun does nothing else
                // («استقبال الحجاج»).
                guests = null;
                if (pattern.Code == "043" && pattern.With.Count == 0 && pattern.WithRoles.Count == 0 && pattern.VerbWords.Count == 0 && text.Core(token).SequenceEqual(_reception))
                {
                    // «خلال استقبال خادم الحرمين الشريفين الملك سلمان لسامح شكري وزير الخارجية»: the bare noun's genitive is the
                    // host when a guest of another state follows behind «لـ» (not «لاستقبال الرئيس», a reception prepared for him).
                    if (!AtReception(text, t, first) && GuestAfterHost(text, t, limit, actors) is var (receiving, guest))
                    {
                        sources = Group(text, actors, receiving);
                        guests = Group(text, actors, guest);
                        trace?.Add($"  «{text.OriginalOf(token)}»: {receiving.Code} receives the guest after «ل»: {guest.Code}");
                    }
                    else if (!AtReception(text, t, first)
                        // («في مطار طوكيو»: the airport's city is where, not who.)
                        || actors.FirstOrDefault(a => a.FirstToken > t && a.Kind is not (MentionKind.Adjective or MentionKind.Capital or MentionKind.Country)
                                                      && !IsPrepositional(text, a, first) && !HasClauseBreak(text, t, a.FirstToken)) is not { } host
                        || sources.Count == 0 || sources.Any(s => s.Code == host.Code || s.FirstToken > t)
                        // (A director receiving his minister at a hospital is the minister's tour at home, no state's visit.)
                        || host.Country is null || sources.Any(s => s.Country is null || s.Country == host.Country || s.Kind is MentionKind.Capital or MentionKind.Country))
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: no foreign guest with a host named after «كان في استقباله»");
                        return false;
                    }
                    else
                    {
                        guests = sources;
                        sources = Group(text, actors, host);
                        trace?.Add($"  «{text.OriginalOf(token)}»: {host.Code} hosts the one its pronoun names");
                    }
                }

                // «ودعا عبد الكريم مصر وروسيا إلى دعم الجيش»: a name the article gave a speaker by his titles («مستشار الجيش،
                // الدكتور صلاح الدين عبد الكريم»), right after the verb, is its subject; the actor after the name is the object.
                if (!nominal && sources.Count > 0 && sources[0].FirstToken > t + 1 && sources[0].FirstToken - t <= 4
                    && NameBetween(text, t + 1, sources[0].FirstToken) is { } nameWritten
                    && state.SpeakerPhrases.LastOrDefault(p => NameIn(p.Phrase, nameWritten)) is { Speaker: { } namedSpeaker })
                {
                    trace?.Add($"  the subject of «{text.OriginalOf(token)}» is «{nameWritten}», named so before: {namedSpeaker.Code}");
                    sources = [namedSpeaker];
                }

                // «نددت الحكومة باعتقال الصحفيين، ودعت المنظمات للتنديد، وطالبت المليشيات بإطلاق سراحهم»: an appeal or a
                // demand joined by «و» to an act of this sentence shares its subject; the actor right after it is the one asked.
                // («وقالت باور إن "الاتفاق لا يبدد كل قلقنا"، ودعت طهران إلى …»: so does one after a comma that goes on with the
                // speaker of the sentence.)
                if (!nominal && code[..2] is "02" or "10" && (token.Proclitics & Proclitics.Wa) != 0
                    && (clauseSource ?? (t > first && IsComma(text, t - 1) ? speaker : null)) is { } sharedSubject && sources.Count == 1
                    && sources[0].FirstToken == t + 1 && sources[0].Code != sharedSubject.Code
                    && (sources[0].Country == sharedSubject.Country || (sources[0].Country is null && sources[0].Kind == MentionKind.Agent)
                        || (clauseSource is null && sources[0].Kind is MentionKind.Country or MentionKind.Capital)
                        // («وأدانت الحكومة العراقية القصف ودعت أنقرة إلى …»: with no comma between, a state of another country after
                        // the verb is the one asked, when the verb agrees with the subject it goes on with.)
                        || (clauseSource is not null && sources[0].Kind is MentionKind.Country or MentionKind.Capital && !IsComma(text, t - 1)
                            && !DisagreesInGender(text, token, clauseSource))
                        // («إن كيري وصف الانتخابات بأنها معيبة وحث الرئيس بيير نكورونزيزا على إجراء حوار»: so is a named person
                        // of another state, with nothing but the verb between the two acts' clauses.)
                        || (clauseSource is not null && sources[0].Kind is MentionKind.Named or MentionKind.Composite && !IsComma(text, t - 1)
                            && !DisagreesInGender(text, token, clauseSource) && !HasClauseBreak(text, clauseSource.LastToken, t)))
                    && pattern.DirectObjectTarget)
                {
                    trace?.Add($"  «{text.OriginalOf(token)}» continues the subject of the act before it, {sharedSubject.Code}; {sources[0].Code} is the one asked");
                    sources = [sharedSubject];
                }

                // «هجوم انتحاري نسبته أنقرة إلى التنظيم»: an attack someone ascribes to another was that other's.
                ascribed = null;
                if (nominal && IsMaterialConflict(code) && AscribedTo(text, triggerEnd, limit, actors) is { } ascribedTo)
                {
                    ascribed = ascribedTo;
                    sources = Group(text, actors, ascribed);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is whom it is ascribed to: {ascribed.Code}");
                }

                // «قال وزير الخارجية الأمريكي إن مصر دفعت ثمنا باهظا، وأدان اغتيال النائب العام»: a verb of saying or stance
                // joined by «و» after a comma goes on with the speaker, not with the subject of what he said.
                // («قال … إن الحوثيين رفضوا الحوار، وهددوا …»: not a plural verb, which agrees with the plural of his words.)
                if (!nominal && speaker is not null && sources.Count > 0 && (token.Proclitics & Proclitics.Wa) != 0 && t > first && IsComma(text, t - 1)
                    && !IsPluralVerb(text, token)
                    && code[..2] is "01" or "02" or "03" or "10" or "11" or "12" or "13"
                    && sources.All(src => src.FirstToken > speaker.LastToken && src.LastToken < t && HasComplementizerBetween(text, speaker.LastToken, src.FirstToken)))
                {
                    sources = [speaker];
                    trace?.Add($"  «{text.OriginalOf(token)}» after a comma goes on with the speaker: {speaker.Code}");
                }

                // «تعالت الأصوات البرلمانية مطالبة رئيس الوزراء بالتدقيق»: after a demand's noun, a genitive followed by
                // the «ب» of what is demanded is the one asked, as after «طالب», not the one asking.
                settledTargets = null;
                // («مع مطالبة المليشيات المتمردة باحترام الهدنة»: an adjective of the one asked may stand before «ب».)
                // («مطالبة الاتحاد الأوروبي الحكومة الإسرائيلية بوقف»: a genitive followed by another actor, not joined by «و», is
                // the one asking, and the other the one asked.)
                if (nominal && code[..2] is "02" or "10" && sources.Count > 0 && sources[0].FirstToken == t + 1
                    && sources.Skip(1).All(s => (text.Tokens[s.FirstToken].Proclitics & Proclitics.Wa) != 0)
                    // («ومطالبة المتظاهرين بمحاكمة المالكي»: protesters are the ones who demand.)
                    && !_protesterNouns.Contains(text.Core(text.Tokens[sources[0].FirstToken])) && SkipAdjectives(text, sources[^1].LastToken + 1, limit) is var askedContentAt
                    && askedContentAt < limit && !actors.Any(a => a.Kind != MentionKind.Adjective && a.FirstToken > sources[^1].LastToken && a.FirstToken < askedContentAt)
                    && text.Tokens[askedContentAt] is { Kind: TokenKind.Arabic } content && (content.Proclitics & Proclitics.Bi) != 0
                    && _demandNouns.Contains(text.Core(token)))
                {
                    settledTargets = sources;
                    // The one asking is the subject the noun follows, as a circumstantial participle («الأصوات البرلمانية
                    // مطالبة»), or the clause's.
                    var asker = actors.FirstOrDefault(a => a.LastToken == t - 1 && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, first))
                                ?? SentenceSubject(text, t, first, actors);
                    sources = asker is not null && !settledTargets.Contains(asker) ? [asker] : [];
                    trace?.Add($"  «{text.OriginalOf(token)}» is followed by whom it asks and «ب»: {settledTargets[0].Code} is the target");
                }

                // «وصل لافروف إلى الدوحة للقاء أمير قطر»: a meeting named as the purpose of the clause («لـ») is its subject's,
                // and the genitive is whom he is to meet.
                if (nominal && code[..2] is "03" or "04" && (token.Proclitics & Proclitics.Li) != 0 && token.SuffixLength == 0 && text.Core(token).SequenceEqual(_meeting)
                    && sources.Count > 0 && sources[0].FirstToken == t + 1 && t > first
                    && SentenceSubject(text, t, first, actors) is { Kind: not (MentionKind.Adjective or MentionKind.Capital or MentionKind.Country) } purposer
                    && sources.All(s => s.Code != purposer.Code))
                {
                    settledTargets = sources;
                    sources = [purposer];
                    trace?.Add($"  «{text.OriginalOf(token)}» is the purpose of {purposer.Code}'s act: {settledTargets[0].Code} is whom he is to meet");
                }

                // «أعلن التحالف الهدنة استجابة لطلب الرئيس هادي»: a request answered is its caller's, named after it, and is
                // made of the one who answers.
                if ((nominal || (token.Proclitics & Proclitics.Li) != 0) && code[..2] == "02" && t > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic } answer && _answering.Contains(text.Core(answer))
                    && actors.FirstOrDefault(a => a.FirstToken > t && a.FirstToken <= t + 3 && a.Kind != MentionKind.Adjective) is { } caller
                    && (sources.FirstOrDefault(src => src.LastToken < t - 1) ?? SentenceSubject(text, t, first, actors)) is { } answerer && answerer.Code != caller.Code)
                {
                    sources = Group(text, actors, caller);
                    settledTargets = [answerer];
                    trace?.Add($"  «{text.OriginalOf(token)}» is answered: its caller {caller.Code} asked {answerer.Code}");
                }

                // «الميليشيات مارست أبشع الجرائم وقتلت النساء والأطفال»: women, children and civilians right after a verb of
                // force are whom it struck, its object (or the passive's subject), not the ones who struck; the doer is found
                // as for a verb with no subject.
                if (!nominal && IsMaterialConflict(code) && sources.Count > 0 && sources.All(src => src.Kind == MentionKind.Agent && src.Code == "CVL")
                    && sources[0].FirstToken == t + 1 && text.Tokens[t + 1] is { Kind: TokenKind.Arabic } defenceless && _defenceless.Contains(text.Core(defenceless)))
                {
                    trace?.Add($"  «{text.OriginalOf(defenceless)}» after «{text.OriginalOf(token)}» are whom it struck, not its subject");
                    sources = [];
                }

                suffering = null;
                // («قتل ستة من عناصر التنظيم وأصيب أربعة آخرون»: «أصيب» is passive whatever stands before it.)
                countedPassive = !nominal && pattern.Passive && CountFollows(text, t)
                                     && ((!sources.Any(s => s.LastToken < t) && !HasPronounSubject(text, t, first)) || (token.SuffixLength == 0 && _passivePerfects.Contains(text.Core(token))));
                if (countedPassive)
                {
                    sources = [];
                    trace?.Add($"  «{text.OriginalOf(token)}» is followed by a count: a passive, its subject the victims");
                }
                else if (!nominal && pattern.Passive && !sources.Any(s => s.LastToken < t) && !HasPronounSubject(text, t, first) && token.SuffixLength == 0
                         && actors.FirstOrDefault(a => a.FirstToken == t + 1 && a.Kind != MentionKind.Adjective) is { } wounded
                         // («وقتل الطفل حرقا»: a verb whose subject is followed by how he died is the passive too.)
                         && (_passivePerfects.Contains(text.Core(token))
                             || (wounded.LastToken + 1 < limit && text.Tokens[wounded.LastToken + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } how
                                 && _deathManners.Contains(text.Core(how)))))
                {
                    // «وأصيب مدنيون بقصف للحوثيين»: «أصيب» is the passive whatever its subject (the active is «أصاب»).
                    countedPassive = true;
                    suffering = wounded;
                    sources = [];
                    trace?.Add($"  «{text.OriginalOf(token)}» is a passive form: its subject, {wounded.Code}, the victim");
                }
                else if (!nominal && pattern.Passive && !sources.Any(s => s.LastToken < t) && !HasPronounSubject(text, t, first)
                         && (t == first || (token.Proclitics & Proclitics.Wa) != 0 || text.Tokens[t - 1].Kind == TokenKind.Punctuation
                             || (text.Tokens[t - 1] is { Kind: TokenKind.Arabic } particle && _openingParticles.Contains(text.Core(particle))))
                         && SufferingSubject(text, t, limit, actors) is { } sufferer)
                {
                    // «وقتل جندي تونسي في الهجوم», «وأصيب ضابط بجروح»: a clause-opening singular verb, a person, then how it
                    // came about and no object: the unvowelled passive, its subject the victim. («قررت البحرين طرد القائم
                    // بالأعمال» is a masdar after a verb.)
                    countedPassive = true;
                    suffering = sufferer;
                    sources = [];
                    trace?.Add($"  «{text.OriginalOf(token)}» has no object after «{text.OriginalOf(text.Tokens[sufferer.FirstToken])}»: a passive, its subject the victim");
                }

                // «عشرين شخصا على الأقل قتلوا»: a counted subject before a verb that is also a passive is its victims.
                countedVictims = null;
                // So is any subject before a plural or dual such verb with no object, told by how it came about
                // («جنديين تركيين قتلا في هجوم انتحاري», «ثلاثة مدنيين أصيبوا بنيران القناصة»); with an object after it the
                // verb is active («العشرات من المسلحين هاجموا مواقع الجيش»).
                // («173 مدنيا قتلوا جراء غارات التحالف»: an actor in how it came about is no object.)
                if (!nominal && pattern.Passive && sources is [{ } counted] && counted.LastToken < t
                    && (((IsCounted(text, counted, first) || SufferedBy(text, token, t, limit))
                         && !actors.Any(a => a.FirstToken > t && a.FirstToken <= t + 3 && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, first)
                                             && !Mentions(text, t + 1, a.FirstToken, _sufferedBy)
                                             // («خمسة جنود قتلوا عندما هاجم مقاتلو الدولة الإسلامية»: nor one in a clause of time after it.)
                                             && !Mentions(text, t + 1, a.FirstToken, _when)))
                        // («مدنيين أصيبوا نتيجة قصف الحوثيين»: a passive form has no object, whatever follows it.)
                        || (_passivePerfects.Contains(text.Core(token)) && t - counted.LastToken <= 2)
                        // («إن رجلا قُتل جراء قصف»: nor has a verb the writer vowelled as passive.)
                        || (IsMarkedPassive(text, token) && t - counted.LastToken <= 2)
                        // («الطفل الفلسطيني علي الدوابشة قتل حرقا»: nor one followed by how the victim died.)
                        || (token.SuffixLength == 0 && t - counted.LastToken <= 4 && t + 1 < limit
                            && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } manner && _deathManners.Contains(text.Core(manner)))))
                {
                    countedVictims = sources;
                    sources = [];
                    trace?.Add($"  «{text.OriginalOf(token)}» after a counted subject: a passive, its subject the victims");
                }
                // «بأن الملا عمر قتل من قبل قياديين في طالبان», «اعتقل الناشط الحقوقي من قبل قوات الأمن», «حرق طفل فلسطيني … على
                // أيدي مستوطنين»: an agent named by «من قبل» or «على يد» in the verb's clause makes it the passive; the subject,
                // before the verb or after it, is the victim. Not after «قد» («وكانت البحرين قد استدعت من قبل السفير»: before).
                if (!nominal && pattern.Passive && countedVictims is null && suffering is null && token.SuffixLength == 0
                    && !(t > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic } qad && text.Core(qad).SequenceEqual(_modality.Qad))
                    && AgentOfPassive(text, t, limit, actors) is { } byAgent && !sources.Contains(byAgent))
                {
                    var victims = sources.Where(s => s.LastToken < t || s.FirstToken < byAgent.FirstToken).ToList();
                    countedVictims = victims.Count > 0 ? victims : null;
                    sources = Group(text, actors, byAgent);
                    trace?.Add($"  «{text.OriginalOf(token)}» has its agent named after it ({byAgent.Code}): a passive");
                }

                // «وأصيب ثلاثة مدنيين برصاص الشرطة», «قتلوا بنيران القوات»: the owner of the weapon the victims fell to is the agent.
                var struckBy = false;
                if ((countedPassive || countedVictims is not null) && sources.Count == 0 && FiredBy(text, t, limit, actors) is { } shooter)
                {
                    struckBy = true;
                    sources = Group(text, actors, shooter);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is whose weapon struck: {shooter.Code}");
                }

                // «طائرات التحالف قتلت 3042 من عناصر داعش», «173 مدنيا قتلوا جراء غارات التحالف»: killing or wounding from the
                // air is the air strike (195), whoever is named.
                if (!nominal && pattern.Passive && code[..2] == "18" && sources.Count > 0 && ByAir(text, t, limit, sources, struckBy))
                {
                    trace?.Add($"  «{text.OriginalOf(token)}» is done from the air: coded as 195");
                    code = "195";
                }

                // «هجوم آخر شنه مسلحو الحزب», «هجوم تبنته طالبان»: the subject of the verb that claims the act is its agent;
                // that verb («شنه», «استهدف») reports the same act and does not fire again.
                if (nominal && ClaimedAfter(text, t, triggerEnd, limit) is { } claimedAt)
                {
                    trace?.Add($"  «{text.OriginalOf(token)}» is claimed by the verb at «{text.OriginalOf(text.Tokens[claimedAt])}»");
                    // «الهجوم الذي تبناه تنظيم داعش»: a claim of responsibility is an event of its own (015); «نفذه», «شنه» are not.
                    if (!_adopting.Contains(text.Core(text.Tokens[claimedAt])) && !_adopting.Contains(text.Form(text.Tokens[claimedAt])))
                    {
                        consumedUntil = Math.Max(consumedUntil, claimedAt);
                    }

                    // After «استهدف/أودى» comes the victim, not the agent; after «شهدتها» the place it happened in («جرائم
                    // إرهابية شهدتها المملكة»).
                    // «هجوم شنه أبناء القبائل»: one noun of kinship or membership may stand before the claimant.
                    if (sources.Count == 0 && !_struck.Contains(text.Core(text.Tokens[claimedAt])) && !_killing.Contains(text.Core(text.Tokens[claimedAt]))
                        && !_occurrence.Contains(text.Stem(text.Tokens[claimedAt]))
                        // («هجمات تبنى بعضها تنظيم داعش»: or a quantifier of the acts, «بعضها», «معظمها».)
                        // («بهجمات تشنها “حركة الشباب”»: or an opening quotation mark.)
                        && actors.FirstOrDefault(a => a.FirstToken == claimedAt + 1
                                                      || (a.FirstToken == claimedAt + 2 && IsQuotationMark(text, claimedAt + 1))
                                                      || (a.FirstToken == claimedAt + 2 && text.Tokens[claimedAt + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } member && _members.Contains(text.Core(member)))
                                                      || (a.FirstToken == claimedAt + 2 && text.Tokens[claimedAt + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: > 0 } part && IsQuantifier(text.Core(part)))) is { } claimant)
                    {
                        sources = Group(text, actors, claimant);
                    }
                }

                // «قصف جوي لطائرات نظام بشار الأسد على حلب»: aircraft after «ل» are the bombardment's agent, never its object;
                // only when the phrase names whose they are (a bare «لمروحيات» would take a country by coreference).
                if (sources.Count == 0 && nominal && code[..2] is "18" or "19" or "20"
                    && actors.FirstOrDefault(a => a.FirstToken > t && a.FirstToken <= triggerEnd + 2 && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic } head
                                                  && (head.Proclitics & Proclitics.Li) != 0 && _aircraft.Contains(text.Core(head)) && a.LastToken > a.FirstToken) is { } flyers)
                {
                    sources = [flyers];
                }

                // «سيطرت القوات على القاعدة بعد معارك مع الحوثيين»: fighting in a circumstance of the clause is
                // fought by the clause's subject.
                if (sources.Count == 0 && nominal && code[..2] == "19" && t > first && text.Tokens[t - 1].Kind == TokenKind.Arabic
                    && _circumstance.Contains(text.Core(text.Tokens[t - 1])) && (sentenceSource ?? SentenceSubject(text, t, first, actors)) is { } fighter)
                {
                    sources = [fighter];
                }

                // «وشارك آلاف العراقيين في مظاهرة الكهرباء»: those who take part in a protest make it.
                if (sources.Count == 0 && nominal && code[..2] == "14" && t - 1 > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } inWord
                    && text.Core(inWord).SequenceEqual(_fi)
                    && ClauseScan.WordBefore(text, t - 1, first, 6, w => (w.Proclitics & Proclitics.Al) == 0 && _taking.Contains(text.Core(w))) is { } tookPart
                    && actors.FirstOrDefault(a => a.FirstToken > tookPart && a.LastToken < t - 1 && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, first)) is { } participants)
                {
                    sources = Group(text, actors, participants);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is who took part in it: {participants.Code}");
                }

                // «شنت مقاتلات التحالف غارات … وأسفرت الغارات»: an act of violence with no perpetrator of its own, of the
                // kind the article has just attributed, is by the same hand.
                if (sources.Count == 0 && nominal && IsMaterialConflict(code) && state.Perpetrators.TryGetValue(code[..3], out var perpetrator))
                {
                    sources = [perpetrator];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» by coreference with the last such act: {perpetrator.Code}");
                }

                // «تحدث لافروف عن اجتماعين مع كيري», «وقال شكري في المؤتمر الصحفي المشترك مع الجبير»: a meeting a
                // speaker tells of, or speaks at, is the speaker's own.
                // «كشفت وزارة الداخلية عن ضبط شبكة إرهابية»: an arrest or seizure the state's forces announce is theirs; a
                // government's only when it is a catch («ضبط»): «أشار وزير الخارجية القطري إلى اعتقال صحفيين» is another's.
                if (sources.Count == 0 && nominal && (code[..2] == "04" || code[..2] == "17") && t >= first + 2 && text.Tokens[t - 1].Kind == TokenKind.Arabic
                    && _aboutWords.Contains(text.Core(text.Tokens[t - 1])) && SpeechVerbBefore(text, t - 1, first) is { } said
                    && VerbalSource(text, said, first, limit, actors) is { Count: > 0 } speakers
                    && (code[..2] == "04" || speakers.All(a => a.Role is "COP" or "MIL" or "SPY"
                                                               || (a.Role == "GOV" && (text.Core(token).SequenceEqual(_catching) || AnnouncesOwnArrest(text, said, t, limit, places, actors, a))))))
                {
                    sources = speakers;
                }

                // «واحتجزت 68 رهينة»: an actor that is the word the pattern needs («رهائن») is the verb's object, not its subject.
                // Aircraft and forces are the ones striking («وقصفت الطائرات مواقع داعش»), whatever word the pattern needs.
                // Protesters are the ones protesting («وهتف المتظاهرون», «تجمع المحتجون»).
                if (!nominal && pattern.With.Count > 0 && sources.Count > 0 && code[..2] != "14"
                    && sources.All(src => src.FirstToken > t && IsWithWord(text, pattern, src) && src.Role is not ("MIL" or "REB" or "COP" or "SPY")))
                {
                    sources = [];
                }

                // «أحكمت القوات سيطرتها على المدينة ونشرت مدرعات», «… كما سيطرت على»: a verb joined by «و/ف» or «كما»
                // with no subject of its own shares the subject of the act before it in the sentence.
                // Not an act told as what happened during an event named before: in «أدان المتحدث هجوما … وحرقت خلاله أربع
                // مركبات» the vehicles burned in the attack, not by the spokesman.
                // («وجه الطيران ضربات … وتمكن من قتل 28 إرهابيا»: so does the act of a verb of managing joined so.)
                if (sources.Count == 0 && !nominal && sentenceSource is { } shared
                    && ((token.Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0 || (t > first && text.Tokens[t - 1].Kind == TokenKind.Arabic && text.Core(text.Tokens[t - 1]).SequenceEqual("\u0643\u0645\u0627"))
                        || (ManagingVerbBefore(text, t, first) is { } managedBy && (text.Tokens[managedBy].Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0))
                    && !(t + 1 < limit && IsPronounPhrase(text, text.Tokens[t + 1]) && _during.Contains(text.Core(text.Tokens[t + 1]))))
                {
                    sources = [shared];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» shared with the verb before it: {shared.Code}");
                }

                // «وقالت البحرين إنها أحبطت مؤامرة … وأعلنت استدعاء سفيرها»: the noun right after a singular verb of announcing
                // joined by «و», with no subject of its own, is the act of the one the sentence has speak.
                if (sources.Count == 0 && nominal && speaker is { } announcer && t - 1 > announcer.LastToken
                    && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } announcing && (announcing.Proclitics & Proclitics.Wa) != 0
                    && _reporting.Contains(text.Core(announcing)) && !IsPluralVerb(text, announcing))
                {
                    sources = [announcer];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the speaker, who announced it: {announcer.Code}");
                }

                // The purpose of a clause is its subject's: «تعكف اللجنة على تشكيل وفد لزيارة اليمن».
                if (sources.Count == 0 && purpose && SentenceSubject(text, t, first, actors) is { } planner)
                {
                    sources = [planner];
                }

                // «أعرب المبعوث عن أمله في أن يقوم بزيارة عدن»: a light verb right after «أن» with no subject of its own
                // continues the subject of the act the sentence has coded.
                if (sources.Count == 0 && nominal && sentenceSource is { } hoping && LightVerbBefore(text, t, first) is { } lightAfterAn
                    && lightAfterAn > first && text.Tokens[lightAfterAn - 1] is { Kind: TokenKind.Arabic } an && an.SuffixLength == 0 && IsComplementizer(text.Core(an))
                    && !actors.Any(a => a.FirstToken > lightAfterAn && a.FirstToken < t))
                {
                    sources = [hoping];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» continues the sentence's subject through «أن»: {hoping.Code}");
                }

                // «سقطت قاعدة العند بأيدي المقاتلين الحوثيين»: a place that falls is taken by those whose hands it falls into;
                // the subject of «سقطت» is what was taken. With no hands named («سقطت في أيديهم») no taker is told.
                if (!nominal && code == "192" && _falling.Contains(text.Core(token)))
                {
                    // («سقطت الرمادي في يد تنظيم داعش»: a town also falls «في يد/أيدي».)
                    // (And what falls is a place: a town, a base, a position the gazetteer or the words name; «سقطت في يد الطفل
                    // ورقة» is a paper.)
                    if (AtTheHandsOf(text, t, limit, actors, into: true) is not { } takers
                        || !(places.Any(p => p.FirstToken > t && p.LastToken < takers.FirstToken)
                             || actors.Any(a => a.FirstToken > t && a.LastToken < takers.FirstToken && a.Kind is MentionKind.Capital or MentionKind.Country)
                             || Enumerable.Range(t + 1, Math.Max(0, takers.FirstToken - t - 1)).Any(i => text.Tokens[i] is { Kind: TokenKind.Arabic } fallen
                                                                                                        && (_partsOf.Contains(text.Core(fallen)) || _struckObjects.Contains(text.Core(fallen))))))
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: no place falls into named hands");
                        return false;
                    }

                    sources = Group(text, actors, takers);
                }

                // «خطف من منزله على يد عشرة متمردين», «قتل على أيدي مسلحين»: the agent of a passive act.
                if (sources.Count == 0 && AtTheHandsOf(text, t, limit, actors, IsMaterialConflict(code) ? 14 : 10) is { } hands)
                {
                    sources = Group(text, actors, hands);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is named by «على يد»: {hands.Code}");
                }
                else if (nominal && IsMaterialConflict(code) && countedVictims is null && sources.Count > 0 && sources.All(s => s.FirstToken > t)
                         && AtTheHandsOf(text, t, limit, actors) is { } doers && !sources.Contains(doers))
                {
                    // «حرق طفل فلسطيني على أيدي مستوطنين»: with the doers named, the genitive of the violent masdar is its victim.
                    countedVictims = sources;
                    sources = Group(text, actors, doers);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is named by «على يد»: {doers.Code}; the genitive is the victim");
                }

                if (nominal && countedVictims is null && IsMaterialConflict(code) && PluralNisbaAfter(text, t, actors) is { } genitivePeople)
                {
                    countedVictims = Group(text, actors, genitivePeople);
                    trace?.Add($"  «{text.OriginalOf(text.Tokens[genitivePeople.FirstToken])}» is a plural: the people in the genitive, the victims");
                }

                // «تعرضت مناطق في بلدة الغنطو لقصف بالبراميل من طائرات النظام», «بضربات جوية من التحالف»: «من» or «من قبل»
                // right after an attack's noun names who made it. Not for acts that take «من» of their target («تحرير
                // المدينة من المليشيات»), and a country after «من» is where it came from once a subject acts
                // («شن الحوثيون هجمات من اليمن»).
                // «اعتقال ثلاثة مواطنين من قبل الجيش»: a genitive before the agent is the one acted on.
                if (nominal && IsMaterialConflict(code) && !pattern.TargetPrepositions.Contains(_min)
                    && AgentAfter(text, t, limit, actors, byMinOnly: true) is { } attacker
                    && !sources.Contains(attacker) && (sources.Count == 0 || (attacker.Kind is not (MentionKind.Country or MentionKind.Capital)
                                                                              && (sources.All(s => s.LastToken < t) || sources.All(s => s.FirstToken > t && s.LastToken < attacker.FirstToken)))))
                {
                    if (countedVictims is null && sources.Count > 0 && sources.All(s => s.FirstToken > t))
                    {
                        countedVictims = sources;
                    }

                    sources = Group(text, actors, attacker);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the attacker after «من»: {attacker.Code}");
                }

                // «في هجمات نسبت إلى حزب العمال الكردستاني»: the one an attack is attributed to is its agent.
                if (nominal && IsMaterialConflict(code) && sources.Count == 0 && AttributedTo(text, triggerEnd, limit, actors) is { } blamed)
                {
                    sources = Group(text, actors, blamed);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the one it is attributed to: {blamed.Code}");
                }

                var fromAntecedent = false;
                // «مقاتلات التحالف بقيادة السعودية التي توفر غطاء جويا»: a verb opening a relative clause with no subject
                // of its own says what its antecedent does. Not for a verb that is also read as a passive: the antecedent of
                // «الحريري الذي اغتيل» is the victim.
                // «وكيل الخارجية الأوغندي، والذي يزور مصر»: with no pronoun of the antecedent after the verb («التي تقودها
                // السعودية», «التي يسيطر عليها داعش»), the antecedent is the subject and the actor after the verb its object.
                // («القناة التي تأمل مصر أن تدر»: the pronoun may wait in a clause after the subject.)
                // («جماعة بوكو حرام التي تقتل المدنيين»: a present verb that may be read as a passive is active when an actor,
                // its object, follows it; a past one («القذافي الذي ألقى مسلحون القبض عليه») still has its subject after it.)
                if ((sources.Count == 0 || (sources.All(s => s.FirstToken > t) && !(t + 1 < limit && IsPronounPhrase(text, text.Tokens[t + 1])) && !ResumptiveAfterSubject(text, t, limit, actors)
                                            && !(sources[^1].LastToken + 1 < limit && text.Tokens[sources[^1].LastToken + 1] is { Kind: TokenKind.Arabic } afterSubject
                                                 && IsComplementizer(text.Core(afterSubject)))))
                    && !nominal && (!pattern.Passive || (ModalityDetector.IsImperfect(text, token) && actors.Any(a => a.FirstToken == t + 1 && a.Kind != MentionKind.Adjective)))
                    && !IsMarkedPassive(text, token) && token.SuffixLength == 0 && t > first && IsRelativePronoun(text, text.Tokens[t - 1])
                    && Antecedent(text, t - 1, actors, acrossAdjectives: sources.Count == 0) is { } antecedent)
                {
                    sources = [antecedent];
                    fromAntecedent = true;
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the antecedent of the relative clause: {antecedent.Code}");
                }

                // «لجان العمليات النوعية التي تستهدف قوات الجيش», «العمل الجبان الذي استهدف رجال الأمن»: with no pronoun of the
                // antecedent in the clause after a verb of violence that agrees with it, the antecedent, no actor, is its
                // unnamed subject; the force after the verb is what it strikes, not who strikes («التي يشنها التحالف», «الذي
                // نفذه داعش», «التي اختطفت جبهة النصرة 13 عنصرا منها», «القرى التي استهدف الجيش أحياءها» name the doer after it).
                // Only an act («الهجوم الذي», «العمليات التي») leaves an unknown attacker; a heat wave, a disease or a game that
                // «strikes» is no attack at all.
                if (!fromAntecedent && sources.Count > 0 && sources.All(s => s.FirstToken > t) && !nominal && !IsMarkedPassive(text, token)
                    && token.SuffixLength == 0 && t - 1 > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic } relativeWord && IsRelativePronoun(text, relativeWord)
                    && !(t + 1 < limit && IsPronounPhrase(text, text.Tokens[t + 1])) && AgreesWithRelative(text, relativeWord, token)
                    && !ResumptiveIn(text, relativeWord, t, limit)
                    && text.Tokens[t - 2] is { Kind: TokenKind.Arabic } subjectNoun && !actors.Any(a => a.LastToken == t - 2) && !_regimeLike.Contains(text.Core(subjectNoun))
                    && !_pronouns.Contains(text.Core(subjectNoun)) && IsMaterialConflict(code))
                {
                    // («العمل الجبان الذي», «التفجير الإرهابي الآثم الذي»: the act may stand behind its adjectives.)
                    // («هذا العمل الإرهابي الجبان الذي يستهدف رجال أمننا»: a deed or a crime is an act too.)
                    if (ActBeforeRelative(text, t, first) < 0)
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: what strikes in the relative clause on «{text.OriginalOf(subjectNoun)}» is no actor and no attack");
                        return false;
                    }

                    trace?.Add($"  «{text.OriginalOf(token)}» opens a relative clause on «{text.OriginalOf(subjectNoun)}», its unnamed subject: the actor after it is no source");
                    sources = [];
                }

                // «الجريمة التي استهدفت المصلين», «العمل الإرهابي الذي يستهدف رجال أمننا»: a deed or a crime that strikes is an
                // assault, not a battle.
                if (code[..2] == "19" && !nominal && t - 1 > first && IsRelativePronoun(text, text.Tokens[t - 1]) && ActBeforeRelative(text, t, first) is var deedAt and >= 0
                    && _deeds.Contains(text.Core(text.Tokens[deedAt])))
                {
                    code = "180";
                }

                // «نفاياته التي بدأت تهدد مطار بيروت»: a verb opening a relative clause whose antecedent is no actor has that thing
                // as its subject; an actor outside the clause does not threaten, ask or meet for it. (A subject of its own after
                // the verb still is one: «اللقاء الذي استقبل فيه الرئيس المصري الرئيس اليمني». Violence and protest keep their
                // unnamed doers: «الهجوم الذي استهدف».)
                // («مع غابريال الذي سيلتقي الرئيس الإيراني ورئيس مجلس الشورى»: nor does the actor right after the verb, with no
                // pronoun of the antecedent in the clause: it is the object of the antecedent the lexicon does not know.)
                if (!fromAntecedent && !nominal && !pattern.Passive && code[..2] is not ("14" or "18" or "19" or "20") && token.SuffixLength == 0 && RelativeOpening(text, t, first) is { } relative
                    && text.Tokens[relative - 1] is { Kind: TokenKind.Arabic } antecedentNoun && !actors.Any(a => a.LastToken == relative - 1)
                    && !_pronouns.Contains(text.Core(antecedentNoun)) && sources.Count > 0
                    && (sources.All(s => s.LastToken < relative - 1)
                        // («الخطر الذي يهدد وحدة اليمن»: nor an actor in the genitive of the bare noun right after the verb.)
                        || (relative == t - 1 && (sources.All(s => s.FirstToken == t + 1 || (s.FirstToken > t + 1 && sources.Any(o => o.FirstToken == t + 1)))
                                                  || (sources[0].FirstToken == t + 2 && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } head
                                                      && !_prepositions.Contains(text.Core(head)) && !_timeWords.Contains(text.Core(head))))
                            && !IsMarkedPassive(text, token)
                            && AgreesWithRelative(text, text.Tokens[relative], token) && !ResumptiveIn(text, text.Tokens[relative], t, limit)
                            && !(t + 1 < limit && IsPronounPhrase(text, text.Tokens[t + 1]))
                            // («القناة التي تأمل مصر في أن تسهم»: the pronoun may wait in a clause after the subject.)
                            && !(sources.Max(s => s.LastToken) + 1 < limit && text.Tokens[sources.Max(s => s.LastToken) + 1] is { Kind: TokenKind.Arabic } afterActor
                                 && (IsComplementizer(text.Core(afterActor))
                                     || (text.Core(afterActor).SequenceEqual(_fi) && sources.Max(s => s.LastToken) + 2 < limit
                                         && text.Tokens[sources.Max(s => s.LastToken) + 2] is { Kind: TokenKind.Arabic } thatWord && IsComplementizer(text.Core(thatWord))))))))
                {
                    // («النائب الديمقراطي إليوت أنجل الذي التقى الرئيس أوباما»: a name the lexicon does not know may follow the
                    // actor it names; that actor is the antecedent, and the subject.)
                    var antecedentByName = sources.All(s => s.FirstToken > t)
                        ? actors.LastOrDefault(a => a.LastToken < relative - 1 && relative - 1 - a.LastToken <= 4 && a.Kind is MentionKind.Agent or MentionKind.Composite or MentionKind.Named
                                                    && Enumerable.Range(a.LastToken + 1, relative - 1 - a.LastToken).All(i => text.Tokens[i] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Al, SuffixLength: 0 } bare
                                                                                                                        && !_prepositions.Contains(text.Core(bare)) && !NamesAnAct(text, bare))
                                                    // (The word before «الذي» is a name, with no article: «زار ولي العهد المعرض الذي يستضيف» is the fair's.)
                                                    && text.Tokens[relative - 1].Proclitics == Proclitics.None)
                        : null;
                    trace?.Add(antecedentByName is null
                        ? $"  «{text.OriginalOf(token)}» opens a relative clause on «{text.OriginalOf(antecedentNoun)}», no actor: no source"
                        : $"  «{text.OriginalOf(token)}» opens a relative clause on the name after {antecedentByName.Code}: its subject");
                    sources = antecedentByName is null ? [] : [antecedentByName];
                }

                // «وألقى أردوغان كلمة انتقد فيها الاتحاد الأوروبي», «وأصدر الجيش بيانا اتهم فيه حماس»: who says what a
                // statement says is who made it, the subject of the verb the statement is the object of.
                if (sources.Count == 0 && !nominal && StatementBefore(text, t) is var statement and >= 0
                    && actors.LastOrDefault(a => a.LastToken < statement && statement - a.LastToken <= 6 && a.FirstToken >= first && a.Kind != MentionKind.Adjective
                                                 && !IsPrepositional(text, a, first) && !HasCommaOrClause(text, a.LastToken, statement)) is { } maker)
                {
                    sources = Group(text, actors, maker);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is who made the statement: {maker.Code}");
                }

                // «جماعة بوكو حرام التي تشن هجمات»: the act a relative clause's light verb governs is its antecedent's.
                if (sources.Count == 0 && nominal && LightVerbBefore(text, t, first) is { } relativeVerb && relativeVerb + 1 == t && relativeVerb - 1 > first
                    && IsRelativePronoun(text, text.Tokens[relativeVerb - 1]) && Antecedent(text, relativeVerb - 1, actors, acrossAdjectives: true) is { } relativeDoer)
                {
                    sources = [relativeDoer];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the antecedent of the relative clause whose verb governs it: {relativeDoer.Code}");
                }

                // «وتقود الولايات المتحدة حاليا تحالفا يشن ضربات جوية على داعش»: a verb right after the indefinite force that
                // a leading or sending verb took as object describes that force, which acts for the one who leads or sent it.
                if (sources.Count == 0 && (nominal ? LightVerbBefore(text, t, first) : t) is { } verbAt && text.Tokens[verbAt].SuffixLength == 0
                    && verbAt - 1 > first && text.Tokens[verbAt - 1] is { Kind: TokenKind.Arabic } force
                    && force.Proclitics == Proclitics.None && force.SuffixLength == 0 && _forces.Contains(text.Core(force))
                    && ClauseScan.WordBefore(text, verbAt - 1, first, 6, w => (w.Proclitics & Proclitics.Al) == 0 && _leading.Contains(text.Stem(w))) is { } leads
                    && VerbalSource(text, leads, first, limit, actors) is { Count: > 0 } leaders)
                {
                    sources = leaders;
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is who leads or sent the force it describes: {leaders[0].Code}");
                }

                // «وتبادل الطرفان القصف»: the two parties remembered from talks are not who fights; the duals of a fight are its
                // own sides, which the words must name.
                if (IsMaterialConflict(code) && sources.Any(state.Sides.Contains))
                {
                    sources = [.. sources.Where(src => !state.Sides.Contains(src))];
                    if (sources.Count == 0)
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: the two sides remembered from talks do not fight");
                        return false;
                    }
                }

                // «هاجم مسلح وزير الداخلية»: a lone attacker right after the verb is its subject; the actor after him is no
                // subject but the object.
                if (!nominal && sources.Count > 0 && sources.TrueForAll(s => s.FirstToken > t + 1) && t + 1 < limit
                    && text.Tokens[t + 1] is { Kind: TokenKind.Arabic } loneAttacker && _loneAttackers.Contains(text.Core(loneAttacker))
                    && UnnamedPersonAfterVerb(text, t, limit, found, actors))
                {
                    sources = [];
                }

                sourceExplicit = sources.Count > 0;
                unnamedSubject = null;
                // («: نحن ندين نظام الأسد»: after a verb in the first person the actor is its object, never its subject.)
                // (Only an imperfect: «ناشد», «ناقش» are perfects of the third person.)
                if ((sources.Count == 0 || (sources.All(s => s.FirstToken > t) && IsFirstPersonShape(text.Core(token)) && ModalityDetector.IsImperfect(text, token)
                                            && !_perfectsInN.Contains(text.Core(token))))
                    && !nominal && (speaker ?? continuedSpeaker) is { } quoted && (speaker?.LastToken ?? sayingAt) is var saidAt && saidAt < t
                    && !IsMaterialConflict(code) && (((IsFirstPersonShape(text.Core(token)) || IsFirstPersonPerfect(text, t, limit)) && QuoteOpensBetween(text, saidAt, t))
                                                     // («“… ، بالأمس قابلت وزير الخارجية السعودي”»: a verb in «ـت» before a man, its object,
                                                     // inside the words a man is quoted saying, is «I».)
                                                     || (QuoteStillOpen(text, saidAt, t) && actors.FirstOrDefault(a => a.FirstToken == t + 1) is { } met
                                                         && DisagreesInGender(text, token, met) && !IsFeminineBody(text, quoted))))
                {
                    // «وقال وزير الداخلية: "أدعو إلى استنكار وطني"», «نرفض التدخل»: a verb in the first person inside the
                    // quoted words is the speaker's own; «وتابعت في بيان: "ندعو"» continues the one who spoke last.
                    sources = [quoted];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the speaker of the quoted words: {quoted.Code}");
                }
                else if (sources.Count == 0 && !nominal && UnnamedPersonAfterVerb(text, t, limit, found, actors) is var lonePerson && (lonePerson || SubjectIsUnnamed(text, t, limit, actors)))
                {
                    unnamedSubject = lonePerson ? t + 1 : null;
                    // «وقتل مسلح 38 سائحا»: the subject is there, a noun the lexicon does not know; no one else is the doer.
                    trace?.Add($"  the subject of «{text.OriginalOf(token)}» is a word no actor names: {text.OriginalOf(text.Tokens[t + 1])}");
                }
                else if (sources.Count == 0 && !countedPassive)
                {
                    // «وقد أطلقوا العام الماضي هجوما»: a noun governed by a light verb whose subject is its plural ending is
                    // the act of whoever that verb refers to. Not a singular verb, whose subject may be no actor at all
                    // («بدأت مواضيع جديدة تشكل مصدر قلق», «أقام داعمو هاموند وقفة»).
                    // («وعبر جلالته عن عزائه للملك المفدى»: «جلالته», «سموه», «فخامته» after the verb are the one the article
                    // last had act or speak.)
                    var fallback = (!nominal && t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, SuffixLength: > 0 } honorific
                                    && _styles.Contains(text.Core(honorific)) ? state.LastSource : null)
                                   ?? Coreferent(text, t, first, speaker, state, actors, IsMaterialConflict(code))
                                   ?? (nominal && LightVerbBefore(text, t, first) is { } lightVerb && lightVerb < t
                                       && !actors.Any(a => a.FirstToken > lightVerb && a.LastToken < t && a.Kind != MentionKind.Adjective)
                                       && text.Tokens[lightVerb] is { } lightToken && IsPluralVerb(text, lightToken)
                                       && !_occurrence.Contains(text.Stem(lightToken))
                                           ? Coreferent(text, lightVerb, first, speaker, state, actors, IsMaterialConflict(code)) : null);
                    // «أدانت هيئة كبار العلماء … والآن يقتلون رجال الأمن»: the cleric, judge or paper last named speaks of
                    // violence; it is never the one who fights. What a place underwent («وتعرضت المدينة لقصف») is
                    // someone's unnamed act, and goes on below as such.
                    if (fallback is not null && IsMaterialConflict(code) && IsNonCombatant(fallback) && pattern.UnarmedCode is null
                        && !(nominal && _modality.FollowsUndergoVerb(text, first, t)))
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: the one it refers to, {fallback.Code}, does not fight");
                        return false;
                    }
                    else if (fallback is not null && !(IsMaterialConflict(code) && IsNonCombatant(fallback) && pattern.UnarmedCode is null))
                    {
                        // «وتقول الولايات المتحدة والسعودية والمعارضة السورية إنه يتعين رحيل الأسد»: the subject opening this
                        // sentence brings the members joined to it (not an actor further on, whom the pronoun may only seem to
                        // name).
                        // Only for a plural pronoun («إنهم», «أنهما») or the impersonal «إنه يتعين/يجب»; for violence, not the
                        // paper or the agency joined to the army («وذكر الجيش اليمني ووكالة سبأ أنه قتل»).
                        sources = actors.Contains(fallback) && fallback.FirstToken - first <= 3 && SaidByAll(text, t, first)
                            ? [.. Group(text, actors, fallback).Where(m => ReferenceEquals(m, fallback) || !(IsMaterialConflict(code) && IsNonCombatant(m)))]
                            : [fallback];
                        trace?.Add($"  source of «{text.OriginalOf(token)}» by coreference: {fallback.Code}");
                    }
                }

                // «وألقي القبض على ثلاثة مشتبه بهم في القاهرة», «واعتقل ثلاثة صحفيين»: an arrest told without its agent is made by
                // the police of the country where it happens (the first place after the verb, else the article's country, else
                // the country of those arrested); someone must be arrested, not only somewhere.
                if (sources.Count == 0 && code == "173" && !nominal && token.SuffixLength == 0 && (token.Proclitics & Proclitics.Al) == 0 && !IsPluralVerb(text, token)
                    && actors.Any(a => a.FirstToken > t && a.FirstToken <= t + 8 && a.Kind is not (MentionKind.Adjective or MentionKind.Capital or MentionKind.Country))
                    && (places.FirstOrDefault(p => p.FirstToken > t)?.Place.Country
                        ?? actors.FirstOrDefault(a => a.FirstToken > t && a.Kind is MentionKind.Capital or MentionKind.Country)?.Country
                        ?? DominantCountry(state.Known, actors)
                        ?? actors.FirstOrDefault(a => a.FirstToken > t && a.Kind != MentionKind.Adjective)?.Country) is { } arrestedIn)
                {
                    sources = [new ActorMention(t, t, token.Start, token.End, arrestedIn + "COP", "police (implied, " + arrestedIn + ")", MentionKind.Agent, null)];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the police of the country where the arrest is made: {arrestedIn}COP");
                }

                visitedPlace = null;
                // «غادر ولي ولي العهد القاهرة بعد زيارة عمل», «وقال الوزير بعد لقاء مع نظيره»: a visit or a meeting with no
                // agent of its own, in a phrase of time after the clause's verb, was the clause subject's; the place left is
                // where a visit was made.
                // Only an indefinite visit («الزيارة» refers back) with no doer of its own after it («خلال زيارة يقوم بها البدري»),
                // not after a verb of hosting or meeting («استقبل الملك الرئيس بعد زيارة لقطر»: the guest made it) nor in the
                // future («سيغادر»), and a subject that is a person or a
                // body, not a country the verb took as its object («غادر جمهورية مصر العربية»), nor across a relative clause
                // («الذي وصل … بعد زيارة»). Only the object of «غادر» is the place visited: in «عاد إلى الرياض بعد زيارة» it is
                // the way home.
                if (sources.Count == 0 && nominal && pattern.Code[..2] == "04" && t > first && token.Proclitics == Proclitics.None
                    && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } when && _visitTimes.Contains(text.Core(when))
                    && ClauseScan.WordBefore(text, t - 1, first, 12, w => _hostVerbs.Contains(text.Core(w))) is null
                    && !Enumerable.Range(triggerEnd + 1, Math.Max(0, Math.Min(limit, triggerEnd + 4) - triggerEnd - 1)).Any(i => text.Tokens[i] is { Kind: TokenKind.Arabic } w && (IsRelativePronoun(text, w) || _lightVerbs.Contains(text.Stem(w))))
                    && ClauseScan.WordBefore(text, t - 1, first, 12, w => (w.Proclitics & Proclitics.Sa) != 0) is null && !Mentions(text, first, t, _futureWords)
                    && SentenceSubject(text, t - 1, first, actors) is { Kind: not (MentionKind.Country or MentionKind.Capital or MentionKind.Adjective) } visitor
                    && !Enumerable.Range(visitor.LastToken + 1, Math.Max(0, t - visitor.LastToken - 1)).Any(i => IsRelativePronoun(text, text.Tokens[i])))
                {
                    // («أوباما ونظيره التركي أردوغان اتفقا أثناء اتصال هاتفي»: a symmetric act of a compound subject is its members'
                    // with each other.)
                    sources = pattern.Symmetric ? Group(text, actors, visitor) : [visitor];
                    visitedPlace = pattern.Code == "042" && ClauseScan.WordBefore(text, t - 1, first, 12, w => _leaving.Contains(text.Core(w))) is { } left
                        ? actors.LastOrDefault(a => a.Kind is MentionKind.Capital or MentionKind.Country && a.FirstToken > Math.Max(visitor.LastToken, left) && a.LastToken < t - 1 && PrepositionBefore(text, a) is null)
                        : null;
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the subject of the clause its time phrase qualifies: {visitor.Code}");
                }

                // «شنت غارات للتحالف على مواقع المتمردين», «قصف لطيران التحالف»: the strikes' owner after the «ل» of
                // possession is who strikes.
                // («أعلنت الوزارة أن غارة جوية لقوات الائتلاف الدولي»: on an event noun the owner comes before whoever else
                // the clause offers, the speaker included.)
                if ((sources.Count == 0 || (nominal && sources.All(src => src.LastToken < t))) && IsMaterialConflict(code) && OwnerOfStrikes(text, t, limit, actors) is { } owner)
                {
                    sources = Group(text, actors, owner);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the owner of the strikes after «ل»: {owner.Code}");
                }

                // «تراجع تنظيم القاعدة عن وعوده، وفي المقابل قام بحملة اعتقالات»: a light verb with no subject of its own later in
                // the sentence continues the sentence's subject, and so does the act it carries.
                // Only the light verb's own object («قام بحملة اعتقالات»), not an aim further on («وبدأت حملة بحث بهدف القبض»).
                if (sources.Count == 0 && nominal && sentenceSource is { } carried && LightVerbBefore(text, t, first) is { } carrier && carrier > carried.LastToken
                    && t - carrier <= 2 && text.Tokens[carrier].SuffixLength == 0 && !actors.Any(a => a.FirstToken > carried.LastToken && a.FirstToken < t)
                    && !HasClauseBreak(text, carried.LastToken, carrier) && modality == Modality.Asserted)
                {
                    sources = [carried];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the sentence's subject, which the verb at «{text.OriginalOf(text.Tokens[carrier])}» continues: {carried.Code}");
                }

                // «وصول ثاني طائرة إغاثة سعودية إلى مطار عدن», «طائرة تحمل مساعدات طبية مقدمة من مركز الملك سلمان»: relief that
                // arrives is delivered by the country whose nisba its carrier bears, or by whom «مقدمة من» names.
                if (sources.Count == 0 && code[..2] == "07" && AidDonors(text, t, limit, actors) is { } senders)
                {
                    sources = senders;
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is who sent the relief: {string.Join(", ", senders.Select(d => d.Code))}");
                }

                // «وصلت أمس ثاني طائرة إلى مطار عدن الدولي بعد تحريره من مليشيات الحوثيين»: a masdar after «بعد/عقب/إثر» tells
                // a past act done to what its pronoun or genitive names, with no doer named near it; an actor far back in a
                // long sentence is not that doer.
                // (Only acts done to the pronoun's owner, seizing, storming, arresting, expelling, liberating: «بعد معاركه مع
                // الثوار» names his own battles.)
                if (nominal && !pattern.Symmetric && (code[..2] == "17" || code is "191" or "192") && t > first
                    && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } afterWord
                    && _afterTimes.Contains(text.Core(afterWord)) && sources.Count > 0 && sources.All(src => src.LastToken < t && t - src.LastToken > 12)
                    && AgentOfPassive(text, t, limit, actors) is null)
                {
                    trace?.Add($"  «{text.OriginalOf(token)}» after «{text.OriginalOf(afterWord)}» tells a past act; {sources[0].Code}, far before it, is not its doer");
                    return false;
                }

                // «مقتل جندي تركي في اشتباك مع داعش»: a fighter killed or wounded in a clash with a side fought that side; he is
                // its other party, not an unknown one. (Only fighters: civilians killed in clashes took no part in them.)
                if (sources.Count == 0 && nominal && pattern.Symmetric && IsMaterialConflict(code) && CasualtyOfClash(text, t, first, actors) is { } fallen)
                {
                    sources = [fallen];
                    trace?.Add($"  «{text.OriginalOf(token)}» is fought by {fallen.Code}, who fell in it");
                }

                // «اللقاء الثلاثي الذي يجمع في الدوحة، اليوم، وزراء خارجية السعودية والولايات المتحدة وروسيا»: a meeting whose
                // relative clause says whom it brings together is theirs, each with the others.
                if (sources.Count == 0 && nominal && pattern.Symmetric && code[..2] == "04" && BroughtTogether(text, triggerEnd, limit, actors) is { } gathered)
                {
                    sources = Group(text, actors, gathered);
                    sourceExplicit = true;
                    trace?.Add($"  «{text.OriginalOf(token)}» brings together {string.Join(", ", sources.Select(a => a.Code))}");
                }

                // «الاتفاق الأميركي مع تركيا», «اتفاقنا مع الولايات المتحدة»: a noun whose doer its own phrase must name; one found
                // anywhere else in the sentence («انتقد نتنياهو الاتفاق مع إيران») did not make it.
                if (nominal && pattern.OwnSource && sources.Count > 0 && token.SuffixLength == 0
                    && !sources.TrueForAll(s => s.FirstToken > t && s.FirstToken <= triggerEnd + 2 && !HasClauseBreak(text, t, s.FirstToken)))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: its own phrase names no doer");
                    return false;
                }

                // «أعرب المنسق الأوروبي عن استعداد الاتحاد الأوروبي لمساعدة تونس»: whoever voices it, the readiness is its
                // genitive's; with no known speaker, that genitive is the source.
                if (sources.Count == 0 && code[..2] == "03" && ReadyOne(text, t, limit, actors) is { } ready)
                {
                    sources = Group(text, actors, ready);
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the one whose readiness it voices: {ready.Code}");
                }

                unknownSource = false;
                if (sources.Count == 0)
                {
                    var unknown = UnknownSource(code);
                    if (unknown is null)
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: no source actor");
                        // «وحذر من هجمات الحوثيين»: what a warning or an appeal is about is still no act of its own when the
                        // coder does not know who warned.
                        // (A verb with its content's preposition right after it: «لقي طالب سوداني مصرعه» has a student, no demand.)
                        if (SpeaksOfContent(pattern.Code) && pattern.Code[..2] != "03"
                            && !nominal && t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } marker
                            && (_prepositions.Contains(text.Core(marker)) || (marker.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0))
                        {
                            consumedUntil = Math.Max(consumedUntil, ContentEnd(text, triggerEnd, limit));
                        }

                        return false;
                    }

                    unknownSource = true;
                    // («وأطلقت امرأة النار»: the doer is the word that stands for her, which ascribes the act to someone.)
                    var doer = unnamedSubject is { } subjectAt ? text.Tokens[subjectAt] : token;
                    sources = [new ActorMention(unnamedSubject ?? t, unnamedSubject ?? t, doer.Start, doer.End, unknown, unknown == "UAF" ? "unidentified attackers" : "civilians", MentionKind.Agent, null)];
                }

                if (unknownSource && code[..2] is "18" or "20" && ClauseAround(text, t, first, limit) is var (mishapFrom, mishapTo)
                    && (NamesMishap(text, mishapFrom, mishapTo) || MishapCauseAfter(text, mishapTo, limit)))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: deaths in a disaster or an accident, inflicted by no one");
                    return false;
                }

                // «أعلنت السلطات حالة الطوارئ في منطقة شيترال بسبب الفيضانات»: an emergency declared for a disaster coerces no one.
                if (code is "1723" or "1724" && ClauseAround(text, t, first, limit) is var (disasterFrom, disasterTo) && NamesMishap(text, disasterFrom, disasterTo))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: an emergency for a disaster, against no one");
                    return false;
                }

                // «تحتل صور الطفلة وسائل الإعلام», «معركة الجامعة», «نشرت القناة تسجيلا»: fighting, occupying, blockading or
                // deploying by a paper, a school, a court or a company is a figure of speech or another sense.
                // «استهدفت مواقع وتعزيزات حوثية»: reinforcements named with the positions struck are a target, not a mobilisation.
                if (nominal && code[..2] == "15" && t - 1 >= first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic } listed && _positions.Contains(text.Core(listed)))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: named with the positions struck, a target");
                    return false;
                }

                // «استضافت قناة الجزيرة وزير الخارجية»: a channel or a paper has guests on air, it hosts no visit.
                if (code == "043" && !unknownSource && sources.All(s => s.Role == "MED") && text.Stem(token).EndsWith(_guestStem, StringComparison.Ordinal))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: a channel or paper has a guest, not a visit");
                    return false;
                }

                // Nor does a cleric, a paper or a school kill («عضو هيئة كبار العلماء … مستنكرا … وقتل أنفس معصومة»).
                if ((code[..2] is "15" or "19" or "20" || (code[..2] == "18" && pattern.UnarmedCode is null && sources.All(s => s.Role is "REL" or "MED" or "HLH" or "BUS" or "EDU"))) && !unknownSource && sources.All(IsNonCombatant))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: fighting by a non-combatant is figurative");
                    return false;
                }

                // «فجرت قوات الأمن سبع عبوات ناسفة عثرت عليها»: police or soldiers who set off bombs or mines destroy what they
                // found; a state's forces plant no roadside bombs.
                if (!nominal && code.StartsWith("183", StringComparison.Ordinal) && code != "1831" && !unknownSource && sources.All(s => s.Role is "COP" or "MIL" or "SPY")
                    && text.Core(token).Contains(_detonate, StringComparison.Ordinal)
                    && Enumerable.Range(t + 1, Math.Max(0, Math.Min(limit, t + 6) - t - 1)).Any(i => text.Tokens[i] is { Kind: TokenKind.Arabic } device && _explosiveDevices.Contains(text.Core(device))))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: security forces setting off explosives destroy them");
                    return false;
                }

                // «أغلقت الشرطة الشوارع المؤدية إلى القنصلية»: police or soldiers closing roads secure them; a blockade in
                // protest is made by others.
                if (code.StartsWith("144", StringComparison.Ordinal) && !unknownSource && sources.All(s => s.Role is "COP" or "MIL" or "SPY"))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: forces closing roads are no protest");
                    return false;
                }

                // «لاجئ فروا من الحرب»: civilians and refugees who flee are not an armed side retreating.
                if (code.StartsWith("087", StringComparison.Ordinal) && !unknownSource && sources.All(s => s.Role is "REF" or "CVL"))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: civilians who flee do not retreat");
                    return false;
                }

                // «هاجم الوزير المعارضة»: an attack by an unarmed actor is made with words.
                // A regime that «هاجم مدينة حلب بالبراميل» attacked with weapons: dead, wounded or arms keep the assault.
                // Only arms and casualties in the attack's own clause count («تجربة صواريخ إيران … فهاجم ماكين رغبة أوباما»).
                // «وهاجمت إيران السياسة الأمريكية»: what is attacked may say it is words, whoever attacks.
                // «هاجم قائد الحرس الثوري اللواء محمد علي جعفري الرئيس الأمريكي»: so does one man attacking another, even an
                // officer («هاجم قائد الجيش الليبي مدينة بنغازي» attacks with his army).
                // («الحكومة شنت هجوما على المتمردين»: an attack a state or its government launches, «شن/نفذ», on an armed group
                // is made with arms; a man's «شن الرئيس هجوما على الصحافة», a paper's or a party's is words.)
                if (pattern.UnarmedCode is { } unarmedCode && !unknownSource && modality != Modality.Future
                    && !(nominal && GovernedByLightVerb(text, t, first) && sources.TrueForAll(s => s.Role is null or "GOV" && !IsOnePerson(text, s))
                         && ArmedGroupAfterAgainst(text, triggerEnd, actors))
                    && (sources.All(IsUnarmed) || WordsAreAttacked(text, Math.Max(triggerEnd, sources.Count > 0 ? sources.Max(s => s.LastToken) : triggerEnd), limit) || (!nominal && (SaidIn(text, t) || SpokenIn(text, t, limit)))
                        || (sources.Count > 0 && sources.TrueForAll(s => IsOnePerson(text, s)) && PersonAttacked(text, Math.Max(triggerEnd, sources.Max(s => s.LastToken)), limit, actors)))
                    && ClauseAround(text, t, first, limit) is var (clauseFrom, clauseTo)
                    && !HasCasualties(text, clauseFrom, clauseTo + 1) && !HasWeapons(text, clauseFrom, clauseTo + 1))
                {
                    trace?.Add($"  {code} at «{text.OriginalOf(token)}» by an unarmed actor: coded as {unarmedCode}");
                    code = unarmedCode;
                }

                // «الجريمة الإرهابية التي نفذها مستوطنون», «العمل الإرهابي الذي استهدف المسجد»: a deed is an attack only as the
                // verb after it tells it, by the one named there or by no one named. «أعمالها الإرهابية», «الأعمال الإرهابية
                // التي ينفذها داعش» in a speaker's words are talk of terror, and the speaker is no attacker.
                // («استشهاد رجال الأمن إثر عمل إرهابي جبان»: or the dead it cost, by no one named.)
                if (nominal && _deeds.Contains(text.Core(token)) && !(unknownSource && HasCasualties(text, first, limit))
                    && !(ClaimedAfter(text, t, triggerEnd, limit) is { } toldAt && text.Tokens[toldAt] is { Kind: TokenKind.Arabic } toldVerb && (text.Tokens[toldAt].Proclitics & Proclitics.Wa) == 0
                         && !ModalityDetector.IsImperfect(text, toldVerb)
                         && (unknownSource ? _aimingVerbs.Contains(text.Core(toldVerb)) : sources.All(s => s.FirstToken > toldAt))))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: a deed that no verb after it tells as done");
                    return false;
                }

                return true;
            }

            TargetsAndEmit();

            // The act's targets, then its events.
            void TargetsAndEmit()
            {
                var afterSource = Math.Max(triggerEnd, unknownSource || pronounAgent ? unnamedSubject ?? triggerEnd : sources.Max(s => s.LastToken));
                // «ودان أوباما، أول رئيس أميركي يزور كينيا وإثيوبيا، القادة الأفارقة»: an apposition set off by commas after the
                // subject describes him; the object comes after it.
                if (!nominal && sources.Count > 0 && sources[0].FirstToken > t && AsideEnd(text, afterSource, limit) is var apposition and >= 0)
                {
                    afterSource = apposition;
                }

                // The target may stand between the trigger and its 'with' word («يطالب المتمردين بالانسحاب»);
                // otherwise it follows the 'with' word («دعا … إلى تفعيل الاتفاقيات مع …»).
                // («ودعا الرئيس الأميركي الاتحاد الأفريقي إلى استخدام «سلطته»، ليس فقط «لإدانة … التغييرات»»: with the 'with' word
                // past a comma, the object is still between the trigger and the comma.)
                // («ضبطت الشرطة الروسية، خلال الأيام القليلة الماضية، 3 نساء بتهمة الاحتيال»: nor is the comma that opens an
                // aside behind the subject the object's bound; the object follows the aside.)
                var asideEnd = !nominal && !unknownSource && !pronounAgent && sources.Count > 0 && sources[0].FirstToken > t && triggerEnd > t
                    ? AsideEnd(text, sources.Max(s => s.LastToken), triggerEnd)
                    : -1;
                var withBound = ClauseMarkBetween(text, asideEnd >= 0 ? asideEnd : t, triggerEnd) is var mark and >= 0 ? mark : triggerEnd;

                var objectFrom = asideEnd >= 0 ? asideEnd : Math.Max(t, unknownSource || pronounAgent ? t : sources.Max(s => s.LastToken));
                var beforeWith = triggerEnd > t ? Targets(text, pattern, triggerEnd, objectFrom, limit, actors, sources, before: withBound) : [];
                // Before the comma only the verb's own object counts: the word right after the subject (words of time aside),
                // or one right after a preposition the pattern takes («فرضتها … على إيران،»); not a genitive further in
                // («على مرأى ومسمع الكيان الصهيوني، قنابل»).
                if (withBound < triggerEnd && beforeWith.Count > 0)
                {
                    // (Quotation marks are no words: «هجمات التحالف الدولي ضد «داعش»، هي».)

                    var objectAt = objectFrom + 1;
                    while (objectAt < withBound && (IsQuotationMark(text, objectAt) || (text.Tokens[objectAt] is { Kind: TokenKind.Arabic } timeWord && _timeWords.Contains(text.Core(timeWord)))))
                    {
                        objectAt++;
                    }

                    var objectMention = beforeWith[0];
                    var wordBefore = objectMention.FirstToken - 1;
                    while (wordBefore > objectFrom && IsQuotationMark(text, wordBefore))
                    {
                        wordBefore--;
                    }

                    var proclitic = (text.Tokens[objectMention.FirstToken].Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0;
                    var direct = objectMention.FirstToken == objectAt && !proclitic;
                    var governed = (proclitic && objectMention.FirstToken == objectAt && PrepositionBefore(text, objectMention) is { } procliticPreposition
                                    && pattern.TargetPrepositions.Contains(procliticPreposition))
                                   || (wordBefore == objectAt && text.Tokens[objectAt] is { Kind: TokenKind.Arabic, SuffixLength: 0 } prep
                                       && _prepositions.TryGet(text.Core(prep), out var prepositionWord) && prepositionWord is not null && pattern.TargetPrepositions.Contains(prepositionWord));
                    if (!direct && !governed)
                    {
                        beforeWith = [];
                    }
                }

                // «ونددت أوكرانيا بقصف الانفصاليين», «أدان الرئيس قصف التحالف»: the armed side in the genitive of violence that is
                // condemned did it (one condemns the separatists' shelling, not the shelling of them); whom it struck follows «ل/على»
                // if anyone is named.
                // (Not a masdar whose genitive is the one harmed: «أدانت الحكومة اختطاف الجنود الأتراك».)
                if (nominal && IsMaterialConflict(code) && unknownSource && !_harmMasdars.Contains(text.Core(token)) && !_objectMasdars.Contains(text.Core(token))
                    && CondemnedBefore(text, t, first, actors)
                    && GenitiveAfter(text, t, triggerEnd, first, actors, sources) is { Role: "REB" or "MIL" } armedDoer)
                {
                    sources = Group(text, actors, armedDoer);
                    unknownSource = false;
                    afterSource = Math.Max(afterSource, sources.Max(s => s.LastToken));
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the armed side in its genitive, whose violence is condemned: {armedDoer.Code}");
                }

                // The genitive of a violent act is its victim; of a weapon fired, whose it is («قذائف المدفعية», never the target).
                var targets = nominal && (IsMaterialConflict(code) || GenitiveIsVictim(text, token, code)) && !FiresWeapon(text, token)
                              && GenitiveAfter(text, t, triggerEnd, first, actors, sources) is { } victim
                    ? Group(text, actors, victim)
                    : beforeWith.Count > 0 ? beforeWith : Targets(text, pattern, triggerEnd, afterSource, limit, actors, sources, nominal: nominal);
                if (settledTargets is not null)
                {
                    targets = settledTargets;
                }

                if (clauseTargetOfUntil is not null)
                {
                    targets = Group(text, actors, clauseTargetOfUntil);
                }

                if (impersonalPartner is not null)
                {
                    targets = [impersonalPartner];
                }

                if (guests is not null)
                {
                    targets = guests;
                }

                // «التقى الجبير لافروف في الدوحة بحضور وزير الخارجية الأمريكي جون كيري»: whoever a meeting is held in the
                // presence of takes part in it too.
                if (code[..2] == "04" && targets.Count > 0 && PresentAtMeeting(text, targets[^1].LastToken, limit, actors, sources, targets) is { } present)
                {
                    targets = [.. targets, present];
                }

                // «وصل إلى القاهرة أمس الخميس ديمتري ميدفيديف»: with the subject after the place, the place before it is the
                // target when the pattern takes its preposition.
                if (targets.Count == 0 && !nominal && sources.Count > 0 && actors.FirstOrDefault(a => a.FirstToken == t + 2) is { } placeFirst
                    && ReferenceEquals(SubjectPastPlace(text, t, placeFirst, actors), sources[0])
                    && PrepositionBefore(text, placeFirst) is { } placePreposition && pattern.TargetPrepositions.Contains(placePreposition))
                {
                    targets = [placeFirst];
                }

                // «وفتح شاب النار على دورية للشرطة»: a doer told by a word no actor names stands in the clause as any subject
                // does, and his fight has its other side as a named one's has.
                if (targets.Count == 0 && unknownSource && unnamedSubject is not null && code[..2] == "19")
                {
                    targets = ConflictTarget(text, t, afterSource, actors, sources, state, nominal);
                }

                // «وأدان الرئيس اغتيال النائب العام», «ندد بمقتل الصحفي»: who was killed or taken is the victim of the act
                // condemned, not whom the condemnation is aimed at (coding guide §1: an unnamed attacker's act is aimed at no one).
                // The one the article has told did that act is («نددت الحكومة باعتقال الصحفيين» after the Houthis' arrests).
                // («اعتقال الشرطة المصرية للمتظاهرين»: with the one harmed after «ل», the genitive is the doer, and stays.)
                if (code[..3] == "111" && targets.Count > 0
                    && targets.All(tg => tg.FirstToken - 1 > t && text.Tokens[tg.FirstToken - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } harm && _harmMasdars.Contains(text.Core(harm)))
                    && !(targets[^1].LastToken + 1 < limit && text.Tokens[targets[^1].LastToken + 1] is { Kind: TokenKind.Arabic } harmedAfter && (harmedAfter.Proclitics & Proclitics.Li) != 0))
                {
                    var harmed = text.Tokens[targets[0].FirstToken - 1];
                    var actCode = _patterns.ByNoun(text.Core(harmed)).Concat(_patterns.ByVerbStem(text.Stem(harmed))).Select(p => p.Code[..3]).FirstOrDefault(c => IsMaterialConflict(c));
                    // («بمقتل الصحفي على يد الحوثيين»: the doer named there is the one aimed at.)
                    var doer = AtTheHandsOf(text, targets[^1].LastToken, limit, actors) is { } handsOf && sources.All(src => src.Code != handsOf.Code) ? handsOf
                        : actCode is not null && state.Perpetrators.TryGetValue(actCode, out var did) && sources.All(src => src.Code != did.Code) && targets.All(tg => tg.Code != did.Code) ? did : null;
                    trace?.Add($"  target of «{text.OriginalOf(token)}»: {targets[0].Code} is the victim of the act condemned{(doer is null ? string.Empty : "; its doer is " + doer.Code)}");
                    targets = doer is null ? [] : [doer];
                }

                if (targets.Count == 0 && visitedPlace is not null)
                {
                    targets = [visitedPlace];
                }

                // «زار ظريف مدينة النجف»: a named visitor's visit to a town the lexicon knows, right after the verb and its
                // subject, goes to the town's country (not a plane's, nor a list of countries that is the verb's object).
                // (The town may itself be the word the verb needed, «وصل مبعوث الأمم المتحدة إلى عدن», so the search starts
                // after the visitor, not after the trigger's words.)
                // («وصل خادم الحرمين الشريفين الملك سلمان»: one visitor may be named by a title and a name in apposition.)
                var oneVisitor = sources.Count > 0 && sources.All(s => s.Code == sources[0].Code && s.Kind is MentionKind.Named or MentionKind.Composite);
                var visitorEnd = oneVisitor && sources.All(s => s.FirstToken > t) ? Math.Min(afterSource, sources.Max(s => s.LastToken)) : Math.Min(afterSource, t);
                while (oneVisitor && actors.FirstOrDefault(a => a.FirstToken == visitorEnd + 1 && a.Code == sources[0].Code) is { } apposedVisitor)
                {
                    visitorEnd = apposedVisitor.LastToken;
                }

                // («وصل اليوم إلى مدينة عدن»: a word of time after the verb is no part of the way; nor is «في وقت متأخر من مساء
                // أمس».)
                while (visitorEnd + 1 < limit)
                {
                    if (text.Tokens[visitorEnd + 1] is { Kind: TokenKind.Arabic } timeWord && _timeWords.Contains(text.Core(timeWord)))
                    {
                        visitorEnd++;
                    }
                    else if (TimePhraseEnd(text, visitorEnd + 1, limit) is var phraseEnd and >= 0)
                    {
                        visitorEnd = phraseEnd;
                    }
                    else
                    {
                        break;
                    }
                }

                // («الطائرات السعودية التي وصلت إلى مطار عدن»: aircraft arriving pay no visit.)
                // («وصل إلى مدينة طنجة»: a word for a town may stand before its name. Pilgrims and refugees who arrive pay
                // no visit.)
                if (targets.Count == 0 && code == "042" && !nominal && oneVisitor && sources[0].Role is not ("CVL" or "REF")
                    && !(text.Tokens[sources[0].FirstToken] is { Kind: TokenKind.Arabic } vehicle && (_warplanes.Contains(text.Core(vehicle)) || _aircraft.Contains(text.Core(vehicle))))
                    && AttackedPlace(text, visitorEnd, limit, places) is { } visitedTown
                    && visitedTown.FirstToken - VisitorsEnd(text, visitorEnd, visitedTown.FirstToken, actors, sources)
                       <= (text.Tokens[visitedTown.FirstToken - 1] is { Kind: TokenKind.Arabic } townWord && _partsOf.Contains(text.Core(townWord)) ? 3 : 2)
                    && visitedTown.Place.Country is { Length: 3 } townCountry && sources[0].Country != townCountry
                    && !actors.Any(a => a.FirstToken <= visitedTown.LastToken && a.LastToken >= visitedTown.FirstToken))
                {
                    targets = [new ActorMention(visitedTown.FirstToken, visitedTown.LastToken, visitedTown.Start, visitedTown.End, townCountry, visitedTown.Place.Name, MentionKind.Country, visitedTown.Place.Location)];
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is the country of the place visited: {townCountry}");
                }

                // «شحنة من المساعدات أرسلتها الإمارات … وصلت إلى عدن»: aid from abroad goes to the country of the place it is sent
                // or brought to («إلى» a known town, «لـ»: «وصول ثاني طائرة إغاثة سعودية لمطار عدن», or where it lands: «تهبط في
                // مطار عدن»), when nothing else names whom it is for.
                if (targets.Count == 0 && code[..2] == "07" && sources.Count >= 1
                    && places.FirstOrDefault(p => p.FirstToken > t && p.FirstToken > 0
                                                  && ((text.Tokens[p.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } to && (text.Core(to).SequenceEqual(_ila) || text.Core(to).SequenceEqual(_fi)))
                                                      || (text.Tokens[p.FirstToken].Proclitics & Proclitics.Li) != 0)) is { } destination
                    && destination.Place.Country is { Length: 3 } receiving && sources.All(d => d.Country is not null && d.Country != receiving)
                    && !actors.Any(a => a.FirstToken <= destination.LastToken && a.LastToken >= destination.FirstToken))
                {
                    targets = [new ActorMention(destination.FirstToken, destination.LastToken, destination.Start, destination.End, receiving, destination.Place.Name, MentionKind.Country, destination.Place.Location)];
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is the country the aid is brought to: {receiving}");
                }

                // «جولة أوروبية تشمل بريطانيا وبلجيكا وفرنسا»: a tour goes to each country it takes in.
                if (targets.Count == 0 && code[..2] is "04" or "03" && TourStops(text, triggerEnd, limit, actors) is { Count: > 0 } stops)
                {
                    targets = stops;
                }

                // The victims are the count's own noun («ثلاثة جنود», «عشرات من السياح»), never an actor further on in how it came
                // about («وأصيب عشرات في هجمات لحزب العمال»).
                if (suffering is not null)
                {
                    targets = Group(text, actors, suffering);
                }
                else if (countedPassive && Enumerable.Range(t + 1, Math.Max(0, Math.Min(6, limit - t - 1))).FirstOrDefault(i => IsCountWord(text, i), -1) is var countAt and >= 0
                    && actors.FirstOrDefault(a => a.FirstToken > countAt && a.FirstToken - countAt <= 3 && a.Kind != MentionKind.Adjective) is { } victims)
                {
                    targets = Group(text, actors, victims);
                }
                else if (countedVictims is not null)
                {
                    targets = countedVictims;
                }

                // «يأمل أن تلعب ألمانيا دورا إيجابيا», «يخشى أن تستغل الصين»: a hope or a fear with no object of its own is about
                // the subject of the clause it governs.
                if (targets.Count == 0 && code[..3] is "012" or "013" && ComplementSubject(text, triggerEnd, limit, actors, sources) is { } hopedOf)
                {
                    targets = Group(text, actors, hopedOf);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is the subject of the clause it governs: {hopedOf.Code}");
                }

                // «هدد تنظيم الدولة بقتل رئيس مجلس النواب», «توعد باستهداف السفن الأمريكية»: a threat is aimed at whom the harm
                // it threatens would befall, the genitive of that act's masdar.
                if (targets.Count == 0 && code[..2] == "13" && MasdarObject(text, Math.Max(triggerEnd, afterSource), limit, actors, harm: true) is { } threatened
                    && !sources.Contains(threatened))
                {
                    targets = Group(text, actors, threatened);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is whom the harm it threatens would befall: {threatened.Code}");
                }

                // «أمريكا تتعهد بمساعدة إسرائيل», «وعدت فرنسا بتسليح الجيش اللبناني»: a pledge is made to whom the help it
                // promises would go.
                // (The masdar may be the pattern's own 'with' word: «تتعهد بمساعدة».)
                if (targets.Count == 0 && code[..2] == "03"
                    && MasdarObject(text, sources.Where(s => s.FirstToken > t).Select(s => s.LastToken).DefaultIfEmpty(t).Max(), limit, actors, harm: false) is { } helped
                    && !sources.Contains(helped) && sources.All(s => s.Code != helped.Code))
                {
                    targets = Group(text, actors, helped);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is whom the help it promises would go to: {helped.Code}");
                }

                // «هددت المملكة بردة فعل حازمة إذا ما استخدمت إيران …», «سترد في حال عدم التزام المتمردين»: a threat with no
                // object of its own is aimed at whoever its condition names.
                if (targets.Count == 0 && code[..2] == "13" && ConditionalTarget(text, t, limit, actors, sources) is { } conditioned)
                {
                    targets = Group(text, actors, conditioned);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is named in its condition: {conditioned.Code}");
                }

                var place = PlaceFor(text, t, places);

                // With no named perpetrator, «الهجوم» or «المظاهرات» alone is talk about violence or protest, not a
                // report of one. It is reported when a verb asserts it («اندلعت مظاهرات», «هجوم نفذه مجهولون»,
                // «تفجير أودى بحياة») or the sentence counts dead or wounded. Otherwise violence needs a named
                // opponent of fighting or of a verb, and a protest a place or a target.
                // «قتل 15 شخصا»: a passive with its victims counted reports them.
                // «ووقع هجوم مماثل قبل ثلاثة أشهر»: an indefinite act said to have taken place is a new one («ووقع الهجوم» is
                // the one already told).
                var happened = (nominal && (GovernedByLightVerb(text, t, first) || ClaimedAfter(text, t, triggerEnd, limit) is not null || _modality.FollowsUndergoVerb(text, first, t)
                                            || OccurredAfter(text, triggerEnd, limit) || ((token.Proclitics & Proclitics.Al) == 0 && OccurredBefore(text, t, first))
                                            // «استهدف هجوم انتحاري حافلة للجيش»: the act is the subject of the verb of striking right before it.
                                            || (IsMaterialConflict(code) && (token.Proclitics & ~Proclitics.Al) == 0 && StruckByVerbBefore(text, t, first))))
                               || (IsMaterialConflict(code) && (HasCasualties(text, first, limit) || countedPassive));
                // A protest is reported when it has a place (a listed place or «في» + a country), a target, or a
                // counted crowd («تظاهر آلاف», «نزل مئات الأشخاص»).
                var reject = IsMaterialConflict(code)
                    ? !(targets.Count > 0 && (code[..2] == "19" || !nominal))
                    : targets.Count == 0 && place is null && !HasCrowd(text, first, limit)
                      && !actors.Any(a => a.Kind is MentionKind.Country or MentionKind.Capital && PrepositionBefore(text, a) == _fi);
                if (unknownSource && !happened && reject)
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: no named perpetrator and nothing asserts it happened");
                    return;
                }

                // «عقد مجلس الوزراء اجتماعه الأسبوعي», «في جلسته»: a body's own session with no one else named is no
                // meeting between actors.
                // A dual pronoun («اجتماعهما») is a joint meeting of two.
                if (code[..2] == "04" && targets.Count == 0 && (nominal ? t : triggerEnd) is var sessionAt && sessionAt < limit
                    && text.Tokens[sessionAt].SuffixLength > 0 && _sessions.Contains(text.Core(text.Tokens[sessionAt]))
                    && text.Original.AsSpan(text.Tokens[sessionAt].Start, text.Tokens[sessionAt].End - text.Tokens[sessionAt].Start) is var written
                    && !written.EndsWith("\u0647\u0645\u0627"))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: the body's own session, no one else named");
                    return;
                }

                // A retreat («وفرار الحوثيين») is from the side fighting the one that retreats, as fighting is against it.
                if (targets.Count == 0 && !unknownSource && (IsMaterialConflict(code) || code.StartsWith("087", StringComparison.Ordinal)))
                {
                    targets = ConflictTarget(text, t, afterSource, actors, sources, state, nominal);

                    // «المقاومة تسيطر على القاعدة وفرار الحوثيين»: those who flee flee the subject of the sentence.
                    if (targets.Count == 0 && code.StartsWith("087", StringComparison.Ordinal) && SentenceSubject(text, t, first, actors) is { } victor
                        && !sources.Contains(victor) && (victor.Code != sources[0].Code || IsRivalNamesake(victor, sources)))
                    {
                        targets = [victor];
                    }
                }

                // «انتقد الحكومة السورية متهما إياها بدعم الإرهاب»: «إياه/إياها/إياهم» is the object of the act just coded.
                if (hal && targets.Count == 0 && clauseTarget is not null && t + 1 < limit && text.Tokens[t + 1].Kind == TokenKind.Arabic
                    && text.Core(text.Tokens[t + 1]).StartsWith("\u0627\u064A\u0627"))
                {
                    targets = [clauseTarget];
                }

                // «داعيا الله», «41 متهما»: an appeal, demand or accusation in a circumstantial participle is made of someone it names;
                // a warning or a rejection needs no one («محذرا من», «رافضا»).
                // A denunciation of an act («مستنكرا هذه الجريمة», «منددا بالهجوم») is made of the act; it needs no one.
                if (hal && targets.Count == 0 && code[..2] is "02" or "10" or "11" && !(code == "111" && DefiniteObjectFollows(text, t, limit)))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: a circumstantial participle with no object");
                    return;
                }

                // «وكانت الرهينة ومترجمتها قد خطفهما مسلحون»: the fronted actor the verb's object pronoun takes up is its
                // target, whatever follows the subject after the verb.
                if (!nominal && sources.Count > 0 && sources[0].FirstToken == t + 1 && IsThirdPersonEnclitic(text, token)
                    && ResumedTopic(text, t, first, actors) is { } resumed && !sources.Contains(resumed))
                {
                    targets = Group(text, actors, resumed);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is the actor before it its pronoun takes up: {resumed.Code}");
                }

                // «القوة المسلحة السورية الجديدة التي دربها الجيش الأمريكي»: the object pronoun of a verb that opens a
                // relative clause is its antecedent.
                if (targets.Count == 0 && !nominal && token.SuffixLength > 0 && t > first && IsRelativePronoun(text, text.Tokens[t - 1])
                    && NounBefore(text, t - 1, first, actors) is { } antecedentObject && !sources.Contains(antecedentObject))
                {
                    // («الرهينة السابقة التي احتجزتها القوات المسلحة الثورية», «الوزير الذي خطفته الجماعة»: violence told only to
                    // say who a person is happened before the news; the clause describes him, it reports nothing. An arrest so
                    // told may be the news's cause: «أفرجت السلطات عن الصحفي الذي اعتقلته الشرطة».)
                    if (code[..2] is "18" or "19" or "20" && antecedentObject.Kind is not (MentionKind.Country or MentionKind.Capital))
                    {
                        trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: a relative clause that only says who {antecedentObject.Code} is");
                        return;
                    }

                    targets = [antecedentObject];
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is the antecedent of the relative clause: {antecedentObject.Code}");
                }

                // «واستقبله الرئيس المصري», «ووجه له الدعوة», «ودعاها إلى وقف»: the verb's own object pronoun, or that of the
                // preposition its target takes right after it, is an actor already named; not violence, whose «ـه/ـها» is as
                // often the town, the building or the convoy struck.
                // (A rejection's «رفضته» is as often the proposal or the law; a verb in a relative clause refers back through it,
                // as it does after the indefinite act it describes: «بعد ضغوط مارستها هيئات دولية».)
                if (targets.Count == 0 && !nominal && !hal && sources.Count > 0 && !IsMaterialConflict(code) && code[..2] != "12"
                    && !InRelativeClause(text, t, first) && !InRelativeClause(text, t - 1, first)
                    && !(t > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } describedAct && _patterns.ByNoun(text.Core(describedAct)).Length > 0)
                    && ObjectPronounAt(text, pattern, t, triggerEnd, limit) is >= 0 and var pronounAt
                    && PronounReferent(t, first, actors, sources, state, events.Skip(sentenceEvents).LastOrDefault(e => e.Evidence.Field == field && e.Target is { } tg && sources.TrueForAll(s => s.Code != tg.Code)),
                                       text.Suffix(text.Tokens[pronounAt]) is ['\u0647', '\u0645']) is { } referent
                    && AgreesWithPronoun(text, text.Tokens[pronounAt], referent, IsOnePerson(text, referent)))
                {
                    targets = [referent];
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is what the pronoun of «{text.OriginalOf(text.Tokens[pronounAt])}» refers to: {referent.Code}");
                }

                // «الهجوم الذي استهدف حافلة للجيش», «انفجار استهدف موكب وزير الداخلية»: the object of the verb that says what
                // the act struck is its target, or the owner of the vehicle or the post it names.
                if (nominal && IsMaterialConflict(code) && ClaimedAfter(text, t, triggerEnd, limit) is { } hitAt
                    && text.Tokens[hitAt] is { PrefixLength: 0 } struckVerb && _aimingVerbs.Contains(text.Core(struckVerb))
                    && (actors.FirstOrDefault(a => a.FirstToken == hitAt + 1 && a.Kind != MentionKind.Adjective && PrepositionBefore(text, a) is null)
                        ?? OwnerOfObject(text, hitAt + 1, limit, actors, accusative: true)) is { } struck && !sources.Contains(struck)
                    && (targets.Count == 0 || targets[0].FirstToken > struck.LastToken))
                {
                    targets = Group(text, actors, struck);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is what «{text.OriginalOf(struckVerb)}» struck: {struck.Code}");
                }

                // «واستهدف تفجير انتحاري مسجدا تابعا لمقر قوات الطوارئ»: with the verb of striking before the act, its object
                // follows the act's noun and adjectives.
                // (The owner of the object struck is never the act's doer: «واستهدف هجوم حافلة للجيش المصري».)
                if (nominal && IsMaterialConflict(code) && targets.Count == 0 && (token.Proclitics & ~Proclitics.Al) == 0 && StruckByVerbBefore(text, t, first)
                    && AdjectivesOfSubject(text, t, triggerEnd + 1, limit, actors) is var objectAfter
                    && (actors.FirstOrDefault(a => a.FirstToken == objectAfter && a.Kind != MentionKind.Adjective) ?? OwnerOfObject(text, objectAfter, limit, actors, accusative: true)) is { } hitAfter)
                {
                    if (sources.Contains(hitAfter))
                    {
                        sources = [new ActorMention(t, t, token.Start, token.End, "UAF", "unidentified attackers", MentionKind.Agent, null)];
                    }

                    targets = Group(text, actors, hitAfter);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is what the verb before it struck: {hitAfter.Code}");
                }

                // «سيطرت المقاومة على مدينة زنجبار», «تفجير استهدف مدينة سوروج»: violence against a place and no one
                // named is against the country the place is in. A battle or clash is between parties, never with a place.
                if (targets.Count == 0 && IsMaterialConflict(code) && !pattern.Symmetric && AttackedPlace(text, t, limit, places) is { } attacked)
                {
                    // («ومددت مصر حالة الطوارئ وحظر التجول في شمال سيناء»: an actor coercing a place of its own country coerces
                    // the people there, not its own country.)
                    var people = code[..2] == "17" && sources.Any(src => src.Country == attacked.Place.Country);
                    targets = [new ActorMention(attacked.FirstToken, attacked.LastToken, attacked.Start, attacked.End, attacked.Place.Country + (people ? "CVL" : string.Empty),
                                                attacked.Place.Name, people ? MentionKind.Composite : MentionKind.Country, attacked.Place.Location)];
                }

                // «زيارة الأمير … في عمّان»: a visit that names no host is to the country it takes place in.
                if (targets.Count == 0 && pattern.Code is "042" or "044")
                {
                    ActorMention? host = null;
                    // «في زيارته لأربيل», «زيارة إلى مدينة الموصل»: a town right after the visit with «لـ/إلى» is where it goes,
                    // before any place the sentence names further on.
                    if (places.FirstOrDefault(p => IsDestinationRightAfter(text, p, triggerEnd)) is { Place.Country.Length: 3 } visitedTo)
                    {
                        host = new ActorMention(visitedTo.FirstToken, visitedTo.LastToken, visitedTo.Start, visitedTo.End, visitedTo.Place.Country, visitedTo.Place.Name, MentionKind.Country, visitedTo.Place.Location);
                    }

                    host ??= actors.Where(a => a.Kind is MentionKind.Capital or MentionKind.Country && PrepositionBefore(text, a) == _fi && a.FirstToken > t)
                        .Select(a => a with { Code = a.Country! }).FirstOrDefault();
                    if (host is null && NearestPlace(text, t, places) is { } visited)
                    {
                        host = new ActorMention(visited.FirstToken, visited.LastToken, visited.Start, visited.End, visited.Place.Country, visited.Place.Name, MentionKind.Country, visited.Place.Location);
                    }

                    if (host is not null && sources.All(s => s.Country != host.Country))
                    {
                        targets = [host];
                    }
                }

                // «تعرضت المدينة للقصف»: what a subject underwent is an act against it.
                if (nominal && targets.Count == 0 && IsMaterialConflict(code) && _modality.UndergoVerbBefore(text, first, t) is { } undergoAt
                    && actors.FirstOrDefault(a => a.FirstToken > undergoAt && a.LastToken < t) is { } undergoer)
                {
                    targets = Group(text, actors, undergoer);
                }

                // «الاجتماع», «اللقاء», «الهجوم» alone: a definite event noun with no actor of its own refers back to an
                // act the article has already reported; it is not a new one.
                if (nominal && (token.Proclitics & Proclitics.Al) != 0 && token.SuffixLength == 0 && !sourceExplicit && targets.Count == 0
                    && !(IsMaterialConflict(code) && !state.Reported.Contains("18-20") && (OccurredBefore(text, t, first) || ClaimedAfter(text, t, triggerEnd, limit) is not null)))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: a definite event noun with no actor refers back to a reported act");
                    return;
                }

                // «دعا صالح لعودة الأطراف اليمنية إلى طاولة الحوار»: an appeal with no addressee of its own is made to
                // whoever its content asks to act, the genitive of the masdar after «ل/إلى».
                if (targets.Count == 0 && code[..2] == "02" && (AskedInContent(text, sources.Count > 0 ? Math.Max(t, sources.Max(s => s.LastToken)) : t, limit, actors, sources)
                                                                       ?? AskedInContent(text, sources.Count > 0 ? Math.Max(triggerEnd, sources.Max(s => s.LastToken)) : triggerEnd, limit, actors, sources)) is { } asked)
                {
                    targets = Group(text, actors, asked);
                }

                // «دعا الرئيس الإيراني إلى «تعاون أكبر» مع أنقرة», «دعا إلى إحياء الحوار مع موسكو»: an appeal for cooperation or
                // talks with a state, addressed to no one, is made to that state.
                if (targets.Count == 0 && code[..2] == "02" && PartnerInContent(text, t, limit, actors, sources) is { } partner)
                {
                    targets = Group(text, actors, partner);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is the partner of the cooperation or talks it calls for: {partner.Code}");
                }

                // «استدعت البحرين سفيرها لدى إيران»: recalling one's own ambassador is aimed at the state where the ambassador
                // serves. (Not another's envoy «لدى» the summoner: «القائم بأعمال سفارة إيران لدى البحرين» is Bahrain's host.)
                if (code == "161" && targets.All(a => a.Country is null || sources.Any(src => src.Country == a.Country)) && OwnEnvoyPost(text, t, limit, actors, sources) is { } post)
                {
                    targets = Group(text, actors, post);
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is where the recalled ambassador serves: {post.Code}");
                }

                // «خلال مكالمة هاتفية مع نظيره التركي … من جهته، دعا إردوغان إلى التعاون المشترك»: joint cooperation or talks
                // called for by one of the two states that just met or spoke is with the other.
                if (targets.Count == 0 && code[..2] is "02" or "03" && state.LastPair is var (metFirst, metSecond) && sources is [{ } jointCaller]
                    && Party(jointCaller) is { } callerParty && (callerParty == Party(metFirst) || callerParty == Party(metSecond)) && JointWithNoOneNamed(text, triggerEnd, limit, actors, sources))
                {
                    targets = [callerParty == Party(metFirst) ? metSecond : metFirst];
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is the other side of the meeting or call just told: {targets[0].Code}");
                }

                // «وحيَّت وزارة الدفاع اليمنية في بيان هذا «النصر» الذي حققته عزيمة أهل اليمن»: praise of an achievement named by
                // its relative clause goes to whoever that clause says achieved it.
                if (targets.Count == 0 && code[..2] == "05" && AchieverAfter(text, triggerEnd, limit, actors, sources) is { } achiever)
                {
                    targets = [achiever];
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is who achieved what it praises: {achiever.Code}");
                }

                // Criticism and rejection with no stated object react to the act the article just reported
                // («وقع أردوغان والسراج اتفاقيتين، الأمر الذي أثار انتقادات، ورفضا قاطعا من جانب مصر»).
                // Not when its object is itself an act («وأدانت الحكومة الأردنية بشدة التفجير الإرهابي»): that act's doer, if
                // named, is the target, and no one else.
                // («الجزائر تدين … هذا العمل الإجرامي»: a criminal or terrorist deed pointed at is the last violence told, whoever
                // spoke or visited since; by an unnamed hand it is aimed at no one.)
                var reactedTo = PointsAtViolentDeed(text, triggerEnd, limit) ? (state.LastViolent is { Code: not "UAF" } violent ? violent : null) : state.LastActor;
                if (targets.Count == 0 && !unknownSource && code[..2] is "11" or "12" && reactedTo is { } actedLast
                    && sources.All(s => s.Code != actedLast.Code)
                    && !ObjectNamesAct(text, triggerEnd, SubjectEndAfter(sources, triggerEnd), limit))
                {
                    targets = [actedLast];
                }
                // «تظاهر مئتا شخص في بروكسل للتنديد بالغارات التي يشنها الجيش التركي», «تنديدا بالعدوان الإسرائيلي»: a protest
                // with no target of its own is aimed at whose act its purpose names.
                if (code[..2] == "14" && targets.All(a => a.Kind is MentionKind.Country or MentionKind.Capital && PrepositionBefore(text, a) == _fi)
                    && ProtestedOwner(text, triggerEnd, limit, actors, sources) is { } protested)
                {
                    targets = [protested];
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is whose act its purpose names: {protested.Code}");
                }

                // A targeted pattern («يجب على إيران») names its target right after the trigger's word, of another country than
                // the source, in what a speaker says: the article's own «وينبغي على الحوثيين الانسحاب» asks nobody.
                if (pattern.Targeted && (targets.Count == 0 || targets[0].FirstToken > triggerEnd + 1 || (speaker ?? continuedSpeaker) is null
                                         || sources.Any(src => src.Country is not null && src.Country == targets[0].Country)))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: the pattern needs a speaker and a target named right after it, of another country");
                    return;
                }

                // Who ascribes the attack («نسبته السلطات إلى التنظيم») is no target of it.
                if (ascribed is not null)
                {
                    targets = [.. targets.Where(a => a.FirstToken < triggerEnd || a.FirstToken > ascribed.LastToken)];
                }

                // «معارك عنيفة مع الحوثيين» in a story about Yemen: fighting a side of the story's own country with no other
                // side named is fighting within that country; the other side is of it too (the army, the resistance).
                if (unknownSource && nominal && code[..2] == "19" && targets.Count > 0 && targets.All(a => a.Role is "REB" or "MIL" or "OPP")
                    && targets[0].Country is { } fought && targets.All(a => a.Country == fought) && DominantCountry(state.Known, actors) == fought)
                {
                    sources = [new ActorMention(t, t, token.Start, token.End, fought, "the other side (" + fought + ")", MentionKind.Agent, null)];
                    trace?.Add($"  source of «{text.OriginalOf(token)}» is the other side within {fought}, where the story is");
                }

                // «رحبت ألمانيا بمليوني لاجئ»: to welcome refugees is to take them in, not to praise anyone.
                if (code.StartsWith("05", StringComparison.Ordinal) && targets.Count > 0 && targets.All(a => a.Role is "REF"))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: welcoming refugees takes them in");
                    return;
                }

                // «وقال الوزير خلال لقاء مع قناة سكاي نيوز»: a meeting with a channel, a paper or an agency is an interview, the
                // frame of what is said, not a consultation.
                if (code.StartsWith("04", StringComparison.Ordinal) && targets.Count > 0
                    && targets.All(tg => tg.Role == "MED" && text.Tokens[tg.FirstToken] is { Kind: TokenKind.Arabic } outlet && _outlets.Contains(text.Core(outlet))))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: an interview with a news outlet");
                    return;
                }

                // «تجتمع فيه العائلة», «يلتقي فيها المزارعون»: private people gathering among themselves hold no consultation;
                // a meeting is with someone, or of an institution.
                if (code.StartsWith("04", StringComparison.Ordinal) && targets.Count == 0 && sources.Count == 1
                    && sources[0].Role is "CVL" or "AGR" or "EDU" or "BUS" or "LAB" or "HLH" && sources[0].Kind is MentionKind.Agent or MentionKind.Composite)
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: private people meeting among themselves");
                    return;
                }

                // «التقت المجلة الدكتور … استشاري القلب بمستشفى», «زار 11 طبيبا المرضى», «استقبلت طوارئ المستشفى مصابا»: people of
                // the private or caring professions meeting each other, or a hospital receiving a patient, is no political
                // consultation.
                if (code.StartsWith("04", StringComparison.Ordinal) && sources.Count > 0 && targets.Count > 0
                    && sources.All(a => a.Role is "CVL" or "AGR" or "EDU" or "LAB" or "HLH" or "MED") && targets.All(a => a.Role is "CVL" or "AGR" or "EDU" or "LAB" or "HLH" or "MED")
                    && (sources.Any(a => a.Role == "HLH") || targets.Any(a => a.Role == "HLH") || sources.Concat(targets).All(a => a.Role is "CVL" or "EDU")))
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: private people or carers meeting each other");
                    return;
                }

                // «يصر المسؤولون على أن النزاع …»: a demand is made of someone; insisting with no one to demand of is a claim.
                if (code[..2] == "10" && targets.Count == 0)
                {
                    trace?.Add($"  rejected {code} at «{text.OriginalOf(token)}»: a demand of no one");
                    consumedUntil = Math.Max(consumedUntil, ClauseEnd(text, triggerEnd, limit));
                    return;
                }

                // «ورحبت الجامعة العربية بهذه الهدنة وتطالب بالذات جماعة الحوثيين»: past a verb joined by «و» that tells an act of
                // its own, an actor is that verb's, not this one's target. (Not a verb right after this one: «قتل واعتقل 16 شخصا»,
                // «يقتل ويصيب 5 أشخاص» share their object.)
                // (Nor a verb inside the relative clause behind the subject, which the target comes after.)
                var joinedFrom = sources.Count > 0 && targets.Count > 0 && RelativeAsideEnd(text, sources.Max(s => s.LastToken), limit) is { } asideClosed
                                 && asideClosed < targets[0].FirstToken ? asideClosed + 1 : triggerEnd + 2;
                if (!nominal && !pattern.Symmetric && targets.Count > 0 && targets.All(a => a.FirstToken > triggerEnd)
                    && Enumerable.Range(joinedFrom, Math.Max(0, targets[0].FirstToken - joinedFrom))
                        .FirstOrDefault(i => text.Tokens[i] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa } joined && (_patterns.ByVerbWord(text.Core(joined)).Length > 0
                                                                                                                        || _patterns.ByVerbStem(text.Stem(joined)).Length > 0)
                                             && _patterns.ByNoun(text.Core(joined)).Length == 0, -1) is >= 0 and var nextVerb)
                {
                    trace?.Add($"  target of «{text.OriginalOf(token)}» left out: it follows «{text.OriginalOf(text.Tokens[nextVerb])}», a verb of its own");
                    targets = [];
                }

                // «وقصفت المدفعية التركية مواقع الحزب … وأدانت الحكومة العراقية القصف»: the definite act of force a condemnation or
                // criticism names right after its subject, with no doer named there, is the one the article has told; its doer
                // is the target (unnamed attackers too, as the guide codes «أدان الهجوم»).
                if (targets.Count == 0 && !unknownSource && !nominal && code[..2] is "11" or "12"
                    && CondemnedActAfter(text, SubjectEndAfter(sources, triggerEnd), limit) is { } condemnedAt && ToldDoer(text, condemnedAt, state, actors) is { } toldDoer
                    && sources.All(s => s.Code != toldDoer.Code))
                {
                    targets = [toldDoer];
                    trace?.Add($"  target of «{text.OriginalOf(token)}» is who did the act it names, told before: {toldDoer.Code}");
                }

                var date = DateFor(text, t, first, limit, article.Published, modality == Modality.Future, sentenceDates, modality == Modality.Future ? state.LastFutureDate : state.LastDate,
                                   saidOfAnother: !nominal && string.CompareOrdinal(code, "15") < 0);
                // «اتفقت أنقرة مع الأميركيين على خلق منطقة آمنة», «واتفقت مصر والسعودية على تطوير …»: agreeing with a named
                // counterpart on something to do is an intent to cooperate (030), as every gold set of the project codes it;
                // with no one named, or on a position («على أن/ألا», «على أهمية/ضرورة», «على ذلك»), it stays an accord.
                if (code == "019" && !nominal && (targets.Count > 0 || (pattern.Symmetric && sources.Count >= 2)) && AgreedOnACourse(text, t, limit))
                {
                    code = "030";
                }

                var cameo = _cameo[code];
                // «وأثنى الجانبان على تطور العلاقات الثنائية بين البلدين»: the two sides «الجانبان» names, cooperating, praising
                // or consulting with no one else named, do so with each other.
                var facing = targets.Count == 0 && sources.Count == 2 && sources.All(state.Sides.Contains) && code[..2] is "03" or "04" or "05";
                if ((pattern.Symmetric || facing) && targets.Count == 0 && sources.Count >= 2)
                {
                    // «وقع أردوغان والسراج اتفاقيتين»: a symmetric act of a compound subject links its members.
                    for (var i = 0; i < sources.Count; i++)
                    {
                        for (var j = 0; j < sources.Count; j++)
                        {
                            // (Members of one grouping stand on one side; the two states «الجانبان» names face each other.)
                            if (i != j && sources[i].Code != sources[j].Code && (!SameWords(sources[i], sources[j]) || state.Sides.Contains(sources[i])))
                            {
                                AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, sources[i], sources[j], cameo, pattern, t, triggerEnd, date, place, modality, 0.8, trace);
                            }
                        }
                    }

                    sentenceSource ??= sourceExplicit && !InRelativeClause(text, t, first) ? sources[0] : null;
                    return;
                }

                foreach (var source in sources)
                {
                    var targetList = targets.Count == 0 ? [null] : targets.Cast<ActorMention?>().ToList();
                    foreach (var target in targetList)
                    {
                        if (target is not null && ((target.Code == source.Code && !((IsMaterialConflict(code) || code.StartsWith("087", StringComparison.Ordinal)) && IsRivalNamesake(target, [source]))) || ReferenceEquals(target, source)))
                        {
                            continue;
                        }

                        var confidence = 0.45 + (sourceExplicit ? 0.25 : 0) + (target is not null ? 0.15 : 0) + (pattern.NeedsWith ? 0.1 : 0);
                        // «هاجم الحوثيون مواقع المقاومة»: an attack by one armed side on another is fighting, not an assault.
                        var pairCameo = cameo;
                        if (pattern.ArmedCode is { } armedCode && cameo.Code == pattern.Code && target is not null && FightsAsArmedSide(text, t, source, target))
                        {
                            pairCameo = _cameo[armedCode];
                            trace?.Add($"  {code} at «{text.OriginalOf(token)}» between armed sides ({source.Code}, {target.Code}): coded as {armedCode}");
                        }
                        else if (pattern.MilitantCode is { } militantCode && cameo.Code == pattern.Code && IsMilitant(source))
                        {
                            pairCameo = _cameo[militantCode];
                            trace?.Add($"  {code} at «{text.OriginalOf(token)}» by an armed group ({source.Code}): coded as {militantCode}");
                        }

                        // «أطلق مسلح النار على السياح», «استهدف مسلحون المصلين»: gunmen or insurgents firing at civilians or refugees
                        // assault them; there is no armed side to fight. (A state's army or police using its arms stays 19:
                        // «أطلق الجنود النار على المتظاهرين».)
                        // (Nor shells, rockets, barrels or shelling: «واستهدفت قذائف المدنيين», «استهدفت المليشيات منازل المدنيين
                        // بقصف عشوائي».)
                        if (pairCameo.Code == "190" && !pattern.Symmetric && target is { Role: "CVL" or "REF" } && source.Role is not ("MIL" or "COP" or "SPY")
                            && !Enumerable.Range(Math.Max(first, t - 2), Math.Min(limit, t + 11) - Math.Max(first, t - 2))
                                .Any(i => text.Tokens[i].Kind == TokenKind.Arabic && _heavyFire.Contains(text.Core(text.Tokens[i]))))
                        {
                            pairCameo = _cameo["180"];
                            trace?.Add($"  190 at «{text.OriginalOf(token)}» on civilians ({target.Code}): coded as 180");
                        }

                        // «الجيش قتل 31 مسلحا خلال اشتباكات», «قتل 13 حوثيا في مواجهات»: killing in battle is fighting, not an assault.
                        // (Not dead of no named side: «قتلوا في اشتباكات متفرقة» are the dead of the clashes already told. Nor
                        // civilians or captives, who are no side of a fight.)
                        if (cameo.Code.StartsWith("182", StringComparison.Ordinal) && !nominal && !unknownSource
                            && (target is null || target.Role is "MIL" or "REB" or "COP" or "SPY" || target.Code.StartsWith("IMG", StringComparison.Ordinal))
                            && KilledInBattle(text, triggerEnd, limit))
                        {
                            pairCameo = _cameo["190"];
                            trace?.Add($"  {code} at «{text.OriginalOf(token)}» was done in battle: coded as 190");
                        }

                        AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, source, target, pairCameo, pattern, t, triggerEnd, date, place, modality, Math.Min(0.95, confidence), trace);
                        // «معارك عنيفة مع مليشيات الحوثي»: a side nobody names is a placeholder source, never a target.
                        // A mutual act announced is a threat or an intent of the one who announces it («سيواصل قتال داعش»), not of both.
                        if (pattern.Symmetric && target is not null && !unknownSource && !cameo.Code.StartsWith("13", StringComparison.Ordinal))
                        {
                            AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, target, source, cameo, pattern, t, triggerEnd, date, place, modality, Math.Min(0.95, confidence - 0.05), trace);
                        }

                        // «زيارة وزير الخارجية الإيطالي إلى ليبيا», «استقبل الملك الرئيس الفرنسي»: a visit between states or bodies is
                        // coded from both sides, the visitor's (042) and the host's (043), as the gold codes it. Not a town, a family
                        // or a hospital one calls on, nor a call within one country.
                        // (A party's or the opposition's leader received by a head of state visits him too: «استقبل خادم الحرمين
                        // الشريفين رئيس حزب القوات اللبنانية».)
                        if (cameo.Code is "042" or "043" && target is { Kind: not MentionKind.Agent } other && !unknownSource && (other.Role is null or "GOV" or "LEG" or "MIL" or "PTY" or "OPP")
                            && source.Kind != MentionKind.Agent && (source.Role is "GOV" or "LEG" or "MIL" or "PTY" or "OPP" || source.Code.StartsWith("IGO", StringComparison.Ordinal))
                            && (other.Country is null || other.Country != source.Country)
                            && !(other.Kind == MentionKind.Country && places.Any(p => p.FirstToken == other.FirstToken && p.LastToken == other.LastToken && p.Place.Type != "country")))
                        {
                            AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, other, source, _cameo[cameo.Code == "042" ? "043" : "042"], pattern, t, triggerEnd, date, place, modality, Math.Min(0.95, confidence - 0.1), trace);
                        }
                    }
                }

                // «عضوا بالقوة التي دربها الجيش الأمريكي قتل … أثناء اشتباكات»: the doer of a relative clause's act is not
                // the sentence's subject.
                if (sentenceSource is null && sourceExplicit && !InRelativeClause(text, t, first))
                {
                    sentenceSource = sources[0];
                    sentenceSourceCondemned = code[..2] == "11";
                }

                clauseSource = sources[0];
                clauseSourceViolent = IsMaterialConflict(code);
                clauseTarget = targets.Count > 0 ? targets[0] : null;

                // What an appeal, intent, demand, rejection, threat, denial, warning, concern or accusation is about is not
                // itself an event: «دعا إلى وقف إطلاق النار», «هدد بشن عملية», «حذر من مغبة رفض الاتفاق», «اتهمه بالتآمر لمهاجمة».
                if (SpeaksOfContent(pattern.Code))
                {
                    consumedUntil = Math.Max(consumedUntil, ContentEnd(text, triggerEnd, limit));
                }
            }
        }

        // «وقال كيري إن الاتفاقية النووية مع طهران …», «اعتبر نتنياهو أن التصريحات الأخيرة لمرشد إيران …»: a named speaker
        // whose words open on another country's actor, in a sentence that codes no act, made a statement about it.
        // (Not a bare role with no state, a firm or an analyst. With no date of its own the statement continues the
        // story's time, but never into days after the article: a plan announced for later is no time of speaking.)
        // Nor anonymous sources, who report what others do («قالت مصادر محلية إن قوات الجيش …», «أفادت مصادر الجامعة العربية»,
        // «قال مصدر بارز في المعارضة السورية»).
        if (events.Count == sentenceEvents && speaker is { Role: not ("MED" or "CVL" or "BUS" or "ELI"), Kind: not (MentionKind.Agent or MentionKind.Adjective) }
            && (speaker.Country is not null || speaker.Kind == MentionKind.Named) && !_sources.Contains(text.Core(text.Tokens[speaker.FirstToken]))
            && ClauseScan.WordBefore(text, speaker.FirstToken, first, 3, w => _sources.Contains(text.Core(w))) is null
            && sayingAt >= 0 && StatementAbout(text, sayingAt, limit, speaker, actors) is var (saying, about))
        {
            AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, speaker, about, _cameo[saying.Code], saying, sayingAt, sayingAt,
                DateFor(text, sayingAt, first, limit, article.Published, false, sentenceDates,
                    state.LastDate is { Value: { } day } carried && (article.Published is not { } published || day <= published) ? carried : null), null, Modality.Asserted, 0.4, trace);
        }

        DropRestatedViolence(events, sentenceEvents, trace);

        CarryDate(sentenceDates[0] ?? _dates.Find(text, first, limit, article.Published), article, field, state);

        // «وسيلتقي كيري غدا … وسيجري أيضا محادثات»: announced acts share the time the article gave the first.
        // A past date in the same sentence («الاتفاق الذي أبرم في 14 يوليو») is background, not the announced time.
        if (sentenceDates[1] is { Count: > 0 } ahead
            && ahead.LastOrDefault(d => d.Date is { Value: { } aheadDay, Precision: DatePrecision.Day } && (article.Published is not { } today || aheadDay >= today)) is { } announced)
        {
            state.LastFutureDate = announced.Date;
        }

        // «أكد عضو المكتب الإعلامي … أن "ميليشيات الحوثي لم توقف عملياتها". واتهم المتمردين …»: the actors in what
        // someone said are what he spoke of; the next sentence's unnamed subject is the speaker, whom the lexicon did not
        // know here, so no one rather than an actor of his words («ذكر تقرير إخباري أن», «أكد عضو المكتب»).
        // (What was said opens at «أن/إن» or a colon; the actors before it describe the speaker: «وقالت المنظمات التي
        // وقعت على البيان، ومن بينها منظمة العفو الدولية، إن …».) A bare name the lexicon does not know («وأضاف
        // عسيري أن») is most often the one the article named before, so the last source stands.
        var saidFrom = speaker is null && sayingAt >= 0 ? ContentOpening(text, sayingAt, limit) : int.MaxValue;
        var unknownSpeaker = saidFrom != int.MaxValue && continuedSpeaker is null && sayingAt + 1 < limit
                             && text.Tokens[sayingAt + 1] is { Kind: TokenKind.Arabic } saidBy
                             // (A word of the language, not a surname: «وأضاف الجاسر» is the man the article named.)
                             && _analyzer.Segmenter.Vocabulary.Contains(text.Core(saidBy))
                             && !IsComplementizer(text.Core(saidBy)) && !_prepositions.Contains(text.Core(saidBy)) && saidBy.SuffixLength == 0
                             // («وأفاد البيان أن»: the statement speaks for whoever issued it, the last source; «ذكر تقرير إخباري»
                             // is a report of its own.) A name of a person the article named («وأضاف عسيري») is that person.
                             && !_timeWords.Contains(text.Core(saidBy)) && !(_documents.Contains(text.Core(saidBy)) && (saidBy.Proclitics & Proclitics.Al) != 0)
                             // («وأكد الدكتور اليوسف»: a title before a name is a person the article may have named.)
                             && !_personTitles.Contains(text.Core(saidBy))
                             && !state.NameWords.Contains(text.Core(saidBy).ToString());
        // «وأضاف عسيري في مقابلة أن»: one bare word the lexicon does not know, right before «أن», a preposition or a
        // colon, is the surname of the speaker the article introduced with his titles.
        var bareName = saidFrom != int.MaxValue && continuedSpeaker is null && sayingAt + 2 < limit
                       && text.Tokens[sayingAt + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 }
                       && (text.Tokens[sayingAt + 2].Kind == TokenKind.Punctuation
                           || (text.Tokens[sayingAt + 2] is { Kind: TokenKind.Arabic } afterName && (IsComplementizer(text.Core(afterName)) || _prepositions.Contains(text.Core(afterName)))));
        // (Nor the doer of an act told in those words: «كشف مدير … أن مليشيات الحوثي … تفرض حصارا. … مشيدا».)
        var contentAt = sayingAt >= 0 ? ContentOpening(text, sayingAt, limit) : int.MaxValue;
        // («وقال الحوثيون إنهم سيطروا على المدينة»: what he says he did himself is his own act.)
        var ownAct = sentenceSource is { } told && (told.FirstToken < contentAt || told.Code == (speaker ?? continuedSpeaker)?.Code) ? told : null;
        state.LastSourceOnlySpoke = ownAct is null && (speaker ?? continuedSpeaker) is { } spoke
                                    && !events.Skip(sentenceEvents).Any(e => e.Source.Code == spoke.Code);
        state.LastSource = ownAct ?? speaker ?? continuedSpeaker
            ?? actors.FirstOrDefault(a => a.Kind is MentionKind.Named or MentionKind.Composite && !IsPrepositional(text, a, first) && a.FirstToken < saidFrom)
            ?? (bareName ? NamedBefore(text, text.Tokens[sayingAt + 1], state) ?? UnnamedLastSpeaker(state) : unknownSpeaker ? null : state.LastSource);
        // Nor does a later «وأضاف» go on with a speaker before the one the lexicon did not know.
        if (speaker is null && continuedSpeaker is null && (unknownSpeaker || bareName) && state.LastSource is null)
        {
            state.LastSpeaker = null;
        }
        foreach (var actor in actors.Where(a => a.Country is not null))
        {
            state.Known.Add(actor);
            if (actor.Kind is MentionKind.Agent or MentionKind.Composite or MentionKind.Named && text.Tokens[actor.FirstToken] is { Kind: TokenKind.Arabic } head
                && DescriptionHead(text, head) is { } headWord
                // (A bare «الحكومة» was itself resolved by a guess; only a government named with its state, «حكومة
                // بوروندي», «الحكومة التركية», is one a later bare one repeats.)
                && !(actor.Kind == MentionKind.Agent && headWord == Government))
            {
                state.ByHead[headWord] = actor;
            }
        }

        foreach (var actor in actors.Where(a => a.IsPerson || a.Kind is MentionKind.Named or MentionKind.Composite))
        {
            for (var k = actor.FirstToken; k <= actor.LastToken && k < text.Tokens.Count; k++)
            {
                if (text.Tokens[k].Kind == TokenKind.Arabic)
                {
                    state.NameWords.Add(text.Core(text.Tokens[k]).ToString());
                }
            }
        }
    }

    /// <summary>
    /// «قتل اثنان من المسلحين الحوثيين وأصيب آخرون في هجوم استهدف نقطة تفتيش لهم»: violence with no one named
    /// on either side, in a sentence that codes violence with a side named, is the same act told again (its
    /// wounded, the blast that killed them), not another one.
    /// </summary>
    private static void DropRestatedViolence(List<CodedEvent> events, int from, CodingTrace? trace)
    {
        static bool Faceless(CodedEvent e) => e.Source.Code == "UAF" && e.Target is null;
        if (!events.Skip(from).Any(e => IsMaterialConflict(e.Cameo) && e.Cameo[..2] != "17" && !Faceless(e)))
        {
            return;
        }

        for (var i = events.Count - 1; i >= from; i--)
        {
            if (Faceless(events[i]) && IsMaterialConflict(events[i].Cameo))
            {
                trace?.Add($"  dropped {events[i].Cameo} at «{events[i].Evidence.Text}»: the same act as the sentence's other violence, with no side of its own");
                events.RemoveAt(i);
            }
        }
    }

    private (EventPattern? Pattern, bool Nominal, int TriggerEnd) Trigger(AnalyzedText text, int t, int limit, CodingTrace? trace, bool preferVerb, List<ActorMention> actors, List<PlaceMention>? places = null)
    {
        var token = text.Tokens[t];
        var core = text.Core(token);

        // Verbs never carry the article, ب or ك, and never end in ة or ات: such a word is a noun even
        // when its light stem is a verb's («أسلحة» is not «سلّح», «الحذر» is not «حذّر»).
        // A dual or plural in ان without the prefix of the imperfect («ورحبان», «مسؤولان») is a noun or a name too:
        // the perfect dual ends in ا («رحبا»), only «يرحبان/ترحبان» end in ان.
        // After a preposition or an adverb of time («بعد حظر نشاط الحزب», «خلال لقائه») a word is a noun too.
        var nounLike = (token.Proclitics & (Proclitics.Al | Proclitics.Bi | Proclitics.Ka)) != 0
                       || core.EndsWith("\u0629") || core.EndsWith("\u0627\u062A")
                       || (token.SuffixLength > 0 && core.Length >= 4 && core[^1] == '\u062A' && _patterns.ByNoun(string.Concat(core[..^1], "\u0629")).Any(p => p.Code[..2] == "04"))
                       || (core.Length >= 5 && core.EndsWith("\u0627\u0646") && core[0] is not ('\u064A' or '\u062A'))
                       || (t > 0 && text.Tokens[t - 1].Kind == TokenKind.Arabic && text.Tokens[t - 1].SuffixLength == 0 && _nounGovernors.Contains(text.Core(text.Tokens[t - 1])));
        // «وأقدمت تركيا على فتح قواعدها»: «أقدم» (went ahead with) is a light verb; its light stem is that of «قدّم»
        // (provided), which is never written with «أ» in the perfect.
        var verbal = core.Length >= 2 && !nounLike && !_wentAheadWith.Contains(core);
        var asVerb = verbal ? AsVerb(text, t, limit, trace, actors, places) : (null, false, t);

        // «تمكن المقاتلون من طرد داعش», «تمكنت القوات من قتل عشرين»: «من» after a verb of managing governs its masdar
        // («من قتل» alone may be "who killed"); a verb's pattern then reads the word as that masdar.
        // (Only with the manager named next to its verb: «تدخل الطيران وتمكن من قتل 18 عنصرا من الدواعش» keeps the verb
        // reading, whose subject the coordinated verb continues.)
        if (asVerb.Pattern is not null && ManagingVerbBefore(text, t, 0) is { } managing
            && actors.Any(a => a.Kind != MentionKind.Adjective && ((a.FirstToken > managing && a.LastToken < t - 1) || a.LastToken == managing - 1)))
        {
            asVerb = (asVerb.Pattern, true, asVerb.TriggerEnd);
        }

        // A word a pattern lists as a whole verb form («تظاهر الآلاف») is read as that verb unless it has the article.
        if (asVerb.Pattern is not null && (preferVerb || _patterns.ByVerbWord(core).Length > 0))
        {
            return asVerb;
        }

        // «لقائه», «استدعائه»: before a pronoun the final hamza of a masdar sits on ي.
        var nouns = _patterns.ByNoun(core);
        // «زيارته إلى العراق», «جولتها»: before a pronoun a masdar's «ة» is written «ت». Only visits and meetings read so:
        // «مطالبتها بالجزر» is a claim and «حملتها» whoever's the pronoun names, which a visit's «إلى» does not leave open.
        if (nouns.Length == 0 && token.SuffixLength > 0 && core.Length >= 3 && core[^1] == '\u062A')
        {
            nouns = [.. _patterns.ByNoun(string.Concat(core[..^1], "\u0629")).Where(p => p.Code[..2] == "04")];
        }

        if (nouns.Length == 0 && token.SuffixLength > 0 && core.Length >= 3 && core[^1] == '\u064A' && core[^2] == '\u0627')
        {
            nouns = _patterns.ByNoun(string.Concat(core[..^1], "\u0621"));
        }

        // «اجتماعين», «زيارتين», «محادثتان»: the dual of a listed noun is that noun.
        if (nouns.Length == 0 && core.Length >= 6 && (core.EndsWith("\u064A\u0646") || core.EndsWith("\u0627\u0646")))
        {
            var singular = core[..^2];
            nouns = _patterns.ByNoun(singular);
            if (nouns.Length == 0 && singular[^1] == '\u062A')
            {
                nouns = _patterns.ByNoun(string.Concat(singular[..^1], "\u0629"));
            }
        }

        foreach (var pattern in nouns)
        {
            if (Fits(text, pattern, t, limit, out var end, nominal: true, trace, actors, places))
            {
                // A word that is both a verb and a noun («أعرب», «قصف») takes the stronger reading:
                // the higher priority, then the pattern whose 'with' words were found.
                return asVerb.Pattern is { } verb && Rank(verb) > Rank(pattern) ? asVerb : (pattern, true, end);
            }
        }

        return asVerb;
    }

    private static bool WrittenAs(AnalyzedText text, Token token, IReadOnlyList<string> spellings)
    {
        var written = PatternLoader.WithoutMarks(text.Original.AsSpan(token.Start, token.End - token.Start));
        return spellings.Any(s => written.Contains(s, StringComparison.Ordinal));
    }

    private static int Rank(EventPattern pattern) => (pattern.Priority * 2) + (pattern.NeedsWith ? 1 : 0);

    private (EventPattern? Pattern, bool Nominal, int TriggerEnd) AsVerb(AnalyzedText text, int t, int limit, CodingTrace? trace, List<ActorMention> actors, List<PlaceMention>? places = null)
    {
        // «طالب سوداني من المتسللين إلى داعش»: «طالب» with an indefinite nisba right after it is a student of that
        // country, not the verb «طالب» (which has a definite subject or object after it).
        // («طالب وطالبة», «500 طالب», «ثمانية آلاف طالب», «7953 طالبا»: nor with its feminine joined to it or after a number.)
        if (text.Tokens[t] is { Kind: TokenKind.Arabic, SuffixLength: 0 } student && (student.Proclitics & ~Proclitics.Wa) == 0 && _students.Contains(text.Core(student))
            && ((t + 1 < limit && (text.Tokens[t + 1].Proclitics & Proclitics.Al) == 0 && actors.Any(a => a.FirstToken == t + 1 && a.Kind == MentionKind.Adjective))
                || (t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa } female && text.Core(female).SequenceEqual(_femaleStudent))
                // (A year before the verb may also stand there, «في 2014 طالب البرلمان»: then its subject follows.)
                || (t > 0 && (text.Tokens[t - 1].Kind == TokenKind.Number || (text.Tokens[t - 1] is { Kind: TokenKind.Arabic } count && (_counts.Contains(text.Core(count)) || _crowds.Contains(text.Core(count)))))
                    && !actors.Any(a => a.FirstToken == t + 1))))
        {
            return (null, false, t);
        }

        // «أسرته», «سيطرته»: a whole verb form in «ت» with a pronoun after it is as often the noun in «ة» (his family,
        // its control); the perfect with an object pronoun is rare in news.
        // After a relative pronoun it is the verb with its resumptive object («الاتفاقية التي وقعتها الوكالة»).
        // So is it with its subject right after it («وأعدمته السلطات السعودية», «وحملته الحكومة العراقية المسؤولية»).
        var byWord = text.Tokens[t].SuffixLength > 0 && text.Core(text.Tokens[t]) is [.., '\u062A'] && !(t > 0 && IsRelativePronoun(text, text.Tokens[t - 1]))
                     && !actors.Any(a => a.FirstToken == t + 1 && a.Kind != MentionKind.Adjective)
            ? [] : _patterns.ByVerbWord(text.Core(text.Tokens[t]));

        // «سقوط خمسة قتلى من عناصر الحزب»: the plural of the dead stems like the verb «قتل» but is never one.
        // «إن النظام الإيراني قمعي», «عمل هجومي»: nor does the nisba of an act's noun, an adjective.
        var byStem = _deadNouns.Contains(text.Core(text.Tokens[t])) || IsNisbaOfActNoun(text.Core(text.Tokens[t])) ? [] : _patterns.ByVerbStem(text.Stem(text.Tokens[t]));
        foreach (var pattern in byWord.Length == 0 ? byStem : byStem.Length == 0 ? byWord : [.. byWord.Concat(byStem).OrderByDescending(Rank)])
        {
            // «وهنأ الأمير» and «وهنا»: a form that needs its written spelling fires only when the text spells it so.
            if (pattern.SpelledWords.Contains(text.Core(text.Tokens[t])) && !WrittenAs(text, text.Tokens[t], pattern.Spellings))
            {
                continue;
            }

            if (Fits(text, pattern, t, limit, out var end, nominal: false, trace, actors, places))
            {
                return (pattern, false, end);
            }
        }

        return (null, false, t);
    }

    /// <summary>Whether <paramref name="core"/> is a noun some pattern lists with a nisba ending («قمعي», «هجومية», «احتجاجيين»).</summary>
    private bool IsNisbaOfActNoun(ReadOnlySpan<char> core)
    {
        foreach (var ending in NisbaEndings)
        {
            if (core.Length - ending.Length >= 3 && core.EndsWith(ending, StringComparison.Ordinal) && _patterns.ByNoun(core[..^ending.Length]).Length > 0
                && _patterns.ByNoun(core).Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool Fits(AnalyzedText text, EventPattern pattern, int t, int limit, out int end, bool nominal, CodingTrace? trace, List<ActorMention> actors, List<PlaceMention>? places = null)
    {
        end = t;

        // (Not «تنفيذ ما تم الاتفاق عليه», «الإصلاحات التي تم الاتفاق عليها في صيف العام الماضي», «الاتفاق عليه بين قادة
        // منطقة اليورو وأثينا»: what was agreed before, or what the pronoun after it names.)
        if (pattern.Impersonal && !(nominal && t > 0 && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } done
                                    && (done.Proclitics & ~(Proclitics.Wa | Proclitics.Fa)) == 0 && _impersonalVerbs.Contains(text.Core(done))
                                    && !(t > 1 && text.Tokens[t - 2] is { Kind: TokenKind.Arabic } what && (_whatWords.Contains(text.Core(what)) || IsRelativePronoun(text, what)))
                                    && !(t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, SuffixLength: > 0 } onIt && text.Core(onIt).SequenceEqual(_on))))
        {
            return false;
        }

        // «لدى استقباله نائب الرئيس اليمني»: the host's own reception of an official, the host named by the pronoun on it.
        // Without one («تستعد بكين لاستقبال الرئيس الأمريكي», «وكان في الاستقبال …») the genitive may be the guest or the host;
        // «كان في استقباله …» names the hosts after the noun instead, which the bare reception pattern reads.
        if (nominal && pattern.Code == "043" && pattern.WithRoles.Count > 0 && text.Tokens[t] is var received && text.Core(received).SequenceEqual(_reception)
            && (received.SuffixLength == 0
                || (t > 0 && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } receptionIn && text.Core(receptionIn).SequenceEqual(_fi))))
        {
            return false;
        }

        // «عملية خطف»: the head of a multi-word noun fires only with the rest of its phrase after it.
        if (nominal && pattern.PhraseOnlyHeads.Contains(text.Core(text.Tokens[t])))
        {
            var phraseEnd = PhraseAt(text, pattern, t, limit);
            if (phraseEnd is null)
            {
                return false;
            }

            end = phraseEnd.Value;
        }

        // The words a pattern needs may follow past the subject («وقع الرئيس التركي … اتفاقيتين»):
        // look up to the pattern's window of words ahead, but not past the end of the clause.
        var window = t + 1;
        // (Not after a verb that may be a passive: «يستهدف متشددي داعش» has its object there, not its subject.)
        var subjectEnd = nominal || pattern.Passive ? t : SubjectEnd(text, actors, t + 1, pattern.WithWindow < EventPattern.MaxWithWindow ? 1 : 2);
        for (var words = 0; window < limit && words < pattern.WithWindow; window++)
        {
            var tok = text.Tokens[window];
            // «سي.آي.ايه»: a point between letters abbreviates; it does not end the clause.
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is '.' or ':' or ';' or '?' && !IsAbbreviationPoint(text, tok))
            {
                break;
            }

            // «ودعت المنظمات الدولية للتنديد …، وطالبت المليشيات بإطلاق سراح المختطفين»: after a comma, a verb joined
            // by «و» that fires a pattern of its own opens the next clause.
            if (!nominal && window > t + 1 && text.Tokens[window - 1].Kind == TokenKind.Punctuation && tok is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa }
                && _patterns.ByVerbWord(text.Core(tok)).Length + _patterns.ByVerbStem(text.Stem(tok)).Length > 0)
            {
                break;
            }

            // «سفينة سعودية … وصلت الى ميناء عدن، وكذا وصول طائرة مساعدات إماراتية»: after a comma, the pattern's own
            // trigger again is the next act of its kind, and the words after it are that act's.
            if (window > t + 1 && tok.Kind == TokenKind.Arabic && HasCommaBetween(text, t, window) && !pattern.With.Contains(text.Core(tok))
                && (pattern.NounCores.Contains(text.Core(tok)) || pattern.VerbWords.Contains(text.Core(tok)) || pattern.VerbStems.Contains(text.Stem(tok))))
            {
                break;
            }

            // «شنت المقاومة هجوما على مواقع الحوثيين بعد غارات التحالف»: an act named right after «بعد/عقب/إثر» is
            // another one, the one this came after, so it is not this trigger's object, nor is anything past it.
            // («وعززت السلطات اثر الاعتداء التدابير الأمنية»: the object may follow an adjunct of another kind.)
            if (!nominal && window > t + 1 && window + 1 < limit && tok is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } && _afterTimes.Contains(text.Core(tok))
                && text.Tokens[window + 1].Kind == TokenKind.Arabic
                && (Matches(pattern.With, pattern.WithStems, pattern.WithExact, text, text.Tokens[window + 1])
                    // («… الرسالة إلى الصحفيين بعد أن انشق بعض مقاتلي طالبان»: nor anything in a clause it opens; «بعد خرقهم
                    // للهدنة»: nor the genitive its act governs by «ل/ب».)
                    || IsComplementizer(text.Core(text.Tokens[window + 1]))
                    || (window + 2 < limit && text.Tokens[window + 2] is { Kind: TokenKind.Arabic } governed && (governed.Proclitics & (Proclitics.Li | Proclitics.Bi)) != 0
                        && Matches(pattern.With, pattern.WithStems, pattern.WithExact, text, governed))))
            {
                break;
            }

            // «نفذت قوات التحالف الدولي بقيادة الولايات المتحدة وحلفائها أمس 41 ضربة جوية», «تلقى الأمير محمد بن سلمان
            // ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع اتصالا»: the subject the verb opens with is one
            // word of the window however many it is written with, so a long name or title does not push the object out
            // of reach. Actors further on keep their length.
            // («وأبرمت بريطانيا وفرنسا … في 14 يوليو (تموز) اتفاقا»: nor does a date or a time word; nor the «في» of a
            // date, but in a pattern whose words follow its verb closely: «ويخرج في المساء … ليمشي في الشارع» is a walk.)
            if (tok.Kind == TokenKind.Arabic && !(window <= subjectEnd && InsideActorPastItsFirstWord(actors, window))
                && !IsTimeWord(text, tok)
                && !(pattern.WithWindow == EventPattern.MaxWithWindow && tok.PrefixLength == 0 && text.Core(tok).SequenceEqual(_fi) && window + 1 < limit
                     && (text.Tokens[window + 1].Kind == TokenKind.Number || IsTimeWord(text, text.Tokens[window + 1]))))
            {
                words++;
            }
        }

        if (pattern.NeedsWith)
        {
            var found = false;
            for (var i = t + 1; i < window && !found; i++)
            {
                var tok = text.Tokens[i];
                var at = i;
                if (pattern.WithRoles.Count > 0 && actors.FirstOrDefault(a => a.FirstToken == at && a.Code.Length >= 3 && pattern.WithRoles.Contains(a.Code[^3..])) is not null)
                {
                    // The actor is the object: the trigger ends before it, and it stays free to be the target.
                    found = true;
                    end = i - 1;
                }
                else if (pattern.WithPlaces && (places?.Any(p => p.FirstToken == at && p.Place.Country is { Length: 3 }) == true
                                                || (actors.Any(a => a.FirstToken == at && a.Kind == MentionKind.Country) && IsBareIla(text, at - 1))))
                {
                    // So is a place or a country: «وصل الملك إلى طنجة», «يصل الرئيس النيجيري اليوم إلى الكاميرون» (a country
                    // right after «إلى»: in «ما وصلت إليه كوريا الجنوبية من تقدم» it is the subject).
                    found = true;
                    end = i - 1;
                }
                else if (tok.Kind == TokenKind.Arabic && WithWordAt(pattern, text, i, actors) && !ClaimedByRelativeClause(text, t, i, limit, actors, places)
                         && !InSaidClause(text, t, i, actors) && !QualifiesAWithoutWord(pattern, text, t, i))
                {
                    found = true;

                    // A 'with' word inside an actor («وصل إلى موسكو», «جمعه بنظيره الروسي») is the trigger's
                    // object: the trigger ends before it, so the actor stays free to be the target.
                    end = actors.FirstOrDefault(a => a.FirstToken <= i && i <= a.LastToken && a.FirstToken > t) is { } inside ? inside.FirstToken - 1 : i;
                }
            }

            // «الاتفاق النووي الذي أبرمته الدول الكبرى»: a verb whose object pronoun refers back through «الذي/التي»
            // has its 'with' word in the antecedent.
            // «غارات جوية كثيفة تشنها مقاتلات التحالف»: after an indefinite noun the clause needs no «الذي».
            // «للاتفاق الذي أبرم مؤخرا بين واشنطن وأنقرة»: so does a passive with no pronoun whose parties follow «بين».
            // «الاتفاق النووي الذي توصلت إليه القوى العالمية الست مع إيران»: or, for an act of two sides, a preposition
            // right after the verb whose pronoun refers back so («التصريحات التي أدلى بها» are only what is condemned).
            if (!found && !nominal && t >= 2 && (text.Tokens[t].SuffixLength > 0
                                                 || (IsRelativePronoun(text, text.Tokens[t - 1]) && pattern.Symmetric
                                                     && ((t + 1 < limit && IsPronounPhrase(text, text.Tokens[t + 1])) || BetweenSides(text, t, limit, actors) is not null))))
            {
                var relative = IsRelativePronoun(text, text.Tokens[t - 1]);
                for (var i = relative ? t - 2 : t - 1; i >= 0 && i >= t - (relative ? 4 : 6) && !found; i--)
                {
                    var tok = text.Tokens[i];
                    if (tok.Kind != TokenKind.Arabic || (!relative && (tok.Proclitics & Proclitics.Al) != 0))
                    {
                        break;
                    }

                    found = Matches(pattern.With, pattern.WithStems, pattern.WithExact, text, tok);
                }
            }

            // «طائرة إغاثة سعودية تهبط في مطار عدن»: a sentence (a headline most often) that opens with its subject has
            // the pattern's words before the verb; only a subject of at most four words that starts the sentence.
            if (!found && !nominal && text.Tokens[t].SuffixLength == 0)
            {
                for (var i = OpeningSubject(text, t); i < t && !found; i++)
                {
                    found = Matches(pattern.With, pattern.WithStems, pattern.WithExact, text, text.Tokens[i]);
                }
            }

            if (!found)
            {
                trace?.Add($"  pattern {pattern.Code} ({pattern.Location}) at «{text.OriginalOf(text.Tokens[t])}» not fired: none of its 'with' words follows");
                return false;
            }
        }

        // «وتظاهر الاثنان بأنهما رهن إشارة الحكومة», «يتظاهر بأنه لا يعرف»: «تظاهر بأن» is to feign, not to demonstrate.
        // Only right after the verb and its subject: «تظاهروا أمام السفارة مطالبين بأن» demonstrate.
        if (pattern.Code[..2] == "14" && FeignsThat(text, t))
        {
            trace?.Add($"  pattern {pattern.Code} ({pattern.Location}) at «{text.OriginalOf(text.Tokens[t])}» not fired: «بأن» after it is feigning");
            return false;
        }

        for (var (i, words) = (t + 1, 0); i < window && words < 6; i++)
        {
            var tok = text.Tokens[i];
            // «وصل اليوم إلى مدينة عدن والتقى عددا من ممثلي الحكومة»: a verb joined by «و» that fires a pattern of its own
            // opens the next clause; its words do not stop this one.
            if (!nominal && i > t + 1 && tok is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa } && _patterns.ByVerbWord(text.Core(tok)).Length + _patterns.ByVerbStem(text.Stem(tok)).Length > 0
                && (text.Tokens[i - 1].Kind == TokenKind.Punctuation || words >= 3))
            {
                break;
            }

            words += tok.Kind == TokenKind.Arabic && !(i <= subjectEnd && InsideActorPastItsFirstWord(actors, i)) ? 1 : 0;
            // (The subject's own words are none of the act's: «أعلنت قوات الأمن حالة الطوارئ».)
            if (tok.Kind == TokenKind.Arabic && i > subjectEnd && Matches(pattern.Without, pattern.WithoutStems, pattern.WithoutExact, text, tok))
            {
                trace?.Add($"  pattern {pattern.Code} ({pattern.Location}) at «{text.OriginalOf(text.Tokens[t])}» blocked by «{text.OriginalOf(tok)}»");
                return false;
            }
        }

        trace?.Add($"  trigger «{text.OriginalOf(text.Tokens[t])}» fires {pattern.Code} {pattern.Name} ({pattern.Location})");
        return true;
    }

    /// <summary>
    /// «بأن/بأنه/بأنهم» right after the verb at <paramref name="t"/> or after a definite subject of at most two words (not a
    /// participle: «وتظاهر الآلاف مطالبين بأن يرحل الرئيس» demonstrate).
    /// </summary>
    private bool FeignsThat(AnalyzedText text, int t)
    {
        for (var k = t + 1; k < text.Tokens.Count && k <= t + 3; k++)
        {
            var tok = text.Tokens[k];
            if (tok.Kind != TokenKind.Arabic)
            {
                return false;
            }

            // (The segmenter may leave «بأنه» whole.)
            if (_byThat.Contains(text.Form(tok)) || ((tok.Proclitics & Proclitics.Bi) != 0 && text.Core(tok).SequenceEqual(_an)))
            {
                return true;
            }

            if (tok.Proclitics != Proclitics.Al)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// «في/خلال/أثناء + اشتباكات/معارك/مواجهات» in the clause after a killing, before a comma or a verb of its own: the
    /// dead fell in battle. (Not «بعد/إثر»: «أعدم التنظيم عشرة أسرى إثر معارك» killed them after it.)
    /// </summary>
    private bool KilledInBattle(AnalyzedText text, int triggerEnd, int limit)
    {
        for (var k = triggerEnd + 1; k + 1 < limit && k <= triggerEnd + 10; k++)
        {
            var tok = text.Tokens[k];
            if (tok.Kind == TokenKind.Punctuation || ((tok.Proclitics & Proclitics.Wa) != 0 && HasVerbBetween(text, k - 1, k + 1)))
            {
                return false;
            }

            if (tok is { Kind: TokenKind.Arabic, SuffixLength: 0 } && (tok.Proclitics & ~Proclitics.Wa) == 0
                && (text.Core(tok).SequenceEqual(_fi) || _during.Contains(text.Core(tok)))
                && text.Tokens[k + 1] is { Kind: TokenKind.Arabic } battle && (battle.Proclitics & ~Proclitics.Al) == 0 && _battles.Contains(text.Core(battle)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBareIla(AnalyzedText text, int i)
        => i >= 0 && text.Tokens[i] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } ila && text.Core(ila).SequenceEqual(_ila);

    /// <summary>
    /// Past the adjectives of the subject noun at <paramref name="t"/> that start at <paramref name="at"/> («هجوم مسلح»,
    /// «التفجير الانتحاري»): at most two words that agree with it in the article and are no object; the accusative's alif
    /// («مقرا», «مسجدا») marks the object that follows.
    /// </summary>
    private int AdjectivesOfSubject(AnalyzedText text, int t, int at, int limit, List<ActorMention> actors)
    {
        var definite = text.Tokens[t].Proclitics & Proclitics.Al;
        for (var k = 0; k < 2 && at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word && word.Proclitics == definite
                        && text.Core(word) is [.., not '\u0627'] core && !_struckObjects.Contains(core) && !_prepositions.Contains(core)
                        && !actors.Any(a => a.FirstToken == at); k++)
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// Where the «حتى» stands when the act at <paramref name="t"/>, its adjectives after it, is the subject of a verb of going
    /// on in the future or of stopping under «لن» («ستستمر», «سوف تتواصل», «لن تتوقف») with «حتى» after it; else null.
    /// </summary>
    private int? GoesOnUntil(AnalyzedText text, int t, int triggerEnd, int limit)
    {
        var at = triggerEnd + 1;
        for (var k = 0; k < 2 && at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 }; k++)
        {
            at++;
        }

        if (at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic } particle && (_futureWords.Contains(text.Core(particle)) || text.Core(particle).SequenceEqual(_lan)))
        {
            var negated = text.Core(particle).SequenceEqual(_lan);
            at++;
            if (at >= limit || text.Tokens[at] is not { Kind: TokenKind.Arabic } verb || !(negated ? _stopping : _goingOn).Contains(text.Stem(verb)))
            {
                return null;
            }
        }
        else if (at >= limit || text.Tokens[at] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.Sa } future || !_goingOn.Contains(text.Stem(future)))
        {
            return null;
        }

        for (var i = at + 1; i < limit && i <= at + 3; i++)
        {
            if (text.Tokens[i] is { Kind: TokenKind.Arabic, PrefixLength: 0 } until && text.Core(until).SequenceEqual(_until))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Whether a verb of striking stands right before the act at <paramref name="t"/>, its subject («واستهدف تفجير انتحاري مسجدا»).</summary>
    private bool StruckByVerbBefore(AnalyzedText text, int t, int first)
        => ClauseScan.WordBefore(text, t, first, 1, w => (w.Proclitics & ~(Proclitics.Wa | Proclitics.Fa)) == 0 && w.SuffixLength == 0 && _aimingVerbs.Contains(text.Core(w))) is not null;

    /// <summary>Whether the act at <paramref name="t"/> is told by a verb of striking after it («التفجير الذي استهدف مسجدا»).</summary>
    private bool StruckByVerbAfter(AnalyzedText text, int t, int triggerEnd, int limit)
        => ClaimedAfter(text, t, triggerEnd, limit) is { } at && text.Tokens[at] is { PrefixLength: 0 } verb && _aimingVerbs.Contains(text.Core(verb));

    /// <summary>
    /// Whether the 'with' word at <paramref name="i"/> qualifies a 'without' word just before it, as its adjective or its
    /// genitive: «باحترام الهدنة الإنسانية» asks for a truce, not for humanitarian aid, and «مسجد قوات الطوارئ» names a
    /// force, not an emergency, however far past the trigger the pair is written. So does a 'with' word whose genitive right
    /// after it is a 'without' word: «لوقف تدفق المقاتلين» stops a flow of fighters, not the fighting.
    /// </summary>
    private static bool QualifiesAWithoutWord(EventPattern pattern, AnalyzedText text, int t, int i)
        => (i - 1 > t && text.Tokens[i - 1].Kind == TokenKind.Arabic && Matches(pattern.Without, pattern.WithoutStems, pattern.WithoutExact, text, text.Tokens[i - 1]))
           || (i + 1 < text.Tokens.Count && text.Tokens[i + 1].Kind == TokenKind.Arabic && (text.Tokens[i + 1].Proclitics & Proclitics.Wa) == 0
               && Matches(pattern.Without, pattern.WithoutStems, pattern.WithoutExact, text, text.Tokens[i + 1]));

    /// <summary>The last token of the run of actors written one after another from <paramref name="first"/> on (a name
    /// and its titles, a force and its leader after «بقيادة»), or <c>first - 1</c> when fewer than
    /// <paramref name="least"/> actors start there. The full window of a pattern already spans any one name; only a
    /// chain of titles outruns it.</summary>
    private int SubjectEnd(AnalyzedText text, List<ActorMention> actors, int first, int least)
    {
        var end = first - 1;
        var count = 0;
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var a in actors)
            {
                var led = count > 0 && a.FirstToken == end + 2 && text.Tokens[end + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Bi } by
                          && _ownership.Contains(text.Core(by));
                // (A name joined by «و» is another party, no title: «تدعم الحكومة الأمريكية والمملكة العربية السعودية».)
                // («ولي العهد» is read «و+لي» by the segmenter; it is a title.)
                if (((a.FirstToken == end + 1 && (count == 0 || (text.Tokens[a.FirstToken].Proclitics & Proclitics.Wa) == 0 || text.Core(text.Tokens[a.FirstToken]).Length <= 2))
                     || led) && a.LastToken > end)
                {
                    end = a.LastToken;
                    moved = true;
                    count++;
                }
            }
        }

        return count >= least ? end : first - 1;
    }

    private static bool InsideActorPastItsFirstWord(List<ActorMention> actors, int i)
    {
        foreach (var a in actors)
        {
            if (a.FirstToken < i && i <= a.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token of a multi-word noun of <paramref name="pattern"/> that starts at <paramref name="t"/>, or null.</summary>
    private static int? PhraseAt(AnalyzedText text, EventPattern pattern, int t, int limit)
    {
        foreach (var phrase in pattern.NounPhrases)
        {
            if (t + phrase.Count > limit || !text.Core(text.Tokens[t]).SequenceEqual(phrase[0]))
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < phrase.Count && all; k++)
            {
                all = text.Tokens[t + k].Kind == TokenKind.Arabic && text.Core(text.Tokens[t + k]).SequenceEqual(phrase[k]);
            }

            if (all)
            {
                return t + phrase.Count - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The agent a passive names in its clause: the actor right after «من قبل», «على يد», «على أيدي», «بيد» or «بأيدي»,
    /// past at most seven words and no verb, «أن» or punctuation. («من جانب» + a count is whose side the dead were on.)
    /// </summary>
    private ActorMention? AgentOfPassive(AnalyzedText text, int t, int limit, List<ActorMention> actors)
    {
        for (var i = t + 2; i < limit && i <= t + 9; i++)
        {
            var tok = text.Tokens[i - 1];
            if (tok.Kind != TokenKind.Arabic || IsRelativePronoun(text, tok) || (i - 1 > t && IsComplementizer(text.Core(tok))) || HasVerbBetween(text, t, i))
            {
                return null;
            }

            var by = (text.Core(tok).SequenceEqual(_before) && text.Core(text.Tokens[i - 2]).SequenceEqual(_min))
                     || (_hands.Contains(text.Core(tok)) && ((tok.Proclitics & Proclitics.Bi) != 0 || text.Core(text.Tokens[i - 2]).SequenceEqual("\u0639\u0644\u064A")));
            // «من قبل قياديين بارزين في طالبان»: the agent's head noun, its adjectives and «في/من» may come before the actor.
            if (by && tok.SuffixLength == 0)
            {
                for (var k = i; k < limit && k <= i + 3; k++)
                {
                    if (actors.FirstOrDefault(a => a.FirstToken == k && a.Kind != MentionKind.Adjective) is { } agent)
                    {
                        return agent;
                    }

                    if (text.Tokens[k] is not { Kind: TokenKind.Arabic } word || (word.Proclitics & (Proclitics.Bi | Proclitics.Li | Proclitics.Wa)) != 0 || word.SuffixLength > 0)
                    {
                        return null;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The agent named by «على يد/أيدي» or «بيد/بأيدي» within <paramref name="reach"/> words after the trigger; with
    /// <paramref name="into"/>, also by «في يد/أيدي», into whose hands a place falls («سقطت الرمادي في يد تنظيم داعش»).
    /// </summary>
    private ActorMention? AtTheHandsOf(AnalyzedText text, int t, int limit, List<ActorMention> actors, int reach = 10, bool into = false)
    {
        // Past ten words a comma ends the act's phrase too.
        for (var i = t + 1; i + 1 < limit && i <= t + reach; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation && (text.Normalized[tok.NormStart] is '.' or ';' or ':' || (i > t + 10 && text.Normalized[tok.NormStart] is ',' or '\u060C')))
            {
                return null;
            }

            // «أشارت إلى أن الحوثيين يتلقون تدريبات على يد الحرس»: «أن» or a relative pronoun opens another clause.
            if (tok.Kind == TokenKind.Arabic && tok.SuffixLength == 0 && (IsComplementizer(text.Core(tok)) || IsRelativePronoun(text, tok)))
            {
                return null;
            }

            // «على يد/أيدي», and «بيد/بأيدي» («سقطت القاعدة بأيدي المقاتلين»).
            if (tok.Kind != TokenKind.Arabic || !_hands.Contains(text.Core(tok))
                || ((tok.Proclitics & Proclitics.Bi) == 0
                    && (i == 0 || !(text.Core(text.Tokens[i - 1]).SequenceEqual("\u0639\u0644\u064A") || (into && text.Core(text.Tokens[i - 1]).SequenceEqual(_fi))))))
            {
                continue;
            }

            return actors.FirstOrDefault(a => a.FirstToken > i && a.FirstToken - i <= 2 && (a.FirstToken == i + 1 || text.Tokens[i + 1].Kind == TokenKind.Number || _counts.Contains(text.Core(text.Tokens[i + 1]))));
        }

        return null;
    }

    /// <summary>The actor in the genitive of the masdar that opens an appeal's content («لعودة الأطراف», «إلى وقف الحكومة»).</summary>
    private ActorMention? AskedInContent(AnalyzedText text, int from, int limit, List<ActorMention> actors, List<ActorMention> sources)
    {
        for (var i = from + 1; i < limit && i <= from + 3; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind != TokenKind.Arabic)
            {
                return null;
            }

            var opensContent = ((tok.Proclitics & Proclitics.Li) != 0 && (tok.Proclitics & Proclitics.Al) == 0)
                               || (i > 0 && text.Tokens[i - 1].Kind == TokenKind.Arabic && text.Core(text.Tokens[i - 1]).SequenceEqual("\u0627\u0644\u064A") && (tok.Proclitics & Proclitics.Al) == 0);
            if (opensContent)
            {
                // «لعودة الأطراف اليمنية»: a nisba after the genitive noun names who is asked.
                return actors.FirstOrDefault(a => ((a.FirstToken == i + 1 && a.Kind != MentionKind.Adjective) || (a.FirstToken == i + 2 && a.Kind == MentionKind.Adjective))
                                                  && !sources.Any(src => src.Code == a.Code));
            }
        }

        return null;
    }

    /// <summary>
    /// The actor right after «مع» that follows, within four words, a noun of cooperation or talks in an appeal's content
    /// («إلى «تعاون أكبر» مع أنقرة»), before the clause ends; null when there is none or it is a source.
    /// </summary>
    private ActorMention? PartnerInContent(AnalyzedText text, int trigger, int limit, List<ActorMention> actors, List<ActorMention> sources)
    {
        // «وطالبوا الجميع بتعزيز التعاون مع الأجهزة الأمنية»: an addressee the lexicon does not know, right after the verb
        // and its subject, is who is asked; the partner is not.
        // («ودعا روحاني أمس إلى …», «ودعا مجددا», «في كلمته»: a word of time, an adverb or a preposition is no addressee.)
        var after = Math.Max(trigger, sources.Count > 0 ? sources.Max(src => src.LastToken) : trigger) + 1;
        if (after < limit && text.Tokens[after] is { Kind: TokenKind.Arabic } addressee && (addressee.Proclitics & (Proclitics.Li | Proclitics.Bi)) == 0
            && !text.Core(addressee).SequenceEqual("\u0627\u0644\u064A") && !actors.Any(a => a.FirstToken == after)
            && !_timeWords.Contains(text.Core(addressee)) && !_prepositions.Contains(text.Core(addressee)) && !text.Core(addressee).EndsWith("\u0627"))
        {
            return null;
        }

        var end = Math.Min(limit, ClauseEnd(text, trigger, limit));
        var joint = -1;
        for (var i = trigger + 1; i < end; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind != TokenKind.Arabic)
            {
                continue;
            }

            // «إلى إنهاء التنسيق مع إسرائيل», «رفض التطبيع مع», «في إطار تطبيع علاقاتها مع»: ending or refusing ties, or a
            // frame, is no call for them.
            if (_jointActs.Contains(text.Core(tok)))
            {
                // («إلى رفض كل أشكال التطبيع مع إسرائيل»: the governing word may stand a few words before.)
                var ended = false;
                for (var k = i - 1; k > trigger && k >= i - 3; k--)
                {
                    ended |= text.Tokens[k].Kind == TokenKind.Arabic && _endingTies.Contains(text.Core(text.Tokens[k]));
                }

                joint = ended ? -1 : i;
            }
            else if (joint >= 0 && i - joint <= 4 && tok.Proclitics == Proclitics.None && text.Core(tok).SequenceEqual(_with))
            {
                return actors.FirstOrDefault(a => a.FirstToken == i + 1 && a.Kind != MentionKind.Adjective && Party(a) is not null
                                                  && !sources.Any(src => src.Country == a.Country));
            }
        }

        return null;
    }

    /// <summary>An army actor headed by an aircraft, a ship or a convoy («طائرات سعودية»), of a known country.</summary>
    private bool IsAidCarrier(AnalyzedText text, ActorMention a)
        => a is { Role: "MIL", Country: not null } && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic } head && _arrivals.Contains(text.Core(head));

    /// <summary>
    /// «سفيرها لدى إيران», «سفير مملكة البحرين لدى الجمهورية الإسلامية الإيرانية»: the actor right after «لدى/في» that
    /// follows one's own ambassador (with a pronoun, or with the source's own state in the genitive), within eight words
    /// after the trigger <paramref name="t"/> (past a time set off by commas); null otherwise.
    /// </summary>
    private ActorMention? OwnEnvoyPost(AnalyzedText text, int t, int limit, List<ActorMention> actors, List<ActorMention> sources)
    {
        for (var i = t + 1; i + 2 < limit && i <= t + 8; i++)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } envoy || !_ambassadors.Contains(text.Core(envoy)))
            {
                continue;
            }

            var post = i + 1;
            if (envoy.SuffixLength == 0)
            {
                // («سفير المملكة لدى …», «سفير مملكة البحرين»: the source's own state right after, or in the envoy's name.)
                if (actors.FirstOrDefault(a => a.FirstToken == i + 1 || (a.FirstToken == i && a.LastToken > i)) is not { Country: { } own } state
                    || !sources.Any(src => src.Country == own) || sources.Any(src => src.FirstToken == state.FirstToken))
                {
                    return null;
                }

                post = state.LastToken + 1;
            }

            return post + 1 < limit && text.Tokens[post] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } at && _envoyPosts.Contains(text.Core(at))
                ? actors.FirstOrDefault(a => a.FirstToken == post + 1 && a.Kind != MentionKind.Adjective)
                : null;
        }

        return null;
    }

    /// <summary>
    /// «إلى التعاون المشترك», «إلى تعزيز التعاون بين البلدين»: cooperation or talks marked joint or between the two, in the
    /// clause after the trigger, with no actor named in it.
    /// </summary>
    private bool JointWithNoOneNamed(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors, List<ActorMention> sources)
    {
        var end = Math.Min(limit, ClauseEnd(text, triggerEnd, limit));
        // («للتعاون المشترك مع الدول العربية», «التعاون الثنائي بين تركيا وأذربيجان»: the content names its own partners.)
        if (actors.Any(a => a.FirstToken > triggerEnd && a.FirstToken < end && !sources.Contains(a)))
        {
            return false;
        }

        for (var i = triggerEnd + 1; i < end && i <= triggerEnd + 6; i++)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } tok || !_jointActs.Contains(text.Core(tok)))
            {
                continue;
            }

            for (var k = i + 1; k < end && k <= i + 3; k++)
            {
                if (text.Tokens[k] is { Kind: TokenKind.Arabic } mark && _jointMarks.Contains(text.Core(mark)))
                {
                    // (Nor one named after «مع» that the lexicon does not know as an actor: «مع الدول العربية».)
                    return !Enumerable.Range(k + 1, Math.Max(0, Math.Min(end, k + 4) - k - 1))
                        .Any(w => text.Tokens[w] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } with && text.Core(with).SequenceEqual(_with));
                }
            }
        }

        return false;
    }

    /// <summary>
    /// «غارات جوية تقودها الولايات المتحدة لدعم القوات العراقية», «دعما للجيش اليمني»: the side a strike is made to support
    /// is its ally, not whom it strikes.
    /// </summary>
    private bool IsSupported(AnalyzedText text, ActorMention a)
    {
        if (a.FirstToken == 0 || text.Tokens[a.FirstToken - 1] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } support)
        {
            return false;
        }

        return ((support.Proclitics & Proclitics.Li) != 0 && (support.Proclitics & Proclitics.Al) == 0 && _supportMasdars.Contains(text.Core(support)))
               || (support.Proclitics == Proclitics.None && _supportAdverbs.Contains(text.Core(support)) && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Li) != 0);
    }

    /// <summary>
    /// «بدعم من طيران التحالف», «المتحالفون مع وحدات للجيش»: the participle or noun of support or alliance before
    /// «من/مع», with at most one head word between «من/مع» and the actor; -1 when there is none.
    /// </summary>
    private int AllianceLink(AnalyzedText text, int actorFirst)
    {
        for (var p = actorFirst - 1; p >= 1 && p >= actorFirst - 2; p--)
        {
            var prep = text.Tokens[p];
            if (prep.Kind != TokenKind.Arabic)
            {
                return -1;
            }

            // («وزراء خارجية دول مجلس التعاون مع كيري»: the Council's name is no cooperation.)
            if ((text.Core(prep).SequenceEqual(_min) || text.Core(prep).SequenceEqual(_with)) && text.Tokens[p - 1].Kind == TokenKind.Arabic && _alongside.Contains(text.Core(text.Tokens[p - 1]))
                && !(p >= 2 && text.Tokens[p - 2] is { Kind: TokenKind.Arabic } council && text.Core(council).SequenceEqual(_council)))
            {
                return p - 1;
            }
        }

        return -1;
    }

    /// <summary>An actor named as the leader or an ally of the one acting: «بقيادة السعودية», «بدعم من طيران التحالف», «التابعة ل».</summary>
    private bool IsLeaderOrAlly(AnalyzedText text, ActorMention a, List<ActorMention>? sources = null, List<ActorMention>? actors = null)
    {
        if (a.FirstToken == 0)
        {
            return false;
        }

        var before = text.Tokens[a.FirstToken - 1];
        // «بقيادة السعودية», «القوات الموالية للحكومة», «مسلحون موالون للحكومة».
        var link = before.Kind == TokenKind.Arabic && _alongside.Contains(text.Core(before))
                   && ((before.Proclitics & (Proclitics.Bi | Proclitics.Al)) != 0 || (text.Tokens[a.FirstToken].Proclitics & Proclitics.Li) != 0) ? a.FirstToken - 1
            : AllianceLink(text, a.FirstToken);
        // «طيران التحالف العربي الذي تقوده المملكة», «لتحالف تقوده السعودية»: the subject of «تقوده», whose pronoun is
        // the noun before it, leads that noun.
        if (link < 0 && before.Kind == TokenKind.Arabic && before.Proclitics == Proclitics.None && _leads.Contains(text.Core(before)))
        {
            link = a.FirstToken - 1;
        }

        if (link < 0)
        {
            return false;
        }

        // «دورية عسكرية تابعة للحوثيين», «قوات بقيادة فلان»: a leader or owner named after another noun than the
        // source belongs to that noun, the other side. Support («بدعم من») qualifies the act, so its subject.
        // («طائرات التحالف العربي بقيادة المملكة»: a nisba the lexicon left out of the noun's phrase still belongs to it.)
        // (At most two, and not a noun that only looks like one: «المستشفى» ends in «ى», «المباني», «الأهالي» and
        // «الأراضي» are plurals; «المستشفى الميداني التابع للحوثيين» belongs to the Houthis.)
        var owned = link - 1;
        while (owned > 0 && link - owned <= 2 && text.Tokens[owned] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } nisba
               && text.Core(nisba) is [_, _, .., '\u064A'] or [_, _, .., '\u064A', '\u0629'] && text.Original[nisba.End - 1] != '\u0649'
               && !text.Core(nisba).EndsWith("\u0627\u0646\u064A") && !text.Core(nisba).EndsWith("\u0627\u0644\u064A") && !text.Core(nisba).EndsWith("\u0627\u0636\u064A")
               && sources?.Any(s => s.LastToken == owned) != true)
        {
            owned--;
        }

        return sources is null || !_ownership.Contains(text.Core(text.Tokens[link])) || sources.Any(s => s.LastToken == link - 1 || s.LastToken == owned)
               || (actors is not null && actors.Any(o => o.LastToken == link - 1 && sources.Any(s => s.Code == o.Code)));
    }

    /// <summary>
    /// «السيارات المفخخة التي لم تنفجر», «الهجوم الذي لم يقع»: «الذي/التي» right after the event noun and its
    /// adjectives, then «لم/لن» and a verb of happening. «تفجير الذي لم تعلن أي جهة مسؤوليتها عنه» still happened,
    /// and a relative after another noun («استهدف المسجد الذي لم يكن محميا») is about that noun.
    /// </summary>
    private bool DeniedByRelative(AnalyzedText text, int triggerEnd, int limit)
    {
        for (var i = triggerEnd + 1; i + 2 < limit && i <= triggerEnd + 3; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind != TokenKind.Arabic)
            {
                return false;
            }

            if (IsRelativePronoun(text, tok))
            {
                return text.Tokens[i + 1] is { Kind: TokenKind.Arabic } not && not.PrefixLength == 0 && _denyingParticles.Contains(text.Core(not))
                       && text.Tokens[i + 2] is { Kind: TokenKind.Arabic } verb && _happening.Contains(text.Core(verb));
            }

            // Only adjectives may stand between: an indefinite or definite word not in «ي/ية» is another noun.
            var core = text.Core(tok);
            if (!(core.Length >= 3 && (core[^1] == '\u064A' || core.EndsWith("\u064A\u0629") || core.EndsWith("\u0629") && i == triggerEnd + 1)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasCommaBetween(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (IsComma(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPunctuationBetween(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (text.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRelativeBetween(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (IsRelativePronoun(text, text.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «تشنها مقاتلات التحالف بقيادة السعودية التي توفر غطاء جويا لقوات الشرعية»: a relative clause right after a
    /// subject that follows its verb describes the subject; what it names is not the verb's target. A relative
    /// after the object («على المواقع التي يسيطر عليها الحوثيون») is left alone.
    /// </summary>
    private bool RelativeClauseOfSource(AnalyzedText text, int triggerEnd, int afterSource, int candidate, List<ActorMention> actors)
    {
        if (afterSource <= triggerEnd)
        {
            return false;
        }

        for (var i = afterSource + 1; i < candidate && i <= afterSource + 3; i++)
        {
            if (IsRelativePronoun(text, text.Tokens[i]))
            {
                // Only a relative clause with an act of its own claims what follows: in «شن التحالف الذي تقوده
                // السعودية غارات على الحوثيين» the clause ends before the object of «شن».
                return ActOfRelativeClause(text, i, candidate, candidate, actors) >= 0;
            }
        }

        return false;
    }

    /// <summary>
    /// «تشنها مقاتلات التحالف التي توفر غطاء جويا»: a word inside a relative clause whose own verb is an act that
    /// takes it belongs to that verb, not to a trigger before the clause.
    /// </summary>
    private bool ClaimedByRelativeClause(AnalyzedText text, int t, int word, int limit, List<ActorMention> actors, List<PlaceMention>? places)
    {
        for (var r = word - 1; r > t; r--)
        {
            if (IsRelativePronoun(text, text.Tokens[r]))
            {
                return ActOfRelativeClause(text, r, word, limit, actors, places) >= word;
            }
        }

        return false;
    }

    /// <summary>The last word of the first act a verb between a relative pronoun and <paramref name="until"/> triggers, or -1.</summary>
    private int ActOfRelativeClause(AnalyzedText text, int relative, int until, int limit, List<ActorMention> actors, List<PlaceMention>? places = null)
    {
        for (var v = relative + 1; v < until; v++)
        {
            if (text.Tokens[v].Kind == TokenKind.Arabic && AsVerb(text, v, limit, null, actors, places) is { Pattern: not null, TriggerEnd: var end })
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>The relative pronoun right before the verb at <paramref name="t"/>, or before an aspect verb before it («التي بدأت تهدد»).</summary>
    private int? RelativeOpening(AnalyzedText text, int t, int first)
    {
        if (t - 1 > first && IsRelativePronoun(text, text.Tokens[t - 1]))
        {
            return t - 1;
        }

        return t - 2 > first && IsRelativePronoun(text, text.Tokens[t - 2]) && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } aspect
               && _aspectVerbs.Contains(text.Core(aspect)) ? t - 2 : null;
    }

    /// <summary>The actor a relative pronoun refers to: the one right before it, past a leader or ally attached to it («بقيادة السعودية»).</summary>
    private ActorMention? Antecedent(AnalyzedText text, int relative, List<ActorMention> actors, bool acrossAdjectives = false)
    {
        // «الأوغندي، والذي يزور», «موغيريني، التي زارت طهران»: a comma may stand before the relative of an apposition.
        // Without «و», only after a person or a body: a place-like name ending a phrase («حقوق الشعب في فلسطين، التي»)
        // need not be what the clause is about.
        var end = relative - 1;
        var comma = false;
        if (end > 0 && text.Tokens[end].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[end].NormStart] is ',' or '\u060C')
        {
            end--;
            comma = (text.Tokens[relative].Proclitics & Proclitics.Wa) == 0;
        }

        // «مقاتلات التحالف العربي التي توفر»: a nisba adjective («العربي», «الدولية») may close the antecedent's phrase,
        // when the verb has no subject of its own after it («القمة الطارئة التي طلبت القيادة الفلسطينية»).
        for (var n = 0; acrossAdjectives && n < 2 && end > 0 && text.Tokens[end] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } adjective
                        && text.Core(adjective) is [.., '\u064A'] or [.., '\u064A', '\u0629'] && !actors.Any(a => a.LastToken == end); n++)
        {
            end--;
        }

        for (var k = actors.Count - 1; k >= 0; k--)
        {
            var a = actors[k];
            if (a.LastToken > end || a.Kind == MentionKind.Adjective)
            {
                continue;
            }

            // «الأمير سعود بن نايف، التي تدعو»: a feminine relative after a man's title is about another noun.
            if (a.LastToken != end || (comma && a.Kind is MentionKind.Country or MentionKind.Capital)
                || (comma && text.Core(text.Tokens[relative]).SequenceEqual(_allati) && text.Core(text.Tokens[a.FirstToken]) is var title && _honorifics.Contains(title) && title[^1] != '\u0629'))
            {
                return null;
            }

            // «بدعم من مقاتلات التحالف التي توفر غطاء جويا»: the ally named after a support link is what the clause is about;
            // only a leader («بقيادة السعودية التي») is skipped for the noun it leads.
            // («الميليشيات المدعومة من إيران التي ترفض»: after a participle the clause is still about the noun it describes.)
            if (!IsLeaderOrAlly(text, a) || (AllianceLink(text, a.FirstToken) is >= 0 and var support && !_ownership.Contains(text.Core(text.Tokens[support]))
                                             && (text.Tokens[support].Proclitics & Proclitics.Bi) != 0))
            {
                return a;
            }

            // Skip «بقيادة» or «بدعم من» before the ally.
            end = a.FirstToken - (a.FirstToken > 1 && text.Core(text.Tokens[a.FirstToken - 1]).SequenceEqual(_min) ? 3 : 2);
        }

        return null;
    }

    /// <summary>
    /// The actor a participle or a relative clause describes: the one that ends right before <paramref name="t"/>,
    /// past at most two definite adjectives («القوة المسلحة السورية الجديدة التي»).
    /// </summary>
    private static ActorMention? NounBefore(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        var end = t - 1;
        for (var skipped = 0; end >= first; skipped++)
        {
            var at = end;
            if (actors.FirstOrDefault(a => a.LastToken == at && a.Kind != MentionKind.Adjective) is { } actor)
            {
                return actor;
            }

            var tok = text.Tokens[end];
            if (skipped == 2 || tok.Kind != TokenKind.Arabic || (tok.Proclitics & Proclitics.Al) == 0 || (tok.Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0
                || actors.Any(a => a.FirstToken <= at && at <= a.LastToken))
            {
                return null;
            }

            end--;
        }

        return null;
    }

    /// <summary>The agent of a passive participle: an actor after «من» (or «من قبل») or with «ب», within four words.</summary>
    private ActorMention? AgentAfter(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors, bool byMinOnly = false)
    {
        for (var i = triggerEnd + 1; i < limit && i <= triggerEnd + 4; i++)
        {
            var tok = text.Tokens[i];
            // «التفجيرات وأكياسه المجمعة من المواطنين»: a noun joined by «و» begins another phrase.
            if (tok.Kind == TokenKind.Punctuation || (byMinOnly && tok.Kind == TokenKind.Arabic && (tok.Proclitics & Proclitics.Wa) != 0))
            {
                break;
            }

            if (actors.FirstOrDefault(a => a.FirstToken == i && a.Kind != MentionKind.Adjective) is { } actor)
            {
                // «لقصف بالبراميل المتفجرة من طائرات النظام»: the pattern's span may end on the «من» itself.
                // «القبض على اثنين من المدرسين»: «من» after a count is partitive, the ones acted on.
                // «قصف المناطق الجنوبية من السعودية»: a country after a bare «من» is whose part or where from; only «من
                // قبل/جانب» makes it the agent.
                var byMin = (text.Core(text.Tokens[i - 1]).SequenceEqual(_min) && !(i - 2 > triggerEnd && IsCountWord(text, i - 2))
                             && !(actor.Kind is MentionKind.Country or MentionKind.Capital && i - 2 > triggerEnd && _partsOf.Contains(text.Core(text.Tokens[i - 2]))))
                            || (i > triggerEnd + 1 && _agentive.Contains(text.Core(text.Tokens[i - 1])) && text.Core(text.Tokens[i - 2]).SequenceEqual(_min));
                if (byMin || (!byMinOnly && (tok.Proclitics & Proclitics.Bi) != 0))
                {
                    return actor;
                }

                // «اعتقال ثلاثة فلسطينيين من قبل الجيش»: the first actor was the act's object; «من قبل» may still follow.
                break;
            }
        }

        // «تعرضت لقصف عنيف بشتى القذائف والصواريخ من قبل قوات النظام»: «من قبل» names the agent past a longer
        // description of the act, within its clause.
        for (var i = triggerEnd + 1; i + 1 < limit && i <= triggerEnd + 8; i++)
        {
            var tok = text.Tokens[i];
            // «ولم يسمع صوتها من قبل المسؤولين»: another clause («و» and a particle) ends the act's.
            if (tok.Kind == TokenKind.Punctuation || HasVerbBetween(text, i - 1, i + 1) || IsRelativePronoun(text, tok)
                || (tok.Kind == TokenKind.Arabic && (tok.Proclitics & Proclitics.Wa) != 0 && _particlesOfClause.Contains(text.Core(tok))))
            {
                break;
            }

            if (tok is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } && text.Core(tok).SequenceEqual(_before) && text.Core(text.Tokens[i - 1]).SequenceEqual(_min)
                && actors.FirstOrDefault(a => a.FirstToken == i + 1 && a.Kind != MentionKind.Adjective) is { } agent)
            {
                return agent;
            }
        }

        return null;
    }

    /// <summary>A word for a weapon fired («قذائف», «صواريخ», «نيران»), whose genitive is whose it is.</summary>
    private bool FiresWeapon(AnalyzedText text, Token token) => token.Kind == TokenKind.Arabic && _fired.Contains(text.Core(token));

    /// <summary>«نسبت إلى X», «تنسب لـX» within two words after the act: X.</summary>
    private ActorMention? AttributedTo(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors)
    {
        for (var i = triggerEnd + 1; i + 1 < limit && i <= triggerEnd + 2; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind != TokenKind.Arabic)
            {
                return null;
            }

            if (tok.Proclitics == Proclitics.None && _attributed.Contains(text.Core(tok)))
            {
                var next = i + 1;
                if (text.Tokens[next] is { Kind: TokenKind.Arabic } to && to.Proclitics == Proclitics.None && text.Core(to).SequenceEqual(_ila))
                {
                    next++;
                }

                return actors.FirstOrDefault(a => a.FirstToken == next && a.Kind != MentionKind.Adjective);
            }
        }

        return null;
    }

    /// <summary>The actor right after a «ب» of a fired weapon («برصاص», «بنيران», «بقذائف») in the clause after the verb.</summary>
    private ActorMention? FiredBy(AnalyzedText text, int t, int limit, List<ActorMention> actors)
    {
        for (var i = t + 1; i + 1 < limit && i <= t + 8; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation || HasVerbBetween(text, i - 1, i + 1))
            {
                return null;
            }

            if (tok.Kind == TokenKind.Arabic && tok.Proclitics == Proclitics.Bi && _fired.Contains(text.Core(tok)))
            {
                // («برصاص قناصة الحوثيين», «بنيران مدفعية الجيش»: or the owner of the shooters or guns named in construct;
                // «بنيران هندية»: or the nisba that agrees with the indefinite weapon.)
                return actors.FirstOrDefault(a => a.FirstToken == i + 1 && (a.Kind != MentionKind.Adjective
                                                                             || (a.LastToken == i + 1 && text.Tokens[i + 1].Proclitics == Proclitics.None && text.Core(tok) is [.., not '\u0629'])))
                       ?? (i + 2 < limit && text.Tokens[i + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } && !actors.Any(a => a.FirstToken <= i + 1 && a.LastToken >= i + 1)
                           ? actors.FirstOrDefault(a => a.FirstToken == i + 2 && a.Kind is not (MentionKind.Adjective or MentionKind.Country or MentionKind.Capital)
                                                         && (text.Tokens[i + 2].Proclitics & ~Proclitics.Al) == 0)
                           : null);
            }

            // «وقتل مئات من قوات الأمن في هجمات المتشددين», «في غارة للتحالف», «في هجمات منفصلة لحزب العمال»: the agent
            // of the attack the victims fell in, its genitive or after «ل», past at most one adjective. A country or a
            // capital there is where it struck, and civilians its victims.
            // («نتيجة قصف مسلحي الحوثيين»: or the act they were wounded as a result of.)
            if (tok is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } && (_sufferedBy.Contains(text.Core(tok)) || _resultOf.Contains(text.Core(tok)))
                && text.Tokens[i + 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } noun && (noun.Proclitics & Proclitics.Al) == 0
                && (_attackNouns.Contains(text.Core(noun)) || _raidNouns.Contains(text.Core(noun))))
            {
                for (var k = i + 2; k < limit && k <= i + 3; k++)
                {
                    if (actors.FirstOrDefault(a => a.FirstToken == k && a.Kind is not (MentionKind.Adjective or MentionKind.Country or MentionKind.Capital)
                                                   && a.Role is not ("CVL" or "REF") && (text.Tokens[k].Proclitics & ~(Proclitics.Li | Proclitics.Al)) == 0) is { } agent
                        && (k == i + 2 || (text.Tokens[k].Proclitics & Proclitics.Li) != 0))
                    {
                        return agent;
                    }

                    // («في غارة أمريكية»: or the nisba that agrees with the indefinite noun.)
                    if (k == i + 2 && actors.FirstOrDefault(a => a.FirstToken == k && a.FirstToken == a.LastToken && a.Kind == MentionKind.Adjective) is { } nisba
                        && text.Tokens[k] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None })
                    {
                        return nisba;
                    }

                    if (text.Tokens[k] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 })
                    {
                        break;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the act at <paramref name="t"/> came from the air: its subject is aircraft or the strikes of its agent
    /// («طائرات التحالف», «غارات التحالف»), or how it came about names them («في غارات», «جراء الغارات», «بغارات»).
    /// </summary>
    private bool ByAir(AnalyzedText text, int t, int limit, List<ActorMention> sources, bool struckBy)
    {
        // «غارة» alone may be a raid on the ground («غارة ليلية نفذتها وحدة كوماندوز»); «غارة جوية» is not.
        bool Aerial(int i) => i + 1 < limit && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } air && _aerial.Contains(text.Core(air));
        bool Air(int i) => i >= 0 && i < limit && text.Tokens[i] is { Kind: TokenKind.Arabic } tok
                           && ((_airWeapons.Contains(text.Core(tok)) && (!text.Core(tok).SequenceEqual(_raid) || Aerial(i)))
                               || (_strikeNouns.Contains(text.Core(tok)) && Aerial(i)));

        if (sources.Any(s => Air(s.FirstToken) || (s.FirstToken < t && Air(s.FirstToken - 1))))
        {
            return true;
        }

        // How it came about names the strikes only of the agent found through them, never of victims read as the subject
        // («أصيبت قوات الحشد الشعبي بغارة أمريكية»).
        if (!struckBy)
        {
            return false;
        }

        for (var i = t + 1; i < limit && i <= t + 8; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation || HasVerbBetween(text, i - 1, i + 1))
            {
                return false;
            }

            if (Air(i) && ((tok.Proclitics & Proclitics.Bi) != 0 || (text.Tokens[i - 1] is { Kind: TokenKind.Arabic } by && _sufferedBy.Contains(text.Core(by)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a relative pronoun stands between the word after <paramref name="t"/> and <paramref name="at"/>, with no punctuation after it.</summary>
    private static bool InRelativeAfter(AnalyzedText text, int t, int at)
    {
        for (var k = at - 1; k > t + 1; k--)
        {
            if (text.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (IsRelativePronoun(text, text.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRelativePronoun(AnalyzedText text, Token token)
        => token.Kind == TokenKind.Arabic && text.Core(token) is var core
           && (core.SequenceEqual("\u0627\u0644\u0630\u064A") || core.SequenceEqual("\u0627\u0644\u062A\u064A") || core.SequenceEqual("\u0630\u064A") || core.SequenceEqual("\u062A\u064A"));

    /// <summary>
    /// Whether the token at <paramref name="i"/> is one of the pattern's 'with' words. A word of an actor is not the
    /// abstract noun in «ـية» that shares its stem: «أعلن مسؤول أمريكي» (an official) claims no «مسؤولية»
    /// (responsibility).
    /// </summary>
    private bool WithWordAt(EventPattern pattern, AnalyzedText text, int i, List<ActorMention> actors)
    {
        // «ودعا ولي العهد حفظه الله إيران»: a blessing is no word of the act («حفظ» is not an appeal for protection).
        if (i + 1 < text.Tokens.Count && text.Tokens[i + 1].Kind == TokenKind.Arabic && _divine.Contains(text.Core(text.Tokens[i + 1])) && IsBlessing(text, i))
        {
            return false;
        }

        // «في المنطقة نفسها», «في الوقت نفسه»: «نفس» with its pronoun after a definite noun behind a preposition is "the
        // same", no self («فجر الانتحاري نفسه» is).
        if (i > 1 && text.Tokens[i] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: > 0 } self && text.Core(self).SequenceEqual(_self)
            && text.Tokens[i - 1] is { Kind: TokenKind.Arabic } same && (same.Proclitics & Proclitics.Al) != 0
            && ((same.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0
                || (text.Tokens[i - 2] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } governing && _prepositions.Contains(text.Core(governing)))))
        {
            return false;
        }

        // «كان يمني النفس», «في نفس الوقت»: «نفس» with no pronoun is the soul or "same", never the bomber's self.
        if (text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: 0 } bare && text.Core(bare).SequenceEqual(_self))
        {
            return false;
        }

        var core = text.Core(text.Tokens[i]);
        // «وأعلن مسؤولون أن …», «اعتقال 7 مسؤولين»: the plural of the base shares the stem of the abstract noun («مسؤولية») but
        // is another word; only a form that goes on with the abstract «ية/يت» is it.
        var stem = text.Stem(text.Tokens[i]);
        // («أعلنت أنها مسؤولة عن الهجوم»: the adjective with «عن» claims it too.)
        if (pattern.AbstractBases.Contains(stem) && !pattern.With.Contains(core)
            && !(core.Length > stem.Length + 1 && core.StartsWith(stem, StringComparison.Ordinal) && core[stem.Length] == '\u064A' && core[stem.Length + 1] is '\u0629' or '\u062A')
            // (Only the singular: «المستوطنين المسؤولين عن» are people, no claim.)
            && !(i + 1 < text.Tokens.Count && text.Tokens[i + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } about && text.Core(about).SequenceEqual(_about)
                 && (core.Length == stem.Length || (core.Length == stem.Length + 1 && core[^1] == '\u0629'))))
        {
            return false;
        }

        if (pattern.AbstractBases.Contains(core) && !pattern.With.Contains(core))
        {
            foreach (var a in actors)
            {
                if (a.Kind != MentionKind.Adjective && a.FirstToken <= i && i <= a.LastToken)
                {
                    return false;
                }
            }
        }

        return Matches(pattern.With, pattern.WithStems, pattern.WithExact, text, text.Tokens[i]);
    }

    /// <summary>
    /// A word of a pattern's with/without list matches a token when their cores agree, when the token's core or stem
    /// is one of the words' <paramref name="stems"/>, or when the token is an inflection of a noun of four letters or
    /// more (اتفاقية → اتفاقيتين، اتفاقيات).
    /// </summary>
    private static bool Matches(WordSet words, WordSet stems, WordSet exact, AnalyzedText text, Token token)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var core = text.Core(token);
        var stem = text.Stem(token);
        // A stem of three letters is too short to tell words apart («التوسط» and «وسط»): only longer ones match by stem,
        // or a listed word that is the stem («توقف» of «وقف»); not one listed as exact («=وقف»).
        if (words.Contains(core) || (stems.Count > 0 && ((core.Length >= 4 && stems.Contains(core)) || (stem.Length >= 4 && stems.Contains(stem)) || (words.Contains(stem) && !exact.Contains(stem)))))
        {
            return true;
        }

        // «جولته», «خشيتهم», «إدانتهما»: a noun in «ة» is written «ت» before its pronoun.
        if (token.SuffixLength > 0 && core.Length >= 3 && core[^1] == '\u062A')
        {
            Span<char> written = stackalloc char[core.Length];
            core.CopyTo(written);
            written[^1] = '\u0629';
            if (words.Contains(written) || stems.Contains(written) || words.HasInflectionOf(written))
            {
                return true;
            }
        }

        return words.HasInflectionOf(core) || stems.HasInflectionOf(core);
    }

    private List<ActorMention> VerbalSource(AnalyzedText text, int t, int first, int limit, List<ActorMention> actors, bool subjectFirst = false)
    {
        // «أنه قصف …», «إنه وجه …»: the attached pronoun is the subject; what follows is the object.
        if (HasPronounSubject(text, t, first))
        {
            return [];
        }

        // «وقررت البحرين طرد القائم بالأعمال الإيراني»: after a verb of deciding or intending and its subject, the
        // word is that verb's masdar object, its agent the same subject.
        // («اقترحها المبعوث الأممي وانتقدت الحكومة»: a word joined by «و» is a verb of its own, not that masdar.)
        if (t - 2 >= first && (text.Tokens[t].Proclitics & Proclitics.Wa) == 0 && actors.FirstOrDefault(a => a.LastToken == t - 1 && a.Kind != MentionKind.Adjective) is { } decider
            && decider.FirstToken - 1 >= first && text.Tokens[decider.FirstToken - 1] is { Kind: TokenKind.Arabic } deciding
            && _deciding.Contains(text.Stem(deciding)))
        {
            return Group(text, actors, decider);
        }

        var before = SubjectBefore(text, t, first, actors);

        // «عشرة على الأقل قتلوا في هجوم استهدف دورية للجيش»: a verb that carries a plural subject («قتلوا»,
        // «هاجموا») stands after its subject, never before it: a verb before its subject is singular. The actor
        // after it is its object or further off.
        if (IsPluralVerb(text, text.Tokens[t]))
        {
            // «تعازي الولايات المتحدة لعائلات الذين قتلوا»: across «الذي/الذين» the subject is the relative's antecedent.
            if (before.Count > 0 && ((t - before[^1].LastToken <= 6 && !HasRelativeBetween(text, before[^1].LastToken, t)) || AsideBetween(text, before[^1].LastToken, t, actors)))
            {
                return before;
            }

            // «بعدما تقدم مقاتلو تنظيم داعش في غرب العراق، وسيطروا على»: a plural verb joined by «و» after a comma goes on
            // with the plural people the clause before it named (a sound plural subject, «مقاتلو», «المسلحون»), not with a state.
            if ((text.Tokens[t].Proclitics & Proclitics.Wa) != 0 && t - 1 >= first && IsComma(text, t - 1)
                && actors.LastOrDefault(a => a.LastToken < t - 1 && t - a.LastToken <= 8 && a.FirstToken >= first
                                             && a.Kind is not (MentionKind.Adjective or MentionKind.Country or MentionKind.Capital) && !IsPrepositional(text, a, first)) is { } people
                && !HasRelativeBetween(text, people.LastToken, t) && IsSoundPluralPeople(text, text.Tokens[people.FirstToken]))
            {
                return Group(text, actors, people);
            }

            return [];
        }

        // «وبناء على توجيه خادم الحرمين وأخيه الرئيس السيسي فقد اتفق الجانبان»: «فـ»/«فقد» opens the main clause after a
        // fronted phrase; the actor right after the verb is its subject, not the genitive before «فـ».
        // (Not «أما الملك سلمان فقد استقبل الرئيس المصري»: after «أما» the topic before «فـ» is the subject.)
        if (before.Count > 0 && ((text.Tokens[t].Proclitics & Proclitics.Fa) != 0
                                 || (t - 1 >= first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Fa, SuffixLength: 0 } faQad && text.Core(faQad).SequenceEqual(_qadWord)))
            && !(before[0].FirstToken - 1 >= first && text.Tokens[before[0].FirstToken - 1] is { Kind: TokenKind.Arabic } topic && text.Core(topic).SequenceEqual(_amma))
            && SubjectAfter(text, t, first, actors) is [{ } afterFa, ..] ownSubject && afterFa.FirstToken == t + 1)
        {
            return ownSubject;
        }

        // «وكانت الرهينة ومترجمتها قد خطفهما مسلحون», «الصحفي الأمريكي اعتقلته الشرطة»: an actor before a verb whose object
        // pronoun refers back to it is the verb's fronted object; the actor right after the verb is its subject.
        if (ResumedTopic(text, t, first, actors) is not null && SubjectAfter(text, t, first, actors) is [{ } resuming, ..] resumingSubject
            && resuming.FirstToken == t + 1)
        {
            return resumingSubject;
        }

        // SVO: a clause-initial actor right before the verb is its subject («الرئيس التركي زار ليبيا»), also past where it
        // is («المقاومة الشعبية في عدن تثمن جهود خادم الحرمين»).
        // («معظمهم سياح من بريطانيا، أعلن الرئيس الباجي قائد السبسي حالة الطوارئ»: not an apposition set off by a comma
        // when a named actor or an office right after the verb is a subject of its own.)
        if (subjectFirst || (before.Count > 0 && (t - before[^1].LastToken <= 2 || OnlyWhereBetween(text, before[^1].LastToken, t) || AsideBetween(text, before[^1].LastToken, t, actors))
                             && !(t - before[^1].LastToken == 2 && IsComma(text, t - 1)
                                  && before[0].FirstToken - 1 >= first && text.Tokens[before[0].FirstToken - 1] is { Kind: TokenKind.Arabic } hanging
                                  && (hanging.SuffixLength > 0 || _quantities.Contains(text.Core(hanging)))
                                  && SubjectAfter(text, t, first, actors) is [{ } own, ..] && own.FirstToken == t + 1
                                  // (A state right after it is as often the object: «إن طائرات الجيش الليبي، قصفت تركيا».)
                                  && own.Kind is MentionKind.Named or MentionKind.Composite)))
        {
            return before.Count > 0 ? before : SubjectAfter(text, t, first, actors);
        }

        // «هجمات تستهدف قوات الأمن», «ضربات تستهدف متشددي داعش»: a verb with no «و» and no object pronoun right after an
        // indefinite attack describes that attack, its subject; the actor after it is what the attack aims at.
        // («غارات جوية تشنها مقاتلات التحالف»: with the pronoun of the act on the verb, the actor after is the doer.)
        // The act's own doer is the subject of the clause that named it («بدأ أردوغان حربا … تستهدف»).
        if (RelativeVerbOfAct(text, t, first) is { } act)
        {
            return actors.LastOrDefault(a => a.LastToken < act && a.FirstToken >= first && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, first)
                                             && !HasCommaOrClause(text, a.LastToken, act) && !HasVerbBetween(text, a.LastToken, act)) is { } doer
                ? Group(text, actors, doer) : [];
        }

        var after = SubjectAfter(text, t, first, actors);
        return after.Count > 0 ? after : before;
    }

    /// <summary>
    /// The actor fronted before a verb that takes it up again with its own object pronoun, «ـه/ـها/ـهما/ـهم» («الصحفي
    /// الأمريكي قد اعتقلته الشرطة»): the head of the last clause-initial group, at most four words before the verb with no
    /// clause, verb or comma between; or null. (After «الذي/التي» the relative clause has its own rule.)
    /// </summary>
    private ActorMention? ResumedTopic(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        if (text.Tokens[t] is not { Kind: TokenKind.Arabic } verb || (verb.Proclitics & Proclitics.Al) != 0 || !IsThirdPersonEnclitic(text, verb)
            || IsPluralVerb(text, verb) || (t > first && IsRelativePronoun(text, text.Tokens[t - 1])))
        {
            return null;
        }

        var topic = actors.LastOrDefault(a => a.FirstToken >= first && a.LastToken < t && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, first)
                                              && IsClauseInitial(text, a, first, actors));
        if (topic is null)
        {
            return null;
        }

        var end = Group(text, actors, topic)[^1].LastToken;
        return end < t && t - end <= 4 && !HasCommaOrClause(text, end, t) && !HasVerbBetween(text, end, t) && AgreesWithPronoun(text, verb, topic, IsOnePerson(text, topic))
            ? topic : null;
    }

    /// <summary>
    /// Where the indefinite act stands whose relative clause the verb at <paramref name="t"/> opens («هجمات تستهدف»,
    /// «حربا على الإرهاب تستهدف»), or the definite act that opens the clause the verb right after it completes («أن
    /// الهجوم يستهدف»): a verb of aiming at («استهدف», «هاجم», «طال») with no «و/ف» and no pronoun, the act noun
    /// right before it or before a phrase of «على/ضد» and one word.
    /// </summary>
    private int? RelativeVerbOfAct(AnalyzedText text, int t, int first)
    {
        if (text.Tokens[t] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } verb || (verb.Proclitics & (Proclitics.Wa | Proclitics.Fa | Proclitics.Al)) != 0
            || !_aimingVerbs.Contains(text.Core(verb)))
        {
            return null;
        }

        var at = t - 1;
        // («حربا على الإرهاب تستهدف»: the act's own object may stand between.)
        if (at - 2 >= first && text.Tokens[at - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } against && _againstWords.Contains(text.Core(against)))
        {
            at -= 2;
        }

        // (Adjectives of the act: «عمليات عسكرية تستهدف».)
        while (at > first && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } adjective
               && text.Core(adjective) is [.., 'ي' or 'ة'] && text.Tokens[at - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None })
        {
            if (IsActNoun(text.Core(adjective)))
            {
                break;
            }

            at--;
        }

        // (Not an act prepared for or aimed at, «يتأهبون لهجوم يستهدف استعادة المحافظة»: it has not happened.)
        // «أن الهجوم يستهدف شخص الوزير», «الجريمة تستهدف بيتا من بيوت الله»: a definite act that opens its clause is the
        // subject of the verb right after it, which says what it aims at.
        return at >= first && text.Tokens[at] is { Kind: TokenKind.Arabic, SuffixLength: 0 } act && (act.Proclitics & Proclitics.Li) == 0
               && ((act.Proclitics & Proclitics.Al) == 0 || (at == t - 1 && OpensClause(text, at, first)))
               && IsActNoun(text.Core(act)) ? at : null;
    }

    /// <summary>The word at <paramref name="at"/> begins its sentence, or follows a complementizer or a comma.</summary>
    private bool OpensClause(AnalyzedText text, int at, int first)
        => at == first || text.Tokens[at - 1].Kind == TokenKind.Punctuation
           || (text.Tokens[at - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } before && IsComplementizer(text.Core(before)));

    // (Not an operation or a campaign of any kind: «حملة استهدفت أفرادا يشتبه في انتمائهم» is a wave of arrests.)
    private bool IsActNoun(ReadOnlySpan<char> core) => _attackNouns.Contains(core) || _wars.Contains(core);

    /// <summary>
    /// «اعتقال اليابانيين», «تهجير الفلسطينيين»: a nisba in the sound masculine plural (ـيين، ـيون) right after a singular
    /// masdar. It cannot be the masdar's adjective (that would be «الياباني»), so it names people in its genitive.
    /// </summary>
    private static ActorMention? PluralNisbaAfter(AnalyzedText text, int t, List<ActorMention> actors)
        // (A definite noun takes no genitive: «وصدمت المجزرة الأمريكيين» shocked them.)
        => text.Core(text.Tokens[t]).EndsWith("\u0627\u062A") || (text.Tokens[t].Proclitics & Proclitics.Al) != 0 ? null
            : actors.FirstOrDefault(a => a.Kind == MentionKind.Adjective && a.FirstToken == t + 1 && a.FirstToken == a.LastToken
                                         && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word
                                         && text.Core(word) is [_, _, .., '\u064A', '\u064A' or '\u0648', '\u0646']);

    /// <summary>
    /// A sound masculine plural in the nominative, the case of a subject, or in construct: «المسلحون», «مقاتلو» (not
    /// «المواطنين», an object).
    /// </summary>
    private static bool IsSoundPluralPeople(AnalyzedText text, Token head)
        => head is { Kind: TokenKind.Arabic, SuffixLength: 0 } && text.Core(head) is [_, _, _, .., var last2, var last]
           && (last == '\u0648' || (last == '\u0646' && last2 == '\u0648'));

    /// <summary>Whether the words strictly between <paramref name="from"/> and <paramref name="to"/> are one phrase of place: «في عدن», «بمحافظة أبين».</summary>
    private bool OnlyWhereBetween(AnalyzedText text, int from, int to)
    {
        // («الحكومة المحلية في الأنبار دعت»: an adjective of the subject may come first.)
        if (from + 2 < to && text.Tokens[from + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } adjective
            && text.Core(adjective) is [.., '\u064A' or '\u0629'] && !NamesAnAct(text, adjective))
        {
            from++;
        }

        if (to - from - 1 is < 2 or > 4 || Mentions(text, from + 1, to, _timeWords) || text.Tokens[from + 1] is not { Kind: TokenKind.Arabic } opener
            || !((opener.Proclitics & Proclitics.Bi) != 0 || (opener.SuffixLength == 0 && text.Core(opener).SequenceEqual(_fi))))
        {
            return false;
        }

        for (var i = from + 1; i < to; i++)
        {
            if (text.Tokens[i].Kind != TokenKind.Arabic || IsRelativePronoun(text, text.Tokens[i]) || (i > from + 1 && (text.Tokens[i].Proclitics & Proclitics.Wa) != 0))
            {
                return false;
            }
        }

        return !HasVerbBetween(text, from, to);
    }

    /// <summary>
    /// Whether the pronoun on «أن/لكن» right before the verb (or before «قد» and the verb) is «ـه», a man. Not «أنه تم
    /// توقيف»: there «ـه» stands for the matter, not for anyone.
    /// </summary>
    private bool MasculinePronounSubject(AnalyzedText text, int t, int first)
    {
        for (var i = t - 1; i >= first && i >= t - 2; i--)
        {
            var tok = text.Tokens[i];
            if (i == t - 2 && !(text.Tokens[t - 1] is { Kind: TokenKind.Arabic } between && text.Core(between).SequenceEqual(_modality.Qad)))
            {
                return false;
            }

            if (tok.Kind == TokenKind.Arabic && tok.SuffixLength > 0 && (text.Core(tok).SequenceEqual(_an) || text.Core(tok).SequenceEqual("\u0644\u0643\u0646")))
            {
                return text.Original.AsSpan(tok.Start, tok.End - tok.Start).TrimEnd("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652") is [.., not '\u0647', '\u0647'];
            }
        }

        return false;
    }

    /// <summary>A state, a capital, or a body named by a feminine or a feminine plural noun («الحكومة», «السلطات», «القوات»).</summary>
    private static bool IsFeminineBody(AnalyzedText text, ActorMention a) => a.Kind is MentionKind.Country or MentionKind.Capital || HasFeminineHead(text, a);

    /// <summary>Whether the mention's first noun is feminine or a feminine plural: «الحكومة», «السلطات».</summary>
    private static bool HasFeminineHead(AnalyzedText text, ActorMention a)
        => text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic } head && text.Core(head) is { Length: >= 3 } core
           && (core[^1] == '\u0629' || core.EndsWith("\u0627\u062A"));

    private bool HasPronounSubject(AnalyzedText text, int t, int first)
    {
        // («لكنها في الأسبوع الماضي سمحت للتحالف»: a phrase of time opened by «في» may stand between.)
        var phrase = t;
        while (phrase - 1 > first && text.Tokens[phrase - 1] is { Kind: TokenKind.Arabic or TokenKind.Number, SuffixLength: 0 } when && t - phrase < 4
               && (when.Kind == TokenKind.Number || IsTimeWord(text, when) || _timeSpans.Contains(text.Core(when)) || (when.PrefixLength == 0 && text.Core(when).SequenceEqual(_fi))))
        {
            phrase--;
        }

        var verbAt = phrase < t && text.Tokens[phrase] is { Kind: TokenKind.Arabic, PrefixLength: 0 } opener && text.Core(opener).SequenceEqual(_fi) ? phrase : t;
        for (var i = verbAt - 1; i >= first && i >= verbAt - 2; i--)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Arabic && tok.SuffixLength > 0 && (text.Core(tok).SequenceEqual(_an) || text.Core(tok).SequenceEqual("\u0644\u0643\u0646")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «وقتل مسلح 38 سائحا», «خطف مجهول طفلين»: a singular verb, then a bare indefinite noun that is no actor and no
    /// word of time, then a counted object. The noun is the subject, and only the count can be the object.
    /// </summary>
    private bool SubjectIsUnnamed(AnalyzedText text, int t, int limit, List<ActorMention> actors)
        => (t + 3 < limit && text.Tokens[t].SuffixLength == 0 && IsMasculineVerb(text, text.Tokens[t])
            && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } noun
            && !_timeWords.Contains(text.Core(noun)) && !_counts.Contains(text.Core(noun)) && !_quantities.Contains(text.Core(noun)) && !_approximately.Contains(text.Core(noun))
            && !actors.Any(a => a.FirstToken <= t + 1 && a.LastToken >= t + 1)
            && IsCountWord(text, t + 2))
           // «وزار عدد من الأساتذة … الجامعة»: a nominative «عدد من» right after the verb is its subject, whoever they are.
           || NominativeCountAfter(text, t, limit);

    /// <summary>
    /// «وفتح شاب النار على دورية», «وأطلقت امرأة النار»: a bare person right after a verb that agrees with it and has no
    /// passive reading of force or coercion is its subject, someone no lexicon names; the last actor is not the doer.
    /// (Not an accusative «شابا», «رجلين», which is the object; «وقتل شاب» is the passive's victim.)
    /// </summary>
    private bool UnnamedPersonAfterVerb(AnalyzedText text, int t, int limit, List<ActorMention> found, List<ActorMention> actors)
    {
        if (t + 1 >= limit || text.Tokens[t] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } verb
            || text.Tokens[t + 1] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } person
            || actors.Any(a => a.FirstToken <= t + 1 && a.LastToken >= t + 1))
        {
            return false;
        }

        // «هاجم مسلح وزير الداخلية», «فجر انتحاري نفسه»: a lone attacker is the subject, and the actor after him the object.
        // (A form III perfect has its own passive spelling, «هوجم», so «هاجم مسلح» is active.)
        if (_loneAttackers.Contains(text.Core(person)))
        {
            return IsMasculineVerb(text, verb) && (!HasPassiveOfForce(text, verb) || text.Core(verb) is [_, '\u0627', _, _]);
        }

        if (!found.Any(a => a is { Kind: MentionKind.Agent, Role: "CVL" } && a.FirstToken == t + 1 && a.LastToken == t + 1))
        {
            return false;
        }

        var core = text.Core(person);
        var feminine = core.EndsWith("\u0629");
        return _lonePersons.Contains(core)
               && (feminine ? IsFeminineVerb(text, verb) : IsMasculineVerb(text, verb))
               && !HasPassiveOfForce(text, verb);
    }

    /// <summary>A verb one of whose patterns reads it as a passive of force or coercion («قتل», «اعتقل»): its noun may be the victim.</summary>
    private bool HasPassiveOfForce(AnalyzedText text, Token verb)
        => _patterns.ByVerbStem(text.Stem(verb)).Any(p => p.Passive && (IsMaterialConflict(p.Code) || p.Code[..2] == "17"))
           || _patterns.ByVerbWord(text.Core(verb)).Any(p => p.Passive && (IsMaterialConflict(p.Code) || p.Code[..2] == "17"));

    /// <summary>«زار عدد من», «زار مؤخرا عدد من»: a nominative «عدد/العديد من» right after the verb, or after a word of time.</summary>
    private bool NominativeCountAfter(AnalyzedText text, int t, int limit)
    {
        // («واعتقلت عدد من المشتبه بهم»: not after a feminine verb, whose subject is someone else.)
        var at = t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic } when && _timeWords.Contains(text.Core(when)) ? t + 2 : t + 1;
        return at + 1 < limit && IsMasculineVerb(text, text.Tokens[t]) && text.Tokens[at] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } number && _someOf.Contains(text.Core(number))
               && text.Tokens[at + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } of && text.Core(of).SequenceEqual(_min);
    }

    /// <summary>
    /// A verb of demanding, disapproving, rejecting or threatening (families 10–13) on its own: not a verb that is one only
    /// with a word after it («جدد/أكد رفضه», «جددت تمسك روسيا بدعم النظام»).
    /// </summary>
    private bool IsStanceVerb(AnalyzedText text, Token verb)
        => AnyPatternOf(text, verb, static p => p.With.Count == 0 && p.Code[0] == '1' && p.Code[1] is '0' or '1' or '2' or '3', nouns: false);

    /// <summary>Whether a pattern the word triggers as a verb (by form or stem), or as a noun when <paramref name="nouns"/>, passes <paramref name="test"/>.</summary>
    private bool AnyPatternOf(AnalyzedText text, Token word, Func<EventPattern, bool> test, bool nouns)
    {
        var core = text.Core(word);
        foreach (var p in _patterns.ByVerbWord(core))
        {
            if (test(p))
            {
                return true;
            }
        }

        foreach (var p in _patterns.ByVerbStem(text.Stem(word)))
        {
            if (test(p))
            {
                return true;
            }
        }

        if (nouns)
        {
            foreach (var p in _patterns.ByNoun(core))
            {
                if (test(p))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The shape of a derived verbal noun: «تفعيل/تفاعل/تفعّل» (تجاهل، تجاوز، ترقية), «استفعال» (استغلال), «انفعال/افتعال»
    /// (انسحاب، اقتحام). A person or a body rarely has it; the lexicon names those that do («تنظيم», «تحالف»).
    /// </summary>
    private static bool LooksLikeMasdar(ReadOnlySpan<char> core)
        => core.Length >= 4 && (core[0] == '\u062A' || core.StartsWith("\u0627\u0633\u062A") || (core.Length >= 5 && core[0] == '\u0627' && (core[1] == '\u0646' || core[2] == '\u062A')));

    /// <summary>VSO: the first non-prepositional actor after the verb, past adverbs and dates.</summary>
    private List<ActorMention> SubjectAfter(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        // «وتمكن من قتل 28 إرهابيا من عناصر التنظيم»: the masdar a verb of managing governs has its doer in that verb,
        // and what follows it is what is done to.
        if (ManagingVerbBefore(text, t, first) is not null)
        {
            return [];
        }

        // «ودعت هذه المنظمات البرلمان التونسي»: a demonstrative with its noun right after the verb is the subject, one
        // the text has named before; the actor after it is the object.
        var at = t + 1 < text.Tokens.Count && text.Tokens[t + 1] is { Kind: TokenKind.Arabic } when && _timeWords.Contains(text.Core(when)) ? t + 2 : t + 1;
        if (at + 1 < text.Tokens.Count && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } pointing && _demonstratives.Contains(text.Core(pointing))
            && text.Tokens[at + 1] is { Kind: TokenKind.Arabic } pointed && (pointed.Proclitics & Proclitics.Al) != 0 && !actors.Any(a => a.FirstToken == at + 1)
            // (Only a noun of a body or of people: «وقصفت هذا الأسبوع الطائرات», «وتبنى هذا الهجوم تنظيم داعش» are time and object.)
            && _bodyNouns.Contains(text.Core(pointed)))
        {
            return [];
        }

        foreach (var a in actors)
        {
            if (a.FirstToken > t && a.FirstToken - t <= SubjectWindowAfter && a.Kind != MentionKind.Adjective)
            {
                // «دعت المنظمة ومقرها لندن السعودية»: the subject is the body before its seat, which the lexicon does not know.
                // («بالأمس قابلت وزير الخارجية السعودي»: a verb in «ـت» has no man for its subject; he is its object.)
                if (IsSeat(text, a) || (a.FirstToken == t + 1 && DisagreesInGender(text, text.Tokens[t], a)))
                {
                    break;
                }

                // «ورفضت قتال داعش», «وأيد قصف التحالف مواقع الحوثيين»: an actor in the genitive of an act of force right
                // after a verb of stance is that act's, and the verb's subject is in the verb. (After a verb of force the
                // act may be the subject: «استهدفت عمليات بوكو حرام تشاد».)
                // («وأدان اغتيال النائب العام»: a masdar a verb of force lists by its stem counts too.)
                // («سيبحث محاربة «داعش»»: a quotation mark opening the name is no word between.)
                var quoteBefore = a.FirstToken == t + 3 && IsOpeningQuote(text, t + 2);
                if ((a.FirstToken == t + 2 || quoteBefore) && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } act
                    && (_patterns.ByNoun(text.Core(act)).Any(p => IsMaterialConflict(p.Code)) || _patterns.ByVerbStem(text.Stem(act)).Any(p => IsMaterialConflict(p.Code))
                        || _objectMasdars.Contains(text.Core(act)) || _harmMasdars.Contains(text.Core(act))
                        // («انتقدت دعوة المملكة», «أدانت المنظمات تجاهل الاتحاد الأوروبي», «رفض ذكر الصين»: after a verb of
                        // stance, so does a policy or a masdar's owner.)
                        // (Not a statement, which may be the subject, «صدر بيان الإليزيه», «انتقدت افتتاحية التايمز», nor the head
                        // of a body or its people, «يتهمها تنظيم "داعش"», «أنصار الحزب».)
                        // (In a relative clause the antecedent is the subject, and the actor after stays its object: «الحكومة
                        // اليونانية التي تنتقد سياسات الصندوق».)
                        || (IsStanceVerb(text, text.Tokens[t]) && (_policies.Contains(text.Core(act)) || LooksLikeMasdar(text.Core(act)))
                            && !_statements.Contains(text.Core(act)) && !_bodyHeads.Contains(text.Core(act)) && !_findings.Contains(text.Core(act))
                            && !(t > 0 && IsRelativePronoun(text, text.Tokens[t - 1]))))
                    && !_patterns.ByVerbStem(text.Stem(text.Tokens[t])).Any(p => IsMaterialConflict(p.Code))
                    && !_patterns.ByVerbWord(text.Core(text.Tokens[t])).Any(p => IsMaterialConflict(p.Code)))
                {
                    break;
                }

                // «وتثق في القرارات التي تتخذها القيادة»: an actor inside a relative clause is not the verb's subject,
                // nor one after «لكن/بينما» («لبحث تلك المسألة لكن أوبك تركز»), which opens a clause of its own.
                // «وندد المجلس بإطلاق الميليشيات صواريخ»: an actor in the genitive of an act's noun after «ب/ل» belongs to it.
                // «وصل إلى القاهرة أمس الخميس ديمتري ميدفيديف رئيس وزراء روسيا»: a place after «إلى/في/من» right after the
                // verb, then only words of time, then a name or an office: the verb's subject comes after the place.
                if (SubjectPastPlace(text, t, a, actors) is { } pastPlace)
                {
                    return Group(text, actors, pastPlace);
                }

                // «على أن يلتقي في وقت لاحق بنظيريه، الأميركي جون كيري والسعودي عادل الجبير»: the names after «بنظيريه/مع نظيره»
                // are the counterparts met, the verb's objects; its subject is in the verb.
                if (Enumerable.Range(t + 1, Math.Max(0, a.FirstToken - t - 1)).Any(i => IsCounterpartLink(text, i)))
                {
                    break;
                }

                if (IsPrepositional(text, a, first) || HasVerbBetween(text, t, a.FirstToken) || HasRelativeBetween(text, t, a.FirstToken)
                    || Mentions(text, t + 1, a.FirstToken, _openers)
                    || (text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic } governing && (governing.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0 && NamesAnAct(text, governing))
                    || InPrepositionalGenitive(text, t, a.FirstToken))
                {
                    break;
                }

                // «واستنكر عسيري اتهامات منظمة هيومن رايتس ووتش»: an actor in the genitive of an act's noun that follows a
                // bare name the lexicon does not know right after the verb («عسيري») belongs to that noun, the object; the
                // name is the subject.
                if (a.FirstToken == t + 3 && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } name
                    && !_timeWords.Contains(text.Core(name)) && !NamesAnAct(text, name) && !IsQuantifier(text.Core(name)) && !_partitives.Contains(text.Core(name))
                    && text.Tokens[t + 2] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } actNoun
                    && _patterns.ByNoun(text.Core(actNoun)).Length > 0 && !actors.Any(x => x.FirstToken == t + 1))
                {
                    break;
                }

                // «هجوم قتل فيه عشرات السياح», «يوقف فيها الرجلان»: after its pronoun phrase a masculine verb that reports
                // victims is as often the unvowelled passive; its subject there is the victim, not the doer. A feminine
                // verb agrees with a subject that does («قتلت فيها الشرطة 34 عاملا», «سيطرت عليها بوكو حرام»), and a
                // counted object shows the active («قتل فيه الجيش 20 مسلحا»).
                if (a.FirstToken - 1 > t && IsPronounPhrase(text, text.Tokens[a.FirstToken - 1]) && !IsFeminineVerb(text, text.Tokens[t]) && _victimVerbs.Contains(text.Core(text.Tokens[t]))
                    && !(a.LastToken + 1 < text.Tokens.Count && (IsCountWord(text, a.LastToken + 1) || actors.Any(b => b.FirstToken == a.LastToken + 1 && b.Kind != MentionKind.Adjective))))
                {
                    break;
                }

                // «ألقى أردوغان كلمة انتقد فيها الاتحاد الأوروبي», «بيانا اتهم فيه حركة حماس»: in what was said or written
                // the speaker is the subject; the actor after the pronoun is the one spoken of.
                // («الكلمة التي انتقد فيها أردوغان الاتحاد الأوروبي», «بيان أدان فيه مجلس الأمن الهجوم»: an actor or an act's
                // noun after the first makes the first the subject.)
                if (a.FirstToken - 1 > t && IsPronounPhrase(text, text.Tokens[a.FirstToken - 1]) && SaidIn(text, t) && !ObjectFollows(text, a, actors))
                {
                    break;
                }

                // «ودعا المركز الأمم المتحدة», «واتهمت الصحيفة إيران»: a definite noun the lexicon does not know, right after
                // the verb, is its subject, and the actor after it the object. Not a noun of an act or a decision, which is
                // the object fronted before a long subject («وتبنى الهجوم تنظيم داعش», «وأدان الهجوم الرئيس الفرنسي»), unless
                // it is a document that speaks of a state («وأدان القرار إسرائيل», «ودعا البيان إيران إلى …»; a minister after
                // it is the subject: «وانتقد القرار وزير الخارجية التركي»). Not a
                // title or a description before a person's name («الشيخ تميم», «الداعية يوسف القرضاوي») nor a word of time.
                if (a.FirstToken == t + 2 && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } unknown
                    && a.Kind != MentionKind.Adjective && !a.IsPerson && !actors.Any(x => x.FirstToken <= t + 1 && x.LastToken >= t + 1)
                    && !_timeWords.Contains(text.Core(unknown)) && !_dates.IsMonthWord(text.Core(unknown)) && !_honorifics.Contains(text.Core(unknown))
                    && ((!NamesAnAct(text, unknown) && !_ownedActs.Contains(text.Core(unknown)))
                        || (_documents.Contains(text.Core(unknown)) && _sayingVerbs.Contains(text.Core(text.Tokens[t])) && a.Kind is MentionKind.Country or MentionKind.Capital)))
                {
                    break;
                }

                // «وانتقد إيطاليا»: a verb agrees with the subject after it, so a masculine verb before a feminine
                // state's name has it as its object («انتقدت إيطاليا» would make Italy the critic).
                // («اتفق القادة السعوديون»: a plural of men in «ة» is no feminine name.)
                if (IsMasculineVerb(text, text.Tokens[t]) && IsFeminineName(text, a) && !_menInTaMarbuta.Contains(text.Core(text.Tokens[a.FirstToken])))
                {
                    break;
                }

                // «الحملة الجوية تستهدف مواقع داعش»: an actor in the genitive of a position or target noun («مواقع»,
                // «معاقل», «مقرات») is whose it is, the object's owner, not the verb's subject.
                if (a.FirstToken - 1 > t && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Wa, SuffixLength: 0 } owned
                    && _positions.Contains(text.Core(owned)))
                {
                    break;
                }

                // «استهدفت المتمردين الأكراد»: a sound plural or dual in «ين» is accusative or genitive, never the subject,
                // unless it is the genitive of a count that is («احتشد آلاف المتظاهرين», «عشرات من المقاتلين»).
                // («وفتح خمسة عناصر من المتطرفين النار»: nor of a unit counted before it.)
                if (IsObliquePlural(text, a) && !IsCounted(text, a, first)
                    && !(a.FirstToken - 2 >= first && text.Core(text.Tokens[a.FirstToken - 1]).SequenceEqual(_min)
                         && (IsCountWord(text, a.FirstToken - 2)
                             || (text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, SuffixLength: 0 } unit && _units.Contains(text.Core(unit))
                                 && a.FirstToken - 3 >= first && IsCountWord(text, a.FirstToken - 3)))))
                {
                    break;
                }

                // «وقتل في الهجوم عدداً من المسلحين»: so is the partitive of an accusative count.
                if (a.FirstToken - 2 > t && text.Core(text.Tokens[a.FirstToken - 1]).SequenceEqual(_min) && text.Core(text.Tokens[a.FirstToken - 2]).SequenceEqual(_aNumber))
                {
                    break;
                }

                // «وقتل مسلح 38 سائحا», «يعتقل 13 صحفيا»: a counted noun in the accusative («ـا») is the object.
                if (IsCounted(text, a, first) && text.Tokens[a.FirstToken] is { SuffixLength: 0 } counted
                    && (counted.Proclitics & Proclitics.Al) == 0 && text.Core(counted) is [.., '\u0627'])
                {
                    break;
                }

                // «واتهم حزب العمال الكردستاني وتنظيم داعش بأن مصلحتهما واحدة»: «اتهم» needs the accused; one group after it
                // and straight on to the «ب» of the charge is that object, the subject the one the text spoke of before.
                var accusedGroup = Group(text, actors, a);
                // («واتهم الوزير بدوره إسرائيل»: not an adverb in «ب», «بدوره», «بشدة».)
                if (_accusing.Contains(text.Core(text.Tokens[t])) && accusedGroup[^1].LastToken + 1 < text.Tokens.Count
                    && text.Tokens[accusedGroup[^1].LastToken + 1] is { Kind: TokenKind.Arabic } charge && (charge.Proclitics & Proclitics.Bi) != 0
                    && !IsMannerAdverb(text, charge))
                {
                    break;
                }

                return accusedGroup;
            }
        }

        return [];
    }

    /// <summary>
    /// «وقتل ثلاثة جنود», «اختطف 12 عاملا»: a count right after a masculine verb with no subject before it is its
    /// passive subject, the victims; the agent, when named, comes after «على يد». An active verb has its subject
    /// between («قتل الجيش ثلاثة مسلحين») or before it («القوات قتلت ثلاثة»).
    /// </summary>
    private bool CountFollows(AnalyzedText text, int t)
    {
        // («وتمكن من قتل 28 إرهابيا»: after a verb of managing and its «من» the word is the masdar, its count the object.)
        if (t + 1 >= text.Tokens.Count || text.Tokens[t].SuffixLength != 0 || (text.Tokens[t].Proclitics & Proclitics.Al) != 0 || !IsMasculineVerb(text, text.Tokens[t])
            || ManagingVerbBefore(text, t, 0) is not null)
        {
            return false;
        }

        // «وقتل أمس 12 شخصا», «هجوم قتل فيه عشرات السياح»: a word of time, or a preposition with its pronoun, may stand
        // between.
        var at = t + 1;
        if (at + 1 < text.Tokens.Count && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } when
            && (_timeWords.Contains(text.Core(when)) || (when.SuffixLength > 0 && _prepositions.Contains(text.Core(when)))))
        {
            at++;
        }

        // «قتل وأصيب سبعة عراقيين»: another passive of the same toll, joined by «و», shares the count.
        if (at + 1 < text.Tokens.Count && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa, SuffixLength: 0 } toll && _tollVerbs.Contains(text.Core(toll)))
        {
            at++;
        }

        // «وقتل في الهجوم 20 شخصا», «وأصيب خلال الاشتباكات عشرات»: or the circumstance, one or two words after «في».
        if (text.Tokens[at] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } how && _sufferedBy.Contains(text.Core(how)))
        {
            // «وقتل في 20 يوليو ثلاثة جنود»: a date is a circumstance too.
            if (at + 3 < text.Tokens.Count && text.Tokens[at + 1].Kind == TokenKind.Number && text.Tokens[at + 2].Kind == TokenKind.Arabic
                && _dates.IsMonthWord(text.Core(text.Tokens[at + 2])))
            {
                return IsCountAt(at + 3);
            }

            for (var k = at + 2; k < text.Tokens.Count && k <= at + 3; k++)
            {
                if (text.Tokens[k - 1].Kind != TokenKind.Arabic || _dates.IsMonthWord(text.Core(text.Tokens[k - 1])))
                {
                    return false;
                }

                if (IsCountAt(k))
                {
                    return k + 1 >= text.Tokens.Count || !(text.Tokens[k + 1].Kind == TokenKind.Arabic && _dates.IsMonthWord(text.Core(text.Tokens[k + 1])));
                }
            }

            return false;
        }

        return IsCountAt(at);

        // («وقتل أكثر من 6500 شخص», «نحو 20 شخصا»: a count may be approximate.)
        bool IsCountAt(int i) => text.Tokens[i].Kind == TokenKind.Number || (text.Tokens[i].Kind == TokenKind.Arabic && _counts.Contains(text.Core(text.Tokens[i])))
                                 || (i + 2 < text.Tokens.Count && text.Tokens[i] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } more && _moreOrLess.Contains(text.Core(more))
                                     && text.Tokens[i + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } than && text.Core(than).SequenceEqual(_min) && IsCountAt(i + 2))
                                 || (i + 1 < text.Tokens.Count && text.Tokens[i] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } about && _roughly.Contains(text.Core(about))
                                     && text.Tokens[i + 1].Kind == TokenKind.Number);
    }

    /// <summary>
    /// The person right after a masculine singular perfect («وقتل جندي», «أصيب ضابط»), followed by the end of the clause
    /// or by how it came about («في», «جراء», «إثر», a «ب» of means), with no object: the passive's subject.
    /// </summary>
    private ActorMention? SufferingSubject(AnalyzedText text, int t, int limit, List<ActorMention> actors)
    {
        var verb = text.Tokens[t];
        if (verb.SuffixLength > 0 || (verb.Proclitics & Proclitics.Al) != 0 || !IsMasculineVerb(text, verb) || text.Core(verb) is not { Length: 3 or 4 })
        {
            return null;
        }

        // The form III perfect has its own passive spelling («هاجم», «هوجم»).
        if (text.Core(verb) is [_, '\u0627', _, _])
        {
            return null;
        }

        // «وقتل أمس الخميس ضابط تركي»: the time it happened may stand between the verb and its subject.
        var at = t + 1;
        while (at + 1 < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Al, SuffixLength: 0 } when
               && _timeWords.Contains(text.Core(when)))
        {
            at++;
        }

        // An indefinite singular person («جندي», «ضابط», «قيادي حوثي»): an institution («الجيش») or a plural
        // («مسلحون») after the verb is its subject far more often.
        // «وقتل قيادي حوثي»: a person noun the lexicon lacks, qualified by the actor after it, is the person too.
        var qualified = at + 1 < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } bare
                        && !actors.Any(a => a.FirstToken <= at && a.LastToken >= at) && !IsSoundPlural(text.Core(bare))
                        && !_sufferedBy.Contains(text.Core(bare)) && !_timeWords.Contains(text.Core(bare))
                        && actors.FirstOrDefault(a => a.FirstToken == at + 1 && a.FirstToken == a.LastToken && a.Kind == MentionKind.Named
                                                      && text.Tokens[a.FirstToken].Proclitics == Proclitics.None) is { } qualifier
            ? qualifier
            : null;
        if ((qualified ?? actors.FirstOrDefault(a => a.FirstToken == at)) is not { Kind: MentionKind.Agent or MentionKind.Composite or MentionKind.Named } person
            || person.Role is "UAF" or null || (person.Kind == MentionKind.Named && qualified is null)
            || text.Tokens[person.FirstToken].Proclitics != Proclitics.None)
        {
            return null;
        }

        // «قتل جنديان سعوديان بنيران الحوثيين»: a plural or dual is the victims only when the fire of a named side struck them
        // right after it.
        if (text.Core(text.Tokens[person.FirstToken]) is var head && (IsSoundPlural(head) || head.EndsWith("\u0627\u0646")))
        {
            return person.LastToken + 1 < limit && text.Tokens[person.LastToken + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Bi } weapon
                   && _fired.Contains(text.Core(weapon)) && FiredBy(text, person.LastToken, limit, actors) is not null
                ? person
                : null;
        }

        var next = person.LastToken + 1;
        if (next >= limit || text.Tokens[next].Kind == TokenKind.Punctuation)
        {
            return person;
        }

        // «قتل ضابط تركي وأصيب جنديان آخران في هجوم»: a second casualty verb joined to it; the first took no object.
        var after = text.Tokens[next];
        if (after is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa, SuffixLength: 0 } && _passivePerfects.Contains(text.Core(after)))
        {
            return person;
        }

        // «برصاص الجيش», «بجروح» (segmented or not): the means; what follows is inside it.
        if (after.Kind == TokenKind.Arabic && (after.Proclitics == Proclitics.Bi || (after.Proclitics == Proclitics.None && text.Core(after) is ['\u0628', _, _, ..]))
            && !actors.Any(a => a.FirstToken == next))
        {
            return person;
        }

        if (after.Kind != TokenKind.Arabic || !_sufferedBy.Contains(text.Core(after)))
        {
            return null;
        }

        // «في», «جراء»: how or where, and no object later in the clause («وقصف الجيش في ساعات الصباح مواقع
        // المسلحين» is active). A relative clause or «على يد» that follows speaks of someone else.
        for (var i = next + 1; i < limit && text.Tokens[i].Kind != TokenKind.Punctuation; i++)
        {
            var tok = text.Tokens[i];
            if (IsRelativePronoun(text, tok) || (tok.Kind == TokenKind.Arabic && _hands.Contains(text.Core(tok))))
            {
                break;
            }

            if ((tok.Kind == TokenKind.Number && i + 1 < limit && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } counted && !_dates.IsMonthWord(text.Core(counted)))
                || actors.Any(a => a.FirstToken == i && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, t)
                                   && !(i > 0 && text.Tokens[i - 1] is { Kind: TokenKind.Arabic } governor && (governor.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0)))
            {
                return null;
            }
        }

        return person;
    }

    /// <summary>A mention right after a number or a count word, or its partitive «من»: «15 شخصا», «عشرات المدنيين», «العشرات من المتمردين».</summary>
    private bool IsCounted(AnalyzedText text, ActorMention a, int first)
        => (a.FirstToken - 1 >= first && IsCountWord(text, a.FirstToken - 1))
           || (a.FirstToken - 2 >= first && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } min && text.Core(min).SequenceEqual(_min) && IsCountWord(text, a.FirstToken - 2));

    private bool IsCountWord(AnalyzedText text, int at)
        => text.Tokens[at].Kind == TokenKind.Number
           || (text.Tokens[at].Kind == TokenKind.Arabic && (_counts.Contains(text.Core(text.Tokens[at])) || _quantities.Contains(text.Core(text.Tokens[at]))));

    /// <summary>A damma on one of the first letters of a word: the vowelling of the passive («قُتِل», «أُصيب», «وقُتل»).</summary>
    private static bool IsMarkedPassive(AnalyzedText text, Token token)
    {
        var original = text.Original.AsSpan(token.Start, token.End - token.Start);
        var damma = original.IndexOf('\u064F');
        // «يُهاجمون», «تُلقي»: a damma on the imperfect's prefix marks forms II–IV, active as often as not.
        return damma > 0 && damma <= 3 && !(original[damma - 1] is '\u064A' or '\u062A' or '\u0646' && (damma == 1 || original[..(damma - 1)] is "\u0648" or "\u0641" or "\u0644"));
    }

    /// <summary>
    /// A plural or dual perfect («قتلوا», «قتلا») with no object, followed by how it came about: «في», «جراء»,
    /// «إثر», «خلال» or a «ب» of means («بنيران», «برصاص», «بانفجار»), or by the end of the clause. The active
    /// verb would take its victims as object; this is the passive, and its subject the victims.
    /// </summary>
    private bool SufferedBy(AnalyzedText text, Token verb, int t, int limit)
    {
        var core = text.Core(verb);
        if (verb.SuffixLength > 0 || t + 1 >= limit)
        {
            return false;
        }

        // «الرجل … قتل مساء الثلاثاء في حي باغجيلار»: past the time it happened, a masculine singular verb of three letters
        // followed by where or through what it came about, with no object, is the passive too.
        var after = t + 1;
        while (after + 1 < limit && text.Tokens[after] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Al } when
               && _timeWords.Contains(text.Core(when)))
        {
            after++;
        }

        if (core.Length == 3 && after > t + 1 && text.Tokens[after] is { Kind: TokenKind.Arabic, PrefixLength: 0 } where && _sufferedBy.Contains(text.Core(where)))
        {
            return true;
        }

        if (core.Length < 4 || core[^1] != '\u0627')
        {
            return false;
        }

        // «قتلا وجرح آخران»: or by another passive of the same toll.
        var next = text.Tokens[t + 1];
        return next.Kind == TokenKind.Punctuation
            || (next.Kind == TokenKind.Arabic && (_sufferedBy.Contains(text.Core(next)) || (next.Proclitics & Proclitics.Bi) != 0
                                                  || ((next.Proclitics & Proclitics.Wa) != 0 && next.SuffixLength == 0 && _tollVerbs.Contains(text.Core(next)))));
    }

    /// <summary>A perfect verb with the plural subject ending «ـوا» («قتلوا», «هاجموا», «تظاهروا»).</summary>
    // «قتلوا», and the imperfect «يقتلون»: the subject is in the verb.
    private static bool IsPluralVerb(AnalyzedText text, Token verb)
    {
        var core = text.Core(verb);
        return verb.SuffixLength == 0 && core.Length >= 4
               && (core.EndsWith("\u0648\u0627") || (core.Length >= 5 && core[0] == '\u064A' && core.EndsWith("\u0648\u0646")));
    }

    /// <summary>
    /// A feminine singular verb: the perfect in «ـت» («نقلت», «علقت») or the imperfect in «تـ» of five letters or more
    /// («تطالب»); a four-letter «تـ» word is as often a masculine fifth-form perfect («تقدم», «تحدث»).
    /// </summary>
    private static bool IsFeminineVerb(AnalyzedText text, Token verb)
    {
        var core = text.Core(verb);
        return verb.SuffixLength == 0 && core.Length >= 3 && (core[^1] == '\u062A' || (core[0] == '\u062A' && core.Length >= 5 && !core.EndsWith("\u0648\u0627")));
    }

    /// <summary>Third person masculine singular: «انتقد», «ينتقد»; not «انتقدت», «تنتقد» nor a plural «انتقدوا».</summary>

    private static bool IsMasculineVerb(AnalyzedText text, Token verb)
    {
        var core = text.Core(verb);
        if (core.Length < 3 || verb.SuffixLength > 0)
        {
            return false;
        }

        // Forms V and VI begin with ت in the perfect («تظاهر»): only a final ت marks the feminine there.
        return core[0] == '\u064A' || (core[^1] != '\u062A' && core[0] != '\u062A' && !core.EndsWith("\u0648\u0627") && !core.EndsWith("\u0627\u0646"));
    }

    /// <summary>
    /// «التي اقترحها المبعوث الأممي وانتقدت الحكومة»: a feminine singular perfect («انتقدت») does not take a man named by
    /// his role («المبعوث», «الوزير») as its subject. (Institutions and broken plurals take feminine verbs and are left be.)
    /// </summary>
    private bool DisagreesInGender(AnalyzedText text, Token verb, ActorMention subject)
        => verb.SuffixLength == 0 && (verb.Proclitics & (Proclitics.Al | Proclitics.Bi | Proclitics.Li)) == 0
           && text.Core(verb) is [_, _, .., '\u062A'] verbCore && verbCore[0] != '\u062A' && verbCore[0] != '\u064A' && !verbCore.EndsWith("\u0627\u062A")
           && text.Tokens[subject.FirstToken] is { Kind: TokenKind.Arabic } head && _masculineRoles.Contains(text.Core(head));

    /// <summary>
    /// A state or city named by a word ending in ا or ة («إيطاليا», «أنقرة»), which Arabic treats as feminine; an
    /// institution whose head noun is feminine or a plural in ات («الحكومة التركية», «وزارة الخارجية», «القوات»).
    /// </summary>
    private static bool IsFeminineName(AnalyzedText text, ActorMention a)
    {
        if (a.Kind is MentionKind.Country or MentionKind.Capital)
        {
            var core = text.Core(text.Tokens[a.LastToken]);
            return core.Length >= 3 && (core[^1] == '\u0627' || core[^1] == '\u0629');
        }

        return a.Kind is MentionKind.Agent or MentionKind.Composite && HasFeminineHead(text, a);
    }

    /// <summary>
    /// SVO: an actor group that opens its clause (after the sentence start, a comma, «أن/إن», or
    /// with its own «و») and stands before the verb. An actor in the middle of a clause is more
    /// likely the object of an earlier verb than the subject of this one.
    /// </summary>
    private List<ActorMention> SubjectBefore(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        for (var k = 0; k < actors.Count; k++)
        {
            var head = actors[k];
            // «إن جولد – وهو مستشار قديم لنتنياهو – عقد اجتماعا»: a name the lexicon does not know, then who he is in an
            // aside that closes right before the verb; the aside names the verb's subject.
            if (head.FirstToken - 2 >= first && head.FirstToken < t && text.Tokens[head.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa, SuffixLength: 0 } pronoun
                && _pronouns.Contains(text.Core(pronoun)) && IsAsideMark(text, head.FirstToken - 2)
                && Group(text, actors, head) is var described && described[^1].LastToken == t - 2 && IsAsideMark(text, t - 1)
                && !actors.Exists(a => a.LastToken == head.FirstToken - 3))
            {
                return described;
            }

            // «وكان رئيس التكتل العماد ميشال عون قد شن هجوما»: «قد» after an actor starts its predicate, however long
            // the title before the name.
            if (head.FirstToken >= t || head.Kind == MentionKind.Adjective || IsPrepositional(text, head, first) || IsAgentPhrase(text, head, first)
                || DisagreesInGender(text, text.Tokens[t], head)
                || !(IsClauseInitial(text, head, first, actors) || (head.LastToken + 1 < t && text.Tokens[head.LastToken + 1] is { Kind: TokenKind.Arabic } next && text.Core(next).SequenceEqual(_modality.Qad)))
                // (Not a verb of a second relative clause on the same act, «الهجوم الذي تبناه تنظيم داعش، والذي استهدف مسجدا».)
                || (InRelativeClauseOfAnAct(text, head, first) && !(t > first && IsRelativePronoun(text, text.Tokens[t - 1]))))
            {
                continue;
            }

            var group = Group(text, actors, head);
            var lastToken = group[^1].LastToken;

            // «وكان زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش دعا»: the subject of «كان» is that of the
            // verb its predicate opens with, past a long apposition.
            var window = head.FirstToken > first && text.Tokens[head.FirstToken - 1] is { Kind: TokenKind.Arabic } before && _kanaWords.Contains(text.Core(before))
                ? 2 * SubjectWindowBefore : SubjectWindowBefore;
            // (The actors inside an aside are not nearer subjects: «والاتحاد الأوروبي، هاجموا».)
            if (AsideBetween(text, lastToken, t, actors))
            {
                return group;
            }

            if (lastToken < t && t - lastToken <= window && !HasClauseBreak(text, lastToken, t) && !HasVerbBetween(text, lastToken, t)
                && !HasComplementizerBetween(text, lastToken, t))
            {
                // Prefer the nearest clause-initial group before the verb.
                var nearer = SubjectBefore(text, t, first, actors.Skip(k + group.Count).ToList());
                return nearer.Count > 0 ? nearer : group;
            }
        }

        return [];
    }

    /// <summary>
    /// «أن متمردي حزب العمال الكردستاني، المصنف تنظيما إرهابيا من قبل تركيا والاتحاد الأوروبي، هاجموا»: a description set
    /// off by commas right after the subject (a relative clause or a definite participle, «الم…», not an actor of its own)
    /// stands between the subject and its verb; the actors inside it are not the verb's subject. (A verb with «و» after
    /// it goes on with the aside: «الإخوان، التي تعتبرها الحكومة تنظيما إرهابيا، وتدرج قادة بها».)
    /// </summary>
    private bool AsideBetween(AnalyzedText text, int subjectEnd, int t, List<ActorMention> actors)
    {
        // («متمردو حزب العمال الكردستاني، …»: past up to two adjectives of the subject.)
        for (var n = 0; n < 2 && subjectEnd + 1 < t && text.Tokens[subjectEnd + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 }; n++)
        {
            subjectEnd++;
        }

        if (t - subjectEnd < 4 || t - subjectEnd > 26 || !IsComma(text, subjectEnd + 1) || !IsComma(text, t - 1)
            || text.Tokens[subjectEnd + 2] is not { Kind: TokenKind.Arabic } opening
            || (text.Tokens[t].Proclitics & Proclitics.Wa) != 0
            || !(IsRelativePronoun(text, opening)
                 || (opening is { Proclitics: Proclitics.Al, SuffixLength: 0 } && text.Core(opening) is ['\u0645', _, _, ..] && !actors.Exists(a => a.FirstToken == subjectEnd + 2))))
        {
            return false;
        }

        for (var i = subjectEnd + 2; i < t - 1; i++)
        {
            if (text.Tokens[i].Kind == TokenKind.Punctuation && !IsQuotationMark(text, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// «أن اللقاء الثلاثي الذي يجمع في الدوحة، اليوم، وزراء خارجية السعودية والولايات المتحدة وروسيا، سوف يناقش»: an actor
    /// inside the relative clause of a noun of an act (up to two adjectives between them), in the same clause, is what the
    /// act holds; the noun, not the actor, is the subject of the verb after the clause.
    /// </summary>
    private bool InRelativeClauseOfAnAct(AnalyzedText text, ActorMention head, int first)
    {
        for (var r = head.FirstToken - 1; r > first && r >= head.FirstToken - 12; r--)
        {
            var tok = text.Tokens[r];
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is '.' or ':' or ';')
            {
                return false;
            }

            if (tok.Kind == TokenKind.Arabic && (IsComplementizer(text.Core(tok)) || HasVerbBetween(text, r - 1, r + 1)))
            {
                return false;
            }

            if (IsRelativePronoun(text, tok))
            {
                var noun = r - 1;
                while (noun > first && noun >= r - 3 && text.Tokens[noun] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } adjective
                       && !NamesAnAct(text, adjective))
                {
                    noun--;
                }

                return noun >= first && text.Tokens[noun] is { Kind: TokenKind.Arabic, SuffixLength: 0 } act && (act.Proclitics & Proclitics.Al) != 0
                       && _patterns.ByNoun(text.Core(act)).Length > 0;
            }
        }

        return false;
    }

    /// <summary>
    /// «يخضع لحظر على السفر من جانب المنظمة الدولية قد زار روسيا»: an actor after «من جانب», «من قبل» or «على يد» is
    /// the agent of the phrase before it, never the subject of a verb that follows nor a target. («من أيدي الميليشيات»
    /// is from whose hands, and may be.)
    /// </summary>
    private bool IsAgentPhrase(AnalyzedText text, ActorMention a, int first) => OpensAgentPhrase(text, a.FirstToken, first);

    /// <summary>
    /// Whether the two words before <paramref name="at"/> are «من قبل», «من جانب», «على يد» or «على أيدي». Not after «قد» and a
    /// verb: «وكانت البحرين قد استدعت من قبل السفير» is «before».
    /// </summary>
    private bool OpensAgentPhrase(AnalyzedText text, int at, int first)
        // («من قبل «ولاية سيناء»»: a quotation mark opening the name is no word between.)
        => at - 1 > first && IsOpeningQuote(text, at - 1) ? OpensAgentPhraseAt(text, at - 1, first) : OpensAgentPhraseAt(text, at, first);

    private bool OpensAgentPhraseAt(AnalyzedText text, int at, int first)
        => at - 2 >= first && at - 1 < text.Tokens.Count && !(at - 4 >= first && text.Tokens[at - 4] is { Kind: TokenKind.Arabic } qad && text.Core(qad).SequenceEqual(_modality.Qad))
           && text.Tokens[at - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } noun
           && text.Tokens[at - 2] is { Kind: TokenKind.Arabic, SuffixLength: 0 } preposition
           && ((text.Core(preposition).SequenceEqual(_min) && _agentive.Contains(text.Core(noun)))
               || (text.Core(preposition).SequenceEqual("\u0639\u0644\u064A") && _hands.Contains(text.Core(noun))));

    /// <summary>«أن» or «إن» (the normaliser writes both as «ان»).</summary>
    private bool IsComplementizer(ReadOnlySpan<char> core) => core.SequenceEqual(_an) || core.SequenceEqual("\u0627\u0646");

    /// <summary>
    /// «قال ضابط إن خمسة أشخاص قتلوا»: a bare «أن/إن» between an actor and a verb opens the clause the verb
    /// belongs to, and the actor before it is not its subject. «إنه», «أنها» carry the subject themselves.
    /// </summary>
    private bool HasComplementizerBetween(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Arabic && tok.SuffixLength == 0 && IsComplementizer(text.Core(tok)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClauseInitial(AnalyzedText text, ActorMention a, int first, List<ActorMention> actors)
    {
        if (a.FirstToken == first)
        {
            return true;
        }

        var token = text.Tokens[a.FirstToken];
        if ((token.Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
        {
            // «… الأميركية والمملكة المتحدة»: a «و» that continues a list of actors opens no clause.
            return !actors.Any(x => x.LastToken == a.FirstToken - 1 || (x.LastToken == a.FirstToken - 2 && text.Tokens[a.FirstToken - 1].Kind == TokenKind.Punctuation));
        }

        // «القوة الجديدة التي دربها الجيش الأمريكي قتل»: the subject of a relative clause's verb is no clause's head.
        if (a.FirstToken - 2 >= first && IsRelativePronoun(text, text.Tokens[a.FirstToken - 2]) && text.Tokens[a.FirstToken - 1].SuffixLength > 0)
        {
            return false;
        }

        // «دول عدة بينها مصر والأردن»: members listed after a pronoun phrase belong to the noun before it.
        if (IsPronounPhrase(text, text.Tokens[a.FirstToken - 1]))
        {
            return false;
        }

        var at = a.FirstToken - 1;

        // «شوهد العشرات من المسلحين يلوذون بالفرار»: a count and its partitive «من» belong to the subject; so does a
        // unit of a group («إن عناصر من داعش هاجموا»), though not of a state, where it comes from.
        if (at - 1 >= first && text.Tokens[at] is { Kind: TokenKind.Arabic, PrefixLength: 0 } min && text.Core(min).SequenceEqual(_min)
            && (IsCountWord(text, at - 1)
                || (text.Tokens[at - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } unit && _units.Contains(text.Core(unit)) && a.Kind is not (MentionKind.Country or MentionKind.Capital))))
        {
            at -= 2;
        }

        // «وكان 1000 لاجئ قد احتشدوا»: a number counts the subject and belongs to it. «طائرات التحالف، توفر»:
        // the actor in the genitive of a clause-opening noun is the one that acts.
        if (at > first && (text.Tokens[at].Kind == TokenKind.Number || IsConstructHead(text, at, first)))
        {
            at--;
        }

        if (at < first)
        {
            return true;
        }

        var before = text.Tokens[at];
        if (before.Kind == TokenKind.Punctuation)
        {
            return true;
        }

        if (before.Kind != TokenKind.Arabic)
        {
            return false;
        }

        // «وكان الرئيس قد أعلن»: the subject of «كان» is the subject of the verb that follows.
        // «لكن الجانب الأميركي رفض», «بينما الحكومة ترفض»: a conjunction that opens a clause.
        var core = text.Core(before);
        return IsComplementizer(core) || _kana.Contains(core) || _openers.Contains(core) || _reporting.Contains(text.Core(before)) || _reporting.Contains(text.Form(before));
    }

    /// <summary>A verb of speaking («تحدث», «كشف», «أشار») within eight words before <paramref name="at"/>.</summary>
    private int? SpeechVerbBefore(AnalyzedText text, int at, int first)
    {
        // «أكد وزير خارجية مصر، في المؤتمر الصحفي»: the speaker may stand between the verb and «في».
        for (var i = at - 1; i >= first && i >= at - 8; i--)
        {
            if (text.Tokens[i].Kind == TokenKind.Arabic && (_reporting.Contains(text.Core(text.Tokens[i])) || _speech.Contains(text.Core(text.Tokens[i]))))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// «أعلنت الحكومة التركية عن اعتقال 320 شخصا»: a government that announces («أعلن/كشف عن») arrests made at home, with
    /// no other country named in the clause, announces its own («أشار وزير الخارجية القطري إلى اعتقال صحفيين» does not).
    /// </summary>
    private bool AnnouncesOwnArrest(AnalyzedText text, int said, int t, int limit, List<PlaceMention> places, List<ActorMention> actors, ActorMention government)
        => _announcing.Contains(text.Core(text.Tokens[said])) && text.Core(text.Tokens[t - 1]).SequenceEqual(_about)
           // «كشفت الحكومة عن اعتقال ميليشيات الحوثي عشرات الصحفيين»: an armed group right after the masdar made the arrests.
           && !actors.Any(a => a.FirstToken == t + 1 && a.Role is "REB" or "MIL" or "SPY" || (a.FirstToken == t + 1 && a.Code.StartsWith("IMG", StringComparison.Ordinal)))
           && !places.Any(p => p.FirstToken > t && p.FirstToken < limit && p.Place.Country != government.Country)
           && !actors.Any(a => a.FirstToken > t && a.Kind is MentionKind.Country or MentionKind.Capital && a.Country != government.Country);

    /// <summary>An indefinite noun with no preposition attached, standing at the start of its clause.</summary>
    private bool IsConstructHead(AnalyzedText text, int at, int first)
    {
        var head = text.Tokens[at];
        if (head.Kind != TokenKind.Arabic || head.Proclitics != Proclitics.None || at <= first)
        {
            return false;
        }

        var before = text.Tokens[at - 1];
        return before.Kind == TokenKind.Punctuation
               || (before.Kind == TokenKind.Arabic && IsComplementizer(text.Core(before)));
    }

    /// <summary>
    /// The end of what an appeal, a rejection or a threat is about: its clause, but not past «و» before a verb of
    /// another act («رفضت الانصياع لاتفاق وقف إطلاق النار واحتجزت 68 رهينة» reports the hostage-taking).
    /// </summary>
    private int ContentEnd(AnalyzedText text, int from, int limit)
    {
        var end = ClauseEnd(text, from, limit);
        for (var i = from + 2; i <= end; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Arabic && (tok.Proclitics & Proclitics.Wa) != 0 && (tok.Proclitics & Proclitics.Al) == 0 && tok.PrefixLength == 1
                && !text.Core(tok).EndsWith("\u0629") && (_patterns.ByVerbWord(text.Core(tok)).Length > 0 || _patterns.ByVerbStem(text.Stem(tok)).Length > 0)
                && _patterns.ByNoun(text.Core(tok)).Length == 0 && !IsMasdarInConstruct(text, i, end))
            {
                return i - 1;
            }
        }

        return end;
    }

    /// <summary>
    /// «دعا إلى وقف العنف وعقد حوار يمني سعودي»: a bare word after «و» followed by an indefinite noun without the
    /// accusative «ـا» is a masdar in construct, coordinated with the content; the verb would take an object
    /// («وعقد اجتماعا»), and a verb with a subject or object pronoun («واحتجزت») is no masdar.
    /// </summary>
    private static bool IsMasdarInConstruct(AnalyzedText text, int i, int end)
    {
        var tok = text.Tokens[i];
        if (tok.SuffixLength > 0 || i + 1 > end || text.Tokens[i + 1] is not { Kind: TokenKind.Arabic } next || (next.Proclitics & Proclitics.Al) != 0 || next.PrefixLength > 0)
        {
            return false;
        }

        var core = text.Core(tok);
        var noun = text.Core(next);
        return core.Length >= 3 && core[0] is not ('\u064A' or '\u062A') && core[^1] != '\u062A' && noun.Length >= 3 && noun[^1] != '\u0627';
    }

    private static bool IsAbbreviationPoint(AnalyzedText text, in Token token)
        => text.Normalized[token.NormStart] == '.' && token.Start > 0 && token.End < text.Original.Length
           && char.IsLetter(text.Original[token.Start - 1]) && char.IsLetter(text.Original[token.End]);

    /// <summary>The last token of the clause that starts after <paramref name="from"/>: up to a comma or full stop, at most 14 words.</summary>
    private static int ClauseEnd(AnalyzedText text, int from, int limit)
    {
        var words = 0;
        for (var i = from + 1; i < limit; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is ',' or '.' or ';' or ':')
            {
                return i;
            }

            if (tok.Kind == TokenKind.Arabic && ++words >= EventPattern.MaxWithWindow)
            {
                return i;
            }
        }

        return limit - 1;
    }

    /// <summary>An unnamed agent whose own word is one the pattern needs («رهينة» for hostage-taking).</summary>
    private bool IsWithWord(AnalyzedText text, EventPattern pattern, ActorMention actor)
        => actor.Kind == MentionKind.Agent && actor.FirstToken == actor.LastToken && text.Tokens[actor.FirstToken].Kind == TokenKind.Arabic
           && Matches(pattern.With, pattern.WithStems, pattern.WithExact, text, text.Tokens[actor.FirstToken]);

    /// <summary>A comma, a full stop or another clause mark between the two tokens.</summary>
    private static bool HasCommaOrClause(AnalyzedText text, int from, int to) => ClauseMarkBetween(text, from, to) >= 0;

    /// <summary>
    /// The last token of «في وقت متأخر», «في ساعة مبكرة من», «في وقت لاحق» starting at <paramref name="at"/>: «في», a noun of
    /// time, its indefinite adjective and an optional «من»; -1 when no such phrase starts there.
    /// </summary>
    private int TimePhraseEnd(AnalyzedText text, int at, int limit)
    {
        if (at + 2 >= limit || text.Tokens[at] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } inWord || !text.Core(inWord).SequenceEqual(_fi)
            || text.Tokens[at + 1] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } timeNoun || !_timeNouns.Contains(text.Core(timeNoun))
            || text.Tokens[at + 2] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 })
        {
            return -1;
        }

        return at + 3 < limit && text.Tokens[at + 3] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } of && text.Core(of).SequenceEqual(_min) ? at + 3 : at + 2;
    }

    /// <summary>«بنظيره», «لنظيريه», «مع نظيره»: a word of counterparts governed by «بـ/لـ/مع».</summary>
    private bool IsCounterpartLink(AnalyzedText text, int i)
        => text.Tokens[i] is { Kind: TokenKind.Arabic } word
           && (CounterpartGovernor(text, word) is not null
               || (_counterparts.Contains(text.Core(word)) && i > 0 && text.Tokens[i - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } with && text.Core(with).SequenceEqual(_with)));

    /// <summary>
    /// «بنظيره», «لنظيره»: the «ب» or «ل» on a word of counterparts, or null. The segmenter keeps «بنظير» whole, a name of
    /// its own, so with a pronoun on it the letter is read off the word itself.
    /// </summary>
    private string? CounterpartGovernor(AnalyzedText text, Token word)
    {
        if ((word.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0 && _counterparts.Contains(text.Core(word)))
        {
            return (word.Proclitics & Proclitics.Bi) != 0 ? "\u0628" : "\u0644";
        }

        return word.SuffixLength > 0 && text.Core(word) is [('\u0628' or '\u0644') and var letter, .. var rest] && _counterparts.Contains(rest)
            ? (letter == '\u0628' ? "\u0628" : "\u0644")
            : null;
    }

    /// <summary>
    /// The comma that closes an aside opened by a comma right after <paramref name="end"/> («، أول رئيس أميركي يزور كينيا،»),
    /// within twelve words and before <paramref name="limit"/>, with no other punctuation inside; -1 when there is none.
    /// </summary>
    private static int AsideEnd(AnalyzedText text, int end, int limit)
    {
        if (end + 2 >= limit || !IsComma(text, end + 1))
        {
            return -1;
        }

        for (var k = end + 2; k < limit && k <= end + 12; k++)
        {
            if (IsComma(text, k))
            {
                return k;
            }

            if (text.Tokens[k].Kind == TokenKind.Punctuation)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>The first comma, full stop or other clause mark between the two tokens, or -1.</summary>
    private static int ClauseMarkBetween(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is '.' or ';' or ':' or ',' or '\u060C')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A complementizer joined by «و» between the two tokens: a second clause of reported speech begins.</summary>
    private bool HasNextSaying(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (text.Tokens[i] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa, SuffixLength: 0 } tok && IsComplementizer(text.Core(tok)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasClauseBreak(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is '.' or ';' or ':')
            {
                return true;
            }

            // «وفيما أدانت رئاسة كردستان القصف، فإنها دعت حزب العمال»: a comma then «فـ» opens the main clause after one
            // of time or condition.
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is ',' or '\u060C' && i + 1 < to
                && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } opening && (opening.Proclitics & Proclitics.Fa) != 0)
            {
                return true;
            }

            // «في الغارات التركية وهو ما تنفيه أنقرة»: «وهو ما», «وهذا ما» opens a comment on what was said, with actors of
            // its own.
            if (tok is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa } && i + 1 < to && text.Core(tok) is "\u0647\u0648" or "\u0647\u064A" or "\u0647\u0630\u0627"
                && text.Tokens[i + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } what && text.Core(what) is "\u0645\u0627")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An actor right after the verb at <paramref name="t"/>, then a definite noun or a count: subject and object.</summary>
    private bool HasOwnSubjectAndObject(AnalyzedText text, int t, int limit, List<ActorMention> actors)
    {
        if (actors.FirstOrDefault(a => a.FirstToken == t + 1 && a.Kind != MentionKind.Adjective) is not { } subject || subject.LastToken + 1 >= limit)
        {
            return false;
        }

        var next = text.Tokens[subject.LastToken + 1];
        // «حيث توعد المرشد الإيراني بمواجهة السياسات الأمريكية»: a named actor with the verb's «بـ» complement after it is
        // the verb's own subject; the object slot is the «بـ» phrase.
        if (next.Kind == TokenKind.Arabic && (next.Proclitics & Proclitics.Bi) != 0 && subject.Kind is MentionKind.Named or MentionKind.Composite
            && !DisagreesInGender(text, text.Tokens[t], subject))
        {
            return true;
        }

        return next.Kind == TokenKind.Number
               || (next.Kind == TokenKind.Arabic && ((next.Proclitics & ~Proclitics.Al) == 0 && (next.Proclitics & Proclitics.Al) != 0 || _quantities.Contains(text.Core(next)) || _crowds.Contains(text.Core(next)))
                   && !_prepositions.Contains(text.Core(next)));
    }

    /// <summary>«حيث التقى …», «وذلك بعد أن …»: the verb continues the subject of the clause before it.</summary>
    private bool ContinuesSubject(AnalyzedText text, int t, int first)
    {
        if (t - 1 < first || text.Tokens[t - 1].Kind != TokenKind.Arabic)
        {
            return false;
        }

        return text.Core(text.Tokens[t - 1]).SequenceEqual("\u062D\u064A\u062B");
    }

    /// <summary>«على المتمردين», «ضد تنظيم داعش»: an armed group right after «على/ضد», within three words of the trigger.</summary>
    private bool ArmedGroupAfterAgainst(AnalyzedText text, int triggerEnd, List<ActorMention> actors)
        => actors.Any(a => a.FirstToken > triggerEnd + 1 && a.FirstToken <= triggerEnd + 3 && (a.Role == "REB" || a.Code.StartsWith("IMG", StringComparison.Ordinal))
                           && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } against && _againstWords.Contains(text.Core(against)));

    /// <summary>
    /// «ندد بـ», «أدان الرئيس اليمني»: the word before the act's noun, past the subject named between, is a verb or a masdar
    /// of condemning.
    /// </summary>
    private bool CondemnedBefore(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        var at = t - 1;
        if (actors.FirstOrDefault(a => a.LastToken == at && a.Kind != MentionKind.Adjective) is { } subject)
        {
            at = subject.FirstToken - 1;
        }

        return at >= first && text.Tokens[at] is { Kind: TokenKind.Arabic } before
               && AnyPatternOf(text, before, static p => p.Code.StartsWith("111", StringComparison.Ordinal) || p.Code.StartsWith("112", StringComparison.Ordinal), nouns: true);
    }

    /// <summary>
    /// Whether the genitive after an act's noun is what the act is done to. It is for the masdar of a violent verb
    /// («قصف المدينة», «خطف جندي») and of fighting and pursuing, whatever the act is coded as («سيواصل قتال داعش»,
    /// «مكافحة الإرهاب»). Raids, strikes and attacks are counted things whose genitive is who made them («غارات
    /// التحالف», «هجمات داعش», «هجوم الحوثيين على عدن»).
    /// </summary>
    private bool GenitiveIsVictim(AnalyzedText text, Token token, string code)
        => !_attackNouns.Contains(text.Core(token)) && (IsMaterialConflict(code) || _objectMasdars.Contains(text.Core(token)));

    /// <summary>
    /// «يعتزم وزير الخارجية النمساوي زيارة إيران», «قررت البحرين طرد القائم بالأعمال», «كورتس الذي يعتزم زيارة إيران»: the
    /// verb of intending or deciding whose masdar object the noun at <paramref name="t"/> is, and whose act it is (the
    /// verb's subject, or the antecedent of its relative clause). Not «رفض», «اقترح» or «حاول»: a visit refused,
    /// proposed or tried is none.
    /// </summary>
    private (int Verb, List<ActorMention> Intender)? IntendingVerbBefore(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        if (t - 2 >= first && actors.FirstOrDefault(a => a.LastToken == t - 1 && a.Kind != MentionKind.Adjective) is { } subject
            && subject.FirstToken - 1 >= first && text.Tokens[subject.FirstToken - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } verb
            && (verb.Proclitics & ~(Proclitics.Wa | Proclitics.Fa)) == 0 && _intending.Contains(text.Core(verb)))
        {
            return (subject.FirstToken - 1, Group(text, actors, subject));
        }

        if (t - 2 >= first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } intending && _intending.Contains(text.Core(intending))
            && IsRelativePronoun(text, text.Tokens[t - 2]) && Antecedent(text, t - 2, actors, acrossAdjectives: true) is { } intender)
        {
            return (t - 1, [intender]);
        }

        return null;
    }

    /// <summary>
    /// Whether a definite adjective of the time to come («المقبلة», «القادمة», «المرتقبة», «المزمعة») qualifies the noun at
    /// <paramref name="t"/>, right after it or after its genitive, before any preposition, verb or punctuation.
    /// </summary>
    private bool UpcomingAfter(AnalyzedText text, int t, int limit)
    {
        for (var i = t + 1; i < limit && i <= t + 8; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind != TokenKind.Arabic || (tok.Proclitics & (Proclitics.Wa | Proclitics.Bi | Proclitics.Li | Proclitics.Fa)) != 0
                || _prepositions.Contains(text.Core(tok)) || IsRelativePronoun(text, tok))
            {
                return false;
            }

            if ((tok.Proclitics & Proclitics.Al) != 0 && (_nextWords.Contains(text.Core(tok)) || _awaited.Contains(text.Core(tok))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A definite actor after the indefinite nisba adjective that follows the noun at <paramref name="t"/> («ضربة جوية
    /// المسلحين»); not after a noun in a construct («إطلاق صواريخ القسام»).
    /// </summary>
    private static bool DefiniteAfterIndefiniteAdjective(AnalyzedText text, int t, ActorMention a)
        => a.Kind != MentionKind.Adjective && a.FirstToken == t + 2 && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Al) != 0
           && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } adjective
           && text.Core(adjective) is [.., '\u064A'] or [.., '\u064A', '\u0629'];

    /// <summary>
    /// How many words of a style of address start at <paramref name="from"/>, before <paramref name="until"/>: «صاحب السمو
    /// الملكي», «صاحب الجلالة», «فخامة», «معالي».
    /// </summary>
    private int StyleLength(AnalyzedText text, int from, int until)
    {
        var i = from;
        while (i < until && text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word && (word.Proclitics & ~Proclitics.Al) == 0
               && text.Core(word) is var core && (_styles.Contains(core) || core.SequenceEqual(_owner) || (i > from && core.SequenceEqual(_royal))))
        {
            i++;
        }

        return i - from;
    }

    private List<ActorMention> NominalSource(AnalyzedText text, int t, int triggerEnd, int limit, int first, List<ActorMention> actors, bool violent, bool visit = false, bool material = false)
    {
        // «يعتزم وزير الخارجية النمساوي زيارة إيران», «قررت البحرين طرد القائم بالأعمال»: the masdar object of a verb of
        // deciding or intending is the act of that verb's subject; in a relative clause («كورتس الذي يعتزم زيارة
        // إيران»), of its antecedent.
        if (IntendingVerbBefore(text, t, first, actors) is { } intended)
        {
            return intended.Intender;
        }

        // «وجدد الرئيس مطالبة إسرائيل بالانسحاب»: the act one renews or repeats is one's own.
        if (t - 2 >= first && actors.FirstOrDefault(a => a.LastToken == t - 1 && a.Kind != MentionKind.Adjective) is { } renewer
            && RenewingVerbBefore(text, t, first) == renewer.FirstToken - 1)
        {
            return Group(text, actors, renewer);
        }

        // «أطلقت تركيا حملة جوية لقصف مواقع داعش»: the act a launched campaign is for is the launcher's.
        if (_modality.LaunchingVerbBefore(text, first, t) is { } launched && !HasPronounSubject(text, launched, first)
            && VerbalSource(text, launched, first, limit, actors) is { Count: > 0 } launchers)
        {
            return launchers;
        }

        // «وتمكن المقاتلون الأكراد من طرد تنظيم داعش», «نجحت القوات في استعادة»: the act one manages is one's own; the
        // genitive after it is what it is done to.
        if (ManagingVerbBefore(text, t, first) is { } managed && !HasPronounSubject(text, managed, first)
            && VerbalSource(text, managed, first, limit, actors) is { Count: > 0 } managers)
        {
            return managers;
        }

        // «وقامت جماعة حزب الله بدور أبرز في قتال المتشددين», «لعبت القوات الكردية دورا رئيسيا في طرد داعش»: the act
        // one plays a role in is one's own.
        if (RoleVerbBefore(text, t, first) is { } role && !IsPluralVerb(text, text.Tokens[role]) && !HasPronounSubject(text, role, first)
            && VerbalSource(text, role, first, limit, actors) is { Count: > 0 } players)
        {
            return players;
        }

        // «وبعث الملك برقية تهنئة للرئيس», «أرسل رسالة شكر»: a message one sends says what the sender says.
        if (!violent && !material && t - 2 >= first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } message
            && _messages.Contains(text.Core(message))
            // («بعث صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد برقية تهنئة»: past a long name.)
            && ClauseScan.WordBefore(text, t - 1, first, 16, w => _sending.Contains(text.Core(w))) is { } sent
            && VerbalSource(text, sent, first, limit, actors) is { Count: > 0 } senders)
        {
            return senders;
        }

        // «أن مصر ملتزمة بدعم الشرعية», «موسكو قلقة»: a predicate right after its clause-initial subject is the
        // subject's; what follows it is its complement.
        if (!violent && SubjectBefore(text, t, first, actors) is { Count: > 0 } subject && t - subject[^1].LastToken <= 1)
        {
            return subject;
        }

        // «نيران القناصة», «صواريخ الحوثيين», «بقذائف الجيش»: the genitive of a weapon fired is whose it is (a bare
        // weapon or arm, «قذائف المدفعية», names no one); so are
        // the aircraft or guns in the genitive of a bombardment («قصف طائرات النظام للمدنيين»).
        if (violent && (text.Tokens[t].Proclitics & Proclitics.Al) == 0
            && actors.FirstOrDefault(a => a.FirstToken == t + 1 && a.Kind != MentionKind.Adjective) is { } shooter
            && (FiresWeapon(text, text.Tokens[t]) && !(shooter.Kind == MentionKind.Agent && shooter.FirstToken == shooter.LastToken && _aircraft.Contains(text.Core(text.Tokens[shooter.FirstToken])))
                || (text.Core(text.Tokens[t]).SequenceEqual(_bombardment) && text.Tokens[shooter.FirstToken].Proclitics is Proclitics.None or Proclitics.Al
                    && _aircraft.Contains(text.Core(text.Tokens[shooter.FirstToken])))
                // («إلقاء مروحيات النظام براميل متفجرة»: armed forces in the genitive of dropping drop; what falls is no actor.)
                || (text.Core(text.Tokens[t]).SequenceEqual(_dropping) && shooter.Role == "MIL")
                || (shooter.LastToken + 1 < limit && text.Tokens[shooter.LastToken + 1] is { Kind: TokenKind.Arabic } objectOf
                    && (objectOf.Proclitics & Proclitics.Li) != 0 && (objectOf.Proclitics & Proclitics.Wa) == 0
                    && (actors.Any(a => a.FirstToken == shooter.LastToken + 1 && a.Kind != MentionKind.Adjective) || !_adverbialLi.Contains(text.Core(objectOf))))))
        {
            // «قصف القوات الإسرائيلية لقطاع غزة», «اعتقال الشرطة للمتظاهرين»: with the object after «ل», the
            // genitive of the masdar is its agent.
            return Group(text, actors, shooter);
        }

        // «بتفجير انتحاري لـ«داعش»»: the adjective of a bombing that, with the owner after «ل» (a proclitic or «لـ» on its
        // own), the recogniser read as «a suicide bomber of Daesh» names the bomber's side, which did it.
        if (violent && t + 2 < limit && actors.FirstOrDefault(a => a.FirstToken == t + 1 && a.Kind == MentionKind.Composite && a.LastToken > t + 1) is { } bomber
            && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } suicide && _loneAttackers.Contains(text.Core(suicide))
            && ((text.Tokens[t + 2].Proclitics & Proclitics.Li) != 0 || (text.Tokens[t + 2] is { Kind: TokenKind.Arabic } lam && text.Core(lam) is "\u0644")))
        {
            return Group(text, actors, bomber);
        }

        // «وتعرضت تركيا لقصف الجيش الليبي»: the subject of «تعرض» has undergone the act, so the armed force in the
        // masdar's genitive is the one that did it. So does a bombardment named as what caused harm («قتل رجل جراء قصف
        // القوات الأوكرانية»): the dead are its victims, the force its doer.
        if (violent && (_modality.UndergoVerbBefore(text, first, t) is not null
                        || ((text.Tokens[t].Proclitics & Proclitics.Al) == 0 && text.Core(text.Tokens[t]).SequenceEqual(_bombardment)
                            && t - 1 >= first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } cause && _causeOfHarm.Contains(text.Core(cause))))
            && actors.FirstOrDefault(a => a.FirstToken == t + 1 && a.Kind != MentionKind.Adjective) is { } force
            && (force.Role is "MIL" or "REB" or "COP" or "SPY" || force.Code.StartsWith("IMG", StringComparison.Ordinal)))
        {
            return Group(text, actors, force);
        }

        // The agent of a masdar: the genitive or the nisba right after it («زيارة وزير الخارجية الإيطالي»,
        // «الهجوم الإسرائيلي»), or «من جانب / من قبل X». The genitive of a violent act is its victim
        // («خطف جندي إسرائيلي», «قصف المدينة»): there only a nisba names the agent.
        foreach (var a in actors)
        {
            // «زيارة اليمن», «زيارته لموسكو»: a country or a capital after a visit is where it goes, not who goes.
            // «اعتداءات مدريد», «هجمات باريس»: a city after an attack is where it struck.
            if ((visit || (a.Kind == MentionKind.Capital && _attackNouns.Contains(text.Core(text.Tokens[t]))))
                && a.Kind is MentionKind.Country or MentionKind.Capital && a.FirstToken > t && a.FirstToken - t <= 2)
            {
                continue;
            }

            // «وصدمت المجزرة الأمريكيين»: a plural nisba does not agree with a feminine singular noun; after a definite
            // one, which takes no genitive, it is the verb's object.
            if (a.Kind == MentionKind.Adjective && (text.Tokens[t].Proclitics & Proclitics.Al) != 0 && text.Core(text.Tokens[t]).EndsWith("\u0629")
                && text.Core(text.Tokens[a.FirstToken]) is var nisba && (nisba.EndsWith("\u064A\u0646") || nisba.EndsWith("\u0648\u0646")))
            {
                continue;
            }

            // «اعتقال اليابانيين», «قتل الفلسطينيين»: a masculine plural nisba does not agree with a singular masdar; it is
            // the people in its genitive, who undergo a violent act, not its doer's adjective («الهجوم الإسرائيلي»).
            if (violent && a == PluralNisbaAfter(text, t, actors))
            {
                continue;
            }

            // An attack's genitive stands right after it, and only a noun without «ال» has one: «غارات التحالف»; not
            // «بالهجوم محملا جماعة الإخوان» nor «غارة استهدفت ليبيا». Nor past its indefinite adjective: «استهدفت ضربة
            // جوية المسلحين» has the gunmen as the verb's object (a genitive comes before the adjective).
            var notAttackGenitive = !violent && a.Kind != MentionKind.Adjective && _attackNouns.Contains(text.Core(text.Tokens[t]))
                && ((text.Tokens[t].Proclitics & Proclitics.Al) != 0 || !(a.FirstToken == t + 1 || (triggerEnd == t + 1 && a.FirstToken == t + 2 && !DefiniteAfterIndefiniteAdjective(text, t, a))));
            // («بزيارة لمقر صحيفة عكاظ»: a noun behind «ل/ب» between them governs the actor; it is where, not who.)
            // («زيارة صاحب السمو الملكي الأمير محمد بن سلمان»: the style before a name is no word between them.)
            var styled = a.FirstToken > t + 1 ? StyleLength(text, t + 1, a.FirstToken) : 0;
            if (!notAttackGenitive && a.FirstToken > t && a.FirstToken - styled - Math.Max(t, Math.Min(triggerEnd, t + 1)) <= 2 && !IsPrepositional(text, a, first) && !HasClauseBreak(text, t, a.FirstToken)
                && !Enumerable.Range(t + 1, Math.Max(0, a.FirstToken - t - 1)).Any(i => text.Tokens[i] is { Kind: TokenKind.Arabic } link
                                                                                     && ((link.Proclitics & (Proclitics.Li | Proclitics.Bi)) != 0 || _prepositions.Contains(text.Core(link))))
                && (a.Kind != MentionKind.Adjective || a.FirstToken == t + 1 || AgreeingAdjectiveBetween(text, t, a.FirstToken))
                && (!violent || a.Kind == MentionKind.Adjective || NisbaPastConstruct(text, t, a)))
            {
                return Group(text, actors, a);
            }

            // («من جانب مصر», «من قبل الجيش», «هجمات من الجانب الأوكراني»; not «على الجانب الباكستاني», a side of the border,
            // nor «اقتحام النفق من الجانب الفرنسي», where one came from: «الجانب» names an agent only of attacks.)
            if (a.FirstToken > t && a.FirstToken - t <= 8 && a.FirstToken >= 2
                && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } agentWord
                && ((agentWord.Proclitics & ~Proclitics.Al) == 0 && ((agentWord.Proclitics & Proclitics.Al) == 0
                                                                     || _attackNouns.Contains(text.Core(text.Tokens[t])) || _raidNouns.Contains(text.Core(text.Tokens[t]))))
                && _agentive.Contains(text.Core(agentWord)) && text.Core(text.Tokens[a.FirstToken - 2]).SequenceEqual(_min) && !IsCoordinatedAway(text, t, a.FirstToken))
            {
                return Group(text, actors, a);
            }
        }

        // The subject of a light verb that governs the noun: «شن الجيش غارات», «نفذت القوات هجوما».
        // Any other noun takes no subject from its clause: «تلا السفير الروسي بيانا عن الهجوم» is not Russia's attack.
        // «أعربت روسيا عن تعازيها في ضحايا هجوم أبها»: a verb of expressing carries a feeling or a stance, never an
        // act of violence; the attack it mentions is someone else's.
        if (LightVerbBefore(text, t, first, actors) is { } light && !(material && _expressing.Contains(text.Core(text.Tokens[light]))))
        {
            // The light verb's own subject, before it or between it and the noun («أقدمت قوات حوثية على اعتقال»).
            // Not after a verb of occurrence, whose subject is the place or the act itself («تشهد الجزائر تفجيرات»).
            // Light verbs chain («أقدم الجيش على شن غارات»): the subject may stand after an earlier one.
            ActorMention? between = null;
            for (int? lv = light; lv is { } at && between is null; lv = LightVerbBefore(text, at, first))
            {
                between = _occurrence.Contains(text.Stem(text.Tokens[at])) ? null
                    : actors.FirstOrDefault(a => a.FirstToken > at && a.LastToken < t && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, first));
            }

            // With none between, the subject stands before the light verb; an actor after the noun belongs to what
            // follows it («نفذ هجوما قتل فيه عشرات السياح»: the tourists are the victims), and the article's memory
            // of who attacks may still name the agent.
            // «وأعلنت خلية الإعلام الحربي عن تدمير أكبر معمل»: a news body announces what others did.
            if (between is not null && between.Role == "MED" && _announcing.Contains(text.Core(text.Tokens[light])))
            {
                return [];
            }

            if (between is not null)
            {
                return Group(text, actors, between);
            }

            // («انطلقت المفاوضات بين الدائنين واليونان»: the sides of a mutual act after «بين» are its subjects.)
            var lightSubject = VerbalSource(text, t, first, limit, actors, subjectFirst: true);
            // («ونفذ الهجوم مسلحون ملثمون», «وشن الغارات الطيران السوري»: a definite noun with its subject right after it is
            // the object fronted, VOS.)
            return lightSubject is [{ } firstSubject, ..] && firstSubject.FirstToken > t
                   && !(t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } next && text.Core(next).SequenceEqual(_between))
                   && !((text.Tokens[t].Proclitics & Proclitics.Al) != 0 && firstSubject.FirstToken - triggerEnd <= 2)
                ? [] : lightSubject;
        }

        // A predicate noun or adjective of a clause-initial subject: «موسكو قلقة».
        return SubjectBefore(text, t, first, actors) is { Count: > 0 } before && t - before[^1].LastToken <= 1 ? before : [];
    }

    /// <summary>
    /// An armed actor or a state after the «ل» of possession right after the trigger or the strike noun it takes
    /// («شنت غارات للتحالف», «غارات جوية للتحالف على»): the strikes are its own. Not «ل» before a place or a thing
    /// («قصف لمواقع الحوثيين»: the actor there is a genitive, not after «ل»).
    /// </summary>
    private ActorMention? OwnerOfStrikes(AnalyzedText text, int t, int limit, List<ActorMention> actors)
    {
        for (var i = t; i < limit && i <= t + 2; i++)
        {
            if (text.Tokens[i].Kind != TokenKind.Arabic)
            {
                return null;
            }

            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } word || !(FiresWeapon(text, word) || _strikeNouns.Contains(text.Core(word)) || _attackNouns.Contains(text.Core(word))))
            {
                continue;
            }

            // One adjective may stand between («غارات جوية للتحالف»).
            for (var k = i + 1; k < limit && k <= i + 2; k++)
            {
                if (actors.FirstOrDefault(a => a.FirstToken == k) is { } owner)
                {
                    var lam = text.Tokens[k].Proclitics;
                    // Not a bare word for fighters, whose country is only guessed from the story («هجوم لمتطرفين يهود»).
                    return (lam & Proclitics.Li) != 0 && (lam & Proclitics.Wa) == 0 && owner.Kind != MentionKind.Adjective && !(owner.Kind == MentionKind.Agent && owner.Role == "REB")
                           && (owner.Role is "MIL" or "REB" or "COP" or "SPY" || owner.Code.StartsWith("IMG", StringComparison.Ordinal) || owner.Kind is MentionKind.Country)
                        ? owner : null;
                }

                // («لقصف مواقع لتنظيم داعش»: the owner of the positions struck is the target, not the striker.)
                if (text.Tokens[k] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Al } between || _positions.Contains(text.Core(between)))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// «هجوم مسلح نفذه مجهولون», «هجوم انتحاري تبنته طالبان»: a light verb whose object pronoun is the
    /// noun, or a verb the noun is the subject of («استهدف», «أودى», «أسفر»), within three words after
    /// it, asserts that the act took place.
    /// </summary>
    private int? ClaimedAfter(AnalyzedText text, int t, int triggerEnd, int limit)
    {
        // From the trigger itself: «الهجوم نفذه انتحاري» fires the suicide-attack pattern through «انتحاري», after the claim.
        // «الهجوم الأكثر دموية الذي نفذته طالبان»: a relative pronoun lets the claim stand two words further.
        var reach = triggerEnd + 3;
        var relative = false;
        for (var i = t + 1; i < limit && i <= reach; i++)
        {
            var tok = text.Tokens[i];
            // («حادثة التفجير الغاشم، الذي استهدف مسجد»: a comma may stand before the relative.)
            if (IsComma(text, i) && i + 1 < limit && IsRelativePronoun(text, text.Tokens[i + 1]))
            {
                reach++;
                continue;
            }

            if (tok.Kind != TokenKind.Arabic)
            {
                return null;
            }

            if (IsRelativePronoun(text, tok))
            {
                reach = Math.Max(reach, i + 1);
                relative = true;
                continue;
            }

            // «بدعم من ضربات جوية تشنها السعودية»: the pronoun of a verb past another act is that act's.
            // («عملية تفجير نفذها انتحاري»: not the act's own second word.)
            if (i > t + 1 && tok.PrefixLength == 0 && (_attackNouns.Contains(text.Core(tok)) || _raidNouns.Contains(text.Core(tok))))
            {
                return null;
            }

            // «غارات التحالف تقتل 3 آلاف», «غارات قتلت 20 مدنيا»: the strikes are the subject of the killing, which tells
            // the same act. Not in a relative clause with its own subject or pronoun («هجوما قتل فيه», «المعركة التي
            // قتل فيها الجيش»).
            // Only strikes or an attack that are the subject («وعقب التفجير قتل مسلحون», «وخلال المظاهرة قتل الجيش» name a
            // time), and not when a definite subject of the killing's own follows («قتلت الشرطة المصرية خمسة»).
            if (!relative && tok.PrefixLength == 0 && _killing.Contains(text.Core(tok)) && !(i + 1 < limit && IsPronounPhrase(text, text.Tokens[i + 1]))
                && (_attackNouns.Contains(text.Core(text.Tokens[t])) || _raidNouns.Contains(text.Core(text.Tokens[t])))
                && !(t > 0 && text.Tokens[t - 1] is { Kind: TokenKind.Arabic } governing && (_circumstance.Contains(text.Core(governing)) || _prepositions.Contains(text.Core(governing))))
                && (text.Tokens[t].Proclitics & (Proclitics.Bi | Proclitics.Li)) == 0
                && !(i + 1 < limit && (text.Tokens[i + 1].Proclitics & Proclitics.Al) != 0))
            {
                return i;
            }

            // «العمليات العسكرية التي تقوم بها قوات التحالف»: «قام به» in a relative clause claims the act like «نفذه»; the
            // claimant follows «بها».
            // (Not one still to come: «الزيارات التي سيقوم بها المسؤول».)
            if (relative && tok.SuffixLength == 0 && (tok.Proclitics & Proclitics.Sa) == 0 && _doingIt.Contains(text.Core(tok)) && i + 1 < limit && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } byIt
                && _byIt.Contains(text.Form(byIt)))
            {
                return i + 1;
            }

            // «هجوم انتحاري استهدف دورية», «تفجير أودى بحياة»: the noun is the subject of what it struck.
            if ((tok.SuffixLength > 0 && (_lightVerbs.Contains(text.Stem(tok)) || _claims.Contains(text.Stem(tok)) || _claims.Contains(text.Form(tok)))) || _claims.Contains(text.Core(tok))
                || (tok.PrefixLength == 0 && _struck.Contains(text.Core(tok))))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// «ووقع الهجوم فجر أمس», «حدثت الاشتباكات»: a verb of happening right before a violence noun, its subject,
    /// asserts the act. («وقع» before an agreement is «signed»; only violence nouns ask this.)
    /// </summary>
    private bool OccurredBefore(AnalyzedText text, int t, int first)
        => ClauseScan.WordBefore(text, t, first, 1, tok => tok.SuffixLength == 0 && _occurred.Contains(text.Core(tok))) is not null;

    /// <summary>
    /// «تفجيرا انتحاريا وقع الأسبوع الماضي», «الهجوم الذي وقع في»: a verb of happening after the noun (one adjective
    /// or «الذي/التي» between) asserts the act.
    /// </summary>
    private bool OccurredAfter(AnalyzedText text, int triggerEnd, int limit)
    {
        for (var i = triggerEnd + 1; i < limit && i <= triggerEnd + 2; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind != TokenKind.Arabic || (tok.Proclitics & Proclitics.Wa) != 0)
            {
                return false;
            }

            if (tok.Proclitics == Proclitics.None && tok.SuffixLength == 0 && _occurred.Contains(text.Core(tok)))
            {
                return true;
            }
        }

        return false;
    }

    private bool GovernedByLightVerb(AnalyzedText text, int t, int first) => LightVerbBefore(text, t, first) is not null;

    /// <summary>
    /// «وتشكك في موقف مصر»: an actor right after the noun that follows a bare preposition is that noun's genitive,
    /// inside the prepositional phrase, and not the verb's subject.
    /// </summary>
    private bool InPrepositionalGenitive(AnalyzedText text, int t, int actorFirst)
        => (actorFirst - 2 > t && text.Tokens[actorFirst - 2] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } prep && _genitivePrepositions.Contains(text.Core(prep))
            && text.Tokens[actorFirst - 1] is { Kind: TokenKind.Arabic } noun && (noun.Proclitics & Proclitics.Al) == 0 && noun.SuffixLength == 0
            && !_agentive.Contains(text.Core(noun)))
           || InConstructAfterPreposition(text, t, actorFirst);

    /// <summary>
    /// «وأشاد بموقف دول التحالف العربي»: a noun with «ب/ل» heading a construct chain of bare nouns, then the actor: the actor
    /// is the chain's last genitive, inside the prepositional phrase.
    /// </summary>
    private bool InConstructAfterPreposition(AnalyzedText text, int t, int actorFirst)
    {
        for (var k = actorFirst - 1; k > t && k >= actorFirst - 3; k--)
        {
            // «ندد بشدة أمس وزير الخارجية الفرنسي»: an adverb with «ب» and a word of time head no construct chain.
            if (text.Tokens[k] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } word || (word.Proclitics & Proclitics.Al) != 0 || _agentive.Contains(text.Core(word))
                || _timeWords.Contains(text.Core(word)) || _timeWords.Contains(text.Form(word)))
            {
                return false;
            }

            if ((word.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0)
            {
                return k < actorFirst - 1 && !_mannerNouns.Contains(text.Core(word));
            }

            if (word.Proclitics != Proclitics.None)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The last word of the subject after the trigger, or <paramref name="triggerEnd"/> when the subject is before it.</summary>
    private static int SubjectEndAfter(List<ActorMention> sources, int triggerEnd)
    {
        var end = triggerEnd;
        foreach (var src in sources)
        {
            if (src.FirstToken > triggerEnd && src.LastToken > end)
            {
                end = src.LastToken;
            }
        }

        return end;
    }

    /// <summary>
    /// The first of the actors a meeting's relative clause says it brings together: at most two adjectives after the noun,
    /// «الذي/التي», then «يجمع/جمع/يضم/ضم», then words of place or time, commas included, up to the first actor (not after
    /// a preposition).
    /// </summary>
    private ActorMention? BroughtTogether(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors)
    {
        var at = SkipAdjectives(text, triggerEnd + 1, limit);
        // («جلسة المباحثات التي أجراها الرئيس المصري ونظيره اليمني»: or «أجرى/عقد» with the pronoun of the talks, whose
        // subjects held them.)
        if (at + 1 >= limit || !IsRelativePronoun(text, text.Tokens[at]) || text.Tokens[at + 1] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } verb
            || !(verb.SuffixLength == 0 ? _gathering.Contains(text.Core(verb)) : _holdingIt.Contains(text.Form(verb))))
        {
            return null;
        }

        var gathered = actors.FirstOrDefault(a => a.FirstToken > at + 1 && a.FirstToken - at <= 12 && a.Kind != MentionKind.Adjective
                                                  && PrepositionBefore(text, a) is null && !IsPlaceOrCapitalWithIn(text, a));
        return gathered is not null && !HasVerbBetween(text, at + 1, gathered.FirstToken) ? gathered : null;
    }

    /// <summary>A country or a capital after «في» (where a meeting is held, not who meets).</summary>
    private bool IsPlaceOrCapitalWithIn(AnalyzedText text, ActorMention a)
        => a.Kind is MentionKind.Country or MentionKind.Capital && a.FirstToken > 0 && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic } before
           && (text.Core(before).SequenceEqual(_fi) || _placeNouns.Contains(text.Core(before)));

    /// <summary>
    /// The verb of condemning, criticising or rejecting right before the word at <paramref name="t"/>, or before the subject
    /// that stands right before it (a word of time or «بشدة» may come between): «وأدانت القصف», «أدانت الحكومة العراقية القصف».
    /// </summary>
    private int? CondemningVerbBefore(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        var at = t - 1;
        if (at > first && text.Tokens[at] is { Kind: TokenKind.Arabic } between && (IsTimeWord(text, between) || text.Core(between).SequenceEqual(_strongly)))
        {
            at--;
        }

        if (actors.FirstOrDefault(a => a.LastToken == at && a.Kind != MentionKind.Adjective) is { } subject)
        {
            at = subject.FirstToken - 1;
        }

        return at >= first && text.Tokens[at] is { Kind: TokenKind.Arabic } verb && IsStanceVerb(text, verb)
               && AnyPatternOf(text, verb, static p => p.Code[..2] is "11" or "12", nouns: false) ? at : null;
    }

    /// <summary>
    /// Where a definite act of force stands as the object right after a subject ending at <paramref name="subjectEnd"/> (a
    /// word of time or «بشدة» may come between), with no actor in its genitive: «أدانت الحكومة العراقية القصف».
    /// </summary>
    private int? CondemnedActAfter(AnalyzedText text, int subjectEnd, int limit)
    {
        var at = subjectEnd + 1;
        if (at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic } between && (IsTimeWord(text, between) || _approximately.Contains(text.Core(between)) || text.Core(between).SequenceEqual(_strongly)))
        {
            at++;
        }

        return at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } act
               && _patterns.ByNoun(text.Core(act)).Any(p => IsMaterialConflict(p.Code)) ? at : null;
    }

    /// <summary>
    /// Who did the act of force named at <paramref name="at"/>: the state its nisba names («الغارات التركية»), or, when the
    /// article has told one of its kind before and the act names nothing of its own, the last doer of that kind, or else of
    /// any violence.
    /// </summary>
    private ActorMention? ToldDoer(AnalyzedText text, int at, ArticleState state, List<ActorMention> actors)
    {
        if (actors.FirstOrDefault(a => a.FirstToken == at + 1 && a.Kind == MentionKind.Adjective) is { } nisba)
        {
            return nisba;
        }

        if (!ToldBefore(text, at, state))
        {
            return null;
        }

        foreach (var p in _patterns.ByNoun(text.Core(text.Tokens[at])))
        {
            if (IsMaterialConflict(p.Code) && state.Perpetrators.TryGetValue(p.Code[..3], out var doer))
            {
                return doer;
            }
        }

        return state.LastViolent;
    }

    /// <summary>
    /// Whether the act of force named at <paramref name="at"/> is one the article has told before: violence has been coded,
    /// and the act names no story of its own. («الهجوم على السفارة», «التفجيرات الإرهابية التي وقعت على الحدود»: with a
    /// preposition, an adjective or a relative clause it is told here.)
    /// </summary>
    private bool ToldBefore(AnalyzedText text, int at, ArticleState state)
        => state.LastViolent is not null
           && !(at + 1 < text.Tokens.Count && text.Tokens[at + 1] is { Kind: TokenKind.Arabic } next
                && ((next.Proclitics & Proclitics.Al) != 0 || _againstWords.Contains(text.Core(next)) || IsRelativePronoun(text, next)));

    /// <summary>A definite act noun, or one after «ب/ل», among the few words after a trigger and its subject: «أدان بشدة التفجير الإرهابي».</summary>
    private bool ObjectNamesAct(AnalyzedText text, int triggerEnd, int subjectEnd, int limit)
    {
        // («أدان محافظ محايل عسير محمد بن سعود المتحمي حادث التفجير»: past the subject and a name of up to four words.)
        for (var i = subjectEnd + 1; i < limit && i <= subjectEnd + (subjectEnd > triggerEnd ? 6 : 5); i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            // («على هذا العمل الاستفزازي»: a deed or a crime pointed at with «هذا» is the act just reported, whose doer is the
            // one aimed at; «الجريمة الإرهابية التي نفذها مستوطنون» names its own.)
            if (tok.Kind == TokenKind.Arabic && (tok.Proclitics & (Proclitics.Al | Proclitics.Bi | Proclitics.Li)) != 0 && _patterns.ByNoun(text.Core(tok)).Length > 0
                && !(_deeds.Contains(text.Core(tok)) && i > 0 && text.Tokens[i - 1] is { Kind: TokenKind.Arabic } pointer && _demonstratives.Contains(text.Core(pointer))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«بحسب أنقرة», «وفقا لما ذكره الناتو», «نقلا عن الجيش»: who reports the act, not whom it is done to.</summary>
    private bool IsAttribution(AnalyzedText text, ActorMention a) => IsAttribution(text, a.FirstToken);

    private bool IsAttribution(AnalyzedText text, int firstToken)
    {
        for (var (i, reach) = (firstToken - 1, firstToken - 3); i >= 0 && i >= reach; i--)
        {
            var tok = text.Tokens[i];
            // («وحسب موقع "بوابة الأهرام"»: a quotation mark around the name.)
            if (IsQuotationMark(text, i))
            {
                reach--;
                continue;
            }

            if (tok.Kind != TokenKind.Arabic)
            {
                return false;
            }

            if (_attribution.Contains(text.Core(tok)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb of managing or succeeding («تمكن من», «استطاع», «نجح في») whose «من/في» stands right before the masdar at
    /// <paramref name="t"/>, its subject between, at most seven words back; or null.
    /// </summary>
    private int? ManagingVerbBefore(AnalyzedText text, int t, int first)
    {
        if (t - 2 < first || text.Tokens[t - 1] is not { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } particle
            || !(text.Core(particle).SequenceEqual(_fi) || text.Core(particle).SequenceEqual(_min)))
        {
            return null;
        }

        return ClauseScan.WordBefore(text, t - 1, first, 7, tok => (tok.Proclitics & (Proclitics.Al | Proclitics.Li | Proclitics.Bi)) == 0 && _managing.Contains(text.Core(tok)));
    }

    /// <summary>The verb of «لعب/قام ب/أدى دورا (…) في» right before the noun <paramref name="t"/>, or null.</summary>
    private int? RoleVerbBefore(AnalyzedText text, int t, int first)
    {
        if (t - 2 < first || text.Tokens[t - 1] is not { Kind: TokenKind.Arabic, PrefixLength: 0 } fi || !text.Core(fi).SequenceEqual(_fi))
        {
            return null;
        }

        for (var j = t - 2; j >= first && j >= t - 4; j--)
        {
            if (text.Tokens[j] is { Kind: TokenKind.Arabic, SuffixLength: 0 } role && text.Core(role).SequenceEqual(_role))
            {
                return ClauseScan.WordBefore(text, j, first, 7, tok => (tok.Proclitics & Proclitics.Al) == 0 && _roleVerbs.Contains(text.Stem(tok)));
            }
        }

        return null;
    }

    /// <summary>
    /// The light verb that governs the noun at <paramref name="t"/>, at most six words back, or null. With
    /// <paramref name="actors"/>, a subject of three words or more right before the noun counts as one word («قام صاحب
    /// السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة»): the verb then stands at most four words before it.
    /// </summary>
    private int? LightVerbBefore(AnalyzedText text, int t, int first, List<ActorMention>? actors = null)
    {
        if (LightVerbNear(text, t, first) is { } near)
        {
            return near;
        }

        // «أعلنت الحكومة التركية، السبت 25 يوليو/تموز، عن اعتقال»: a date set off by commas does not part the verb from its
        // noun.
        if (DateAsideBefore(text, t, first) is { } aside && LightVerbNear(text, aside, first) is { } beyond)
        {
            return beyond;
        }

        // «قام الحوثيون الذين يواجهون عملية للقوات الموالية للحكومة …، بقصف أحد أحياء عدن»: a relative clause set off by a
        // comma after the subject does not part the verb from its noun either.
        if (actors is not null && RelativeAsideBefore(text, t, first, actors) is { } described && LightVerbNear(text, described.FirstToken, first) is { } governing
            && described.FirstToken - governing <= 2)
        {
            return governing;
        }

        // «قام معالي سفير خادم الحرمين الشريفين في لبنان علي عواض عسيري، أمس، بزيارة»: past the date, his name (bare
        // words) and his post («في لبنان») may follow the subject.
        var end = (DateAsideBefore(text, t, first) ?? t) - 1;
        for (var n = 0; n < 4 && end > first && text.Tokens[end] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } bare
                        && actors?.Any(a => a.FirstToken <= end && a.LastToken >= end) != true && !_prepositions.Contains(text.Core(bare)); n++)
        {
            end--;
        }

        if (actors?.FirstOrDefault(a => a.LastToken == end && a.Kind is MentionKind.Country or MentionKind.Capital) is { } post && post.FirstToken - 1 > first
            && text.Core(text.Tokens[post.FirstToken - 1]).SequenceEqual(_fi))
        {
            end = post.FirstToken - 2;
        }

        return actors?.FirstOrDefault(a => (a.LastToken == t - 1 || (a.LastToken == end && end < t - 1)) && a.FirstToken > first && a.LastToken - a.FirstToken >= 2 && a.Kind != MentionKind.Adjective) is { } subject
               && !IsPrepositional(text, subject, first)
               && LightVerbNear(text, subject.FirstToken, first) is { } light && subject.FirstToken - light <= 4
               // («قام الملك سلمان بتكليف وزير الخارجية … بزيارة إيران»: the verb's own «ب» object stands between.)
               && !Enumerable.Range(light + 1, subject.FirstToken - light - 1).Any(i => (text.Tokens[i].Proclitics & Proclitics.Bi) != 0)
            ? light : null;
    }

    /// <summary>
    /// The actor a relative clause describes, when that clause ends with a comma right before <paramref name="t"/> and
    /// opens right after the actor («الحوثيون الذين يواجهون عملية …، بقصف»), or null.
    /// </summary>
    private static ActorMention? RelativeAsideBefore(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        if (t - 1 <= first || !IsComma(text, t - 1))
        {
            return null;
        }

        for (var i = t - 2; i > first && i >= t - 30; i--)
        {
            if (text.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (text.Tokens[i].Kind == TokenKind.Arabic && IsRelativePronoun(text, text.Tokens[i]))
            {
                return actors.FirstOrDefault(a => a.LastToken == i - 1 && a.Kind != MentionKind.Adjective);
            }
        }

        return null;
    }

    /// <summary>
    /// The opening comma of a date set off by commas that ends at most two words before <paramref name="t"/> («، السبت
    /// 25 يوليو/تموز، عن اعتقال»), or null.
    /// </summary>
    private int? DateAsideBefore(AnalyzedText text, int t, int first)
    {
        var close = t - 1;
        while (close > first && t - close <= 3 && text.Tokens[close].Kind == TokenKind.Arabic)
        {
            close--;
        }

        if (close <= first || !IsComma(text, close))
        {
            return null;
        }

        for (var k = close - 1; k >= first && close - k <= 7; k--)
        {
            var tok = text.Tokens[k];
            if (IsComma(text, k))
            {
                return k < close - 1 ? k : null;
            }

            var dated = tok.Kind == TokenKind.Number || (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] == '/')
                        || IsTimeWord(text, tok);
            if (!dated)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsQuotationMark(AnalyzedText text, int at)
        => text.Tokens[at].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[at].NormStart] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';

    /// <summary>
    /// The comma closing a relative clause that a comma opens right after a subject ending at <paramref name="subjectEnd"/>
    /// (past its adjectives and closing quotes): the first comma after which no «و» goes on with the clause; or null.
    /// </summary>
    private static int? RelativeAsideEnd(AnalyzedText text, int subjectEnd, int limit)
    {
        var k = subjectEnd + 1;
        for (var n = 0; n < 3 && k < limit && (text.Tokens[k] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 }
                                               || (text.Tokens[k].Kind == TokenKind.Punctuation && !IsComma(text, k))); n++)
        {
            k++;
        }

        if (k + 1 >= limit || !IsComma(text, k) || !IsRelativePronoun(text, text.Tokens[k + 1]))
        {
            return null;
        }

        for (var i = k + 2; i < limit && i - k <= 25; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Punctuation && text.Normalized[token.NormStart] is '.' or ';' or ':')
            {
                return null;
            }

            if (IsComma(text, i) && i + 1 < limit && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } next && (next.Proclitics & Proclitics.Wa) == 0)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A comma or a dash, which set off an aside.</summary>
    private static bool IsAsideMark(AnalyzedText text, int at)
        => IsComma(text, at) || (text.Tokens[at].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[at].NormStart] is '-' or '\u2013' or '\u2014');

    private static bool IsComma(AnalyzedText text, int at)
        => text.Tokens[at].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[at].NormStart] is ',' or '\u060C';

    /// <summary>The light verb («شن», «نفذ», «أطلق») that governs the noun at <paramref name="t"/>, within six words before it.</summary>
    private int? LightVerbNear(AnalyzedText text, int t, int first)
    {
        // «بشن حملة إعلامية ضد تركيا بعد الغارات»: an act in the genitive of «بعد/عقب/إثر» is the one this came after,
        // governed by no verb before it.
        if (t - 1 >= first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } after && _afterTimes.Contains(text.Core(after)))
        {
            return null;
        }

        var from = t;
        // A verb never has the article: «التحالف العربي» shares its stem with «أعرب» but is no light verb.
        while (t - from < 6 && ClauseScan.WordBefore(text, from, first, 6 - (t - from), tok => (tok.Proclitics & Proclitics.Al) == 0 && _lightVerbs.Contains(text.Stem(tok))) is { } at)
        {
            // «سيقف في وجه منفذي التفجير», «بوجه»: a face, the compound preposition "against", not «وجه» (to direct).
            // After a preposition a light word is a masdar («في شن ضربات»), and «وجه» is no masdar.
            if (text.Core(text.Tokens[at]).SequenceEqual(_face)
                && ((text.Tokens[at].Proclitics & Proclitics.Bi) != 0
                    || (at > first && text.Tokens[at - 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } before && _prepositions.Contains(text.Core(before)))))
            {
                from = at;
                continue;
            }

            // «أطلق التحالف العربي الذي تقوده السعودية حملة»: the verb of a relative clause with its own object pronoun
            // governs nothing after it; «جماعة بوكو حرام التي تشن هجمات» governs the noun right after it.
            // (Not a verb of occurring: «المنطقة التي تشهد هجمات» is where they happen.)
            if (at > first && IsRelativePronoun(text, text.Tokens[at - 1])
                && !(text.Tokens[at].SuffixLength == 0 && at + 1 == t && !_occurrence.Contains(text.Stem(text.Tokens[at]))))
            {
                from = at - 1;
                continue;
            }

            // «ردت السلطات على الاحتجاجات بحملة اعتقالات»: one responds with the noun after «ب», not to the one after «على».
            if (_respond.Contains(text.Stem(text.Tokens[at])) && (text.Tokens[t].Proclitics & Proclitics.Bi) == 0
                && !(t - 1 > at && (text.Tokens[t - 1].Proclitics & Proclitics.Bi) != 0))
            {
                from = at;
                continue;
            }

            return at;
        }

        return null;
    }

    /// <summary>
    /// Why a verb the pattern matched is used here in a sense that is no event, or null: a prayer (its object is God),
    /// a facility receiving planes or ships (no host), or «استهدف» as "aim at" (a goal, or a measure's scope).
    /// </summary>
    private string? OtherSense(AnalyzedText text, int t, int first, int limit, string code, List<ActorMention> actors)
    {
        bool Is(int i, WordSet words) => i < limit && text.Tokens[i].Kind == TokenKind.Arabic && words.Contains(text.Core(text.Tokens[i]));

        // «إنكم لبيتم نداء الوطن»: an appeal answered with no caller named after it in its clause is a figure of speech;
        // the one answering makes none. («استجابة لطلب رسمي تقدم به الرئيس هادي» names the caller, whose appeal it is.)
        if (code[..2] == "02" && t > first && Is(t - 1, _answering)
            && !actors.Any(a => a.FirstToken > t && a.FirstToken <= t + 6 && a.Kind != MentionKind.Adjective && !Enumerable.Range(t + 1, a.FirstToken - t - 1).Any(i => text.Tokens[i].Kind == TokenKind.Punctuation)))
        {
            return "an appeal answered, not made";
        }

        // God as the object, right after the verb or after its subject («ودعا سمو الأمير سعود بن نايف المولى أن يحمي»),
        // not inside a name («حزب الله», «عبد الله») nor sworn by («والله»).
        // «حفظه الله», «يحفظه الله», «رحمه الله» after a name are a blessing on him, not the verb's object; a participle
        // («سائلا الله») opens a clause of its own.
        if (code[0] == '0')
        {
            for (var i = t + 1; i < limit && i <= t + 8 && text.Tokens[i].Kind != TokenKind.Punctuation; i++)
            {
                if (Is(i, _divine) && (text.Tokens[i].Proclitics & ~Proclitics.Al) == 0 && !actors.Any(a => a.FirstToken <= i && a.LastToken >= i)
                    && !Is(i - 1, _nameHeads) && !(i - 1 > t && IsBlessing(text, i - 1)))
                {
                    return "a prayer (the verb is addressed to God)";
                }

                if (i > t + 1 && Is(i, _prayingParticiples))
                {
                    break;
                }
            }
        }

        // «ما حدث يدعو للفخر», «أمر يدعو إلى القلق»: what gives cause for a feeling appeals to no one.
        var actorSubject = actors.Any(a => a.Kind != MentionKind.Adjective && (a.LastToken == t - 1 || a.FirstToken == t + 1));
        if (code[..2] == "02" && !actorSubject && t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic } cause
            && (cause.Proclitics & (Proclitics.Al | Proclitics.Li)) == (Proclitics.Al | Proclitics.Li) && _feelings.Contains(text.Core(cause)))
        {
            return "gives cause for a feeling («يدعو للفخر»), an idiom";
        }

        if (code[..2] == "02" && !actorSubject && t + 2 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic } to && text.Core(to).SequenceEqual(_ila) && to.SuffixLength == 0
            && text.Tokens[t + 2] is { Kind: TokenKind.Arabic } feeling && (feeling.Proclitics & Proclitics.Al) != 0 && _feelings.Contains(text.Core(feeling)))
        {
            return "gives cause for a feeling («يدعو إلى القلق»), an idiom";
        }

        // «اعترضهم مسلحان»: with an object pronoun «اعترض» is «intercepted»; one objects «على» something («اعترضنا على»).
        if (code == "110" && text.Tokens[t].SuffixLength > 0 && text.Stem(text.Tokens[t]).SequenceEqual(_objectStem)
            && !(t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } on && text.Core(on).SequenceEqual("\u0639\u0644\u064A")))
        {
            return "«اعترض» with an object pronoun: intercepted, not objected";
        }

        // «قال مصدر … طالبا عدم الكشف عن اسمه»: a source asking not to be named makes no appeal.
        if (code[..2] == "02" && Is(t + 1, _notDisclosing))
        {
            for (var i = t + 2; i < limit && i <= t + 5; i++)
            {
                if (Is(i, _identity))
                {
                    return "a source asking not to be named";
                }
            }
        }

        // «ووصلت الطائرة السعودية الأولى إلى مطار تيرانا», «وصل المصابون إلى المستشفيات»: a plane, a ship or the wounded
        // arriving is no visit. The subject is the first word after the verb, past «إلى» and its noun or a word of time.
        if (code == "042" && text.Core(text.Tokens[t]) is var arriving && (arriving.StartsWith("\u0648\u0635\u0644") || arriving.EndsWith("\u0635\u0644")))
        {
            var i = t + 1;
            while (i + 1 < limit && text.Tokens[i] is { Kind: TokenKind.Arabic } w && (_timeWords.Contains(text.Core(w)) || text.Core(w).SequenceEqual(_ila)))
            {
                i += _timeWords.Contains(text.Core(w)) ? 1 : 2;
            }

            if (Is(i, _arrivals))
            {
                return "a vehicle or the wounded arrive, nobody visits";
            }
        }

        if (code is "040" or "043" or "044" && Is(t + 1, _facilities) && (text.Tokens[t + 1].Proclitics & ~Proclitics.Al) == 0)
        {
            return "a facility receives or is reached, nobody is hosted";
        }

        if (((code[0] is '1' && code[1] is '8' or '9') || code[..2] == "20") && _aimVerbs.Contains(text.Stem(text.Tokens[t])))
        {
            if (Is(t + 1, _aims) && (text.Tokens[t + 1].Proclitics & ~Proclitics.Al) == 0)
            {
                return "aiming at a goal, not striking a target";
            }

            for (var i = t - 1; i >= first && i >= t - 3; i--)
            {
                if (text.Tokens[i].Kind == TokenKind.Punctuation)
                {
                    break;
                }

                if (Is(i, _instruments))
                {
                    return "what a measure or a programme targets, not an attack";
                }
            }

            if (Is(t + 1, _instruments))
            {
                return "what a measure or a programme targets, not an attack";
            }
        }

        return null;
    }

    /// <summary>«حفظه», «يحفظه», «رعاه», «رحمه» before «الله»: a blessing on the one just named.</summary>
    private bool IsBlessing(AnalyzedText text, int i)
        => text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: > 0 } blessing && _blessings.Contains(text.Stem(blessing));

    private bool NamesProtest(AnalyzedText text, int at)
        => text.Tokens[at].Kind == TokenKind.Arabic && _patterns.ByNoun(text.Core(text.Tokens[at])).Any(p => p.Code[..2] == "14");

    /// <summary>«قام متظاهرون في ضواحي نابولي بالاحتجاج»: the ب-object of a light verb is its act, whatever stands between.</summary>
    private bool IsLightVerbObject(AnalyzedText text, int t, int first)
        => (text.Tokens[t].Proclitics & Proclitics.Bi) != 0 && LightVerbBefore(text, t, first) is not null;

    /// <summary>
    /// An event noun after a legal or memorial frame names a charge or a memory, not a report:
    /// «بتهمة القتل», «جريمة اغتصاب وقتل», «قضية خطف», «ذكرى المجزرة», «ادعاءات التعذيب».
    /// </summary>
    private bool AfterFrame(AnalyzedText text, int t, int first)
    {
        for (var i = t - 1; i >= first && i >= t - 3; i--)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Arabic && _frames.Contains(text.Core(tok)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «تهمة قتل شرطي»: a word that could be a verb right after a frame noun in the construct is that noun's genitive,
    /// a masdar («وجهت إليه تهمة قتل» names a charge, not a killing).
    /// </summary>
    private bool FrameRightBefore(AnalyzedText text, int t, int first)
        => t > first && text.Tokens[t].Proclitics == Proclitics.None && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } before
           && (before.Proclitics & Proclitics.Al) == 0 && _frames.Contains(text.Core(before));

    /// <summary>
    /// «هدفا للقتل والخطف والابتزاز», «جرائم ضد الإنسانية وقتل واغتصاب وتعذيب»: two or more masdars of violence
    /// joined by «و», with no genitive, number or object after the last, name kinds of act rather than an act.
    /// One of them must be a noun for sure (the article, or a masdar that is never a verb): «قتل وجرح» alone may
    /// be two verbs. «قتل وإصابة العشرات», «اعتداء وقمع لاعتصام», «اختطاف وقتل ضد المدنيين» have their complement
    /// or their target and are acts.
    /// </summary>
    private bool InListOfKinds(AnalyzedText text, int t, int first, int limit, List<ActorMention> actors)
    {
        if (!IsKindOfViolence(text, t))
        {
            return false;
        }

        var from = t;
        while (from > first && (text.Tokens[from].Proclitics & Proclitics.Wa) != 0 && IsKindOfViolence(text, from - 1))
        {
            from--;
        }

        var to = t;
        while (to + 1 < limit && (text.Tokens[to + 1].Proclitics & Proclitics.Wa) != 0 && IsKindOfViolence(text, to + 1))
        {
            to++;
        }

        if (to == from)
        {
            return false;
        }

        // After a preposition («من قتل وذبح وخطف») the first is a noun too.
        var surelyNoun = from > first && text.Tokens[from - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } before && _prepositions.Contains(text.Core(before));
        for (var i = from; i <= to && !surelyNoun; i++)
        {
            surelyNoun = (text.Tokens[i].Proclitics & Proclitics.Al) != 0 || _violenceNouns.Contains(text.Core(text.Tokens[i]));
        }

        // «تعرضت البلدة للقصف والتدمير من قبل قوات النظام»: what one underwent happened («قد تؤدي إلى اعتداء وقتل» has not).
        if (!surelyNoun || (_modality.UndergoVerbBefore(text, first, from) is { } undergo && text.Core(text.Tokens[undergo]).IndexOf(_exposed, StringComparison.Ordinal) >= 0))
        {
            return false;
        }

        if (to + 1 >= limit)
        {
            return true;
        }

        // Only the end of the clause, a preposition or the next clause may follow: a genitive, a number or an object
        // («وتدمير عدد من البؤر», «تفجير وتدمير ثماني مركبات») makes the acts particular, and so does a named target
        // after the preposition («عمليات اختطاف وقتل ضد المدنيين»).
        var next = text.Tokens[to + 1];
        if (next.Kind != TokenKind.Arabic)
        {
            return next.Kind == TokenKind.Punctuation;
        }

        var core = text.Core(next);
        if (next.SuffixLength == 0 && (next.Proclitics & Proclitics.Al) == 0 && _prepositions.Contains(core))
        {
            return !actors.Any(a => a.FirstToken == to + 2);
        }

        return (next.Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0 || _particles.Contains(core);
    }

    private bool IsKindOfViolence(AnalyzedText text, int i)
        => text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: 0 } token && (token.Proclitics & (Proclitics.Bi | Proclitics.Ka)) == 0
           && _kindsOfViolence.Contains(text.Core(token));

    /// <summary>
    /// «ما يجري في العراق من قتل وذبح وخطف», «ما يقوم به الإسرائيلي من تطهير عرقي»: an event noun after the «من»
    /// that explains «ما» + an imperfect names the kind of thing that goes on, not an act that happened.
    /// </summary>
    private bool IsWhatGoesOn(AnalyzedText text, int t, int first)
    {
        if (t - 1 < first || text.Tokens[t - 1] is not { Kind: TokenKind.Arabic } min || min.PrefixLength > 0 || !text.Core(min).SequenceEqual(_min))
        {
            return false;
        }

        for (var i = t - 2; i >= first && i >= t - 6; i--)
        {
            var tok = text.Tokens[i];
            if (tok.Kind != TokenKind.Arabic)
            {
                return false;
            }

            // An imperfect («يجري», «تقوم»), not a perfect of form V or VI that also opens with «ت» («ما تعرض له من قمع»).
            if (tok.PrefixLength == 0 && text.Core(tok) is ['\u0645', '\u0627'] && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } verb
                && text.Core(verb) is [('\u064A' or '\u062A'), _, _, ..] && !_formVPerfects.Contains(text.Core(verb)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A definite event noun in the genitive of another noun names an event the text refers back
    /// to, not one it reports: «ضحايا الاعتداءات», «ذكرى المذبحة», «منفذي الهجوم».
    /// </summary>
    private bool IsReference(AnalyzedText text, int t, int first)
    {
        var token = text.Tokens[t];
        if ((token.Proclitics & Proclitics.Al) == 0 || t <= first)
        {
            return false;
        }

        var before = text.Tokens[t - 1];
        // «وعن المعركة مع تنظيم داعش، اقترح …»: «عن» opening the clause names a topic, not a report («أعلن مسؤوليته عن
        // التفجير» reports it).
        if (before is { Kind: TokenKind.Arabic, SuffixLength: 0 } && (before.Proclitics & ~Proclitics.Wa) == 0 && text.Core(before).SequenceEqual(_about)
            && (t - 1 == first || (before.Proclitics & Proclitics.Wa) != 0 || text.Tokens[t - 2].Kind == TokenKind.Punctuation))
        {
            return true;
        }

        // «وقع التفجير الذي استهدف مسجدا»: the subject of a verb of happening is reported, not referred to; so is the noun
        // after a bare «حادث» («أدان حادث التفجير»), which is the bombing itself.
        if (before is { Kind: TokenKind.Arabic, SuffixLength: 0 } && (before.Proclitics & ~Proclitics.Wa) == 0 && _incidents.Contains(text.Core(before)))
        {
            return false;
        }

        return before.Kind == TokenKind.Arabic && (before.Proclitics & Proclitics.Al) == 0 && before.PrefixLength == 0
               && !_prepositions.Contains(text.Core(before)) && !_lightVerbs.Contains(text.Stem(before)) && !_happened.Contains(text.Core(before))
               && !_reporting.Contains(text.Form(before)) && text.Core(before).Length >= 3
               && !_particles.Contains(text.Core(before)) && !text.Core(before).SequenceEqual(_amma) && !IsActParticiple(text.Core(before));
    }

    /// <summary>
    /// «مقدما التهنئة لمصر», «موجها الدعوة»: a participle of giving or expressing, in the accusative of the indefinite,
    /// is a circumstance whose object is the act, never the head of a genitive. Others keep their own sense («ملبيا
    /// النداء» answers someone else's call).
    /// </summary>
    private bool IsActParticiple(ReadOnlySpan<char> core) => _actParticiples.Contains(core);

    private List<ActorMention> Targets(AnalyzedText text, EventPattern pattern, int triggerEnd, int subjectEnd, int limit, List<ActorMention> actors, List<ActorMention> sources, int before = int.MaxValue, bool nominal = false)
    {
        string? openPreposition = null;
        var prepositionAt = -1;
        // The source's titles run on only from a source named right there, not from one a continued verb takes over.
        var titlesOpen = sources.Any(src => src.LastToken == subjectEnd && src.Kind is MentionKind.Named or MentionKind.Composite);
        // «اتهمت «وحدات حماية الشعب» الكردية، التي تقاتل تنظيم داعش …، وتعتبرها واشنطن «شريكا»، تركيا»: the object of a
        // verb before its subject comes after the relative clause set off by commas behind that subject.
        var afterSource = titlesOpen && triggerEnd < subjectEnd && RelativeAsideEnd(text, subjectEnd, limit) is { } asideEnd ? asideEnd : subjectEnd;
        var titlesEnd = afterSource;
        var postEnd = -1;
        foreach (var a in actors)
        {
            if (a.FirstToken >= before)
            {
                break;
            }

            // «قتل سبعة أشخاص في هجمات على القرى، وقال مسؤولون أمنيون إن …»: a verb of saying joined by «و» after a comma
            // opens another sentence; its speaker is no one's target.
            if (a.FirstToken > triggerEnd + 2 && IsComma(text, a.FirstToken - 2) && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa } said
                && _reporting.Contains(text.Core(said)))
            {
                break;
            }

            // «استقبل الشيخ محمد بن زايد ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة»: a title of the source's own
            // state right after the source's name and titles is one more title of the source, not the one received.
            if (titlesOpen && a.FirstToken > titlesEnd && ContinuesTitles(text, a, titlesEnd, sources))
            {
                titlesEnd = a.LastToken;
                continue;
            }

            // «زيارة فابيوس بعد زيارة نائب المستشارة الألمانية»: the genitive of another noun of the same act is that act's
            // doer, and what follows is that act's.
            if (a.FirstToken - 1 > triggerEnd && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } sameAct
                && pattern.NounCores.Contains(text.Core(sameAct)))
            {
                break;
            }

            // «قتل رجل جراء قصف القوات الأوكرانية»: the genitive of the act that caused the harm is its doer, not whom the
            // verb struck.
            if (a.FirstToken >= 2 && IsMaterialConflict(pattern.Code) && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } cause
                && (_causeOfHarm.Contains(text.Core(cause)) || _sufferedBy.Contains(text.Core(cause)))
                && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } act
                && (_attackNouns.Contains(text.Core(act)) || _raidNouns.Contains(text.Core(act))))
            {
                continue;
            }

            // «التقى السفير الأمريكي لدى اليمن ماثيو تولر وزير الخارجية»: the envoy's post is one more of the source's
            // titles; the object comes after it.
            // («سفير خادم الحرمين الشريفين لدى أستراليا ونيوزيلاندا»: with the states joined to it. A recall or an expulsion
            // acts on the state where the envoy serves: «استدعاء السفير العراقي في سورية».)
            // («وصل المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد»: after a verb whose target only «إلى» brings, «إلى» is
            // where he goes.)
            if (a.FirstToken > afterSource && pattern.Code[..2] != "16"
                && (IsEnvoysPost(text, a, sources, actors) && !(pattern.TargetPrepositions.Contains(_ila) && !pattern.DirectObjectTarget && PrepositionBefore(text, a) == _ila)
                    || (postEnd >= 0 && a.FirstToken == postEnd + 1 && a.Kind is MentionKind.Country or MentionKind.Capital && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Wa) != 0)))
            {
                titlesEnd = a.LastToken;
                postEnd = a.LastToken;
                continue;
            }

            // «حكومة الوفاق بقيادة السراج»: an actor coded like the source is the source again, not its target; a
            // leader or an ally of the source («بدعم من طيران التحالف») is not its target either.
            // «قذائف المدفعية»: the genitive of a weapon fired is whose it is, never its target.
            if (a.FirstToken <= afterSource || a.FirstToken - titlesEnd > TargetWindow || sources.Contains(a) || sources.Any(src => src.Code == a.Code) || IsAlternativeSource(text, a, sources) || IsAcrossTheBorder(text, a, actors) || IsSeat(text, a)
                // («الغامدي الذي يزور المنطقة حاليا يرافقه عدد من المسؤولين الأمنيين»: his companions are not whom he visits.)
                || IsEscort(text, a, companionsOnly: true)
                // («دعت السلطات الإيرانية مواطنيها إلى عدم السفر», «حذرت مواطنيها»: its own people are whom a state calls on or warns.)
                || ((IsOwnStateWord(text, a) || (IsPossessedAgent(text, a) && !(a.Role == "CVL" && pattern.Code[..2] is "01" or "02"))) && sources.Any(src => src.Country == a.Country))
                // «أعرب مجلس الوزراء عن إدانة المملكة»: the source's own state in the genitive of the act's noun is its agent.
                || (a.FirstToken == triggerEnd + 1 && a.Kind is MentionKind.Country or MentionKind.Capital && text.Tokens[triggerEnd] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Wa, SuffixLength: 0 }
                    && sources.Any(src => src.Country == a.Country))
                // «أغلقت الولايات المتحدة السفارة الأمريكية في صنعاء»: a state reducing relations acts on another state; its own
                // embassy or envoy as the object is not the target (where it is posted is).
                || (pattern.Code[..2] == "16" && PrepositionBefore(text, a) is null && a.Country is not null && sources.Any(src => src.Country == a.Country))
                || (a.FirstToken == triggerEnd + 1 && FiresWeapon(text, text.Tokens[triggerEnd]))
                // («أشاد الرئيس بدعم السعودية»: the support praised right after the subject is the praised one's.)
                || (a.FirstToken - 1 > triggerEnd && IsLeaderOrAlly(text, a, sources, actors)
                    && !(pattern.Code[..2] == "05" && a.FirstToken - 1 == afterSource + 1 && (text.Tokens[afterSource + 1].Proclitics & Proclitics.Bi) != 0)
                    // («مستعدة للتعاون مع السعودية», «أعرب عن استعداد بلاده للتعاون مع مصر»: the cooperation an act of
                    // cooperation names is with its counterpart, no ally's.)
                    // (Not «بالتعاون مع», working alongside someone, nor a cooperation further on.)
                    && !(AllianceLink(text, a.FirstToken) is var link and >= 0
                         && (link <= triggerEnd || (pattern.Code[..2] is "03" or "04" or "05" or "06" && link - triggerEnd <= 3
                                                    && text.Tokens[link] is { Kind: TokenKind.Arabic } cooperating && (cooperating.Proclitics & Proclitics.Bi) == 0
                                                    && text.Core(cooperating).SequenceEqual(_cooperation)))))
                || IsAttribution(text, a) || (IsMaterialConflict(pattern.Code) && (IsDestinationOrOrigin(text, a) || IsSupported(text, a)))
                // («انفجار سيارة مفخخة في شارع السعدون وسط بغداد», «قرب مخيم اليرموك جنوب العاصمة دمشق»: the middle, a side
                // or the outskirts of a capital are where, not its government.)
                || (a.Kind == MentionKind.Capital && IsPartOfCity(text, a))
                || DestinationOfAnotherMovement(text, a, triggerEnd, actors)
                || IsAgentPhrase(text, a, 0) || IsComparedDoer(text, a) || IsOnBehalf(text, a)
                // («الأمين العام المساعد للجامعة العربية لشؤون فلسطين»: the state whose affairs a title names is part of it.)
                || (a.FirstToken > 0 && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } affairs && text.Core(affairs).SequenceEqual(_affairs)))
            {
                continue;
            }

            // A nisba names an actor only as the object of a target preposition: «من التدخل التركي».
            if (a.Kind == MentionKind.Adjective)
            {
                var (adjectivePreposition, adjectiveAt) = LastPreposition(text, titlesEnd + 1, a.FirstToken);
                if (adjectivePreposition is not null && TakesTarget(pattern, adjectivePreposition) && a.FirstToken - adjectiveAt == 2)
                {
                    return [a];
                }

                // «اتفقت مع الأميركيين», «التقى بالمصريين»: a definite plural nisba right after the preposition is the people.
                // («بمعاناة اليمنيين»: not a proclitic on another noun, whose genitive the people are.)
                if (adjectivePreposition is not null && TakesTarget(pattern, adjectivePreposition) && a.FirstToken == a.LastToken
                    && (a.FirstToken == adjectiveAt || (a.FirstToken - adjectiveAt == 1 && text.Tokens[adjectiveAt] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } standalone && _prepositions.Contains(text.Core(standalone))))
                    && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } nation && (nation.Proclitics & Proclitics.Al) != 0 && IsSoundPlural(text.Core(nation)))
                {
                    return [a];
                }

                // «ضد مشروع قرار بريطاني», «ضد مشروع القرار البريطاني»: or of a noun in construct before it.
                if (adjectivePreposition is not null && TakesTarget(pattern, adjectivePreposition) && a.FirstToken - adjectiveAt == 3
                    && text.Tokens[adjectiveAt + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 }
                    && text.Tokens[adjectiveAt + 2] is { Kind: TokenKind.Arabic, SuffixLength: 0 } && !actors.Any(b => b.FirstToken is var f && f > adjectiveAt && f < a.FirstToken))
                {
                    return [a];
                }

                // «ودعا الرئيس الفلسطيني محمود عباس الإسرائيليين إلى …»: a definite plural nisba right after the verb's subject
                // is a people, the verb's object (the subject's own adjectives belong to its phrase).
                // («المقاومة أسرت الإيرانيين»: or right after the verb whose subject came before it; not after a word the
                // pattern needs, «لحماية الفلسطينيين», whom an appeal is for.)
                if (pattern.DirectObjectTarget && !nominal && sources.Count > 0 && a.FirstToken == a.LastToken && a.FirstToken == triggerEnd + 1
                    && (text.Tokens[triggerEnd].Proclitics & (Proclitics.Al | Proclitics.Li | Proclitics.Bi)) == 0
                    && sources.TrueForAll(src => src.LastToken < triggerEnd && src.Country != a.Country)
                    && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } objectPeople && IsSoundPlural(text.Core(objectPeople)))
                {
                    return [a];
                }

                if (pattern.DirectObjectTarget && !nominal && sources.Count > 0 && a.FirstToken == afterSource + 1 && a.FirstToken == a.LastToken
                    && sources.Any(src => src.LastToken == afterSource && src.Kind is MentionKind.Named or MentionKind.Composite && src.Country != a.Country)
                    && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } people && IsSoundPlural(text.Core(people)))
                {
                    return [a];
                }

                // «ورفضت روسيا المقترح الأمريكي», «انتقدت إيران القرار الأمريكي»: the nisba of the definite object right
                // after the verb and its subject names whose it is, and the act is aimed at that country.
                // (The noun may be the pattern's own word, part of the trigger: «رفضت روسيا المقترح الأمريكي».)
                // («وكان الطيران الإسرائيلي خرق أمس الأجواء اللبنانية»: a word of time may stand before the object.)
                var objectAt = Math.Max(afterSource, triggerEnd) + 1;
                while (objectAt < a.FirstToken && text.Tokens[objectAt] is { Kind: TokenKind.Arabic } when && _timeWords.Contains(text.Core(when)))
                {
                    objectAt++;
                }

                if (pattern.DirectObjectTarget && !nominal && sources.Count > 0 && (a.FirstToken == afterSource + 2 || a.FirstToken == triggerEnd + 1 || a.FirstToken == objectAt + 1) && adjectivePreposition is null
                    && a.FirstToken - 1 > sources.Max(s => s.LastToken)
                    && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } owned && _ownedActs.Contains(text.Core(owned))
                    && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Al) != 0 && !actors.Any(b => b.FirstToken == a.FirstToken - 1))
                {
                    return [a];
                }

                // («وهاجمت وسائل الإعلام السعودية اليوم الاتفاق النووي الإيراني»: one adjective of its own may stand between the
                // object and the nisba of whose it is.)
                if (pattern.DirectObjectTarget && !nominal && sources.Count > 0 && a.FirstToken == objectAt + 2 && adjectivePreposition is null
                    && objectAt > sources.Max(s => s.LastToken)
                    && text.Tokens[objectAt] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } ownedObject && _ownedActs.Contains(text.Core(ownedObject))
                    && text.Tokens[objectAt + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } ownAdjective && text.Core(ownAdjective) is [_, _, _, .., '\u064A']
                    && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Al) != 0 && !actors.Any(b => b.FirstToken is var f && f >= objectAt && f < a.FirstToken))
                {
                    return [a];
                }

                continue;
            }

            // «وترفض الحكومة التركية اتهامات من المعارضة», «رفضت الوزارة الانتقادات من واشنطن»: the act right after the verb
            // and its subject that comes «من» someone is theirs, and what is done to it is aimed at them.
            // (The word checks come first: this runs for every actor after every trigger.)
            if (pattern.DirectObjectTarget && !nominal && a.FirstToken >= 2 && (a.FirstToken - 2 == afterSource + 1 || a.FirstToken - 2 == triggerEnd + 1)
                && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } fromWord && text.Core(fromWord).SequenceEqual(_min)
                && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, SuffixLength: 0 } ownedFrom && (ownedFrom.Proclitics & ~Proclitics.Al) == 0 && _ownedActs.Contains(text.Core(ownedFrom))
                && sources.Count > 0 && a.FirstToken - 2 > sources.Max(s => s.LastToken) && sources.All(src => src.Code != a.Code))
            {
                return Group(text, actors, a);
            }

            // «إن المملكة ترحب بالاتفاق وإن بلاده تدعو إيران»: «وإن/وأن» opens the next thing said, with actors of its own.
            // «وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات»: a clause of time opens with a verb of its own; its subject is
            // no one's target here.
            if (ClauseOfTimeBetween(text, Math.Max(afterSource, triggerEnd), a.FirstToken))
            {
                break;
            }

            if (HasClauseBreak(text, afterSource, a.FirstToken) || HasVerbBetween(text, afterSource, a.FirstToken)
                || RelativeClauseOfSource(text, triggerEnd, afterSource, a.FirstToken, actors) || HasNextSaying(text, triggerEnd, a.FirstToken))
            {
                break;
            }

            var preposition = PrepositionBefore(text, a);
            // («التقى … أكثر من 50 عضوا من أعضاء الكونجرس»: the object counted, «من» partitive after its noun.)
            // («فرضت عقوبات على ثلاثة من قادة حزب الله»: or a count itself, the object of the preposition before it.)
            if (preposition == _min && a.FirstToken > 2
                && ((text.Tokens[a.FirstToken - 3].Kind == TokenKind.Number && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, SuffixLength: 0 })
                    || (text.Tokens[a.FirstToken - 1].SuffixLength == 0 && text.Tokens[a.FirstToken - 1].Proclitics == Proclitics.None && IsCountWord(text, a.FirstToken - 2)
                        && (text.Tokens[a.FirstToken - 2].Proclitics & Proclitics.Wa) == 0 && !text.Core(text.Tokens[a.FirstToken - 2]).SequenceEqual(_each))))
            {
                preposition = null;
            }

            if (preposition is not null)
            {
                if (preposition == _with && WithOfADistantAgreement(text, a.FirstToken - 1, Math.Max(triggerEnd, afterSource)))
                {
                    continue;
                }

                if (pattern.TargetPrepositions.Contains(preposition))
                {
                    return Group(text, actors, a);
                }

                // «هاجم مسلحون حافلة للجيش», «الهجوم على سيارة تابعة للشرطة»: the owner of the vehicle or post the act
                // struck, as its object or behind a preposition it takes, is the one attacked.
                if (IsMaterialConflict(pattern.Code) && preposition == "\u0644" && OwnedObjectStruck(text, pattern, a, Math.Max(triggerEnd, afterSource), limit, actors))
                {
                    return Group(text, actors, a);
                }

                continue;
            }

            // The object of a target preposition a few words back: «إزاء احتمال نقل تركيا». A time word closes the
            // phrase: in «في جدة أمس فخامة الرئيس» the president is the object of the verb, not of «في».
            (openPreposition, prepositionAt) = LastPreposition(text, titlesEnd + 1, a.FirstToken);
            // Nor does a preposition whose object is a whole actor already before this one: in «خلال لقائه أمس في
            // الرياض مبعوث الأمم المتحدة» the envoy is not «في».
            if (openPreposition is not null && (Mentions(text, prepositionAt + 1, a.FirstToken, _timeWords)
                                                || (openPreposition == _fi && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Wa) == 0
                                                    && actors.Any(b => b.FirstToken == prepositionAt + 1 && b.Kind is MentionKind.Capital or MentionKind.Country
                                                                       && (b.LastToken == a.FirstToken - 1
                                                                           // «التقى الوزير، في الدوحة، مساعدة وزير الخارجية»: or set off by commas.
                                                                           || (b.LastToken == a.FirstToken - 2 && text.Tokens[a.FirstToken - 1].Kind == TokenKind.Punctuation
                                                                               && text.Normalized[text.Tokens[a.FirstToken - 1].NormStart] is ',' or '\u060C')))))
                // «التقى البشير في القصر الرئاسي رئيس الآلية الأفريقية»: a definite noun takes no genitive after it, so a
                // bare noun after the place closes «في»; it starts the verb's object.
                || (openPreposition == _fi && a.FirstToken - prepositionAt >= 3 && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None }
                    && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 }
                    && !actors.Any(b => b.FirstToken > prepositionAt && b.FirstToken < a.FirstToken)))
            {
                openPreposition = null;
            }

            if (openPreposition is not null)
            {
                if (TakesTarget(pattern, openPreposition) && (a.FirstToken - prepositionAt <= 4 || (pattern.Code[..2] is "05" or "11" or "12" or "14" && OwnerInRelative(text, prepositionAt, a.FirstToken) && sources.All(src => src.Country != a.Country))))
                {
                    return Group(text, actors, a);
                }

                continue;
            }

            // «الهجوم الإسرائيلي على قطاع غزة، تلا السفير الروسي»: a masdar's object never stands after a comma.
            if (pattern.DirectObjectTarget && !(nominal && HasCommaOrClause(text, afterSource, a.FirstToken)))
            {
                return Group(text, actors, a);
            }
        }

        return [];
    }

    /// <summary>
    /// Whether <paramref name="a"/>, a title of one person («القائد», «سفير», «نائب»; not «المشرعين», «رؤساء الوفود») of a named
    /// source's own state, follows the source's titles (ending at
    /// <paramref name="titlesEnd"/>) with at most a bare word («نائب») or a construct of two («رئيس الجمهورية») between, and
    /// no comma, «و» or preposition.
    /// </summary>
    private bool ContinuesTitles(AnalyzedText text, ActorMention a, int titlesEnd, List<ActorMention> sources)
    {
        if (a.FirstToken - titlesEnd > 3 || a.Kind is not (MentionKind.Composite or MentionKind.Agent) || a.Country is null
            || !sources.Any(src => src.Country == a.Country && src.Kind is MentionKind.Named or MentionKind.Composite && src.LastToken <= titlesEnd)
            || (text.Tokens[a.FirstToken].Proclitics & (Proclitics.Wa | Proclitics.Bi | Proclitics.Li)) != 0
            || !_masculineRoles.Contains(text.Core(text.Tokens[a.FirstToken])) || (a.FirstToken > titlesEnd + 1 && !_masculineRoles.Contains(text.Core(text.Tokens[titlesEnd + 1])))
            // «استقبل الرئيس السيسي قائد الجيش المصري», «… وزير الخارجية السعودي عادل الجبير»: a title closed by its
            // country's nisba, or with a name of its own, is another person, the one received.
            || a.IsPerson || text.Tokens[a.LastToken] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al } last && text.Core(last) is [_, _, .., '\u064A'] or [_, _, .., '\u064A', '\u0629'])
        {
            return false;
        }

        for (var i = titlesEnd + 1; i < a.FirstToken; i++)
        {
            // One bare word («نائب»), or a construct of two («رئيس الجمهورية»).
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } word || word.Proclitics != (i == titlesEnd + 2 ? Proclitics.Al : Proclitics.None)
                || _prepositions.Contains(text.Core(word)) || _timeWords.Contains(text.Core(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the «أن/إن» right before <paramref name="t"/> (or before its obligation word) carries a plural or dual
    /// pronoun («إنهم», «أنهما»), or is the impersonal «إنه» of «إنه يتعين/يجب/ينبغي»: what follows is said by every member
    /// of a compound subject.
    /// </summary>
    private bool SaidByAll(AnalyzedText text, int t, int first)
    {
        for (var i = t - 1; i >= first && i >= t - 2; i--)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } that || !text.Core(that).SequenceEqual(_an) || that.SuffixLength == 0)
            {
                continue;
            }

            var pronoun = text.Original.AsSpan(that.End - that.SuffixLength, that.SuffixLength);
            return pronoun is "\u0647\u0645" or "\u0647\u0645\u0627"
                   || (pronoun is "\u0647" && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } must && _mustWords.Contains(text.Core(must)));
        }

        return false;
    }

    /// <summary>
    /// The subject of the «أن» clause right after a trigger («يأمل أن تلعب ألمانيا», «بأن إيران ستلتزم»): the actor, not a
    /// nisba nor behind a preposition, of another country than the source.
    /// </summary>
    private ActorMention? ComplementSubject(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors, List<ActorMention> sources)
    {
        var at = triggerEnd + 1;
        if (at >= limit || text.Tokens[at] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } that || !text.Core(that).SequenceEqual(_an))
        {
            return null;
        }

        // Right after «أن», or after the clause's imperfect verb («أن تلعب ألمانيا»), not after a noun of its own
        // («بأن الاتفاقية تشمل …»).
        var verbFirst = at + 1 < limit && text.Tokens[at + 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } verb && (verb.Proclitics & Proclitics.Al) == 0
                        && text.Core(verb) is ['\u062A' or '\u064A', _, _, ..];
        return actors.FirstOrDefault(a => (a.FirstToken == at + 1 || (verbFirst && a.FirstToken == at + 2)) && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, at)
                                          && !sources.Any(src => ReferenceEquals(src, a) || src.Code == a.Code || (src.Country is not null && src.Country == a.Country)));
    }

    /// <summary>
    /// The first actor (not a nisba) within five words after a conditional particle («إذا», «لو», «في حال») that follows
    /// the trigger in its clause, of another country than the source.
    /// </summary>
    private ActorMention? ConditionalTarget(AnalyzedText text, int trigger, int limit, List<ActorMention> actors, List<ActorMention> sources)
    {
        for (var i = trigger + 1; i < limit; i++)
        {
            // The threat's clause ends at «.», «؛» or at «، و…» («هدد الحوثيون بالرد، وأعلنوا حالة الطوارئ في مصر»).
            if (text.Tokens[i].Kind == TokenKind.Punctuation
                && (text.Original[text.Tokens[i].Start] is '.' or '؛' or ';'
                    || (text.Original[text.Tokens[i].Start] is ',' or '\u060C' && i + 1 < limit && (text.Tokens[i + 1].Proclitics & Proclitics.Wa) != 0)))
            {
                return null;
            }

            // «حال», «حالة» open a condition only after «في» («في حال», «في حالة»), not «حالة الطوارئ».
            if (_modality.IsConditional(text, i) && (text.Core(text.Tokens[i]) is not ("\u062D\u0627\u0644" or "\u062D\u0627\u0644\u0629")
                                                   || (i > trigger + 1 && text.Core(text.Tokens[i - 1]).SequenceEqual(_fi))))
            {
                // The condition's own subject, not where it happens («إذا فشلت المشاورات في الكويت»).
                return actors.FirstOrDefault(a => a.FirstToken > i && a.FirstToken - i <= 5 && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, i)
                                                  && !sources.Any(src => ReferenceEquals(src, a) || (src.Country is not null && src.Country == a.Country)));
            }
        }

        return null;
    }

    /// <summary>
    /// The actor named right after «بحضور» within a few words after a meeting's last counterpart (ending at
    /// <paramref name="after"/>), in the same clause: one more party to the meeting. Not one of the meeting's own sides.
    /// </summary>
    private ActorMention? PresentAtMeeting(AnalyzedText text, int after, int limit, List<ActorMention> actors, List<ActorMention> sources, List<ActorMention> targets)
    {
        for (var k = after + 1; k + 1 < limit && k <= after + PresenceReach; k++)
        {
            var word = text.Tokens[k];
            if (word.Kind == TokenKind.Punctuation)
            {
                return null;
            }

            if (word is { Kind: TokenKind.Arabic, SuffixLength: 0 } && (word.Proclitics & Proclitics.Bi) != 0 && text.Core(word).SequenceEqual(_presence))
            {
                return actors.FirstOrDefault(a => a.FirstToken == k + 1 && a.Kind != MentionKind.Adjective && a.Country is not null
                                                  && sources.TrueForAll(src => src.Country != a.Country) && targets.TrueForAll(tg => tg.Country != a.Country));
            }
        }

        return null;
    }

    /// <summary>
    /// «يجري مباحثات مع الرئيس الروسي … تتعلق بسبل تعزيز العلاقات … والاتفاق النووي الإيراني مع القوى الكبرى»: a «مع» at
    /// <paramref name="with"/> far past the act (ending at <paramref name="actEnd"/>), right after an agreement and its
    /// adjectives, is the agreement's counterpart, not the act's. («بحث الوزير الاتفاق النووي مع نظيره», close to the act,
    /// is still the one met.)
    /// </summary>
    private bool WithOfADistantAgreement(AnalyzedText text, int with, int actEnd)
    {
        if (with - actEnd <= DistantWith)
        {
            return false;
        }

        for (var k = with - 1; k > actEnd && k >= with - 3; k--)
        {
            if (text.Tokens[k] is not { Kind: TokenKind.Arabic } word)
            {
                return false;
            }

            if (_agreements.Contains(text.Core(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «قلق روسيا بشأن تركيا»: the segmenter splits «ب+شأن», a preposition listed whole; that string, or none. (Not
    /// «بقيادة», also a noun with «بـ»: «التقى بقيادة حلف القبائل» met its leaders.)
    /// </summary>
    private string? WholePreposition(AnalyzedText text, in Token token)
        => token is { Kind: TokenKind.Arabic, SuffixLength: 0, Proclitics: Proclitics.Bi } && text.Form(token).SequenceEqual(_concerning) ? _concerning : null;

    /// <summary>Whether the pattern takes its target after the preposition; «بحق» is also «ب» + «حق» («يعترف بحق تركيا»).</summary>
    private bool TakesTarget(EventPattern pattern, string preposition)
        => pattern.TargetPrepositions.Contains(preposition) || (preposition == _biHaqq && pattern.TargetPrepositions.Contains("\u0628"));

    private (string? Preposition, int At) LastPreposition(AnalyzedText text, int from, int to)
    {
        // «أكثر من 50 عضوا من أعضاء الكونجرس»: a partitive «من» in the count right before the actor governs nothing;
        // the phrase is the count's.
        var inCount = true;
        for (var i = to - 1; i >= from; i--)
        {
            var tok = text.Tokens[i];
            // «انتقد فيها الاتحاد الأوروبي»: a preposition with its pronoun governs nothing after it.
            if (tok.Kind != TokenKind.Arabic || (i == to - 1 && IsPronounPhrase(text, tok)))
            {
                inCount &= tok.Kind == TokenKind.Number;
                continue;
            }

            // «ودعا البرزاني في بيانه حزب العمال», «استقبل في مكتبه السفير»: a statement or an office closed by its own
            // pronoun ends the phrase; the actor after it is the verb's object. (Not any noun: «إلى أخيه خادم الحرمين»,
            // «وعلى رأسها سوريا» name the actor in apposition.)
            if (i == to - 1 && tok.SuffixLength > 0 && i - 1 >= from && (_statements.Contains(text.Core(tok)) || _offices.Contains(text.Core(tok)))
                && ((tok.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0
                    || (text.Tokens[i - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } governing && _prepositions.Contains(text.Core(governing)))))
            {
                return (null, -1);
            }

            // («اتصالا هاتفيا بنظيره الأمريكي جون كيري»: «بـ/لـ» on «نظيره» governs the name in apposition to it. The
            // segmenter keeps «بنظير» whole, a name of its own, so the letter is read off a word with its pronoun.)
            if (CounterpartGovernor(text, tok) is { } governor)
            {
                return (governor, i);
            }

            if ((_prepositions.TryGet(text.Core(tok), out var listed) ? listed : WholePreposition(text, tok)) is { } core)
            {
                // (Not «كل من X و Y», "both X and Y", nor a quantity joined to the subject, «أوكرانيا والعديد من الدول».)
                if (inCount && core == _min && tok.SuffixLength == 0 && (tok.Proclitics & Proclitics.Wa) == 0 && i - 1 >= from
                    && ((_quantities.Contains(text.Core(text.Tokens[i - 1])) && (text.Tokens[i - 1].Proclitics & Proclitics.Wa) == 0 && !text.Core(text.Tokens[i - 1]).SequenceEqual(_each))
                        // («فرضت عقوبات على ثلاثة من قادة الحزب»: a count written out.)
                        || (text.Tokens[i - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } written && _counts.Contains(text.Core(written)))
                        || text.Tokens[i - 1].Kind == TokenKind.Number
                        || (i - 2 >= from && text.Tokens[i - 2].Kind == TokenKind.Number)))
                {
                    continue;
                }

                return (core, i);
            }

            // («عددا من ممثلي الحكومة اليمنية»: the people in construct with the actor are of the count too.)
            inCount &= (i - 1 >= from && text.Tokens[i - 1].Kind == TokenKind.Number) || _quantities.Contains(text.Core(tok))
                       || (i == to - 1 && tok is { Proclitics: Proclitics.None, SuffixLength: 0 } && _bodyNouns.Contains(text.Core(tok)));

            if ((tok.Proclitics & Proclitics.Li) != 0)
            {
                return ("\u0644", i);
            }

            // («واتهم الوزير بدوره إسرائيل», «دان بشدة إسرائيل»: an adverb in «ب» governs nothing after it.)
            if ((tok.Proclitics & Proclitics.Bi) != 0 && IsMannerAdverb(text, tok))
            {
                continue;
            }

            if ((tok.Proclitics & Proclitics.Bi) != 0)
            {
                // «بحق 153 صينيا»: «بحق» ("against", of sentences) is one preposition, though segmented «ب+حق».
                return (text.Core(tok).SequenceEqual(_haqq) ? _biHaqq : "\u0628", i);
            }
        }

        return (null, -1);
    }

    /// <summary>The preposition that governs a mention: a proclitic ب/ل/ك on its first word, or the word before it.</summary>
    private string? PrepositionBefore(AnalyzedText text, ActorMention a)
    {
        var token = text.Tokens[a.FirstToken];
        if ((token.Proclitics & Proclitics.Li) != 0)
        {
            return "\u0644";
        }

        if ((token.Proclitics & Proclitics.Bi) != 0)
        {
            return "\u0628";
        }

        if (a.FirstToken > 0)
        {
            var before = text.Tokens[a.FirstToken - 1];

            // «قتلت فيها الشرطة 34 عاملا», «بينهم الرئيس»: a preposition with its pronoun is a whole phrase; the
            // actor after it is not its object.
            if (before.Kind == TokenKind.Arabic && before.SuffixLength == 0)
            {
                // «وعبر وزير الخارجية السعودي عن شكره»: «عبر» before its subject and «عن» is the verb «عبّر», not «via».
                // («عبر الاتحاد الأوروبي أمس عن أمله»: a word of time may stand between.)
                var aboutAt = a.LastToken + 1 < text.Tokens.Count && IsTimeWord(text, text.Tokens[a.LastToken + 1]) ? a.LastToken + 2 : a.LastToken + 1;
                if (text.Core(before).SequenceEqual(_across) && aboutAt < text.Tokens.Count && text.Tokens[aboutAt] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } aboutWord
                    && text.Core(aboutWord).SequenceEqual(_about))
                {
                    return null;
                }

                if ((_prepositions.TryGet(text.Core(before), out var listed) ? listed : WholePreposition(text, before)) is { } core)
                {
                    // «العديد من دول الخليج», «عدد من المسؤولين»: «من» after a quantity word is partitive; the
                    // actor is the head of its phrase, not a prepositional object.
                    // So is it after a unit of forces («هاجمتهم قوة من وحدة المستعربين», «دورية من الشرطة»), unless the actor
                    // is a country, where a force comes from («سحب قوة من سوريا»).
                    var partitive = core == _min && a.FirstToken > 1 && text.Tokens[a.FirstToken - 2].Kind == TokenKind.Arabic
                                    && (before.Proclitics & Proclitics.Wa) == 0
                                    && (_quantities.Contains(text.Core(text.Tokens[a.FirstToken - 2]))
                                        || (_units.Contains(text.Core(text.Tokens[a.FirstToken - 2])) && text.Tokens[a.FirstToken - 2].SuffixLength == 0
                                            && a.Kind is not (MentionKind.Country or MentionKind.Capital)));
                    if (partitive)
                    {
                        // («في كل من بريطانيا وإسبانيا», «إلى عدد من الدول»: unless a preposition governs the quantity itself.)
                        // (Not «وعبر الكثير من النشطاء», the verb «عبّر» before its subject.)
                        return a.FirstToken > 2 && text.Tokens[a.FirstToken - 3] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } outerWord
                               && (text.Tokens[a.FirstToken - 2].Proclitics & ~Proclitics.Al) == 0 && !text.Core(outerWord).SequenceEqual(_across)
                               && _prepositions.TryGet(text.Core(outerWord), out var quantityGovernor)
                            ? quantityGovernor
                            : null;
                    }

                    // «أبرم اتفاقا مع نظرائه من القوى العالمية الست», «التقى بنظيره من قطر»: the counterparts «من» a state or
                    // a group are that state or group, governed by the preposition before the counterpart; so are those «في»
                    // a body («لقاؤه مع نظرائه في دول مجلس التعاون»).
                    if ((core == _min || core == _fi) && a.FirstToken > 2 && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic } counterpart
                        && _counterparts.Contains(text.Core(counterpart)))
                    {
                        if ((counterpart.Proclitics & Proclitics.Bi) != 0)
                        {
                            return "\u0628";
                        }

                        if ((counterpart.Proclitics & Proclitics.Li) != 0)
                        {
                            return "\u0644";
                        }

                        if (text.Tokens[a.FirstToken - 3] is { Kind: TokenKind.Arabic, SuffixLength: 0 } governing && _prepositions.TryGet(text.Core(governing), out var outer))
                        {
                            return outer;
                        }
                    }

                    return core;
                }

                // «إلى إحدى محطات التلفزيون», «لبعض الدول»: a quantity word heads the phrase, so the preposition before
                // it governs the actor after it; so does a form of address («التقى بفخامة الرئيس», «برقية شكر لسمو الأمير»).
                if (before.SuffixLength == 0 && (_quantities.Contains(text.Core(before)) || _oneOf.Contains(text.Core(before)) || _addressTitles.Contains(text.Core(before))) && a.FirstToken > 1)
                {
                    if ((before.Proclitics & Proclitics.Li) != 0)
                    {
                        return "\u0644";
                    }

                    if ((before.Proclitics & Proclitics.Bi) != 0)
                    {
                        return "\u0628";
                    }

                    if (before.Proclitics is Proclitics.None or Proclitics.Al && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, SuffixLength: 0, PrefixLength: 0 } governing
                        && _prepositions.TryGet(text.Core(governing), out var outer))
                    {
                        return outer;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The subject after a place phrase that follows the verb at once: «وصل إلى القاهرة أمس الخميس ديمتري ميدفيديف»,
    /// «توجه إلى الرياض اليوم وزير الخارجية». Only a capital or a country after «إلى/في/من», only words of time
    /// between it and the subject, and a subject that is a name, a composite or an office with no preposition of its own.
    /// </summary>
    private ActorMention? SubjectPastPlace(AnalyzedText text, int t, ActorMention place, List<ActorMention> actors)
    {
        if (place.Kind is not (MentionKind.Capital or MentionKind.Country) || place.FirstToken != t + 2
            || text.Tokens[t + 1] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } preposition
            || !_placePrepositions.Contains(text.Core(preposition)))
        {
            return null;
        }

        var next = actors.FirstOrDefault(b => b.FirstToken > place.LastToken && b.Kind != MentionKind.Adjective);
        if (next is null || next.Kind is not (MentionKind.Named or MentionKind.Composite or MentionKind.Agent) || PrepositionBefore(text, next) is not null)
        {
            return null;
        }

        for (var i = place.LastToken + 1; i < next.FirstToken; i++)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } between || !_timeWords.Contains(text.Core(between)))
            {
                return null;
            }
        }

        return next;
    }

    /// <summary>
    /// «توجه فور انتهاء زيارته إلى الإمارات إلى دولة الكويت», «فرض قيود على مرور الأجانب عبر أراضيها إلى سوريا»: a state after
    /// «إلى» that a noun of going, further on than the trigger, stands up to four words before is where that noun goes, not
    /// the trigger's target. (An actor or another «إلى» in between ends the noun's phrase.)
    /// </summary>
    private bool DestinationOfAnotherMovement(AnalyzedText text, ActorMention a, int triggerEnd, List<ActorMention> actors)
    {
        if (PrepositionBefore(text, a) != _ila)
        {
            return false;
        }

        var at = a.FirstToken - 2;
        for (var n = 0; n < 4 && at > triggerEnd; n++, at--)
        {
            var tok = text.Tokens[at];
            if (tok.Kind != TokenKind.Arabic || actors.Any(b => b.FirstToken <= at && at <= b.LastToken) || text.Core(tok).SequenceEqual(_ila))
            {
                return false;
            }

            if ((tok.Proclitics & Proclitics.Wa) == 0 && _movementNouns.Contains(text.Core(tok)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPrepositional(AnalyzedText text, ActorMention a, int first) => a.FirstToken > first - 1 && PrepositionBefore(text, a) is not null;

    private bool HasVerbBetween(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var tok = text.Tokens[i];
            // «انتقد الوزير القرار مطالبا الحكومة»: a circumstantial participle starts its own predicate.
            if (tok.Kind == TokenKind.Arabic && (_reporting.Contains(text.Form(tok)) || _patterns.IsHalWord(text.Core(tok))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «قذائف الغدر الحوثية»: a feminine nisba after an indefinite noun's definite masculine genitive cannot agree with
    /// that genitive; it qualifies the noun, and names its doer like any nisba of an act.
    /// </summary>
    private static bool NisbaPastConstruct(AnalyzedText text, int t, ActorMention a)
        => a.FirstToken == t + 2 && a.LastToken == a.FirstToken && (text.Tokens[t].Proclitics & Proclitics.Al) == 0
           && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } genitive && !text.Core(genitive).EndsWith("\u0629")
           && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Al) != 0 && text.Core(text.Tokens[a.FirstToken]).EndsWith("\u064A\u0629");

    /// <summary>
    /// «الغارات الجوية التركية», «غارات جوية تركية»: one adjective agreeing with the noun in definiteness stands
    /// between it and its nisba.
    /// </summary>
    private static bool AgreeingAdjectiveBetween(AnalyzedText text, int t, int nisba)
    {
        if (nisba != t + 2 || text.Tokens[t + 1].Kind != TokenKind.Arabic)
        {
            return false;
        }

        var noun = text.Tokens[t].Proclitics & Proclitics.Al;
        var between = text.Tokens[t + 1].Proclitics;
        return (between & ~Proclitics.Al) == 0 && (between & Proclitics.Al) == noun;
    }

    private ActorMention? GenitiveAfter(AnalyzedText text, int t, int triggerEnd, int first, List<ActorMention> actors, List<ActorMention> sources)
        => actors.FirstOrDefault(a => a.FirstToken > t && a.FirstToken - Math.Max(t, Math.Min(triggerEnd, t + 1)) <= 2 && a.Kind != MentionKind.Adjective
                                      && !sources.Contains(a) && !IsPrepositional(text, a, first) && !HasClauseBreak(text, t, a.FirstToken));

    /// <summary>A comma or a word with «و» between the noun and «من جانب»: the agent belongs to a later noun («انتقادات دولية، ورفضا من جانب مصر»).</summary>
    private static bool IsCoordinatedAway(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var tok = text.Tokens[i];
            if ((tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] == ',') || (tok.Proclitics & Proclitics.Wa) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Dead and wounded in the sentence («أسفر عن مقتل 15 شخصا», «سقط قتلى»): violence that is reported, not discussed.</summary>
    private bool HasCasualties(AnalyzedText text, int first, int limit)
    {
        if (Mentions(text, first, limit, _casualties))
        {
            return true;
        }

        // «أصيب ثلاثة», «وأصيب آخرون بشظايا»: «أصيب» counts with a number or a wound after it, not in «أصيب بخيبة أمل».
        for (var i = first; i < limit; i++)
        {
            if (text.Tokens[i].Kind != TokenKind.Arabic || !_wounded.Contains(text.Core(text.Tokens[i])))
            {
                continue;
            }

            for (var j = i + 1; j < limit && j <= i + 3; j++)
            {
                var next = text.Tokens[j];
                if (next.Kind == TokenKind.Number || (next.Kind == TokenKind.Arabic && _wounds.Contains(text.Core(next))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Arms in the sentence («بالبراميل المتفجرة», «بالصواريخ»): an attack made with weapons, not words.</summary>
    private bool HasWeapons(AnalyzedText text, int first, int limit) => Mentions(text, first, limit, _weapons);

    /// <summary>A counted crowd in the sentence («آلاف», «مئات», «حشود»): a protest that took place.</summary>
    private bool HasCrowd(AnalyzedText text, int first, int limit) => Mentions(text, first, limit, _crowds);

    private static bool Mentions(AnalyzedText text, int first, int limit, WordSet words)
    {
        for (var i = first; i < limit; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Arabic && words.Contains(text.Core(tok)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMaterialConflict(string code) => code[..2] is "17" or "18" or "19" or "20";

    /// <summary>
    /// Fighting has two sides even when no preposition names the second: the next other actor in the
    /// sentence («معركة حاسمة في طرابلس لاستعادتها من أيدي الميليشيات»), or else the side the source
    /// last fought in this article.
    /// </summary>
    private List<ActorMention> ConflictTarget(AnalyzedText text, int t, int afterSource, List<ActorMention> actors, List<ActorMention> sources, ArticleState state, bool nominal = false)
    {
        // The window counts from the end of the subject: «ويخوض الجيش الوطني الليبي بقيادة المشير خليفة حفتر منذ أيام
        // معركة … من أيدي الميليشيات».
        var from = Math.Max(t, afterSource);
        var sourceCodes = sources.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        ActorMention? ally = null;
        ActorMention? place = null;
        foreach (var a in actors)
        {
            // Two different armed groups of one country share a code («المقاومة الشعبية» and «الحوثيين», both YEMREB) and
            // still fight each other; the same group named again does not.
            // «قذائف المدفعية»: the genitive of a weapon fired is whose it is, never its target.
            if (a.FirstToken > from && a.FirstToken - from <= 15 && a.Kind != MentionKind.Adjective && !sources.Contains(a)
                && (!sourceCodes.Contains(a.Code) || IsRivalNamesake(a, sources))
                && !(nominal && a.FirstToken == t + 1 && FiresWeapon(text, text.Tokens[t])))
            {
                // Not a location («في اليمن», «ببغداد») and not past the end of the clause; not a leader or an ally
                // («مقاتلات التحالف بقيادة السعودية», «بدعم من طيران التحالف»).
                // The leader of an ally, in a relative clause after it («المدعومة من التحالف العربي الذي تقوده السعودية»),
                // is on the same side.
                // «في العراق وسوريا»: a country joined to a location is a location too.
                var before = a.FirstToken > 0 ? text.Tokens[a.FirstToken - 1] : default;
                // («استعادت الحوطة … وطريق الرباط»: a capital a road or a district is named after is a place.)
                var location = a.Kind is MentionKind.Capital or MentionKind.Country
                               && (((text.Tokens[a.FirstToken].Proclitics & Proclitics.Bi) != 0) || (before.Kind == TokenKind.Arabic && text.Core(before).SequenceEqual("\u0641\u064A"))
                                   || (a.Kind == MentionKind.Capital && before is { Kind: TokenKind.Arabic, SuffixLength: 0 } && _namedAfterPlace.Contains(text.Core(before)))
                                   // («قرب مخيم اليرموك جنوب العاصمة دمشق»: so is the part or side of a capital.)
                                   || (a.Kind == MentionKind.Capital && IsPartOfCity(text, a))
                                   || (place is not null && place.LastToken == a.FirstToken - 1 && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Wa) != 0));
                if (IsAlternativeSource(text, a, sources) || IsAcrossTheBorder(text, a, actors) || IsSeat(text, a) || IsEnvoysPost(text, a, sources, actors) || IsEscort(text, a))
                {
                    continue;
                }

                // «تبرر غاراتها برسالة للأمم المتحدة»: the «ل» genitive of a letter or a statement is whom it is addressed to.
                var addressed = (text.Tokens[a.FirstToken].Proclitics & Proclitics.Li) != 0 && before.Kind == TokenKind.Arabic && _statements.Contains(text.Core(before));
                if (location || addressed || (before.Kind == TokenKind.Arabic && text.Core(before).SequenceEqual("\u0641\u064A")) || IsLeaderOrAlly(text, a, sources, actors) || IsAttribution(text, a) || IsDestinationOrOrigin(text, a) || IsAgentPhrase(text, a, 0)
                    || IsSupported(text, a)
                    // (A state a movement goes to, not people: «منع وصول المساعدات إلى المدنيين» harms them.)
                    || (a.Kind is MentionKind.Country or MentionKind.Capital && DestinationOfAnotherMovement(text, a, t, actors))
                    || (ally is not null && a.FirstToken - ally.LastToken <= 3 && HasRelativeBetween(text, ally.LastToken, a.FirstToken)))
                {
                    ally = IsLeaderOrAlly(text, a, sources, actors) || IsSupported(text, a) ? a : ally;
                    place = location ? a : place;
                    continue;
                }

                // «الهجوم الإسرائيلي على قطاع غزة، تلا السفير الروسي»: past a comma, a masdar's clause has ended.
                if (RelativeClauseOfSource(text, t, afterSource, a.FirstToken, actors) || (nominal && HasCommaOrClause(text, from, a.FirstToken)) || HasClauseBreak(text, from, a.FirstToken))
                {
                    break;
                }

                return [a];
            }
        }

        foreach (var source in sources)
        {
            // (Victims of no known country, «21 شخصا», say less than the place the act struck.)
            if (state.Adversaries.TryGetValue(source.Code, out var adversary) && !sources.Any(s => ReferenceEquals(s, adversary) || SameWords(s, adversary))
                && !(adversary.Country is null && adversary.Code is "CVL"))
            {
                return [adversary];
            }
        }

        // «قصف طيران التحالف مواقع للحوثيين … وسيطرت المقاومة على القاعدة»: fighting with no side named of its
        // own is against the side the story's fighting was last aimed at.
        return state.LastEnemy is { } enemy && sources.All(s => s.Code != enemy.Code && s.Country is not null) ? [enemy] : [];
    }

    /// <summary>«مطالبين», «داعين»: a participle in the plural, whose subject is many, not the one who spoke.</summary>
    private static bool IsPluralParticiple(AnalyzedText text, Token token)
        => text.Core(token) is [.., '\u064A', '\u0646'] or [.., '\u0648', '\u0646'];

    /// <summary>An act done in words: a statement, an appeal, an intent, praise or a demand (01–05), criticism, a rejection or a threat (10–13).</summary>
    private static bool IsVerbalAct(string code) => code[..2] is "01" or "02" or "03" or "04" or "05" or "10" or "11" or "12" or "13";

    /// <summary>An appeal, intent, demand, rejection, threat, denial, warning, concern or accusation: what it is about is no act of its own.</summary>
    private static bool SpeaksOfContent(string code) => code[..2] is "02" or "03" or "10" or "12" or "13" || code is "016" or "012" or "112";

    /// <summary>
    /// «اقتحم يعالون الحرم وسط حراسة مشددة من جنود الاحتلال», «بحماية الشرطة»: whoever guards the doer goes with him and
    /// is not whom the act is aimed at.
    /// </summary>
    private bool IsEscort(AnalyzedText text, ActorMention a, bool companionsOnly = false)
    {
        var words = companionsOnly ? _companions : _escorts;
        for (var k = a.FirstToken - 1; k >= 0 && k >= a.FirstToken - 4; k--)
        {
            var token = text.Tokens[k];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (token.Kind == TokenKind.Arabic && words.Contains(text.Core(token)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The doer of the relative clause on the praised achievement («النصر الذي حققته عزيمة أهل اليمن», «الإنجازات التي
    /// حققتها القوات»): the first actor within three words after a verb of achieving right after «الذي/التي», itself within
    /// eight words of the trigger (or of a subject after it) and in its clause; or null.
    /// </summary>
    private ActorMention? AchieverAfter(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors, List<ActorMention> sources)
    {
        // (Past a subject after the verb: «وحيَّت وزارة الدفاع اليمنية في بيان هذا «النصر» الذي حققته».)
        var from = Math.Max(triggerEnd, sources.Count > 0 ? sources.Max(s => s.LastToken) : triggerEnd);
        for (var r = from + 1; r < limit && r <= from + 8; r++)
        {
            if (text.Tokens[r].Kind == TokenKind.Punctuation && IsClauseMark(text, text.Tokens[r]))
            {
                return null;
            }

            if (!IsRelativePronoun(text, text.Tokens[r]) || r + 1 >= limit || text.Tokens[r + 1] is not { Kind: TokenKind.Arabic } verb
                || !_achievers.Contains(text.Stem(verb)))
            {
                continue;
            }

            return actors.FirstOrDefault(a => a.FirstToken > r + 1 && a.FirstToken <= r + 4 && a.Kind != MentionKind.Adjective && !sources.Contains(a) && !IsPrepositional(text, a, 0));
        }

        return null;
    }

    /// <summary>
    /// «على الحدود مع سوريا», «تأمين حدود تركيا مع سوريا», the state a border is shared «مع» is
    /// where, not whom (the border noun may have its owner between, a word or a state, or its nisba where the border is a place; «حدودها البرية
    /// مع ليبيا», closed, are the neighbour's).
    /// </summary>
    private bool IsAcrossTheBorder(AnalyzedText text, ActorMention a, List<ActorMention> actors)
        => a.FirstToken >= 2 && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } with && text.Core(with).SequenceEqual(_with)
           && (text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic } border && _borders.Contains(text.Core(border))
               || (a.FirstToken >= 3 && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, SuffixLength: 0 } owner
                   && text.Tokens[a.FirstToken - 3] is { Kind: TokenKind.Arabic } ownBorder && _borders.Contains(text.Core(ownBorder))
                   && (owner.Proclitics == Proclitics.None || actors.Exists(b => b.FirstToken == a.FirstToken - 2 && b.LastToken == b.FirstToken && b.Kind is MentionKind.Country or MentionKind.Capital)
                       // («قرب الحدود التركية مع العراق»: a nisba too, where the border is a place the phrase is at.)
                       || (owner.Proclitics == Proclitics.Al && a.FirstToken >= 4 && text.Tokens[a.FirstToken - 4] is { Kind: TokenKind.Arabic, SuffixLength: 0 } at
                           && _prepositions.Contains(text.Core(at)))
                       || (owner.Proclitics == Proclitics.Al && (ownBorder.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0))));

    /// <summary>
    /// «زار المبعوث الأمريكي الخاص إلى سوريا موسكو», «التقى السفير الأمريكي لدى اليمن …», «السفير الإسرائيلي في واشنطن»:
    /// the state after «إلى/لدى/في» right
    /// after an envoy who is the source is where the envoy is posted, not whom the act is aimed at.
    /// </summary>
    private bool IsEnvoysPost(AnalyzedText text, ActorMention a, List<ActorMention> sources, List<ActorMention> actors)
    {
        // «وصل المبعوث الأمريكي إلى سوريا»: «إلى» is the post only when the envoy's name or the act's object follows it.
        if (a.Kind is not (MentionKind.Country or MentionKind.Capital) || a.FirstToken < 2
            || text.Tokens[a.FirstToken - 1] is not { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } to
            || !(text.Core(to).SequenceEqual(_at) || text.Core(to).SequenceEqual(_fi)
                 || (text.Core(to).SequenceEqual(_ila) && actors.Any(b => b.FirstToken > a.LastToken && b.FirstToken - a.LastToken <= 4 && b.Kind != MentionKind.Adjective && !HasCommaOrClause(text, a.LastToken, b.FirstToken)))))
        {
            return false;
        }

        // («المبعوث الأمريكي الخاص إلى سوريا»: an adjective of the envoy may stand between.)
        var k = a.FirstToken - 2;
        for (var n = 0; n < 2 && k > 0 && !sources.Any(s => s.LastToken == k)
                        && text.Tokens[k] is { Kind: TokenKind.Arabic, SuffixLength: 0 } adjective && (adjective.Proclitics & Proclitics.Al) != 0; n++)
        {
            k--;
        }

        return sources.FirstOrDefault(s => s.LastToken == k) is { } envoy
               && Enumerable.Range(envoy.FirstToken, envoy.LastToken - envoy.FirstToken + 1).Any(i => text.Tokens[i].Kind == TokenKind.Arabic && _envoys.Contains(text.Core(text.Tokens[i])));
    }

    /// <summary>«معهد العلوم والأمن الدولي ومقره الولايات المتحدة»: the state after «مقره/مقرها» is where a body sits.</summary>
    private bool IsSeat(AnalyzedText text, ActorMention a)
        => a.FirstToken >= 1 && a.Kind is MentionKind.Country or MentionKind.Capital
           && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, SuffixLength: > 0 } seat && text.Core(seat).SequenceEqual(_seat);

    /// <summary>
    /// «هجمات الحوثيين أو أعضاء تنظيم القاعدة»: an actor after «أو» right after a source is another who may have done the
    /// act, not whom it was done to.
    /// </summary>
    private bool IsAlternativeSource(AnalyzedText text, ActorMention a, List<ActorMention> sources)
    {
        // («أو أعضاء تنظيم القاعدة»: a head noun may stand between.)
        for (var k = a.FirstToken - 1; k >= 1 && k >= a.FirstToken - 2; k--)
        {
            if (text.Tokens[k] is not { Kind: TokenKind.Arabic } word)
            {
                return false;
            }

            if (word is { PrefixLength: 0, SuffixLength: 0 } && text.Core(word).SequenceEqual(_or))
            {
                return sources.Any(s => s.LastToken == k - 1);
            }
        }

        return false;
    }

    /// <summary>The subject of the sentence's first clause: a clause-initial actor before the trigger, or the VSO subject of a sentence-initial verb.</summary>
    private ActorMention? SentenceSubject(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        var before = SubjectBefore(text, t, first, actors.Where(a => a.LastToken < t).ToList());
        // «قال مسؤولون أمريكيون إن عضوا … قتل أثناء اشتباكات»: the speaker is not the subject of what he reports.
        // («غادر صاحب السمو الملكي الأمير محمد بن سلمان»: the words of address before a prince's name are no words between.)
        return before.Count > 0 ? before[0]
            : actors.FirstOrDefault(a => a.FirstToken - first - AddressWordsBefore(text, first, a.FirstToken) <= 3 && a.LastToken < t && a.Kind != MentionKind.Adjective
                                         && !IsPrepositional(text, a, first) && !HasComplementizerBetween(text, a.LastToken, t));
    }

    /// <summary>How many words of address («صاحب السمو الملكي», «معالي») stand right before <paramref name="to"/>, after <paramref name="from"/>.</summary>
    private int AddressWordsBefore(AnalyzedText text, int from, int to)
    {
        var count = 0;
        for (var i = to - 1; i >= from && text.Tokens[i] is { Kind: TokenKind.Arabic } word && _addressWords.Contains(text.Core(word)); i--)
        {
            count++;
        }

        return count;
    }

    /// <summary>The actors after «بين» within two words of the trigger, with those coordinated to them.</summary>
    private List<ActorMention>? Between(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors)
        => BetweenSides(text, triggerEnd, limit, actors) is { } sides ? [.. sides.SelectMany(side => side)] : null;

    /// <summary>
    /// The sides of a mutual act after «بين»: each actor of «بين الجيش والحوثيين» is a side of its own, and
    /// «بين عناصر المقاومة وبقايا قوات الانقلابيين» has its second side after «و» and a head word. Sides marked
    /// «من جهة … من جهة أخرى» («من طرف», «من ناحية») hold every actor up to their mark, and allies on one side
    /// never fight each other («بين حزب الله وقوات النظام من جهة، والمعارضة من جهة أخرى»).
    /// </summary>
    private List<List<ActorMention>>? BetweenSides(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors, bool fighting = false)
    {
        // «مواجهات عنيفة صباح أمس بين»: fighting may take an adjective and a time phrase before «بين», no actor. Words
        // between talks and «بين» name what is between («بحث علاقات التعاون بين مصر والولايات المتحدة»).
        // («الاتفاق بين»: a pattern may end on the «بين» it takes as its word.)
        // («الاتفاق الذي أبرم في فيينا الأسبوع الماضي بين»: an adjunct of place «في» with its noun may stand there too.)
        var reach = (fighting ? 5 : 3) + (triggerEnd + 1 < limit && text.Tokens[triggerEnd + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } inPlace
                                             && text.Core(inPlace).SequenceEqual(_fi) ? 2 : 0);
        // «جولة المفاوضات التي تنطلق غدا في الخرطوم بين», «الاشتباكات التي اندلعت أمس بين»: a relative clause telling
        // when or where the act takes place may stand between it and its sides.
        if (triggerEnd + 2 < limit && IsRelativePronoun(text, text.Tokens[triggerEnd + 1]))
        {
            reach += 5;
        }

        // «الاشتباكات العنيفة في ريف جسر الشغور الجنوبي الشرقي بمحافظة إدلب وسهل الغاب بريف حماة الشمالي الغربي، بين»:
        // fighting may be placed at length, places joined and described, before its sides; the place phrase holds no
        // verb, no relative and no actor (below).
        else if (fighting && PlacePhraseEnd(text, triggerEnd + 1, limit) is var placeEnd && placeEnd > triggerEnd + reach && placeEnd - triggerEnd <= 20)
        {
            reach = placeEnd - triggerEnd + 1;
        }

        for (var i = triggerEnd; i < limit && i <= triggerEnd + reach; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is '.' or ';' or ':' or '?' or '!')
            {
                return null;
            }

            if (tok.Kind != TokenKind.Arabic || !text.Core(tok).SequenceEqual("\u0628\u064A\u0646"))
            {
                continue;
            }

            var at = i;
            // («اشتباكات في شرق ليبيا بين»: where they were is no party.)
            if (i > triggerEnd + 3 && actors.Any(a => a.FirstToken > triggerEnd && a.FirstToken < at
                                                      && !(a.Kind is MentionKind.Country or MentionKind.Capital
                                                           && ((a.FirstToken - 1 > triggerEnd && text.Core(text.Tokens[a.FirstToken - 1]).SequenceEqual(_fi))
                                                               || (a.FirstToken - 2 > triggerEnd && text.Core(text.Tokens[a.FirstToken - 2]).SequenceEqual(_fi))))))
            {
                return null;
            }

            var head = actors.FirstOrDefault(a => a.FirstToken > i && a.FirstToken - i <= 3);
            if (head is null)
            {
                return null;
            }

            if (SideMark(text, head.LastToken + 1, limit) is { } firstMark && SideMark(text, firstMark + 2, limit) is var secondMark)
            {
                // «مدعمة بمسلحين موالين لها من جنسيات سورية»: a nationality or a place after «من/في» is not a party.
                // A state's name is a party when it opens its side or is joined by «و».
                var sideBFirst = actors.FirstOrDefault(a => a.FirstToken > firstMark + 1 && a.Kind != MentionKind.Adjective);
                bool Party(ActorMention a) => a.Kind != MentionKind.Adjective
                    && (a.Kind is not (MentionKind.Country or MentionKind.Capital) || a == head || a == sideBFirst || (text.Tokens[a.FirstToken].Proclitics & Proclitics.Wa) != 0);
                var sideA = actors.Where(a => a.FirstToken >= head.FirstToken && a.LastToken < firstMark && Party(a)).ToList();
                var sideB = actors.Where(a => a.FirstToken > firstMark + 1 && a.LastToken < (secondMark ?? limit) && Party(a)).ToList();
                if (sideA.Count > 0 && sideB.Count > 0 && (secondMark is not null || !HasClauseBreak(text, firstMark + 1, sideB[0].FirstToken)))
                {
                    return [sideA, secondMark is not null ? sideB : [.. Group(text, actors, sideB[0]).Where(sideB.Contains)]];
                }
            }

            // «بين الكتائب المقاتلة وعناصر حزب الله», «بين عناصر المقاومة وبقايا قوات الانقلابيين»: the second side
            // follows «و», after an adjective of the first or before a head word of its own.
            var group = Group(text, actors, head);
            if (group.Count == 1)
            {
                // («بين قوات موالية للحكومة المعترف بها دوليا وجماعات مسلحة»: a relative phrase of the first may stand between.)
                for (var j = head.LastToken + 1; j < limit && j <= head.LastToken + 5; j++)
                {
                    var word = text.Tokens[j];
                    if (word.Kind != TokenKind.Arabic || actors.Any(a => a.FirstToken < j && a.LastToken >= j))
                    {
                        break;
                    }

                    if ((word.Proclitics & Proclitics.Wa) != 0)
                    {
                        // («بين قوات الجيش وعناصر من تنظيم داعش»: a head word and a partitive «من» may open it.)
                        var partitive = j + 2 < limit && text.Tokens[j + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } of && text.Core(of).SequenceEqual(_min);
                        if (actors.FirstOrDefault(a => (a.FirstToken == j || a.FirstToken == j + 1 || (partitive && a.FirstToken == j + 2)) && a.Kind != MentionKind.Adjective) is { } other)
                        {
                            group.Add(other);
                        }

                        break;
                    }
                }
            }

            return [.. group.Select(a => new List<ActorMention> { a })];
        }

        return null;
    }

    /// <summary>
    /// Past an adjective, a phrase of place opened by «في» or «بـ» and running on through nouns, adjectives, «و»
    /// and commas, to the first word that is a verb, a relative, a complementizer, a trigger or «بين»: the index after
    /// it, or <paramref name="from"/> when there is none.
    /// </summary>
    private int PlacePhraseEnd(AnalyzedText text, int from, int limit)
    {
        static bool Opens(AnalyzedText text, Token opener, string fi)
            => opener.Kind == TokenKind.Arabic && ((opener.PrefixLength == 0 && text.Core(opener).SequenceEqual(fi)) || (opener.Proclitics & Proclitics.Bi) != 0);

        // («اشتباكات عنيفة في», «الاشتباكات العنيفة في»: an adjective, definite or not, may come first.)
        var i = from;
        if (i + 1 < limit && !Opens(text, text.Tokens[i], _fi) && text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: 0 } adjective
            && (adjective.Proclitics & ~Proclitics.Al) == 0)
        {
            i++;
        }

        if (i >= limit || !Opens(text, text.Tokens[i], _fi))
        {
            return from;
        }

        for (i++; i < limit; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is ',' or '،')
            {
                continue;
            }

            if (tok.Kind != TokenKind.Arabic || IsRelativePronoun(text, tok) || IsComplementizer(text.Core(tok)) || text.Core(tok).SequenceEqual(_between)
                || NamesAnAct(text, tok) || _reporting.Contains(text.Form(tok)))
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>The «من» of «من جهة», «من طرف», «من ناحية» at or after <paramref name="from"/> in the clause.</summary>
    private int? SideMark(AnalyzedText text, int from, int limit)
    {
        for (var i = from; i + 1 < limit; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is '.' or ';' or ':' or '?' or '!')
            {
                return null;
            }

            if (tok.Kind == TokenKind.Arabic && text.Core(tok).SequenceEqual(_min) && tok.Proclitics == Proclitics.None
                && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } side && _sides.Contains(text.Core(side)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// «اجتماع ثلاثي ضم كيري ووزير الخارجية السعودي ونظيره الروسي»: a verb of bringing together («ضم», «جمع») within
    /// three words after a meeting noun, then the actors it lists, joined by «و»; one side each.
    /// </summary>
    private List<List<ActorMention>>? GatheredParties(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors)
    {
        for (var i = triggerEnd + 1; i < limit && i <= triggerEnd + 3; i++)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } word || actors.Any(a => a.FirstToken <= i && a.LastToken >= i))
            {
                return null;
            }

            if (!_gathering.Contains(text.Core(word)))
            {
                continue;
            }

            if (actors.FirstOrDefault(a => a.FirstToken == i + 1 && a.Kind != MentionKind.Adjective) is not { } head)
            {
                return null;
            }

            var group = Group(text, actors, head);
            // «لقاء ثلاثي يضم لافروف مع نظيريه الأميركي كيري والسعودي الجبير»: those «مع» the first are gathered too.
            if (group[^1].LastToken + 2 < limit && text.Tokens[group[^1].LastToken + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } with
                && text.Core(with).SequenceEqual(_with)
                && group[^1].LastToken + 1 is var withAt
                && actors.FirstOrDefault(a => a.FirstToken > withAt && a.FirstToken - withAt <= 3 && a.Kind != MentionKind.Adjective && !HasCommaOrClause(text, withAt, a.FirstToken)) is { } joined)
            {
                group.AddRange(Group(text, actors, joined));
            }

            // «ضم كيري ووزير خارجية المملكة عادل الجبير وزير خارجية روسيا سيرجي لافروف»: a member of another country right
            // after the last one, with its «و» left out, is one more (a title of the same person would be of its country).
            while (group.Count >= 2 && actors.FirstOrDefault(a => a.FirstToken == group[^1].LastToken + 1) is { Kind: not MentionKind.Adjective } more
                   && more.Country is not null && group.All(g => g.Country != more.Country))
            {
                group.Add(more);
            }

            return group.Count >= 2 ? [.. group.Select(a => new List<ActorMention> { a })] : null;
        }

        return null;
    }

    /// <summary>
    /// «اجتماع ثلاثي سعودي - أميركي - روسي», «حوار يمني سعودي», «محادثات أمريكية وروسية»: the nisbas that
    /// follow a mutual act, joined by nothing, a dash or «و», name its parties. One word may stand between
    /// the act and the first nisba («ثلاثي», «رفيع»).
    /// </summary>
    private static List<ActorMention>? NisbaParties(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors)
    {
        var first = actors.FirstOrDefault(a => a.FirstToken > triggerEnd && a.FirstToken - triggerEnd <= 2);
        if (first is null || first.Kind != MentionKind.Adjective
            || (first.FirstToken - triggerEnd == 2 && text.Tokens[triggerEnd + 1].Kind != TokenKind.Arabic))
        {
            return null;
        }

        var parties = new List<ActorMention> { first };
        var last = first.LastToken;
        foreach (var next in actors.Where(a => a.FirstToken > first.LastToken))
        {
            var gap = next.FirstToken - last - 1;
            var dashed = gap == 1 && text.Tokens[last + 1].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[last + 1].NormStart] is '-' or '\u2013' or '\u2014';
            if (next.Kind != MentionKind.Adjective || (gap != 0 && !dashed) || next.FirstToken >= limit)
            {
                break;
            }

            parties.Add(next);
            last = next.LastToken;
        }

        return parties.Select(p => p.Code).Distinct().Count() >= 2 ? parties : null;
    }

    /// <summary>An armed group with no state behind it: insurgents or militias (REB), an <c>IMG</c> group, or unnamed attackers.</summary>
    private static bool IsMilitant(ActorMention a)
        => a.Role is "REB" or "UAF" || a.Code == "UAF" || a.Code.StartsWith("IMG", StringComparison.Ordinal);

    /// <summary>An actor with a civilian or political role (GOV, LEG, PTY, JUD, MED…); a bare country or an armed role is not.</summary>
    private static bool IsUnarmed(ActorMention a)
        => a.Role is { } role && !a.Code.StartsWith("IMG", StringComparison.Ordinal) && role is not ("MIL" or "REB" or "COP" or "SPY" or "UAF" or "INS");

    /// <summary>
    /// Whether an attack is one armed side fighting another: on an armed group (REB, an <c>IMG</c> group) by an army,
    /// another group, an unnamed attacker, a service, or a state or its government; or by one army on another. Insurgents striking an army or
    /// police, and anyone striking civilians, commit an assault. The attack is on the group itself or on its positions
    /// («هاجم الحوثيون مواقع المقاومة»), not on a house, a mosque or a car of its people («هاجم مسلحون منزل قيادي
    /// حوثي»); and a spokesman or a commander who «هاجم» speaks («هاجم المتحدث باسم الجيش الحوثيين»).
    /// </summary>
    private bool FightsAsArmedSide(AnalyzedText text, int trigger, ActorMention source, ActorMention target)
    {
        // («هجوم تركيا على المقاتلين الأكراد»: a state or its government attacking an armed group does so with its army.)
        var state = source is { Role: null or "GOV", Kind: MentionKind.Country or MentionKind.Capital or MentionKind.Named or MentionKind.Composite } && source.Country is not null;
        if (!((target.Role == "REB" && (source.Role is "MIL" or "REB" or "SPY" || source.Code == "UAF" || state)) || (target.Role == "MIL" && source.Role == "MIL")))
        {
            return false;
        }

        if (source.FirstToken != trigger && text.Tokens[source.FirstToken] is { Kind: TokenKind.Arabic } head && _masculineRoles.Contains(text.Core(head)))
        {
            return false;
        }

        var objectFrom = Math.Max(trigger, source.FirstToken == trigger ? trigger : source.LastToken) + 1;
        var positioned = false;
        for (var i = objectFrom; i < target.FirstToken; i++)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } word)
            {
                continue;
            }

            if (_civilianObjects.Contains(text.Core(word)))
            {
                return false;
            }

            positioned |= _positions.Contains(text.Core(word)) || _posts.Contains(text.Core(word));
        }

        return positioned || target.FirstToken - objectFrom <= 1;
    }

    /// <summary>
    /// The owner of a vehicle, a post or a building at <paramref name="objectAt"/>: «حافلة للجيش», «سيارة عسكرية تابعة
    /// للشرطة», and, after a bare noun in construct, «موكب وزير الداخلية». Who owns what an attack struck is the one attacked.
    /// </summary>
    private ActorMention? OwnerOfObject(AnalyzedText text, int objectAt, int limit, List<ActorMention> actors, bool accusative = false)
    {
        // («مسجدا», «مركزا»: the accusative's alif of an indefinite object, right after the verb that struck it.)
        if (objectAt >= limit || text.Tokens[objectAt] is not { Kind: TokenKind.Arabic } noun || (noun.Proclitics & Proclitics.Wa) != 0
            || noun.SuffixLength > 0
            || !(_struckObjects.Contains(text.Core(noun)) || (accusative && text.Core(noun) is [.. var stem, '\u0627'] && stem.Length >= 3 && _struckObjects.Contains(stem))))
        {
            return null;
        }

        var at = objectAt + 1;
        // One adjective of the object («سيارة عسكرية», «الحافلة الصغيرة») may stand before its owner.
        if (at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, SuffixLength: 0 } adjective && (adjective.Proclitics & ~Proclitics.Al) == 0
            && (adjective.Proclitics & Proclitics.Al) == (noun.Proclitics & Proclitics.Al) && !_belonging.Contains(text.Core(adjective))
            && !actors.Any(a => a.FirstToken == at) && !_prepositions.Contains(text.Core(adjective)) && !IsRelativePronoun(text, adjective))
        {
            at++;
        }

        var belonging = at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word && (word.Proclitics & ~Proclitics.Al) == 0 && _belonging.Contains(text.Core(word));
        if (belonging)
        {
            at++;
        }

        // «مسجدا في مقر قوات الطوارئ»: or stand in it.
        if (!belonging && at + 2 < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } inside && text.Core(inside).SequenceEqual(_fi)
            && text.Tokens[at + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } site && _struckObjects.Contains(text.Core(site))
            && actors.FirstOrDefault(a => a.FirstToken == at + 2 && a.Kind != MentionKind.Adjective) is { } siteOwner && (text.Tokens[at + 2].Proclitics & ~Proclitics.Al) == 0)
        {
            return siteOwner;
        }

        // «مسجدا تابعا لمقر قوات الطوارئ»: the object may belong to another place, whose owner it names.
        if (belonging && at + 1 < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Li, SuffixLength: 0 } place
            && _struckObjects.Contains(text.Core(place)) && actors.FirstOrDefault(a => a.FirstToken == at + 1 && a.Kind != MentionKind.Adjective) is { } placeOwner
            && (text.Tokens[at + 1].Proclitics & ~Proclitics.Al) == 0)
        {
            return placeOwner;
        }

        if (actors.FirstOrDefault(a => a.FirstToken == at && a.Kind != MentionKind.Adjective) is not { } owner)
        {
            return null;
        }

        var li = (text.Tokens[at].Proclitics & Proclitics.Li) != 0 && (text.Tokens[at].Proclitics & Proclitics.Wa) == 0;
        var construct = at == objectAt + 1 && (noun.Proclitics & Proclitics.Al) == 0 && text.Tokens[at].Proclitics is Proclitics.None or Proclitics.Al;
        return li || construct ? owner : null;
    }

    /// <summary>
    /// Whether <paramref name="a"/> owns an object («حافلة للجيش») that stands as the act's direct object right after
    /// <paramref name="objectFrom"/>, or right after a preposition the pattern takes («على سيارة تابعة للشرطة»).
    /// </summary>
    private bool OwnedObjectStruck(AnalyzedText text, EventPattern pattern, ActorMention a, int objectFrom, int limit, List<ActorMention> actors)
    {
        for (var objectAt = a.FirstToken - 1; objectAt > objectFrom && objectAt >= a.FirstToken - 3; objectAt--)
        {
            if (!ReferenceEquals(OwnerOfObject(text, objectAt, limit, actors), a))
            {
                continue;
            }

            var noun = text.Tokens[objectAt];
            // («واستهدفت غارات جوية مواقع للحوثيين», «هاجم مسلحون أمس حافلة للجيش»: an adjective of the trigger's
            // word or a word of time may stand before the object.)
            if (noun.Proclitics is Proclitics.None or Proclitics.Al && objectAt - objectFrom <= 3
                && Enumerable.Range(objectFrom + 1, objectAt - objectFrom - 1).All(i => text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: 0 } between
                    && (between.Proclitics & ~Proclitics.Al) == 0 && !_prepositions.Contains(text.Core(between)) && !IsRelativePronoun(text, between)
                    && !actors.Any(b => b.FirstToken <= i && b.LastToken >= i)))
            {
                return pattern.DirectObjectTarget;
            }

            if ((noun.Proclitics & Proclitics.Bi) != 0)
            {
                return objectAt == objectFrom + 1 && pattern.TargetPrepositions.Contains("\u0628");
            }

            return objectAt == objectFrom + 2 && text.Tokens[objectAt - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } preposition
                   && _prepositions.TryGet(text.Core(preposition), out var word) && word is not null && pattern.TargetPrepositions.Contains(word);
        }

        return false;
    }

    /// <summary>Two members of one grouping («مجموعة 5+1») stand on the same side of a mutual act.</summary>
    private static bool SameWords(ActorMention a, ActorMention b) => a.FirstToken == b.FirstToken && a.LastToken == b.LastToken;

    /// <summary>The mention and the ones coordinated with it by «و» (or a comma), in order.</summary>
    private List<ActorMention> Group(AnalyzedText text, List<ActorMention> actors, ActorMention head)
    {
        var group = new List<ActorMention> { head };
        var index = actors.IndexOf(head);
        var last = head;
        for (var k = index + 1; k < actors.Count; k++)
        {
            var next = actors[k];

            // The members of a grouping («مجموعة 5+1») share its words and go together.
            if (next.FirstToken == last.FirstToken && next.LastToken == last.LastToken)
            {
                group.Add(next);
                continue;
            }

            // «الدول الست الكبرى (الولايات المتحدة، وفرنسا، …) وإيران»: a bracket that names the grouping's members again
            // adds no one; the list goes on after it.
            if (next.FirstToken == last.LastToken + 2 && IsBracket(text, last.LastToken + 1, '(') && group.Any(g => g.Code == next.Code && SameWords(g, last))
                && ClosingBracket(text, next.LastToken + 1, Math.Min(text.Tokens.Count, next.LastToken + 40)) is { } closing)
            {
                while (k + 1 < actors.Count && actors[k + 1].FirstToken < closing)
                {
                    k++;
                }

                last = last with { LastToken = closing };
                continue;
            }

            // «نظيريه الأميركي كيري والسعودي الجبير»: a nisba right before a name is that name's; the name is the member.
            if (next.Kind == MentionKind.Adjective && k + 1 < actors.Count && actors[k + 1].FirstToken == next.LastToken + 1
                && actors[k + 1].Kind is MentionKind.Named or MentionKind.Composite && (text.Tokens[next.FirstToken].Proclitics & Proclitics.Wa) != 0)
            {
                continue;
            }

            var gap = next.FirstToken - last.LastToken - 1;
            // «لتنظيم “داعش” ولحزب العمال»: the quotation mark that closes a member is not a word between.
            var quoted = gap == 1 && IsClosingQuote(text, last.LastToken + 1);
            // «الولايات المتحدة وبعض دول جنوب شرق آسيا»: a quantifier after «و» still joins the next member.
            var conjoined = ((text.Tokens[next.FirstToken].Proclitics & Proclitics.Wa) != 0 && (gap == 0 || quoted))
                            || (gap == 1 && text.Tokens[last.LastToken + 1] is { Kind: TokenKind.Arabic } quantifier
                                && (quantifier.Proclitics & Proclitics.Wa) != 0 && IsQuantifier(text.Core(quantifier)));
            var listed = gap == 1 && text.Tokens[last.LastToken + 1].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[last.LastToken + 1].NormStart] == ',';
            // «دول التحالف وفي مقدمتها السعودية», «وعلى رأسها مصر»: the one foremost among them is one of them.
            conjoined |= gap == 2 && text.Tokens[last.LastToken + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa } onAt && _foremostPrepositions.Contains(text.Core(onAt))
                         && text.Tokens[last.LastToken + 2] is { Kind: TokenKind.Arabic, SuffixLength: > 0 } front && _foremost.Contains(text.Core(front));

            // «قوات الجيش الوطني وعناصر المقاومة», «الحوثيين وبقايا قوات صالح»: the next member may open with a head
            // noun of its own after «و», and the member before may end with an adjective the lexicon left out.
            conjoined |= gap is 1 or 2 && text.Tokens[next.FirstToken - 1] is { Kind: TokenKind.Arabic } lead && (lead.Proclitics & Proclitics.Wa) != 0
                         && !_prepositions.Contains(text.Core(lead)) && !_reporting.Contains(text.Core(lead)) && !NamesAnAct(text, lead)
                         && (gap == 1 || (text.Tokens[last.LastToken + 1] is { Kind: TokenKind.Arabic } adjective && (adjective.Proclitics & Proclitics.Al) != 0
                                          && (adjective.Proclitics & Proclitics.Wa) == 0 && !NamesAnAct(text, adjective)));
            // «ميليشيات الحوثي وحليفهم المخلوع علي صالح»: an ally named after «وحليفهم» (and an epithet) is one more member.
            conjoined |= gap is 1 or 2 && text.Tokens[last.LastToken + 1] is { Kind: TokenKind.Arabic } ally && (ally.Proclitics & Proclitics.Wa) != 0
                         && _allies.Contains(text.Core(ally))
                         && (gap == 1 || text.Tokens[last.LastToken + 2] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 });
            // «استقبل الرئيس المصري عبدالفتاح السيسي ولي ولي العهد السعودي»: the «و» of «ولي» (heir) is its first letter,
            // no conjunction; an heir of another state begins the verb's object. (Of the same state he is the man just
            // named: «الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي».)
            conjoined &= !(text.Form(text.Tokens[next.FirstToken]).SequenceEqual("\u0648\u0644\u064A")
                           && next.Country is { } heirs && last.Country is { } named && heirs != named);

            // «وقوف دولة الكويت ومساندتها للمملكة»: a member behind a preposition is an object, not a co-agent; unless the
            // head is behind the same one («ينتمون لتنظيم داعش ولحزب العمال الكردستاني»).
            var behind = text.Tokens[next.FirstToken].Proclitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Ka);
            // («منظمة العفو الدولية ومقرها لندن»: nor is a body's seat.)
            if (!(conjoined || listed) || next.Kind == MentionKind.Adjective || IsSeat(text, next)
                || (behind != 0 && !BehindAlike(text, head, behind)))
            {
                break;
            }

            // «ستهاجم إيران، وحزب الله سيرد بهجوم»: a member with a verb in the future right after it is the subject of
            // the next clause. (Not a verb of saying: «والسعودي عادل الجبير يقول مسؤولون» is an aside.)
            // («لافروف والجبير سيبحثان»: not a member listed without a comma; the verb is the whole group's.)
            if (next.LastToken + 1 < text.Tokens.Count && text.Tokens[next.LastToken + 1] is { Kind: TokenKind.Arabic } own
                && (own.Proclitics & Proclitics.Sa) != 0 && next.FirstToken > 0 && IsComma(text, next.FirstToken - 1))
            {
                break;
            }

            // «المبعوث الخاص ورئيس بعثة الأمم المتحدة للدعم في ليبيا برناردينو ليون»: a bare office joined by «و» to another
            // office that a person's name follows is that man's first title, not a member of its own.
            if (group.Count == 1 && head.Kind == MentionKind.Agent && head.Code.Length == 3 && conjoined && next.Kind is MentionKind.Agent or MentionKind.Composite
                && k + 1 < actors.Count && actors[k + 1] is { Kind: MentionKind.Named, IsPerson: true } man && man.FirstToken == next.LastToken + 1 && man.Code == next.Code)
            {
                group[0] = next;
                last = next;
                continue;
            }

            group.Add(next);
            last = next;
        }

        return group;
    }

    /// <summary>
    /// Whether the head stands behind the same preposition as a member after it: its first word, or the patron a link
    /// word joins it to («شخصا ينتمون لتنظيم داعش ولحزب العمال»).
    /// </summary>
    private bool BehindAlike(AnalyzedText text, ActorMention head, Proclitics behind)
    {
        if ((text.Tokens[head.FirstToken].Proclitics & behind) == behind)
        {
            return true;
        }

        for (var i = head.FirstToken + 1; i <= head.LastToken; i++)
        {
            if (text.Tokens[i].Kind == TokenKind.Arabic && (text.Tokens[i].Proclitics & behind) == behind && _alongside.Contains(text.Core(text.Tokens[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpeningQuote(AnalyzedText text, int i)
        => text.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol && text.Original[text.Tokens[i].Start] is '"' or '«' or '“';

    private static bool IsBracket(AnalyzedText text, int i, char bracket)
        => i < text.Tokens.Count && text.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol && text.Original[text.Tokens[i].Start] == bracket;

    private static int? ClosingBracket(AnalyzedText text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsBracket(text, i, ')'))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsClosingQuote(AnalyzedText text, int i)
        => text.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol && text.Original[text.Tokens[i].Start] is '"' or '»' or '”';

    /// <summary>An armed group (REB) coded like a source but another body, with a different name.</summary>
    private static bool IsRivalNamesake(ActorMention a, List<ActorMention> sources)
        => a.Code.EndsWith("REB", StringComparison.Ordinal) && sources.All(s => s.Name != a.Name && !SameWords(s, a));

    private static bool IsQuantifier(ReadOnlySpan<char> core)
        => core.SequenceEqual("\u0628\u0639\u0636") || core.SequenceEqual("\u0643\u0644") || core.SequenceEqual("\u0628\u0627\u0642\u064A")
           || core.SequenceEqual("\u0633\u0627\u064A\u0631") || core.SequenceEqual("\u0645\u0639\u0638\u0645") || core.SequenceEqual("\u0628\u0642\u064A\u0629");

    /// <summary>
    /// «أكد وزير الداخلية أن التدخلات الإيرانية في الشأن الداخلي للبحرين مرفوضة»: a judgement the speaker predicates of
    /// the clause after «أن» is the speaker's act, aimed at the first actor that clause names before it («الإيرانية»).
    /// The judgement must stand in that clause, bare (not «المرفوضة», the name of a thing), with no other «أن» between.
    /// </summary>
    private void CodePredicate(List<CodedEvent> events, ArticleState state, Article article, string field, AnalyzedText text, Sentence sentence, EventPattern pattern,
        string code, int t, int triggerEnd, int first, int limit, ActorMention? speaker, List<ActorMention> actors, List<PlaceMention> places,
        List<DateMention>?[] sentenceDates, Modality modality, CodingTrace? trace)
    {
        int? complementizer = null;
        for (var k = t - 1; k >= first && k >= t - 14; k--)
        {
            var tok = text.Tokens[k];
            if (tok.Kind == TokenKind.Punctuation && text.Normalized[tok.NormStart] is not (',' or '\u060C'))
            {
                break;
            }

            if (tok is { Kind: TokenKind.Arabic, SuffixLength: 0 } && (tok.Proclitics & ~Proclitics.Wa) == 0 && IsComplementizer(text.Core(tok)))
            {
                complementizer = k;
                break;
            }
        }

        // The «أن» must be the speaker's own, with no other actor between («قال الجبير إن إيران ترى أن … مرفوض» is Iran's
        // view), and nobody else named as the one rejecting («مرفوضة من قبل الشعب اليمني»).
        if (text.Tokens[t].Proclitics != Proclitics.None || complementizer is not { } an || speaker is null || speaker.FirstToken >= an
            || actors.Any(a => a.FirstToken > speaker.LastToken && a.LastToken < an && PrepositionBefore(text, a) is null && a.Country != speaker.Country)
            || AgentPhraseAfter(text, triggerEnd, limit))
        {
            trace?.Add($"  rejected {code} at «{text.OriginalOf(text.Tokens[t])}»: a judgement needs a speaker and the clause after «أن» it is said of");
            return;
        }

        // Whose act is rejected: the agent after «من قبل» in the clause («الاعتداءات على المملكة من قبل الحوثيين»), else the
        // first actor that is neither the object of a preposition («على المملكة»), nor the victim in the genitive of an act
        // of force («استهداف السعودية»), nor of the speaker's own country («التدخلات في شؤون البحرين»).
        var inClause = actors.Where(a => a.FirstToken > an && a.LastToken < t && a.Code != speaker.Code).ToList();
        var target = inClause.FirstOrDefault(a => IsAgentPhrase(text, a, 0))
                     ?? inClause.FirstOrDefault(a => PrepositionBefore(text, a) is null && !IsAgentPhrase(text, a, 0)
                                                     && (a.Country is null || a.Country != speaker.Country)
                                                     && !(a.FirstToken > 0 && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic } head && IsForceNoun(text, head)));
        var date = DateFor(text, t, first, limit, article.Published, false, sentenceDates, state.LastDate);
        AddEvent(events, state, article, field, text, sentence, state.SentenceIndex, speaker, target, _cameo[code], pattern, t, triggerEnd, date, PlaceFor(text, t, places), modality, 0.7, trace);
    }

    /// <summary>«من قبل» or «على يد» right after the trigger: an agent of its own follows.</summary>
    private bool AgentPhraseAfter(AnalyzedText text, int triggerEnd, int limit)
        => triggerEnd + 2 < limit && text.Tokens[triggerEnd + 1] is { Kind: TokenKind.Arabic } by && text.Tokens[triggerEnd + 2] is { Kind: TokenKind.Arabic } side
           && _agentive.Contains(text.Core(side)) && (text.Core(by).SequenceEqual(_min) || text.Core(by).SequenceEqual("\u0639\u0644\u064A"));

    /// <summary>A noun that names an act of force («استهداف», «الاعتداءات», «المساس»): its genitive is the victim.</summary>
    private bool IsForceNoun(AnalyzedText text, Token head)
        => _patterns.ByNoun(text.Core(head)).Any(p => IsMaterialConflict(p.Code)) || _forceHeads.Contains(text.Core(head));

    private ActorMention? FindSpeaker(AnalyzedText text, int first, int limit, List<ActorMention> actors)
    {
        if (ReportingVerbAt(text, first, limit) is var at and >= 0)
        {
            // «وأعلن أنه سيزور المملكة»: past «أن» the actor belongs to what is said; the speaker is unnamed.
            // «وقال المصدر لرويترز»: the one spoken to, after «ل» or «إلى», is not the speaker; nor is a place after «في»
            // («كما أعلنت استدعاء سفيرها في طهران», «لدى طهران»).
            return actors.FirstOrDefault(a => a.FirstToken > at && a.FirstToken - at <= 4 && a.Kind != MentionKind.Adjective && !IsAddressee(text, a)
                                              && !(a.Kind is MentionKind.Capital or MentionKind.Country && PrepositionBefore(text, a) is { } where && (where == _fi || where == _at))
                                              && !Enumerable.Range(at + 1, a.FirstToken - at - 1).Any(i => text.Tokens[i].Kind == TokenKind.Arabic && IsComplementizer(text.Core(text.Tokens[i]))));
        }

        // «وكان وزير الخارجية البريطاني فيليب هاموند قال عند وصوله …: «نأمل …»»: a subject named first, after «كان» or
        // nothing, and the verb of saying right after it.
        if (actors.FirstOrDefault(a => a.Kind != MentionKind.Adjective) is { } subject
            && (subject.FirstToken == first
                || (subject.FirstToken == first + 1 && text.Tokens[first] is { Kind: TokenKind.Arabic } was && _kanaWords.Contains(text.Core(was))))
            && subject.LastToken + 1 < limit && text.Tokens[subject.LastToken + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } saidVerb
            && _reporting.Contains(text.Core(saidVerb)))
        {
            return subject;
        }

        // «ونقلت وكالة الأنباء عن وزير الخارجية محمد جواد ظريف قوله إن»: the one quoted is whom «عن» names before
        // «قوله», not the agency that reports him.
        for (var t = first + 2; t < limit; t++)
        {
            var tok = text.Tokens[t];
            if (tok.Kind == TokenKind.Arabic && tok.SuffixLength > 0 && tok.Proclitics == Proclitics.None && tok.NormEnd - tok.NormStart - tok.SuffixLength == 3
                && text.Core(tok).SequenceEqual(_saying)
                && actors.LastOrDefault(a => a.LastToken < t && a.Kind != MentionKind.Adjective) is { } quoted && t - quoted.LastToken <= 3
                && quoted.FirstToken > first && text.Tokens[quoted.FirstToken - 1] is { Kind: TokenKind.Arabic } from && text.Core(from).SequenceEqual(_about))
            {
                return quoted;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the possessive at <paramref name="t"/> names a side of its own: the subject after «أن/إن», the object of a
    /// preposition («ضد بلاده», «لبلاده», «إلى جانب بلاده»), or the first word inside quotes. The genitive of a noun
    /// («دعم بلاده لمصر», «حرص حكومته», «وحدة بلادنا») is the speaker's own act or asset, which the speaker already codes.
    /// </summary>
    private bool OpensOwnStatePhrase(AnalyzedText text, int t, int first)
    {
        var tok = text.Tokens[t];
        if ((tok.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0)
        {
            return true;
        }

        if (t == first || text.Tokens[t - 1] is not { Kind: TokenKind.Arabic } before)
        {
            return t > first && text.Tokens[t - 1].Kind == TokenKind.Punctuation;
        }

        var core = text.Core(before);
        // («أبرمه وفد بلاده»: so does a body in construct with it, whose the state is.)
        return before.SuffixLength == 0 && (IsComplementizer(core) || _prepositions.Contains(core) || core.SequenceEqual(_side)
                                            || ((before.Proclitics & Proclitics.Al) == 0 && _delegations.Contains(core)));
    }

    /// <summary>
    /// «وأكد الوزير أن بلاده ترفض التدخل»: the word right after «أن» and its actor is the verb of the clause said, which
    /// codes itself, not the object of the verb of saying («أكد رفضه»; «أكد أن مصر على استعداد» still reads «استعداد»).
    /// </summary>
    private bool InSaidClause(AnalyzedText text, int t, int i, List<ActorMention> actors)
    {
        foreach (var a in actors)
        {
            if (a.LastToken == i - 1 && a.FirstToken - 1 > t && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word
                && IsComplementizer(text.Core(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «بالدور الإيجابي الذي تقوم به السعودية»: in praise, blame, rejection or protest, whose act or role the object is
    /// (an appeal's «باحترام الهدنة التي أقرتها قيادة التحالف» asks for something, of someone else).
    /// The actor is the subject of a relative clause on the preposition's object
    /// (the object, an adjective or two, «الذي/التي», a verb and its «به/بها»), so the act is aimed at it.
    /// </summary>
    private bool OwnerInRelative(AnalyzedText text, int prepositionAt, int actorAt)
    {
        if (actorAt - prepositionAt > 7)
        {
            return false;
        }

        for (var k = prepositionAt + 1; k < actorAt - 1; k++)
        {
            if (text.Tokens[k].Kind != TokenKind.Arabic)
            {
                return false;
            }

            if (IsRelativePronoun(text, text.Tokens[k]))
            {
                // The verb right after the pronoun, then at most its «به/بها»; not a verb the subject undergoes or lives
                // through («التي تعرضت لها السعودية», «الذي تعيشه ليبيا», «التي تشهدها مصر»).
                var rest = actorAt - k - 1;
                // A verb with no object pronoun has the relative as its subject and the actor as its object («الهجوم الذي
                // استهدف السفارة السعودية»: the embassy is the victim).
                return text.Tokens[k + 1] is { Kind: TokenKind.Arabic } verb && !_occurrence.Contains(text.Stem(verb)) && !_undergoing.Contains(text.Stem(verb))
                       && ((rest == 1 && verb.SuffixLength > 0)
                           || (rest == 2 && text.Tokens[k + 2] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: > 0 } bi && text.Core(bi).Length == 1));
            }
        }

        return false;
    }

    /// <summary>
    /// The word of purpose within six words after a protest («للتنديد», «تنديدا», «استنكارا», «رفضا») and the actor whose
    /// act it names: the nisba of its object («بالعدوان الإسرائيلي»), the genitive of that object («بغارات التحالف»), or the
    /// subject of a relative clause on it («بالغارات التي يشنها الجيش التركي»).
    /// </summary>
    private ActorMention? ProtestedOwner(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors, List<ActorMention> sources)
    {
        for (var p = triggerEnd + 1; p < limit && p <= triggerEnd + 8; p++)
        {
            if (text.Tokens[p] is not { Kind: TokenKind.Arabic } word)
            {
                if (text.Tokens[p].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[p].NormStart] is '.' or ';' or ':' or '?')
                {
                    return null;
                }

                continue;
            }

            if (!_purposes.Contains(text.Core(word)) || p + 1 >= limit || text.Tokens[p + 1] is not { Kind: TokenKind.Arabic } obj || (obj.Proclitics & (Proclitics.Bi | Proclitics.Li)) == 0)
            {
                continue;
            }

            var at = p;
            return actors.FirstOrDefault(a => !sources.Contains(a) && a.Role is not ("CVL" or "REF")
                                              && ((a.FirstToken == at + 2 && a.Kind != MentionKind.Country) || (a.FirstToken == at + 1 && a.Kind != MentionKind.Adjective)
                                                  || OwnerInRelative(text, at + 1, a.FirstToken)));
        }

        return null;
    }

    /// <summary>
    /// «هجوم انتحاري دام نسبته أنقرة إلى التنظيم»: a verb of ascribing («نسب», «عزا») with the act's pronoun within four
    /// words after it, then the actor after its «إلى»: the one the act is ascribed to.
    /// </summary>
    private ActorMention? AscribedTo(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors)
    {
        for (var k = triggerEnd + 1; k < limit && k <= triggerEnd + 4; k++)
        {
            if (text.Tokens[k] is not { Kind: TokenKind.Arabic } word)
            {
                return null;
            }

            if (word.SuffixLength > 0 && _ascribing.Contains(text.Core(word)))
            {
                var to = actors.FirstOrDefault(a => a.FirstToken > k && a.FirstToken - k <= 5 && a.Kind != MentionKind.Adjective && PrepositionBefore(text, a) is { } p && p == _ila);
                return to;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the subject opens a sentence before its verb at <paramref name="t"/> («طائرة إغاثة سعودية تهبط»): the first of at
    /// most four words after the start or a punctuation mark, none of them joined by «و», not opened by a preposition or
    /// «أن»; <paramref name="t"/> itself when there is none.
    /// </summary>
    private int OpeningSubject(AnalyzedText text, int t)
    {
        var opening = t;
        while (opening > 0 && t - opening < 5 && text.Tokens[opening - 1].Kind == TokenKind.Arabic && (text.Tokens[opening - 1].Proclitics & Proclitics.Wa) == 0)
        {
            opening--;
        }

        return t - opening is > 0 and <= 4 && (opening == 0 || text.Tokens[opening - 1].Kind == TokenKind.Punctuation)
               && !(IsComplementizer(text.Core(text.Tokens[opening])) || _prepositions.Contains(text.Core(text.Tokens[opening])))
            ? opening
            : t;
    }

    /// <summary>
    /// The donor of relief told after the trigger: the nisba or country right after a carrier («طائرة إغاثة سعودية», «قافلة
    /// مساعدات إماراتية»), else the actor after «مقدمة من» / «مرسلة من».
    /// </summary>
    private List<ActorMention>? AidDonors(AnalyzedText text, int t, int limit, List<ActorMention> actors)
    {
        // (Or before it, in a subject that opens the sentence: «طائرة إغاثة سعودية تهبط في مطار عدن».)
        for (var k = text.Tokens[t].SuffixLength == 0 ? OpeningSubject(text, t) : t + 1; k < limit && k <= t + 16; k++)
        {
            if (k == t)
            {
                continue;
            }

            if (text.Tokens[k] is not { Kind: TokenKind.Arabic } word)
            {
                continue;
            }

            var at = k;
            if (_aidCarriers.Contains(text.Core(word)))
            {
                if (actors.FirstOrDefault(a => a.FirstToken > at && a.FirstToken <= at + 2 && a.Kind is MentionKind.Adjective or MentionKind.Country
                                               && PrepositionBefore(text, a) is null && (text.Tokens[a.FirstToken].Proclitics & Proclitics.Al) == 0) is { } nisba)
                {
                    // «طائرتان سعوديتان وأخرى إماراتية»: another carrier of another country, its noun left out.
                    var donors = new List<ActorMention> { nisba };
                    for (var last = nisba; actors.FirstOrDefault(a => a.FirstToken == last.LastToken + 2 && a.Kind == MentionKind.Adjective && a.Country != last.Country
                                                                      && text.Tokens[last.LastToken + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa } other
                                                                      && _another.Contains(text.Core(other))) is { } more; last = more)
                    {
                        donors.Add(more);
                    }

                    return donors;
                }
            }

            if (_givenBy.Contains(text.Core(word)) && k + 2 < limit && text.Tokens[k + 1] is { Kind: TokenKind.Arabic } from && text.Core(from).SequenceEqual(_min)
                && actors.FirstOrDefault(a => a.FirstToken == at + 2 && a.Kind != MentionKind.Adjective) is { } giver)
            {
                return [giver];
            }
        }

        return null;
    }

    /// <summary>
    /// Why the verb at <paramref name="t"/> is not the act its pattern names, or null:
    /// «فجر أمس», «فجر الجمعة» (the dawn of a day, not a detonation);
    /// «بلاده تستهدف "خفض معدل البطالة"» (aiming at a goal, not at a foe);
    /// «لن تنضم إلى أي محاولات تستهدف الإطاحة بالأسد» (a clause describing an effort or a plan: what it would do).
    /// </summary>
    private string? NotTheAct(AnalyzedText text, int t, int first, int limit)
    {
        var token = text.Tokens[t];
        if ((token.Proclitics & ~(Proclitics.Wa | Proclitics.Fa)) == 0 && token.SuffixLength == 0 && text.Core(token).SequenceEqual(_dawn)
            && NextWord(text, t, limit) is { } dawnOf && (_timeWords.Contains(text.Core(dawnOf)) || _timeWords.Contains(text.Form(dawnOf)) || text.Core(dawnOf).SequenceEqual(_firstOf)))
        {
            return $"the dawn of a day («{text.OriginalOf(dawnOf)}»), a time";
        }

        // «التقدمات التي يحققونها»: «حقق» with its object's pronoun achieves; one investigates «في» something.
        if (token.SuffixLength > 0 && _achieving.Contains(text.Stem(token)))
        {
            return "«حقق» with an object pronoun achieves, it investigates nothing";
        }

        if (_aimVerbs.Contains(text.Stem(token)) && NextWord(text, t, limit) is { } aimed && _goals.Contains(text.Core(aimed)))
        {
            return $"it aims at a goal («{text.OriginalOf(aimed)}»), not at a foe";
        }

        if (t > first && (token.Proclitics & (Proclitics.Wa | Proclitics.Fa)) == 0
            && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } effort && _efforts.Contains(text.Core(effort)))
        {
            return $"it describes «{text.OriginalOf(effort)}», what an effort would do";
        }

        return null;
    }

    /// <summary>The next Arabic word after <paramref name="t"/>, past quotation marks; null at the end of the clause.</summary>
    private static Token? NextWord(AnalyzedText text, int t, int limit)
    {
        for (var k = t + 1; k < limit && k <= t + 3; k++)
        {
            if (text.Tokens[k].Kind == TokenKind.Arabic)
            {
                return text.Tokens[k];
            }

            if (text.Tokens[k].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[k].NormStart] is '.' or ';' or ':' or '?' or ',')
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>«أغلقت الولايات المتحدة سفارتها», «سحبت قواتها»: a one-word agent with a pronoun, whose owner is the subject.</summary>
    private static bool IsPossessedAgent(AnalyzedText text, ActorMention a)
        => a.FirstToken == a.LastToken && text.Tokens[a.FirstToken].SuffixLength > 0;

    /// <summary>The pronoun of «بلاده، بلادها، بلادنا»: his, her, our; not «هم/هما/هن» (theirs).</summary>
    private static bool IsSpeakerPossessive(AnalyzedText text, Token tok)
    {
        var suffix = text.Normalized.AsSpan(tok.NormEnd - tok.SuffixLength, tok.SuffixLength);
        return suffix is "\u0647" or "\u0647\u0627" or "\u0646\u0627";
    }

    /// <summary>«بلاده», «حكومتنا»: a possessive the coder read as the speaker's state.</summary>
    private bool IsOwnStateWord(AnalyzedText text, ActorMention a)
        => a.FirstToken == a.LastToken && a.Source is null && text.Tokens[a.FirstToken] is { SuffixLength: > 0 } word && _ownState.Contains(text.Core(word));

    /// <summary>
    /// The <see cref="EventPattern.About"/> pattern of the verb of saying at <paramref name="said"/> and the actor its
    /// content opens on: within four words of the «أن/إن» that follows the verb, a named body or an actor of a country
    /// other than the speaker's, and no nisba alone. Not when the content reports an act a pattern names («إن قائدا في
    /// البحرية السعودية قام بزيارة», «إن طيارين بريطانيين شاركوا في ضربات»): that act is the event, and the words
    /// reporting it are no statement of the speaker's about anyone.
    /// </summary>
    private (EventPattern Statement, ActorMention About)? StatementAbout(AnalyzedText text, int said, int limit, ActorMention speaker, List<ActorMention> actors)
    {
        var verb = text.Tokens[said];
        for (var i = said + 1; i < limit && i <= said + 12; i++)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } word || !IsComplementizer(text.Core(word)))
            {
                continue;
            }

            var opening = i;
            // (A capital after «في» is where something is: «إن الطلب الإيجاري في لندن».)
            // (Named in the words themselves: not a bare role the story's context gives a country, «إن من الضروري محاسبة
            // المسؤولين».)
            if (actors.FirstOrDefault(a => a.FirstToken > opening && a.FirstToken - opening <= 4 && a.Kind is not (MentionKind.Adjective or MentionKind.Agent)
                                           && !(a.Kind == MentionKind.Capital && PrepositionBefore(text, a) == _fi)
                                           && (a.Country is not null || a.Kind == MentionKind.Named) && a.Role is not ("BUS" or "MED" or "HLH" or "EDU")
                                           && a.Code != speaker.Code && a.Country != speaker.Country) is not { } about)
            {
                return null;
            }

            // The act, if any, is the predicate right after the subject («… قام بزيارة», «… وصل», «… أبلغ العبادي»).
            var end = ClauseEnd(text, opening, limit);
            for (var w = opening + 1; w <= Math.Min(end, about.LastToken + 3) && w < limit; w++)
            {
                var tok = text.Tokens[w];
                // (A verb never has the article: «الحرب» is no «حارب».)
                // (Not what is yet to come, «إن إسرائيل سترتكب خطأ»; a noun only as the object of a light verb, «قام بزيارة».)
                if (tok.Kind == TokenKind.Arabic && (tok.Proclitics & (Proclitics.Al | Proclitics.Sa)) == 0 && !actors.Any(a => a.FirstToken <= w && a.LastToken >= w)
                    && (_patterns.ByVerbStem(text.Stem(tok)).Length > 0 || _patterns.ByVerbWord(text.Core(tok)).Length > 0
                        || (_patterns.ByNoun(text.Core(tok)).Length > 0 && LightVerbBefore(text, w, opening + 1) is not null)))
                {
                    return null;
                }
            }

            // «وقال فيه إن السعودية دولة مصدرة للإرهاب»: a pattern with 'with' words is the statement only when one of
            // them stands in what is said; the plain statement takes what is left.
            foreach (var statement in _patterns.Statements)
            {
                if (!(statement.VerbStems.Contains(text.Stem(verb)) || statement.VerbWords.Contains(text.Core(verb))))
                {
                    continue;
                }

                if (!statement.NeedsWith)
                {
                    return (statement, about);
                }

                // (Whole forms only: «الإرهاب» of «مكافحة الإرهاب» shares the stem of «إرهابية».)
                for (var w = opening + 1; w <= end && w < limit; w++)
                {
                    if (text.Tokens[w].Kind == TokenKind.Arabic && statement.With.Contains(text.Core(text.Tokens[w])))
                    {
                        return (statement, about);
                    }
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Where a verb of saying stands among the first six words of the sentence; -1 when none does.</summary>
    private int ReportingVerbAt(AnalyzedText text, int first, int limit)
    {
        for (var t = first; t < limit && t < first + 6; t++)
        {
            if (text.Tokens[t] is { Kind: TokenKind.Arabic } tok && _reporting.Contains(text.Core(tok)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// The name right after a verb of saying, as written: up to four bare words before a preposition, «أن», a colon or a
    /// comma («وقال عبد الكريم إن», «وأضاف عسيري في مقابلة أن»); null when it is no name (a definite noun, a word of time).
    /// </summary>
    private string? NameAfter(AnalyzedText text, int said, int limit)
    {
        var from = said + 1;
        var to = from;
        while (to < limit && to < from + 4 && text.Tokens[to] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word && (word.Proclitics & ~Proclitics.Al) == 0
               && !IsComplementizer(text.Core(word)) && !_prepositions.Contains(text.Core(word)) && !_timeWords.Contains(text.Core(word))
               && !_sayingHal.Contains(text.Core(word)) && !_patterns.IsHalWord(text.Core(word)))
        {
            to++;
        }

        // The name ends the subject: a verb's object or more words would follow it otherwise.
        // («وأوضح عبد الكريم قائلا إن»: or a circumstantial word of saying.)
        if (to == from || to >= limit || (text.Tokens[to].Kind == TokenKind.Arabic && !IsComplementizer(text.Core(text.Tokens[to])) && !_prepositions.Contains(text.Core(text.Tokens[to]))
                                          && !_patterns.IsHalWord(text.Core(text.Tokens[to])) && !_sayingHal.Contains(text.Core(text.Tokens[to]))))
        {
            return null;
        }

        var written = text.Original[text.Tokens[from].Start..text.Tokens[to - 1].End];
        return written.Length >= 3 ? written : null;
    }

    /// <summary>
    /// Whether <paramref name="phrase"/> (a speaker's subject as first written) holds the name: all its words but the titles
    /// («الدكتور اليوسف» in «الدكتور عبدالله اليوسف»), the last of them a word of the phrase.
    /// </summary>
    private bool NameIn(string phrase, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !_personTitles.Contains(_analyzer.Normalizer.Normalize(w.StartsWith("\u0627\u0644", StringComparison.Ordinal) && w.Length > 3 ? w[2..] : w))).ToList();
        if (words.Count == 0 || words[^1].Length < 3)
        {
            return false;
        }

        var phraseWords = phrase.Split([' ', '،', ',', '«', '»', '"', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => phraseWords.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>The bare words from <paramref name="from"/> up to <paramref name="to"/> as written, when they could be a name.</summary>
    private string? NameBetween(AnalyzedText text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text.Tokens[k] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } word || (word.Proclitics & ~Proclitics.Al) != 0
                || _timeWords.Contains(text.Core(word)) || _approximately.Contains(text.Core(word)) || _prepositions.Contains(text.Core(word))
                || IsCountWord(text, k) || _quantities.Contains(text.Core(word)))
            {
                return null;
            }
        }

        var written = text.Original[text.Tokens[from].Start..text.Tokens[to - 1].End];
        return written.Length >= 3 ? written : null;
    }

    /// <summary>
    /// «بدوره», «بشدة», «بوضوح»: an adverb in «ب», not the preposition of a noun («بدور المملكة» is the role praised).
    /// </summary>
    private bool IsMannerAdverb(AnalyzedText text, in Token token)
        => _mannerWords.Contains(text.Core(token)) && (token.SuffixLength > 0 || !text.Core(token).SequenceEqual("\u062F\u0648\u0631"));

    /// <summary>
    /// The last speaker when the article gave him by his titles only («أكد المتحدث باسم التحالف أن …»): a surname that
    /// comes later («وأضاف عسيري أن») is most likely his.
    /// </summary>
    private ActorMention? UnnamedLastSpeaker(ArticleState state)
    {
        if (state.LastSpeaker is not { } last || state.SpeakerPhrases.LastOrDefault(p => ReferenceEquals(p.Speaker, last)) is not { Phrase: { } phrase })
        {
            return null;
        }

        // Past the titles, a word the language does not know is a name («الدكتور صلاح الدين عبد الكريم» names him; «الذي
        // تقوده السعودية» does not).
        var rest = phrase.Length > last.End - last.Start ? phrase[(last.End - last.Start)..] : string.Empty;
        foreach (var raw in rest.Split([' ', '،', ',', '«', '»', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = _analyzer.Normalizer.Normalize(raw);
            var bare = word.StartsWith("\u0627\u0644", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word;
            if (!_analyzer.Segmenter.Vocabulary.Contains(word) && !_analyzer.Segmenter.Vocabulary.Contains(bare))
            {
                return null;
            }
        }

        return last;
    }

    /// <summary>
    /// «كما بحث … مع مساعدة وزير الخارجية الأمريكي، آن باترسون»: a person the lexicon does not know, named after his
    /// titles, leaves his family name to the article («كما التقت باترسون مع …»), which then stands for the titled actor.
    /// The name is the words right after the titles (past one comma and a title such as «الشيخ»), up to three, that are
    /// no actor, place or function word; its family name is the last of them the language does not know (a word the
    /// language does not know, found again later, is most likely that name even when it was not one).
    /// </summary>
    private void LearnTitledNames(AnalyzedText text, int limit, List<ActorMention> actors, List<PlaceMention> places, ArticleState state, CodingTrace? trace)
    {
        foreach (var actor in actors)
        {
            // (Titles whose country the text writes out: a bare «النائب» took his from the words around him, often wrongly.
            // Only a person's title is followed by his name: «الحكومة الأمريكية تتهم روف» names the accused.)
            if (actor is not { Kind: MentionKind.Composite, IsPerson: false, Country: not null, Role: not null }
                || !_nameTitleHeads.Contains(text.Core(text.Tokens[actor.FirstToken])))
            {
                continue;
            }

            var k = actor.LastToken + 1;
            if (k < limit && IsComma(text, k))
            {
                k++;
            }

            // («مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط، آن باترسون»: past the portfolio to its comma.)
            if (k < limit && text.Tokens[k] is { Kind: TokenKind.Arabic } portfolio && _portfolios.Contains(text.Core(portfolio)))
            {
                var comma = k + 1;
                while (comma < limit && comma - k < 6 && !IsComma(text, comma))
                {
                    comma++;
                }

                k = comma + 1;
            }

            while (k < limit && text.Tokens[k] is { Kind: TokenKind.Arabic } title && _personTitles.Contains(text.Core(title)))
            {
                k++;
            }

            var start = k;
            while (k < limit && k - start < 3 && IsNameWord(text, k, actors, places))
            {
                k++;
            }

            // («وزير الخارجية الأمريكي جون كيري يزور»: back past the words of the language that follow the name.)
            var family = k - 1;
            while (family >= start && (_analyzer.Segmenter.Vocabulary.Contains(text.Core(text.Tokens[family])) || _analyzer.Segmenter.Vocabulary.Contains(text.Form(text.Tokens[family]))))
            {
                family--;
            }

            if (family >= start && ArticleAliases.IsFamilyName(text, family, start))
            {
                state.TitledNames[text.Core(text.Tokens[family]).ToString()] = actor;
                trace?.Add($"  name «{text.OriginalOf(text.Tokens[family])}» stands for {actor.Code} «{text.Original[actor.Start..actor.End]}» from here on");
            }
        }
    }

    /// <summary>A word that may be part of a person's name: Arabic, bare or definite, and no actor, place or function word.</summary>
    private bool IsNameWord(AnalyzedText text, int k, List<ActorMention> actors, List<PlaceMention> places)
    {
        if (text.Tokens[k] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } token || (token.Proclitics & ~Proclitics.Al) != 0)
        {
            return false;
        }

        // («آن باترسون»: written with madda, not «أن».)
        var core = text.Core(token);
        return !_prepositions.Contains(core) && !_timeWords.Contains(core) && !(IsComplementizer(core) && !text.OriginalOf(token).StartsWith('\u0622'))
               && !IsRelativePronoun(text, token)
               && !actors.Any(a => a.FirstToken <= k && a.LastToken >= k) && !places.Any(p => p.FirstToken <= k && p.LastToken >= k);
    }

    /// <summary>A family name learned by <see cref="LearnTitledNames"/>, standing alone later, is that titled actor.</summary>
    private void AddTitledNames(AnalyzedText text, int first, int limit, List<ActorMention> actors, List<PlaceMention> places, ArticleState state)
    {
        if (state.TitledNames.Count == 0)
        {
            return;
        }

        var lookup = state.TitledNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = false;
        for (var k = first; k < limit; k++)
        {
            if (text.Tokens[k] is { Kind: TokenKind.Arabic, SuffixLength: 0 } token && lookup.TryGetValue(text.Core(token), out var titled)
                && !actors.Any(a => a.FirstToken <= k && a.LastToken >= k) && !places.Any(p => p.FirstToken <= k && p.LastToken >= k))
            {
                actors.Add(titled with
                {
                    FirstToken = k, LastToken = k, Start = token.Start, End = token.End, Kind = MentionKind.Named,
                    Name = titled.Name + " (named «" + text.Form(token).ToString() + "» before)", IsPerson = true,
                });
                added = true;
            }
        }

        if (added)
        {
            actors.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>
    /// The actor this field named before whose words hold <paramref name="name"/> («وزير الخارجية عادل الجبير» for a later
    /// «الجبير»): the last speaker first, then the actors known, latest first; or null.
    /// </summary>
    private static ActorMention? NamedBefore(AnalyzedText text, Token name, ArticleState state)
    {
        var written = text.OriginalOf(name);
        bool Holds(ActorMention a) => a.End <= text.Original.Length && a.Start < name.Start && text.Original.AsSpan(a.Start, a.End - a.Start).Contains(written, StringComparison.Ordinal);
        if (state.LastSpeaker is { } speaker && Holds(speaker))
        {
            return speaker;
        }

        for (var k = state.Known.Count - 1; k >= 0; k--)
        {
            if (Holds(state.Known[k]))
            {
                return state.Known[k];
            }
        }

        return null;
    }

    /// <summary>
    /// Where the words said after a verb of saying open: its «أن/إن» or a colon or opening quotation mark; the end of the
    /// sentence when neither comes.
    /// </summary>
    private int ContentOpening(AnalyzedText text, int said, int limit)
    {
        for (var k = said + 1; k < limit; k++)
        {
            var token = text.Tokens[k];
            if ((token.Kind == TokenKind.Arabic && IsComplementizer(text.Core(token)))
                || (token.Kind == TokenKind.Punctuation && text.Normalized[token.NormStart] is ':' or '"' or '\u00AB' or '\u201C'))
            {
                return k;
            }
        }

        return limit;
    }

    /// <summary>
    /// Adds the speaker's state where a possessive names it after the speaker («بلاده», «حكومتها», «بلادنا»), unless an actor
    /// already covers the word («حكومة بلاده» is the government the lexicon found).
    /// </summary>
    private void AddOwnState(AnalyzedText text, int first, int limit, ActorMention owner, string home, List<ActorMention> actors, CodingTrace? trace)
    {
        // The speaker's government when the speaker speaks for it, else the bare country, as if named.
        var code = owner.Role is null or "GOV" ? owner.Code : home;
        for (var t = Math.Max(first, owner.LastToken + 1); t < limit; t++)
        {
            var tok = text.Tokens[t];
            // «وقال الوزير الأمريكي إن نظيره الروسي أكد أن بلاده …»: past another verb of saying the possessive is that
            // speaker's, whom this rule does not know.
            if (tok.Kind == TokenKind.Arabic && t > owner.LastToken + 1 && _reporting.Contains(text.Core(tok)))
            {
                return;
            }

            // «بلاده», «بلادها», «بلادنا»; not «بلادهم» (their country: the people just named).
            if (tok.Kind != TokenKind.Arabic || tok.SuffixLength == 0 || !_ownState.Contains(text.Core(tok)) || !IsSpeakerPossessive(text, tok)
                || actors.Any(a => a.FirstToken <= t && a.LastToken >= t) || !OpensOwnStatePhrase(text, t, first))
            {
                continue;
            }

            var at = t;
            var own = new ActorMention(t, t, tok.Start, tok.End, code, "the speaker's own state (" + home + ")", MentionKind.Country, null);
            var index = actors.FindIndex(a => a.FirstToken > at);
            actors.Insert(index < 0 ? actors.Count : index, own);
            trace?.Add($"  actor {code} «{text.OriginalOf(tok)}» {tok.Start}-{tok.End} (the speaker's own state)");
        }
    }

    private static bool InRelativeClause(AnalyzedText text, int t, int first) => t > first && IsRelativePronoun(text, text.Tokens[t - 1]);

    /// <summary>A definite policy, statement or proposal right after the verb and its subject: the object of words, not arms.</summary>
    private bool WordsAreAttacked(AnalyzedText text, int after, int limit)
        => after + 1 < limit && text.Tokens[after + 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } noun && (noun.Proclitics & Proclitics.Al) != 0
           && _policies.Contains(text.Core(noun));

    /// <summary>
    /// One man is what is attacked right after <paramref name="after"/> (past a comma): a man named by his post («الأمين العام
    /// لحزب الله», «وزير الخارجية»), or a person the lexicon names.
    /// </summary>
    private bool PersonAttacked(AnalyzedText text, int after, int limit, List<ActorMention> actors)
    {
        var k = after + 1;
        if (k < limit && IsComma(text, k))
        {
            k++;
        }

        if (k >= limit || text.Tokens[k] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } head)
        {
            return false;
        }

        if (_masculineRoles.Contains(text.Core(head)))
        {
            return true;
        }

        // («قائد الحرس الثوري الإيراني اللواء محمد علي جعفري الرئيس الأمريكي»: the attacker's own name the lexicon does not know
        // may stand between; nothing but words of a name, with no preposition or punctuation.)
        var attacked = actors.Where(a => a.FirstToken >= k && a.FirstToken <= k + 4 && a.Kind != MentionKind.Adjective).MinBy(a => a.FirstToken);
        return attacked is not null && IsOnePerson(text, attacked)
               && Enumerable.Range(k, attacked.FirstToken - k).All(i => text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word && (word.Proclitics & ~Proclitics.Al) == 0);
    }

    /// <summary>
    /// The verb's clause says where it was said: «هاجم قائد الجيش الباكستاني الجيش الهندي في خطاب أمام الضباط», «خلال كلمة
    /// ألقاها»: «في/خلال/عبر» and a word of a statement within ten words after the verb.
    /// </summary>
    private bool SpokenIn(AnalyzedText text, int t, int limit)
    {
        for (var k = t + 1; k + 1 < limit && k <= t + 10; k++)
        {
            if (text.Tokens[k].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[k].NormStart] is '.' or ';' or ':')
            {
                return false;
            }

            if (text.Tokens[k] is { Kind: TokenKind.Arabic, SuffixLength: 0 } at && _spokenAt.Contains(text.Core(at))
                && text.Tokens[k + 1] is { Kind: TokenKind.Arabic } said && _statements.Contains(text.Core(said)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verb opens a clause about a statement or a message before it («كلمة انتقد فيها», «البيان الذي اتهم فيه»).</summary>
    private bool SaidIn(AnalyzedText text, int t) => StatementBefore(text, t) >= 0;

    /// <summary>
    /// Where the statement or message the verb's clause is about stands: right before it, past a relative pronoun, or
    /// past up to four words of its own phrase («كلمة متلفزة», «اتصالا هاتفيا», «كلمة أمام الجمعية العامة», «رسالة إلى
    /// الأمين العام للأمم المتحدة»); -1 when there is none. A punctuation mark or another verb ends the search.
    /// </summary>
    private int StatementBefore(AnalyzedText text, int t)
    {
        var at = t - 1;
        if (at >= 0 && IsRelativePronoun(text, text.Tokens[at]))
        {
            at--;
        }

        for (var k = at; k >= 0 && k >= at - 5; k--)
        {
            if (text.Tokens[k] is not { Kind: TokenKind.Arabic } word)
            {
                return -1;
            }

            if (word.SuffixLength == 0 && _statements.Contains(text.Core(word)))
            {
                return k;
            }

            // Another verb ends it («أعلن … كلمة» is fine; «قال … إن الحكومة انتقدت» is not reached, the verb stands between).
            if (k < at && (word.Proclitics & Proclitics.Al) == 0 && _patterns.ByVerbWord(text.Core(word)).Length > 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// An object right after the actor: another actor, a definite noun that is not a nisba agreeing with it, or a word that
    /// opens an object («بإعدام», «انتقادات»).
    /// </summary>
    private bool ObjectFollows(AnalyzedText text, ActorMention a, List<ActorMention> actors)
    {
        var next = a.LastToken + 1;
        if (next >= text.Tokens.Count)
        {
            return false;
        }

        if (actors.Any(b => b.FirstToken == next && b.Kind != MentionKind.Adjective))
        {
            return true;
        }

        if (text.Tokens[next] is not { Kind: TokenKind.Arabic } after)
        {
            return false;
        }

        var definite = (after.Proclitics & Proclitics.Al) != 0;
        if (definite && text.Core(after) is [.., '\u064A'] or [.., '\u064A', '\u0629'])
        {
            return false;
        }

        return definite || _objectStarts.Contains(text.Core(after));
    }

    /// <summary>
    /// The word whose third-person pronoun is the act's object: the verb itself when its pattern takes a direct object
    /// («استقبله») or is an appeal or a demand, made of the one its object names («دعاها», «طالبه»), or the preposition
    /// with its pronoun right after it when the pattern takes that preposition («وجه له», «التقى معهم»); -1 when there is none.
    /// </summary>
    private int ObjectPronounAt(AnalyzedText text, EventPattern pattern, int t, int triggerEnd, int limit)
    {
        if ((pattern.DirectObjectTarget || pattern.Code[..2] is "02" or "10") && IsThirdPersonEnclitic(text, text.Tokens[t]))
        {
            return t;
        }

        // (The pronoun phrase may stand between the verb and the noun its pattern needs: «وجه له الدعوة».)
        foreach (var at in (ReadOnlySpan<int>)[t + 1, triggerEnd + 1])
        {
            if (at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic } phrase && (phrase.Proclitics & Proclitics.Wa) == 0 && IsPronounPhrase(text, phrase)
                && IsThirdPersonEnclitic(text, phrase) && pattern.TargetPrepositions.Contains(text.Core(phrase)))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// «ـها» is no man, and «ـهم» neither a man nor a state or its capital; «ـه» is not many, and seldom a state («العراق»
    /// is, but the pronoun of most states is «ـها»).
    /// </summary>
    private static bool AgreesWithPronoun(AnalyzedText text, Token pronoun, ActorMention referent, bool onePerson)
        => text.Suffix(pronoun) switch
        {
            ['\u0647', '\u0627'] => !onePerson,
            ['\u0647', '\u0645'] => !onePerson && referent.Kind is not (MentionKind.Country or MentionKind.Capital),
            ['\u0647'] => referent.Kind is not (MentionKind.Country or MentionKind.Capital) && !IsSoundPlural(text, referent),
            _ => true,
        };

    /// <summary>The actor right before «في» and the masdar <paramref name="token"/> at <paramref name="t"/>, if the masdar's pronoun agrees with it.</summary>
    private ActorMention? OwnerBeforeIn(AnalyzedText text, Token token, int t, int first, List<ActorMention> actors)
        => t - 2 >= first && IsThirdPersonEnclitic(text, token)
           && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } inWord && text.Core(inWord).SequenceEqual(_fi)
           && actors.FirstOrDefault(a => a.LastToken == t - 2 && a.Kind != MentionKind.Adjective) is { } owner
           && AgreesWithPronoun(text, token, owner, IsOnePerson(text, owner))
            ? owner
            : null;

    /// <summary>«المدنيين», «المتظاهرون»: a head noun in «ين/ون» names many, whom «ـه» does not stand for.</summary>
    private static bool IsSoundPlural(AnalyzedText text, ActorMention a)
        => text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } head && IsSoundPlural(text.Core(head));

    /// <summary>«ـه», «ـها», «ـهم», «ـهما»: him, her or it, them (not «ـنا», «ـك», which are the speaker and his hearer).</summary>
    private static bool IsThirdPersonEnclitic(AnalyzedText text, Token token)
        => text.Suffix(token) is ['\u0647', ..];

    /// <summary>
    /// Whom an object pronoun refers to: the counterpart of the act told just before it in the sentence («التقى لافروف مشعل،
    /// ووجه له الدعوة», «انتقد إيران، ودعاها»); with no other actor before the verb, the subject of the sentence before
    /// («وصل الوزير إلى القاهرة. واستقبله الرئيس»). Any other actor in between might be the one meant, so none is chosen.
    /// </summary>
    private static ActorMention? PronounReferent(int t, int first, List<ActorMention> actors, List<ActorMention> sources, ArticleState state, CodedEvent? before, bool plural)
    {
        if (before?.Target is { } told)
        {
            // (Not past another actor named since, other than the doer's own state: «… داعش، والشرطة التركية تساندهم طائرات»
            // are the police, while «السفارة الإيرانية لدى مملكة البحرين … وسلمته» is still the envoy Bahrain summoned.)
            return actors.FirstOrDefault(a => a.Start == told.Start && a.End == told.End && a.LastToken < t && a.FirstToken >= first) is { } mention
                   && sources.TrueForAll(s => s.Code != mention.Code)
                   && !actors.Any(a => a.FirstToken > mention.LastToken && a.LastToken < t && a.Kind != MentionKind.Adjective && a.Code != mention.Code
                                       && sources.TrueForAll(s => s.Code != a.Code && !(a.Kind is MentionKind.Country or MentionKind.Capital && a.Country == s.Country)))
                ? mention : null;
        }

        // «حذر في منشورات ألقاها على سكان القرى اليمنية … وطالبهم بإخلاء قراهم»: «ـهم» is the last many the sentence named
        // before it, when the act before names no counterpart.
        if (plural)
        {
            for (var i = actors.Count - 1; i >= 0; i--)
            {
                var a = actors[i];
                // (Not one of the kind of a doer of no named country: «التقى مدير فرع الوزارة … وناقش معهم» is one ministry.)
                // (Within reach of the verb: a group named clauses before is not «ـهم».)
                if (a.LastToken < t && t - a.LastToken <= 12 && a.FirstToken >= first && a.Kind is MentionKind.Agent or MentionKind.Composite or MentionKind.Named && !a.IsPerson
                    && sources.TrueForAll(s => s.Code != a.Code && s.Country != a.Country && !(s.Country is null && s.Role == a.Role)))
                {
                    return a;
                }
            }
        }

        // (Only for a verb that opens its sentence, between those who meet, talk or deal: «فيزوره الكثير من الزوار» visits a
        // shrine, and a paper's «يدعوها» a cause.)
        static bool Deals(ActorMention a) => a.Role is not ("CVL" or "MED" or "BUS" or "EDU" or "HLH" or "REF");
        return t - first > 1 || actors.Any(a => a.FirstToken >= first && a.LastToken < t && a.Kind != MentionKind.Adjective && sources.TrueForAll(s => s.Code != a.Code)) ? null
            : state.LastSource is { } last && Deals(last) && Deals(sources[0]) && sources.TrueForAll(s => s.Code != last.Code) ? last : null;
    }

    /// <summary>«السفارة الأمريكية», «قنصلية تركيا»: a state's mission abroad.</summary>
    private static bool IsMission(string words) => words.Contains("\u0633\u0641\u0627\u0631", StringComparison.Ordinal) || words.Contains("\u0642\u0646\u0635\u0644", StringComparison.Ordinal);

    /// <summary>A preposition carrying its pronoun: «فيها», «عليه», «بها», «لهم».</summary>
    private bool IsPronounPhrase(AnalyzedText text, Token token)
        => token is { Kind: TokenKind.Arabic, SuffixLength: > 0 } && (_prepositions.Contains(text.Core(token)) || text.Core(token) is "\u0628" or "\u0644");

    /// <summary>
    /// «ضبطت 320 كيلوجراما من الهيروين المتجه إلى هولندا», «سفينة في طريقها إلى اليمن», «شخص قادم من الأردن»: where a thing
    /// or a person was bound for or came from is not whom a seizure or an attack is aimed at (aid sent «متجهة إلى اليمن» is for
    /// Yemen: the callers decide).
    /// </summary>
    private bool IsDestinationOrOrigin(AnalyzedText text, ActorMention a)
        => a.FirstToken >= 2 && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } to
           && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic } heading
           && ((text.Core(to).SequenceEqual(_ila) && _headingFor.Contains(text.Core(heading))) || (text.Core(to).SequenceEqual(_min) && _comingFrom.Contains(text.Core(heading))));

    /// <summary>After «ل» or «إلى»: whom one speaks to («لرويترز», «إلى إحدى محطات التلفزيون»); «مصدر في الخارجية» speaks for it.</summary>
    private bool IsAddressee(AnalyzedText text, ActorMention a) => PrepositionBefore(text, a) is { } preposition && (preposition == "\u0644" || preposition == _ila);

    /// <summary>The countries or capitals after «تشمل/شملت/تضم» within three words after the trigger, with those coordinated to them.</summary>
    private List<ActorMention> TourStops(AnalyzedText text, int triggerEnd, int limit, List<ActorMention> actors)
    {
        for (var k = triggerEnd + 1; k < limit && k <= triggerEnd + 3; k++)
        {
            if (text.Tokens[k].Kind != TokenKind.Arabic)
            {
                return [];
            }

            if (_takesIn.Contains(text.Core(text.Tokens[k])) && actors.FirstOrDefault(a => a.FirstToken == k + 1) is { Kind: MentionKind.Country or MentionKind.Capital } stop)
            {
                return Group(text, actors, stop);
            }
        }

        return [];
    }

    /// <summary>
    /// «: «توصلنا إلى اتفاق مع إيران»», «اتفقنا على»: a perfect in «نا» followed by its preposition is «we» did it (an
    /// object «نا», "us", takes no preposition after it as often).
    /// </summary>
    private bool IsFirstPersonPerfect(AnalyzedText text, int t, int limit)
        => text.Tokens[t] is { Kind: TokenKind.Arabic, SuffixLength: 2 } verb && (verb.Proclitics & ~(Proclitics.Wa | Proclitics.Fa)) == 0
           && text.OriginalOf(verb).EndsWith("\u0646\u0627", StringComparison.Ordinal)
           && t + 1 < limit && text.Tokens[t + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } after && _prepositions.Contains(text.Core(after));

    /// <summary>
    /// An imperfect in «ن» of four letters or more («نرفض», «ندين», «نطالب»), or in «أ» ending in «و» («أدعو», «أرجو»):
    /// the first person. (Other words in «أ» are as often perfects of the fourth form: «أكد», «أعلن».)
    /// </summary>
    private static bool IsFirstPersonShape(ReadOnlySpan<char> core)
        => core.Length >= 4 && ((core[0] == '\u0646' && core[^1] is not ('\u0627' or '\u062A')) || (core[0] is '\u0627' or '\u0623' && core[^1] == '\u0648'));

    /// <summary>Whether a quotation opened after <paramref name="from"/> is still open at <paramref name="to"/>.</summary>
    private static bool QuoteStillOpen(AnalyzedText text, int from, int to)
    {
        var open = false;
        for (var k = from + 1; k < to; k++)
        {
            if (text.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                var mark = text.Original[text.Tokens[k].Start];
                if (mark is '«' or '“')
                {
                    open = true;
                }
                else if (mark is '»' or '”')
                {
                    open = false;
                }
                else if (mark == '"')
                {
                    open = !open;
                }
            }
        }

        return open;
    }

    /// <summary>
    /// A colon or an opening quotation mark at most three words before the verb, after the speaker: the verb opens the
    /// quoted words («: "نرفض …"», «: نحن ندين»).
    /// </summary>
    private static bool QuoteOpensBetween(AnalyzedText text, int from, int to)
    {
        for (var k = Math.Max(from + 1, to - 3); k < to; k++)
        {
            if (text.Tokens[k].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[k].NormStart] is ':' or '"' or '\u00AB' or '\u201C')
            {
                return true;
            }
        }

        return false;
    }

    private ActorMention? Coreferent(AnalyzedText text, int t, int first, ActorMention? speaker, ArticleState state, List<ActorMention> actors, bool violent = false)
    {
        // «قُتِل», «أُصيب»: a verb the writer marked passive has no agent to take from anyone.
        if (IsMarkedPassive(text, text.Tokens[t]))
        {
            return null;
        }

        var earlier = SubjectBefore(text, t, first, actors.Where(a => a.LastToken < t - 1).ToList());
        var earlierSubject = earlier.Count > 0 ? earlier[0]
            : actors.FirstOrDefault(a => a.FirstToken - first <= 3 && a.LastToken < t && a.Kind != MentionKind.Adjective && !IsPrepositional(text, a, first));
        // «أنه قصف», «أنها صادقت», «لكنه انتقد»: the pronoun refers to the subject before it, the speaker, or the previous subject.
        if (HasPronounSubject(text, t, first))
        {
            // («وأشارت السلطات التركية إلى أنه فجر نفسه»: «ـه» is a man, never the authorities, a government or a state.)
            var referent = earlierSubject ?? speaker ?? state.LastSource;
            // (Only for violence: «إنه يتعين رحيل الأسد» is impersonal, and says what the speakers want.)
            // (A paper or a radio stays the referent: the violence it only reports is then rejected as no doer's.)
            return violent && referent is not null && !IsNonCombatant(referent) && MasculinePronounSubject(text, t, first) && IsFeminineBody(text, referent) ? null : referent;
        }

        // «واندلعت معارك عنيفة»: fighting that breaks out is the subject of a verb of occurrence, no one's act.
        if (t > first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic } happened && _occurrence.Contains(text.Stem(happened)))
        {
            return null;
        }

        // A sentence-initial verb with no subject of its own continues the previous subject, unless a count of
        // victims follows it as its passive subject.
        // («وقال مسؤول عسكري إن خمسة جنود قتلوا … وقتل جنديان آخران»: one who only reported is no doer of the violence that
        // follows; the violence stays its own.)
        if (t - first > 2 || CountFollows(text, t))
        {
            return null;
        }

        // («صرح ضابط كبير في الجيش الإسرائيلي … فقد أحرقوا عائلة»: «they» is never the one man named before.)
        var continued = speaker ?? (state.LastSourceOnlySpoke && violent ? null : state.LastSource);
        return continued is not null && IsPluralVerb(text, text.Tokens[t]) && IsOnePerson(text, continued) ? null : continued;
    }

    /// <summary>A person the lexicon names, or a man named by his post («ضابط كبير», «وزير الخارجية»).</summary>
    private bool IsOnePerson(AnalyzedText text, ActorMention a)
        => a.IsPerson || (text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } head && _masculineRoles.Contains(text.Core(head)));

    /// <summary>
    /// A definite noun right after the word: with «ال», a «ب/ل» before it («بالهجوم»), or after a demonstrative
    /// («هذه الجريمة»).
    /// </summary>
    private bool DefiniteObjectFollows(AnalyzedText text, int t, int limit)
    {
        if (t + 1 >= limit || text.Tokens[t + 1] is not { Kind: TokenKind.Arabic } next)
        {
            return false;
        }

        if ((next.Proclitics & Proclitics.Al) != 0 && (next.Proclitics & Proclitics.Wa) == 0)
        {
            return true;
        }

        return next.Proclitics == Proclitics.None && _demonstratives.Contains(text.Core(next))
               && t + 2 < limit && text.Tokens[t + 2] is { Kind: TokenKind.Arabic } noun && (noun.Proclitics & Proclitics.Al) != 0;
    }

    /// <summary>A paper, a school, a company, a court, a hospital, a parliament or a religious authority: no side in a fight.</summary>
    private static bool IsNonCombatant(ActorMention a) => a.Role is "MED" or "EDU" or "BUS" or "JUD" or "HLH" or "LEG" or "REL";

    /// <summary>
    /// The fighter named as killed or wounded right before «في» and the clash noun at <paramref name="t"/>: «مقتل جندي تركي
    /// في اشتباك», «إصابة ثلاثة من عناصر الشرطة في اشتباكات».
    /// </summary>
    private ActorMention? CasualtyOfClash(AnalyzedText text, int t, int first, List<ActorMention> actors)
    {
        if (t - 2 <= first || text.Tokens[t - 1] is not { Kind: TokenKind.Arabic, SuffixLength: 0, Proclitics: Proclitics.None } fi || !text.Core(fi).SequenceEqual(_fi))
        {
            return null;
        }

        var fallen = actors.LastOrDefault(a => a.LastToken == t - 2 && a.Kind != MentionKind.Adjective);
        if (fallen is null || fallen.Role is not ("MIL" or "COP" or "REB" or "SPY"))
        {
            return null;
        }

        // The casualty word governs the fighter directly or across a count («مقتل ثلاثة من عناصر الشرطة»).
        for (var k = fallen.FirstToken - 1; k >= first && k >= fallen.FirstToken - 4; k--)
        {
            var word = text.Tokens[k];
            // («قتل فيه جندي تركي في اشتباكات مع تنظيم داعش»: or the passive verb of killing or wounding.)
            if (word.Kind == TokenKind.Arabic && (_casualties.Contains(text.Core(word)) || _wounded.Contains(text.Core(word))))
            {
                return fallen;
            }

            if (word.Kind == TokenKind.Punctuation)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// «وقتلتهم»: a role noun in «ة» with a pronoun («قتلتهم» their killers) written like a listed verb with its object
    /// pronoun is the verb; killers are named so far more rarely than they kill.
    /// </summary>
    private bool IsVerbWithObject(AnalyzedText text, ActorMention a)
        => a.Kind == MentionKind.Agent && a.FirstToken == a.LastToken && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: > 0 } token
           && (token.Proclitics & Proclitics.Al) == 0 && text.Core(token) is [.., '\u062A']
           && (_patterns.ByVerbWord(text.Core(token)).Length > 0 || _patterns.ByVerbStem(text.Stem(token)).Length > 0);

    /// <summary>The person named right after a title of no country and set off by commas, «وزير حقوق الإنسان، عزالدين الأصبحي،».</summary>
    private static ActorMention? NamedInCommas(AnalyzedText text, ActorMention title, List<ActorMention> found)
        => title is { Kind: MentionKind.Agent, Country: null } && title.LastToken + 2 < text.Tokens.Count && IsComma(text, title.LastToken + 1)
           && found.FirstOrDefault(b => b.FirstToken == title.LastToken + 2 && b.Kind == MentionKind.Named && b.IsPerson && b.Country is not null) is { } named
           && (named.LastToken + 1 >= text.Tokens.Count || IsComma(text, named.LastToken + 1))
            ? named
            : null;

    /// <summary>
    /// «لقاء بارزاني وهو زعيم مخضرم لقوات حاربت صدام», «التقى الوزير، وهو رئيس الحزب»: the actor after «وهو/وهي/وهم»
    /// says who the actor just named is; they are one party, not two. The one kept is the one that names a country
    /// («وانتقد مسؤول كبير، وهو وزير الخارجية الأردني» is Jordan's), else the first.
    /// </summary>
    private HashSet<ActorMention>? Apposed(AnalyzedText text, List<ActorMention> found)
    {
        // Allocated only for a sentence that has an apposition: this runs on every sentence.
        HashSet<ActorMention>? apposed = null;
        foreach (var a in found)
        {
            // «والتقى وزير حقوق الإنسان، عزالدين الأصبحي، منسق …»: a title of no country, then a person set off by commas,
            // is that person: the title stands for him (below) and the name is not a second actor.
            if (NamedInCommas(text, a, found) is { } named)
            {
                (apposed ??= new HashSet<ActorMention>(ReferenceEqualityComparer.Instance)).Add(named);
                continue;
            }

            if (a.FirstToken < 2 || text.Tokens[a.FirstToken - 1] is not { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa, SuffixLength: 0 } pronoun
                || !_pronouns.Contains(text.Core(pronoun)))
            {
                continue;
            }

            var end = text.Tokens[a.FirstToken - 2].Kind == TokenKind.Punctuation ? a.FirstToken - 3 : a.FirstToken - 2;
            if (found.FirstOrDefault(b => b.LastToken == end && b.Kind != MentionKind.Adjective) is { } described)
            {
                (apposed ??= new HashSet<ActorMention>(ReferenceEqualityComparer.Instance)).Add(described.Country is null && a.Country is not null ? described : a);
            }
        }

        return apposed;
    }

    /// <summary>
    /// A lone agent word right after a noun is an adjective, not an actor: «الحدود البحرية»,
    /// «التعاون الأمني والعسكري», «تعاون عسكري».
    /// </summary>
    private bool IsAttributive(AnalyzedText text, ActorMention a, int first)
    {
        // «التدخل العسكري في سوريا», «الوضع الأمني في العراق»: an adjective of the noun before it, then where; not
        // Syria's army.
        if (a.Kind == MentionKind.Composite && a.LastToken > a.FirstToken + 1 && a.FirstToken > first
            && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } adjective && (adjective.Proclitics & Proclitics.Al) != 0
            && text.Core(adjective) is { Length: >= 4 } adjectiveCore && adjectiveCore[^1] == '\u064A'
            && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic } head && (head.Proclitics & Proclitics.Al) != 0 && NamesAnAct(text, head)
            && text.Tokens[a.FirstToken + 1] is { Kind: TokenKind.Arabic } link && text.Core(link).SequenceEqual(_fi))
        {
            return true;
        }

        if (a.Kind != MentionKind.Agent || a.FirstToken != a.LastToken || a.FirstToken <= first)
        {
            return false;
        }

        // «هجوم اليوم الاثنين الانتحاري»: the adjective of an attack noun may follow the day it names.
        if ((text.Tokens[a.FirstToken].Proclitics & Proclitics.Al) != 0 && text.Tokens[a.FirstToken].SuffixLength == 0)
        {
            var back = a.FirstToken - 1;
            while (back > first && text.Tokens[back] is { Kind: TokenKind.Arabic } time && _timeWords.Contains(text.Core(time)))
            {
                back--;
            }

            if (back < a.FirstToken - 1 && text.Tokens[back] is { Kind: TokenKind.Arabic, SuffixLength: 0 } attack && (attack.Proclitics & Proclitics.Al) == 0
                && _attackNouns.Contains(text.Core(attack)))
            {
                return true;
            }
        }

        var before = text.Tokens[a.FirstToken - 1];
        // After a count («عشرة مسلحين», «عشرات المتظاهرين») the word is the counted noun, not an adjective.
        // («وكان مسلحون استهدفوا الجمعة حافلة ركاب»: after «كان» it is the subject.)
        if (before.Kind != TokenKind.Arabic || _prepositions.Contains(text.Core(before)) || _reporting.Contains(text.Form(before)) || _particles.Contains(text.Core(before))
            || _counts.Contains(text.Core(before)) || _quantities.Contains(text.Core(before))
            || (before.SuffixLength == 0 && _kana.Contains(text.Core(before)) && a.Role is "REB" or "UAF" or "MIL" or "COP" && IsSoundPlural(text.Core(text.Tokens[a.FirstToken]))))
        {
            return false;
        }

        var token = text.Tokens[a.FirstToken];
        var definite = (token.Proclitics & Proclitics.Al) != 0;
        var previousDefinite = (before.Proclitics & Proclitics.Al) != 0;
        if (definite != previousDefinite || (token.Proclitics & ~(Proclitics.Al | Proclitics.Wa)) != 0)
        {
            return false;
        }

        // «ورفض متحدث باسم المكتب التعليق», «وأكد مسؤول»: after a clause-opening verb a person noun (not a nisba, which
        // «وتعاون أمني» is) is the verb's subject.
        // Not after a verb that is also read as a passive («وقتل طفل», «وأصيب مواطن»: the victim), nor for a citizen,
        // a company or a refugee, who may be the noun the act is done to.
        // The verb agrees with its subject: a feminine verb takes a feminine person («ونقلت صحيفة»), not «وعلقت أعلام»;
        // and «وفد من شركة» is of what follows «من».
        // («من جهته أدان وزير شؤون الشرق الأوسط»: so does a verb after «من جهته/بدوره», which open the clause.)
        var opensClause = a.FirstToken - 1 == first || (before.Proclitics & Proclitics.Wa) != 0
                          || (a.FirstToken - 2 >= first && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, SuffixLength: > 0 } aside && _asideOpeners.Contains(text.Core(aside)));
        if (!definite && (before.Proclitics & Proclitics.Al) == 0 && opensClause
            && a.Role is not ("CVL" or "BUS" or "REF") && text.Core(token) is { Length: > 0 } personCore && personCore[^1] != '\u064A' && NamesAnAct(text, before)
            && (!IsFeminineVerb(text, before) || text.Core(token).EndsWith("\u0629")) && !(a.LastToken + 1 < text.Tokens.Count && text.Tokens[a.LastToken + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } following
                                                  && text.Core(following).SequenceEqual(_min))
            && !HasPassiveOfForce(text, before))
        {
            return false;
        }

        // «اختطف مسلحون», «قتل مجهولون»: a sound masculine plural is an adjective only of a plural of people
        // («رجال مسلحون»); after a word naming an act, verb or masdar, it is an actor.
        // «هجوم شنه مسلحون»: so is a verb that claims an act.
        // «على يد مسلحين», «من قبل مسلحين»: after the words that name an agent it is that agent. So is a dual
        // («عندما هاجم انتحاريان»).
        // («وقتل جنديان» is the passive with its victims, told elsewhere.)
        var core = text.Core(token);

        // «طالبت الحكومة اليمنية الميليشيات الانقلابية»: a plural of armed or ruling bodies is a noun, never an adjective
        // of the word before (as «الأمني» or «البحرية» are). «كما شنت طائرات الأباتشي غارات»: nor is a force's plural in
        // «ات» after a word naming an act; it is that act's doer or object.
        if (_bodies.Contains(core) || (definite && (token.Proclitics & Proclitics.Wa) == 0 && _institutions.Contains(core)) || (core.Length >= 5 && core.EndsWith("\u0627\u062A") && !definite && a.Role is "MIL" or "REB" or "COP" or "SPY" && NamesAnAct(text, before)))
        {
            return false;
        }

        // «واتهم الرئيس اليمني المتمردين»: a masculine plural does not agree with a singular in «ي» or «ة» before it, so it
        // qualifies nothing there; it is the next phrase.
        // («وهاجم الغزاة المسلحين القرية»: not after a plural of men in «ة».)
        // (Nor after a word written in «ى», which is no nisba: «المسجد الأقصى والمصلين».)
        if (IsSoundPlural(core) && text.Core(before) is [.., '\u064A' or '\u0629'] beforeCore && !beforeCore.EndsWith("\u064A\u064A") && !_menInTaMarbuta.Contains(beforeCore)
            && !text.OriginalOf(before).EndsWith('\u0649'))
        {
            return false;
        }

        var agentWord = _hands.Contains(text.Core(before)) || _agentive.Contains(text.Core(before));
        var dual = core.Length >= 6 && core.EndsWith("\u0627\u0646") && (agentWord || (NamesAnAct(text, before) && !_tollVerbs.Contains(text.Core(before))));
        return !((IsSoundPlural(core) && (NamesAnAct(text, before) || _claims.Contains(text.Core(before)) || _claims.Contains(text.Form(before)) || agentWord)) || dual);
    }

    /// <summary>
    /// «تصدت المقاومة والجيش», «هاجم المسلحون الشرطة والجيش»: an institution joined by «و» to a one-word actor is a second
    /// actor. («قوات الجيش والشرطة» is one: the institution continues the genitive of a construct.)
    /// </summary>
    private bool IsInstitutionJoinedToAnActor(AnalyzedText text, ActorMention a, List<ActorMention> found)
        => a is { Kind: MentionKind.Agent } && a.FirstToken == a.LastToken
           && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Wa | Proclitics.Al, SuffixLength: 0 } joined && _institutions.Contains(text.Core(joined))
           && found.Exists(b => b.LastToken == a.FirstToken - 1 && b.FirstToken == b.LastToken && b.Kind == MentionKind.Agent);

    private static bool IsObliquePlural(AnalyzedText text, ActorMention a)
        => a.Kind is MentionKind.Agent or MentionKind.Composite or MentionKind.Named && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } first
           && text.Core(first) is var core && core.Length >= 5 && core.EndsWith("\u064A\u0646");

    private static bool IsSoundPlural(ReadOnlySpan<char> core) =>
        core.Length >= 5 && (core.EndsWith("\u0648\u0646") || core.EndsWith("\u064A\u0646"));

    /// <summary>
    /// The actor in the genitive of a masdar behind «ب» right after a threat or a pledge: of harm («بقتل رئيس مجلس النواب»,
    /// «باستهداف السفن الأمريكية») or of help («بمساعدة إسرائيل», «بدعم الجيش»), or null.
    /// </summary>
    private ActorMention? MasdarObject(AnalyzedText text, int from, int limit, List<ActorMention> actors, bool harm)
    {
        for (var i = from + 1; i < limit && i <= from + 3; i++)
        {
            if (text.Tokens[i] is not { Kind: TokenKind.Arabic } word)
            {
                return null;
            }

            // («بتسليح»: a form a pattern lists with its «ب» stays one word for the segmenter.)
            var core = text.Core(word);
            var masdar = (word.Proclitics & Proclitics.Bi) != 0 ? core : core.Length > 3 && core[0] == '\u0628' ? core[1..] : [];
            if (masdar.Length > 0 && (word.Proclitics & Proclitics.Al) == 0 && word.SuffixLength == 0
                && (harm ? _harmMasdars.Contains(masdar) || _objectMasdars.Contains(masdar) : _helpMasdars.Contains(masdar)))
            {
                return actors.FirstOrDefault(a => a.FirstToken == i + 1 && a.Kind != MentionKind.Adjective && PrepositionBefore(text, a) is null);
            }
        }

        return null;
    }

    /// <summary>
    /// «النظام القضائي», «النظام الانتخابي»: «النظام» with an adjective of its own that names no country is a system, not the
    /// regime («النظام السوري» is).
    /// </summary>
    private bool IsSystem(AnalyzedText text, ActorMention a, List<ActorMention> found, int limit)
        => a is { Kind: MentionKind.Agent, Country: null } && a.FirstToken == a.LastToken && a.LastToken + 1 < limit
           && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic } head && text.Core(head).SequenceEqual(_regime)
           && text.Tokens[a.LastToken + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } adjective
           && (head.Proclitics & Proclitics.Al) != 0 && text.Core(adjective).EndsWith("\u064A")
           && !found.Any(b => b.FirstToken == a.LastToken + 1);

    /// <summary>
    /// The guest of a bare «استقبال» whose genitive names the host: the actor behind «لـ» after the host and the host's own
    /// titles (actors of the host's state), of another state, in the same clause; or null.
    /// </summary>
    private static (ActorMention Host, ActorMention Guest)? GuestAfterHost(AnalyzedText text, int t, int limit, List<ActorMention> actors)
    {
        if (text.Tokens[t] is not { SuffixLength: 0 } reception || (reception.Proclitics & (Proclitics.Li | Proclitics.Bi)) != 0
            || actors.Find(a => a.FirstToken == t + 1) is not { Country: { } hostCountry, Kind: not (MentionKind.Adjective or MentionKind.Capital or MentionKind.Country) } host
            || (text.Tokens[host.FirstToken].Proclitics & (Proclitics.Li | Proclitics.Bi | Proclitics.Wa)) != 0)
        {
            return null;
        }

        var end = host.LastToken;
        foreach (var a in actors)
        {
            if (a.FirstToken <= end)
            {
                continue;
            }

            if (a.FirstToken - end > 3 || a.LastToken >= limit || HasClauseBreak(text, end, a.FirstToken))
            {
                return null;
            }

            if ((text.Tokens[a.FirstToken].Proclitics & Proclitics.Li) != 0 && a.Country is { } guestCountry && guestCountry != hostCountry
                && a.Kind is not (MentionKind.Adjective or MentionKind.Capital or MentionKind.Country))
            {
                return (host, a);
            }

            if (a.Country != hostCountry)
            {
                return null;
            }

            end = a.LastToken;
        }

        return null;
    }

    /// <summary>«وكان في استقباله», «كانت في استقبالهم»: the noun with a pronoun, right after «في», with «كان» just before.</summary>
    private bool AtReception(AnalyzedText text, int t, int first)
        => text.Tokens[t].SuffixLength > 0 && t - 2 >= first && text.Tokens[t - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } inWord
           && text.Core(inWord).SequenceEqual(_fi) && text.Tokens[t - 2] is { Kind: TokenKind.Arabic, SuffixLength: 0 } was && _kana.Contains(text.Core(was));

    /// <summary>
    /// The last actor the article named with the head noun of a bare definite description («الوفد», «الحزب», «ولي العهد»),
    /// of a body (<paramref name="personTitle"/> false) or of one person's title («ولي»), or null.
    /// </summary>
    private ActorMention? SameHeadAsNamed(AnalyzedText text, ActorMention mention, ArticleState state, bool personTitle)
    {
        if (((text.Tokens[mention.FirstToken].Proclitics & Proclitics.Al) == 0
             && !(mention.LastToken > mention.FirstToken && (text.Tokens[mention.LastToken].Proclitics & Proclitics.Al) != 0))
            || text.Tokens[mention.FirstToken] is not { Kind: TokenKind.Arabic } head || DescriptionHead(text, head) is not { } headWord
            || _personHeads.Contains(headWord) != personTitle || !state.ByHead.TryGetValue(headWord, out var sameHead))
        {
            return null;
        }

        // («حزب العمال الكردستاني … الضربات ضد الحزب»: the bare head repeats the named one, whatever role the word alone has.
        // A government named by its head, «حكومة إيهود أولمرت», is still a government: its state's.)
        return headWord == Government ? (sameHead.Country is { } governed ? sameHead with { Code = governed + mention.Code } : null)
            : sameHead.Role == mention.Code || mention.FirstToken == mention.LastToken ? sameHead : null;
    }

    /// <summary>
    /// The head noun a bare description repeats («وفد», «حزب»), or null. «ولي» is taken whole: the segmenter reads it
    /// «و+لي».
    /// </summary>
    private string? DescriptionHead(AnalyzedText text, Token head)
        => _descriptionHeads.Contains(text.Form(head)) ? text.Form(head).ToString()
            : _descriptionHeads.Contains(text.Core(head)) ? text.Core(head).ToString() : null;

    /// <summary>
    /// «تدين هذا العمل الإجرامي», «استنكارها لهذا العمل الهمجي»: a demonstrative, a deed and an adjective of violence within
    /// five words after the trigger.
    /// </summary>
    private bool PointsAtViolentDeed(AnalyzedText text, int triggerEnd, int limit)
    {
        for (var i = triggerEnd + 1; i + 2 < limit && i <= triggerEnd + 5; i++)
        {
            if (text.Tokens[i] is { Kind: TokenKind.Arabic } pointer && _demonstratives.Contains(text.Core(pointer))
                && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } deed && _deeds.Contains(text.Core(deed))
                && text.Tokens[i + 2] is { Kind: TokenKind.Arabic } quality && _violentQualities.Contains(text.Core(quality)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of renewing or repeating («جدد», «كررت», «استأنف») at most six words before the masdar it governs, or null.</summary>
    private int? RenewingVerbBefore(AnalyzedText text, int t, int first)
        => ClauseScan.WordBefore(text, t, first, 6, w => w.SuffixLength == 0 && (w.Proclitics & ~(Proclitics.Wa | Proclitics.Fa)) == 0 && _renewing.Contains(text.Core(w)));

    /// <summary>The first word from <paramref name="at"/> on past at most two definite adjectives («المليشيات المتمردة»).</summary>
    private static int SkipAdjectives(AnalyzedText text, int at, int limit)
    {
        for (var k = 0; k < 2 && at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 }; k++)
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// The act («الهجوم», «التفجير») or the deed («العمل», «الجريمة») whose relative clause the verb at <paramref name="t"/>
    /// opens, behind at most three adjectives («العمل الإرهابي الجبان الذي»), or -1.
    /// </summary>
    private int ActBeforeRelative(AnalyzedText text, int t, int first)
        => Enumerable.Range(Math.Max(first, t - 5), Math.Max(0, t - 1 - Math.Max(first, t - 5)))
            .LastOrDefault(i => text.Tokens[i].Kind == TokenKind.Arabic && (NamesAnAct(text, text.Tokens[i]) || _deeds.Contains(text.Core(text.Tokens[i])))
                                && !Enumerable.Range(i + 1, t - 1 - i - 1).Any(k => text.Tokens[k].Kind != TokenKind.Arabic), -1);

    private bool NamesAnAct(AnalyzedText text, Token token)
    {
        var core = text.Core(token);
        return _patterns.ByVerbWord(core).Length > 0 || _patterns.ByNoun(core).Length > 0 || _patterns.ByVerbStem(text.Stem(token)).Length > 0;
    }

    private ActorMention ResolveAgent(ActorMention mention, ArticleState state, List<ActorMention> sentence, ActorMention? previous, AnalyzedText text, List<PlaceMention> places)
    {
        // Unidentified attackers are of no known country (coding guide §2), wherever they strike.
        if (mention.Kind != MentionKind.Agent || mention.Country is not null || mention.Code == "UAF")
        {
            return mention;
        }

        // «ودعت الفاو الحكومات», «دعا المجلس الحكومات والبرلمانات العربية»: governments or parliaments in the
        // plural are many states', none of them the one the text named last.
        // («الحكومات المتعاقبة/السابقة» are one state's over time.)
        if (mention.FirstToken == mention.LastToken && text.Tokens[mention.FirstToken].SuffixLength == 0 && _manyStatesOrgans.Contains(text.Core(text.Tokens[mention.FirstToken]))
            && !(mention.LastToken + 1 < text.Tokens.Count && text.Tokens[mention.LastToken + 1] is { Kind: TokenKind.Arabic } succession && _succession.Contains(text.Core(succession))))
        {
            return mention;
        }

        // «حذرت الحكومة المواطنين الأجانب المقيمين في ليبيا»: people said to be foreign are of no country the text names.
        if (mention.LastToken + 1 < text.Tokens.Count && text.Tokens[mention.LastToken + 1] is { Kind: TokenKind.Arabic } foreign && _foreigners.Contains(text.Core(foreign)))
        {
            return mention;
        }

        // «وفدا برئاسة خالد مشعل», «وفد بقيادة وزير الخارجية المصري»: a body said to be headed by someone is of that
        // one's side, whatever country the article dwells on.
        if (mention.LastToken + 2 < text.Tokens.Count && text.Tokens[mention.LastToken + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Bi, SuffixLength: 0 } headedBy
            && _headedBy.Contains(text.Core(headedBy))
            && sentence.FirstOrDefault(a => a.FirstToken == mention.LastToken + 2 && a.Kind != MentionKind.Adjective) is { Country: { } headsCountry } head)
        {
            return mention with { Code = headsCountry + mention.Code, Name = mention.Name + " (headed by " + head.Name + ")" };
        }

        // «وفد رفيع من وزارة النقل المصرية … الوفد المصري … سيجري الوفد»: a bare description («الوفد», «الوفد الزائر»)
        // repeats the last actor the article named with the same head noun, not whoever was named last or right before it
        // («واستقبل وزير الإعلام السعودي الوفد»).
        // («ولي العهد»: a construct is definite by its last word. A person's title waits for the titles in apposition below.)
        if (SameHeadAsNamed(text, mention, state, personTitle: false) is { } sameHead)
        {
            return mention with { Code = sameHead.Code, Name = mention.Name + " → " + sameHead.Name };
        }

        // «وعقد وزراء خارجية دول مجلس التعاون اجتماعا … تمهيدا للاجتماع بين الوزراء وكيري»: so does a bare definite head
        // («الوزراء») the actor its own sentence named before as that head in construct («وزراء خارجية …»).
        if (mention.FirstToken == mention.LastToken && text.Tokens[mention.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } bareHead && (bareHead.Proclitics & Proclitics.Al) != 0
            && sentence.LastOrDefault(a => a.LastToken < mention.FirstToken && a.LastToken > a.FirstToken && a.Kind is MentionKind.Named or MentionKind.Composite
                                           && text.Tokens[a.FirstToken] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Wa } constructHead
                                           && text.Core(constructHead).SequenceEqual(text.Core(bareHead))) is { } namedWithIt)
        {
            return mention with { Code = namedWithIt.Code, Name = mention.Name + " → " + namedWithIt.Name };
        }

        // «نعت دولة الإمارات أمس ممثلة في القيادة العامة للقوات المسلحة»: a state «represented by» an organ speaks through
        // its own organ.
        if (previous is { Country: { } represented } && _recognizer.Lexicon.CountriesByCode.ContainsKey(represented) && mention.FirstToken > previous.LastToken
            && mention.FirstToken - previous.LastToken <= 5
            && Enumerable.Range(previous.LastToken + 1, mention.FirstToken - previous.LastToken - 1)
                .Any(i => text.Tokens[i] is { Kind: TokenKind.Arabic, PrefixLength: 0 } by && _representedBy.Contains(text.Core(by))))
        {
            return mention with { Code = represented + mention.Code, Name = mention.Name + " (" + previous.Name + ")" };
        }

        // The article's main country, counted only when a rule below needs it (this runs for every bare agent).
        string? dominant = null;
        var counted = false;
        string? Dominant()
        {
            if (!counted)
            {
                counted = true;
                dominant = DominantCountry(state.Known, sentence);
            }

            return dominant;
        }

        // «قوات النظام», «طائرات النظام»: the regime is the government of the country the article is about, whatever
        // foreign force it last named or joined to it («حزب الله», «الحرس الثوري الإيراني»). For the regime's forces,
        // where they fight tells that better than a foreign armed group named twice: «الاشتباكات … بريف حماة … بين حزب
        // الله اللبناني وقوات النظام». (Not for the regime itself, which talks and refuses abroad: «رفض النظام … في جنيف».)
        if (NamesTheRegime(text, mention)
            && ((mention.Code == "MIL" ? CountryOfTheStory(text, state, sentence, places) : null) ?? Dominant()) is { } regime)
        {
            return mention with { Code = regime + mention.Code, Name = mention.Name + " (" + regime + ")" };
        }

        // «الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع»: titles in apposition
        // to an actor (at most two words apart, no comma) are his, and so of his country. A «و» cannot tell
        // them apart: «ولي العهد» itself begins with one.
        // Fighters and civilians near a coalition's strikes («قصفت طائرات التحالف مواقع المسلحين», «التحالف الذي تقوده
        // المملكة … مواقع للمتمردين») are its enemies or their victims, not its own or its leader's.
        // («قالت وكالة رويترز إن قوات الجيش الوطني»: past «أن/إن» only a state's office or forces lend their country, and
        // only to that state's organs they report on, «أعلن مكتب رئيس الحكومة التركية أن الشرطة»; not a news agency, nor
        // to fighters or people officials speak of, «قال المسؤولون إنهم يعتقدون أن المسلح السوري قتل».)
        // (Only a state the lexicon lists: a region is no state whose organs these are, «وتتهم أوكرانيا والدول الغربية
        // المتمردين» are no Western rebels.)
        if (previous is { Country: { } country } && _recognizer.Lexicon.CountriesByCode.ContainsKey(country) && mention.FirstToken > previous.LastToken && mention.FirstToken - previous.LastToken <= 3
            && !HasCommaOrClause(text, previous.LastToken, mention.FirstToken)
            && !(HasComplementizerBetween(text, previous.LastToken, mention.FirstToken) && !(previous.Role is "GOV" or "COP" or "MIL" && mention.Code is "COP" or "MIL" or "GOV" or "JUD" or "SPY" or "LEG"))
            && !(mention.Code is "REB" or "CVL" or "REF" or "OPP" && sentence.Any(a => IsCoalition(a) && a.LastToken < mention.FirstToken))
            // («حزب الله اللبناني وقوات النظام»: an armed group has no regime; the regime's forces named next to it
            // are the story's own, below.)
            && !(previous.Kind == MentionKind.Named && previous.Role is "REB" or "OPP" or "PTY" && mention.Code == "MIL" && NamesTheRegime(text, mention))
            // («غارة أمريكية على حاجز للجيش»: the nisba of an act is its doer's; what the act is aimed at is someone else's.
            // Not after a named side: «واعتدت الشرطة المصرية على المتظاهرين», «وتظاهر الطلاب المصريون ضد الحكومة» are
            // one state's.)
            && !(previous.Kind == MentionKind.Adjective && Enumerable.Range(previous.LastToken + 1, mention.FirstToken - previous.LastToken - 1)
                     .Any(i => text.Tokens[i] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } against && _againstWords.Contains(text.Core(against)))))
        {
            return mention with { Code = country + mention.Code, Name = mention.Name + " (" + previous.Name + ")" };
        }

        // «بعث الأمير محمد بن نايف ولي العهد برقية … وعبر سمو ولي العهد»: a title of one person repeats the one the article
        // gave it.
        if (SameHeadAsNamed(text, mention, state, personTitle: true) is { } sameTitle)
        {
            return mention with { Code = sameTitle.Code, Name = mention.Name + " → " + sameTitle.Name };
        }

        // «نائب رئيس مجلس الوزراء وزير الداخلية الإماراتي الشيخ سيف بن زايد»: a title in a chain of titles whose later
        // link names the country is of that country; a link joined by «و» is another person («ونظيره الأمريكي»). A definite
        // title is a whole phrase: an indefinite one after it begins the verb's object («واستقبل الوزير وكيل وزارة
        // الخارجية الأوغندي»).
        if (mention.Code is "GOV" or "MIL" or "LEG" or "JUD" or "SPY" or "COP"
            && (text.Tokens[mention.FirstToken].Proclitics & Proclitics.Al) == 0
            && sentence.FirstOrDefault(a => a.FirstToken > mention.LastToken) is { Country: { } chained } next && next.Kind is MentionKind.Composite or MentionKind.Named
            && (text.Tokens[next.FirstToken].Proclitics & Proclitics.Al) == 0 && !_diplomatic.Contains(text.Core(text.Tokens[next.FirstToken]))
            && (next.FirstToken == mention.LastToken + 1
                || (next.FirstToken == mention.LastToken + 2 && text.Tokens[mention.LastToken + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } between && !_prepositions.Contains(text.Core(between))
                    // («ولي العهد يستقبل وزير الخارجية المصري»: a verb between ends the chain.)
                    && !NamesAnAct(text, between)))
            && (text.Tokens[next.FirstToken].Proclitics & (Proclitics.Wa | Proclitics.Bi | Proclitics.Li)) == 0
            && !HasCommaOrClause(text, mention.LastToken, next.FirstToken))
        {
            return mention with { Code = chained + mention.Code, Name = mention.Name + " (" + next.Name + ")" };
        }

        // «محكمة الجنايات المركزية في بغداد», «الشرطة في نيويورك»: a court, the police, the army or a parliament placed in
        // a city is that city's country's. Not a minister or a diplomat, who may be visiting or serve abroad; and
        // gunmen, rebels, civilians or refugees are not of the country where they are.
        if (mention.Code is "MIL" or "COP" or "SPY" or "JUD" or "LEG" && PlacedIn(text, mention, places) is { } placedIn)
        {
            return mention with { Code = placedIn + mention.Code, Name = mention.Name + " (in " + placedIn + ")" };
        }

        // «الطائرات الحربية», «قصف الطيران»: warplanes in a story that named a coalition are the coalition's, whatever
        // army the article named last («الجيش الوطني» fights on the ground).
        if (mention.Code == "MIL" && Enumerable.Range(mention.FirstToken, mention.LastToken - mention.FirstToken + 1)
                .Any(i => text.Tokens[i].Kind == TokenKind.Arabic && _warplanes.Contains(text.Core(text.Tokens[i])))
            && state.Known.LastOrDefault(IsCoalition) is { } coalition)
        {
            return mention with { Code = coalition.Code, Name = mention.Name + " → " + coalition.Name };
        }

        for (var k = state.Known.Count - 1; k >= 0; k--)
        {
            var known = state.Known[k];

            // «حزب الله اللبناني» in a report on Syria is a foreign group there: «الكتائب المقاتلة» and «مسلحون» are
            // the country's own rebels, not more of Hezbollah.
            if (mention.Code == "REB" && known.Kind == MentionKind.Named && known.Country is { } knownCountry && Dominant() is { } main && knownCountry != main)
            {
                continue;
            }

            // «طيران التحالف الدولي … وقتل ثلاثة عناصر من الجيش والشرطة»: «الجيش» is a state's army, not a coalition's.
            if (IsCoalition(known) && Enumerable.Range(mention.FirstToken, mention.LastToken - mention.FirstToken + 1)
                    .Any(i => text.Tokens[i].Kind == TokenKind.Arabic && text.Core(text.Tokens[i]).SequenceEqual(_army)))
            {
                continue;
            }

            if (known.Code.Length >= 6 && known.Code.EndsWith(mention.Code, StringComparison.Ordinal))
            {
                return mention with { Code = known.Code, Name = mention.Name + " → " + known.Name };
            }
        }

        // Otherwise the article's main country, when one clearly dominates what it has named so far:
        // «الحرس الجمهوري» in a report on Yemen is Yemen's.
        if (Dominant() is { } mainCountry)
        {
            return mention with { Code = mainCountry + mention.Code, Name = mention.Name + " (" + mainCountry + ")" };
        }

        // «أحكمت القوات سيطرتها على مدينة زنجبار»: a state's forces, police or officials acting in a place of one
        // country, with no country named at all, are that state's. Gunmen, rebels and civilians are not: where
        // they act says nothing of whose they are.
        // («نظرا لمحاصرة القوات الأمنية الفلوجة هرب قادة داعش إلى سورية. وأضاف أن القوات الأمنية حققت تقدما شرق
        // الرمادي»: nor does a state named before only as a place others went to, when no actor of the sentence
        // itself is of another country than the place's.)
        if (mention.Code is "MIL" or "COP" or "GOV" or "SPY" or "JUD" or "LEG" && places.Select(p => p.Place.Country).Distinct(StringComparer.Ordinal).ToList() is [var placeCountry]
            && !sentence.Any(a => a.Kind != MentionKind.Adjective && a.Country is not null && a.Country != placeCountry)
            && (!state.Known.Any(a => a.Kind != MentionKind.Adjective && a.Country is not null)
                || (state.Known.All(a => a.Kind is MentionKind.Country or MentionKind.Capital or MentionKind.Adjective || a.Country is null || a.Country == placeCountry))))
        {
            return mention with { Code = placeCountry + mention.Code, Name = mention.Name + " (in " + placeCountry + ")" };
        }

        return mention;
    }

    /// <summary>An imperfect verb («يصل», «يلتقي») with «اليوم» or «غدا» in its clause, two words before it to seven after.</summary>
    private bool IsScheduledForToday(AnalyzedText text, int t, int first, int limit)
    {
        var verb = text.Core(text.Tokens[t]);
        // Only «يـ» marks the imperfect unambiguously: «تلقى», «تباحث», «تشاورا» (fifth and sixth forms) and «ناقش»
        // (third) are perfects that begin with «ت» or «ن». A feminine «تـ» is the imperfect in the eighth and tenth
        // forms («تستقبل», «تلتقي», «تجتمع»), and before «غدا», which no perfect takes («تعقد المنظمة غدا اجتماعا»).
        // (A final «ا» is a dual or a plural's, unless the text writes the hamza of the root: «يبدأ».)
        if (verb.Length < 3 || (verb[^1] == '\u0627' && !text.OriginalOf(text.Tokens[t]).EndsWith('\u0623')) || (text.Tokens[t].Proclitics & Proclitics.Al) != 0 || verb[0] is not ('\u064A' or '\u062A'))
        {
            return false;
        }

        var onlyTomorrow = verb[0] == '\u062A' && !(verb.Length >= 5 && verb[2] == '\u062A' && verb[1] is '\u0633' or '\u0644' or '\u062C');
        // «يزور … القاهرة الأسبوع المقبل», «يصل … يوم الأحد المقبل»: a time that is still to come, as «غدا».
        bool IsDay(Token tok) => tok.Kind == TokenKind.Arabic && ((!onlyTomorrow && text.Form(tok).SequenceEqual(_todayWord)) || text.Core(tok).SequenceEqual(_tomorrowWord)
                                                               || ((tok.Proclitics & Proclitics.Al) != 0 && _nextWords.Contains(text.Core(tok))));
        for (var i = t - 1; i >= first && i >= t - 2 && text.Tokens[i].Kind != TokenKind.Punctuation && !IsComplementizer(text.Core(text.Tokens[i])); i--)
        {
            if (IsDay(text.Tokens[i]))
            {
                return true;
            }
        }

        // Past the subject and its name: «يبدأ وزير الخارجية اليمني رياض ياسين غدا جولة».
        for (var i = t + 1; i < limit && i <= t + 7 && text.Tokens[i].Kind != TokenKind.Punctuation; i++)
        {
            if (IsDay(text.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> (normalised, without the article) names a diplomat or a mission.</summary>
    private bool IsDiplomatic(IEnumerable<string> words)
        => words.Any(w => _diplomatic.Contains(w.StartsWith("\u0627\u0644", StringComparison.Ordinal) && w.Length > 3 ? w[2..] : w));

    /// <summary>The country of a place right after <paramref name="mention"/> with «في» or «ب», unless the mention is diplomatic.</summary>
    private string? PlacedIn(AnalyzedText text, ActorMention mention, List<PlaceMention> places)
    {
        // One adjective may stand between: «محكمة الجنايات المركزية في بغداد».
        var last = mention.LastToken;
        if (last + 1 < text.Tokens.Count && text.Tokens[last + 1] is { Kind: TokenKind.Arabic } adjective && adjective.Proclitics == Proclitics.Al && adjective.SuffixLength == 0
            && !places.Any(p => p.FirstToken == last + 1))
        {
            last++;
        }

        foreach (var place in places)
        {
            var after = place.FirstToken - last;
            if ((after == 1 && (text.Tokens[place.FirstToken].Proclitics & Proclitics.Bi) != 0)
                || (after == 2 && text.Tokens[last + 1] is { Kind: TokenKind.Arabic, PrefixLength: 0 } fi && text.Core(fi).SequenceEqual(_fi)))
            {
                return IsDiplomatic(Enumerable.Range(mention.FirstToken, mention.LastToken - mention.FirstToken + 1)
                    .Where(k => text.Tokens[k].Kind == TokenKind.Arabic).Select(k => text.Core(text.Tokens[k]).ToString()))
                    ? null : place.Place.Country;
            }
        }

        return null;
    }

    /// <summary>A coalition (the Saudi-led, the US-led) is coded as its lead state's forces; it names no party at home.</summary>
    // Two ordinal searches: a case-insensitive one showed in the profile, and names are written «coalition» or «Coalition».
    private static bool IsCoalition(ActorMention a)
        => a.Name.Contains("coalition", StringComparison.Ordinal) || a.Name.Contains("Coalition", StringComparison.Ordinal);

    /// <summary>A month's name («يوليو», «تموز») or a word of time («أمس», «الثلاثاء», «صباح»).</summary>
    private bool IsTimeWord(AnalyzedText text, Token tok)
        => tok.Kind == TokenKind.Arabic && (_timeWords.Contains(text.Core(tok)) || _dates.IsMonthWord(text.Core(tok)));

    /// <summary>«في سوريا», «بسوريا», «في جنوب سوريا»: a state named as where something is.</summary>
    private bool PlacedByIn(AnalyzedText text, ActorMention a)
        => (text.Tokens[a.FirstToken].Proclitics & Proclitics.Bi) != 0
           || Enumerable.Range(Math.Max(0, a.FirstToken - 2), Math.Min(2, a.FirstToken))
               .Any(i => text.Tokens[i] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } fi && text.Core(fi).SequenceEqual(_fi));

    private bool NamesTheRegime(AnalyzedText text, ActorMention mention)
        => Enumerable.Range(mention.FirstToken, mention.LastToken - mention.FirstToken + 1).Any(i => text.Tokens[i].Kind == TokenKind.Arabic && text.Core(text.Tokens[i]).SequenceEqual(_regime));

    /// <summary>
    /// The country of the places and states the sentence names, when they are all one; else of the places the article
    /// has named, counted with the states it named, when one clearly dominates. Armed groups and parties named by name
    /// do not count (they fight abroad: «حزب الله» in Syria), nor nisbas.
    /// </summary>
    private string? CountryOfTheStory(AnalyzedText text, ArticleState state, List<ActorMention> sentence, List<PlaceMention> places)
    {
        // «المعارك … في مدينة درعا في جنوب سوريا بين قوات النظام» in a story on Turkey: the places and states of the
        // sentence itself come first, when they are all of one country.
        // (A state as a place, «في سوريا», «في جنوب سوريا», not as an actor: «طهران تدعم قوات النظام».)
        var here = places.Select(p => p.Place.Country).Concat(sentence.Where(a => a.Kind == MentionKind.Country && PlacedByIn(text, a)).Select(a => a.Country!))
            .Distinct(StringComparer.Ordinal).ToList();
        if (here is [var only])
        {
            return only;
        }

        var counts = new Dictionary<string, int>(state.PlaceCountries, StringComparer.Ordinal);
        foreach (var p in places)
        {
            counts[p.Place.Country] = counts.GetValueOrDefault(p.Place.Country) + 1;
        }

        foreach (var a in state.Known.Concat(sentence))
        {
            if (a.Country is { } c && a.Kind != MentionKind.Adjective && !IsCoalition(a) && a.Role != "MED" && !(a.Kind == MentionKind.Named && a.Role is "REB" or "OPP" or "PTY"))
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        return ranked.Count > 0 && ranked[0].Value >= 2 && (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value) ? ranked[0].Key : null;
    }

    /// <summary>
    /// The country that clearly dominates what the article has named so far: at least two mentions and twice the
    /// next one's. Nisbas alone do not count: «في جانيين إثيوبيين» gives a nationality, not a party to the story; nor
    /// do coalitions, which fight abroad.
    /// </summary>
    private static string? DominantCountry(List<ActorMention> known, List<ActorMention> sentence)
    {
        // A coalition is its lead state's forces abroad: «غارات التحالف على مواقع المتمردين» is a story on Yemen.
        // A news agency reporting it («رويترز», «بي بي سي») says nothing of where the story is.
        // (Saudi papers reporting Saudi news do count, with the country the rest of the story names.)
        var named = known.Concat(sentence).Where(a => a.Kind != MentionKind.Adjective && !IsCoalition(a) && a.Role != "MED").Select(a => a.Country).ToHashSet();
        var countries = known.Concat(sentence).Where(a => a.Kind != MentionKind.Adjective && !IsCoalition(a) && (a.Role != "MED" || named.Contains(a.Country)))
            .Select(a => a.Country).Where(c => c is not null)
            .GroupBy(c => c!).Select(g => (Country: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        return countries.Count > 0 && countries[0].Count >= 2 && (countries.Count == 1 || countries[0].Count >= 2 * countries[1].Count) ? countries[0].Country : null;
    }

    /// <summary>
    /// A date or a year in the trigger's own clause («عام 1982», «في 5 يونيو 1967») lies more than a
    /// year before publication. Only years two or more before the article's count, so «عام 2007» in an
    /// article of early 2008 stays news; a date after «منذ» starts a period («الأعنف منذ عام 2014»).
    /// </summary>
    private bool IsDistantPast(AnalyzedText text, int t, int first, int limit, DateOnly published, List<DateMention> dates)
    {
        // «1937 - اتفاق ينهي حرب شاكو», «2008 - الصين وروسيا توقعان اتفاقا»: a line of an almanac or of a timeline opens with
        // its year and a dash; like a clause dated so, it is background.
        if (first + 1 < limit && text.Tokens[first].Kind == TokenKind.Number && text.Tokens[first + 1].Kind == TokenKind.Punctuation
            && text.Normalized[text.Tokens[first + 1].NormStart] == '-' && text.Tokens[first].NormEnd - text.Tokens[first].NormStart == 4
            && int.TryParse(text.Normalized.AsSpan(text.Tokens[first].NormStart, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var lineYear)
            && lineYear >= 1000 && lineYear <= published.Year - 2)
        {
            return true;
        }

        var (from, to) = ClauseAround(text, t, first, limit);

        // «في ديسمبر 2001، عندما هاجم مسلحون البرلمان»: a clause of time belongs to the date before it.
        // «28 يونيو (حزيران) 1988: اثينا ـ مقتل الملحق»: so does a chronology line, dated before its colon.
        if (from - 2 >= first && ((text.Tokens[from].Kind == TokenKind.Arabic && _when.Contains(text.Core(text.Tokens[from])))
                                  || (text.Tokens[from - 1].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[from - 1].NormStart] == ':'
                                      && dates.Any(d => d.LastToken == from - 2))))
        {
            from = ClauseAround(text, from - 2, first, limit).From;
        }

        // The time expression nearest the trigger dates it: «أضرب العرب امس احتجاجا على … قتلوا 13 متظاهرا في اكتوبر 2000»
        // is yesterday's strike about an old killing.
        var nearest = int.MaxValue;
        var distant = false;
        void Consider(int at, bool old)
        {
            var distance = Math.Abs(at - t) * 2 + (at < t ? 0 : 1);
            if (distance < nearest)
            {
                nearest = distance;
                distant = old;
            }
        }

        foreach (var mention in dates)
        {
            if (mention.FirstToken >= from && mention.FirstToken <= to && !AfterSince(text, mention.FirstToken, first)
                && mention.Date is { Value: { } d, Precision: DatePrecision.Day or DatePrecision.Month })
            {
                Consider(mention.FirstToken, d.AddYears(1) < published);
            }
        }

        for (var i = from; i <= to; i++)
        {
            var tok = text.Tokens[i];
            if (published.Year > 2000 && tok.Kind == TokenKind.Arabic && !AfterSince(text, i, first)
                && (_decades.Contains(text.Core(tok)) || (text.Form(tok).SequenceEqual(_century) && i + 1 <= to && IsPastCentury(text, text.Tokens[i + 1]))))
            {
                Consider(i, true);
            }

            if (i == first || tok.Kind != TokenKind.Number || text.Tokens[i - 1].Kind != TokenKind.Arabic || AfterSince(text, i - 1, first))
            {
                continue;
            }

            // «عام 1982», and a bare year after «في» («قتل أخوها في 1996») when it is no later than the article.
            var yearWord = _yearWords.Contains(text.Core(text.Tokens[i - 1]));
            var digits = text.Normalized.AsSpan(tok.NormStart, tok.NormEnd - tok.NormStart);
            if ((yearWord || text.Form(text.Tokens[i - 1]).SequenceEqual(_fi)) && digits.Length == 4
                && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year >= 1900 && (yearWord || year <= published.Year))
            {
                Consider(i, year <= published.Year - 2);
            }
        }

        return distant;
    }

    /// <summary>
    /// «القرن الماضي», «القرن التاسع عشر», «القرن العشرين», «القرن الـ19»: a past century by its ordinal or number.
    /// Not this one («القرن الحادي والعشرين», «القرن 21»), nor «القرن الأفريقي», the Horn of Africa.
    /// </summary>
    private bool IsPastCentury(AnalyzedText text, in Token next)
        => (next.Kind == TokenKind.Number && int.TryParse(text.Normalized.AsSpan(next.NormStart, next.NormEnd - next.NormStart), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var century) && century <= 20)
           || (next.Kind == TokenKind.Arabic && (next.Proclitics & Proclitics.Al) != 0 && _pastCenturies.Contains(text.Core(next)));

    /// <summary>A disaster or an accident in the clause: «كارثة تسونامي», «حريق», «حادث سير».</summary>
    private bool NamesMishap(AnalyzedText text, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            var tok = text.Tokens[i];
            if (tok.Kind != TokenKind.Arabic)
            {
                continue;
            }

            var core = text.Core(tok);
            if (_mishaps.Contains(core))
            {
                return true;
            }

            // «نجم عن خلل فني»: a technical fault («خلل» alone is also a misspelt «خلال»).
            if ((core.SequenceEqual("\u062E\u0644\u0644") || core.SequenceEqual("\u0639\u0637\u0644")) && i + 1 <= to
                && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } kind && text.Core(kind) is "\u0641\u0646\u064A")
            {
                return true;
            }

            // «أصيب بكسر في ساقه»: a fracture is what a fall or an accident does; an attack's wounded are «بجروح».
            if ((tok.Proclitics & Proclitics.Bi) != 0 && _fractures.Contains(core))
            {
                return true;
            }

            // «حادث» alone is what the press calls an attack too («وقع الحادث»); a road accident is named as one
            // («حادث سير», «حادث انقلاب السيارة»).
            if ((core.SequenceEqual("\u062D\u0627\u062F\u062B") || core.SequenceEqual("\u062D\u0648\u0627\u062F\u062B")) && i + 1 <= to
                && text.Tokens[i + 1].Kind == TokenKind.Arabic && (_roadWords.Contains(text.Core(text.Tokens[i + 1]))
                                                                   || (_overturning.Contains(text.Core(text.Tokens[i + 1])) && i + 2 <= to && text.Tokens[i + 2].Kind == TokenKind.Arabic && _roadWords.Contains(text.Core(text.Tokens[i + 2])))))
            {
                return true;
            }

            // «إثر انقلاب السيارة التي يستقلونها», «انقلبت حافلة»: a vehicle overturning (not «انقلاب عسكري», a coup).
            if (_overturning.Contains(core) && i + 1 <= to && text.Tokens[i + 1].Kind == TokenKind.Arabic && _roadWords.Contains(text.Core(text.Tokens[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «نقل تعازيه باسم الشعب الأمريكي إلى عائلات الضحايا», «نيابة عن الملك»: whom the source speaks or acts for is on its
    /// side, never its target.
    /// </summary>
    private bool IsOnBehalf(AnalyzedText text, ActorMention a)
        => a.FirstToken >= 1 && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } marker
           && ((marker.Proclitics == Proclitics.Bi && text.Core(marker).SequenceEqual(_name))
               // (The segmenter keeps «باسم» whole: it is also a man's name.)
               || (marker.Proclitics == Proclitics.None && text.Core(marker).SequenceEqual(_inTheName))
               || (marker.Proclitics == Proclitics.None && a.FirstToken >= 2
                   && text.Core(marker).SequenceEqual(_about) && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } behalf
                   && text.Core(behalf).SequenceEqual(_behalf)));

    /// <summary>The actor in the genitive of a bare «استعداد/رغبة» within eight words after <paramref name="t"/>, in its clause.</summary>
    private ActorMention? ReadyOne(AnalyzedText text, int t, int limit, List<ActorMention> actors)
    {
        for (var i = t + 1; i < limit && i <= t + 8; i++)
        {
            if (IsClauseMark(text, text.Tokens[i]))
            {
                return null;
            }

            if (text.Tokens[i] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } word && _readiness.Contains(text.Core(word)))
            {
                return actors.FirstOrDefault(a => a.FirstToken == i + 1 && a.Kind is not MentionKind.Adjective);
            }
        }

        return null;
    }

    /// <summary>
    /// «رفع إصبعه مهددا ومتوعدا، تماما كما فعل المالكي»: the subject of «كما فعل» did the same act, to the same target; he
    /// is compared with the source, never its target.
    /// </summary>
    private bool IsComparedDoer(AnalyzedText text, ActorMention a)
        => a.FirstToken >= 2 && text.Tokens[a.FirstToken - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } did && _didTheSame.Contains(text.Core(did))
           && text.Tokens[a.FirstToken - 2] is { Kind: TokenKind.Arabic, SuffixLength: 0 } like && text.Core(like).SequenceEqual(_likeAs);

    /// <summary>A word opening a clause of time («عندما», «بينما») after <paramref name="from"/>, with a word of its own before <paramref name="to"/>.</summary>
    private bool ClauseOfTimeBetween(AnalyzedText text, int from, int to)
    {
        for (var i = from + 1; i < to - 1; i++)
        {
            if (text.Tokens[i] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None or Proclitics.Wa, SuffixLength: 0 } when && _clauseOfTime.Contains(text.Core(when)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «أصيب 16 مجندا …، صباح أمس، إثر حادث انقلاب السيارة»: a later phrase of the sentence, set off by commas, that gives
    /// the harm's cause («إثر», «جراء», «بسبب», «نتيجة») as a disaster or an accident.
    /// </summary>
    private bool MishapCauseAfter(AnalyzedText text, int clauseEnd, int limit)
    {
        var at = clauseEnd + 1;
        while (at + 1 < limit && IsComma(text, at))
        {
            var (from, to) = ClauseAround(text, at + 1, at + 1, limit);
            if (text.Tokens[from] is { Kind: TokenKind.Arabic, SuffixLength: 0 } cause && _causeOfHarm.Contains(text.Core(cause)) && NamesMishap(text, from + 1, to))
            {
                return true;
            }

            at = to + 1;
        }

        return false;
    }

    /// <summary>«منذ» (or «منذ عام») right before the token.</summary>
    private bool AfterSince(AnalyzedText text, int token, int first)
    {
        for (var i = token - 1; i >= first && i >= token - 2; i--)
        {
            if (text.Tokens[i].Kind == TokenKind.Arabic && text.Core(text.Tokens[i]).SequenceEqual(_since))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens of the clause around <paramref name="t"/>: between commas or clause marks.</summary>
    private static (int From, int To) ClauseAround(AnalyzedText text, int t, int first, int limit)
    {
        var from = t;
        while (from > first && !IsClauseMark(text, text.Tokens[from - 1]))
        {
            from--;
        }

        var to = t;
        while (to + 1 < limit && !IsClauseMark(text, text.Tokens[to + 1]))
        {
            to++;
        }

        return (from, to);
    }

    private static bool IsClauseMark(AnalyzedText text, in Token token)
        => token.Kind == TokenKind.Punctuation && text.Normalized[token.NormStart] is ',' or '\u060C' or '.' or ';' or ':' or '?' && !IsAbbreviationPoint(text, token);

    private EventDate DateFor(AnalyzedText text, int t, int first, int limit, DateOnly? published, bool future, List<DateMention>?[] perSentence, EventDate? carried = null,
                              bool saidOfAnother = false)
    {
        var slot = future ? 1 : 0;
        var dates = perSentence[slot] ??= _dates.Find(text, first, limit, published, future);

        // «منذ 26 مارس» dates the start of what still goes on, not the act reported now.
        // («قالت الوزارة اليوم السبت إن لافروف سيعقد اجتماعا … يومي الثاني والثالث من أغسطس»: an act to come takes the
        // day to come after it over the day it was announced, before it.)
        // («أدان أوباما التفجير الذي وقع يوم الاثنين», «طالب هادي باحترام الهدنة التي جرى سريانها منتصف الليلة الماضية»: a
        // verb of saying or dealing is not dated by a relative clause on its object, which dates that other act.)
        var candidates = dates.Where(d => !AfterSince(text, d.FirstToken, first) && !(saidOfAnother && InRelativeAfter(text, t, d.FirstToken)));
        var nearest = candidates.MinBy(d => Math.Abs(d.FirstToken - t) + (d.FirstToken < t ? 1 : 0));
        if (future && published is { } announcedOn && nearest is { Date: { Value: { } nearDay, Precision: DatePrecision.Day } } && nearDay == announcedOn && nearest.FirstToken < t
            && candidates.Where(d => d.FirstToken > t && d.Date is { Value: { } day, Precision: DatePrecision.Day } && day > announcedOn).MinBy(d => d.FirstToken) is { } toCome)
        {
            nearest = toCome;
        }

        // «يعتزم زيارة إيران في سبتمبر» (in August): the month an act still to come happens «في», soon after it and
        // named by no word of the past, is the coming one.
        // («سيلتقي في الرابع من سبتمبر»: so is a day of a named month, its year not written.)
        if (future && nearest is { Date: { Precision: DatePrecision.Month or DatePrecision.Day, Value: { } when } date } && published is { } on
            && (date.Precision == DatePrecision.Month ? when < on.AddDays(1 - on.Day) : when < on && text.Tokens[nearest.LastToken].Kind == TokenKind.Arabic)
            && nearest.FirstToken > t && nearest.FirstToken - t <= FutureMonthReach && !HasClauseBreak(text, t, nearest.FirstToken)
            && text.Tokens[nearest.FirstToken - 1] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } during && text.Core(during).SequenceEqual(_fi)
            && !(nearest.LastToken + 1 < limit && text.Tokens[nearest.LastToken + 1] is { Kind: TokenKind.Arabic } after && _pastMarkers.Contains(text.Core(after))))
        {
            return date.Precision == DatePrecision.Month ? EventDate.Month(when.Year + 1, when.Month)
                : EventDate.Day(new DateOnly(when.Year + 1, when.Month, Math.Min(when.Day, DateTime.DaysInMonth(when.Year + 1, when.Month))));
        }

        // A sentence with no date of its own continues the time of the narrative before it.
        return nearest?.Date ?? (carried is { Value: not null } c ? c : EventDate.Unknown);
    }

    /// <summary>The date stated after <paramref name="t"/> within its clause, or none.</summary>
    private EventDate OwnClauseDate(AnalyzedText text, int t, int first, int limit, DateOnly? published, List<DateMention>?[] perSentence)
    {
        var dates = perSentence[0] ??= _dates.Find(text, first, limit, published);
        var end = ClauseEnd(text, t, limit);
        return dates.FirstOrDefault(d => d.FirstToken > t && d.FirstToken <= end)?.Date ?? EventDate.Unknown;
    }

    private EventPlace? PlaceFor(AnalyzedText text, int t, List<PlaceMention> places)
        => NearestPlace(text, t, places) is { } best
            ? new EventPlace(text.Original[best.Start..best.End], best.Place.Country, best.Place.Latitude, best.Place.Longitude, best.Start, best.End)
            : null;

    /// <summary>
    /// The place an act of violence is done to or in: the first listed place within a few words after the
    /// trigger, as its object («استهدف مدينة سوروج») or after «على», «في» or «ب», in the same clause.
    /// </summary>
    private PlaceMention? AttackedPlace(AnalyzedText text, int t, int limit, List<PlaceMention> places)
    {
        foreach (var place in places)
        {
            if (place.FirstToken <= t || place.FirstToken - t > 8 || IsAttribution(text, place.FirstToken))
            {
                continue;
            }

            if (HasClauseBreak(text, t, place.FirstToken))
            {
                return null;
            }

            return place;
        }

        return null;
    }

    /// <summary>
    /// Where the visitor's words end before <paramref name="before"/>: past his post («السفير الأمريكي لدى اليمن») and a
    /// name the lexicon does not know, bare words of up to three («ماثيو تولر»).
    /// </summary>
    private int VisitorsEnd(AnalyzedText text, int afterSource, int before, List<ActorMention> actors, List<ActorMention> sources)
    {
        var end = afterSource;
        if (actors.FirstOrDefault(a => a.FirstToken == end + 2 && a.LastToken < before) is { } post && IsEnvoysPost(text, post, sources, actors))
        {
            end = post.LastToken;
        }

        for (var n = 0; n < 3 && end + 1 < before - 1 && text.Tokens[end + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } word
                        && !_prepositions.Contains(text.Core(word)) && !_timeWords.Contains(text.Core(word)) && !actors.Any(a => a.FirstToken <= end + 1 && a.LastToken >= end + 1); n++)
        {
            end++;
        }

        return end;
    }

    /// <summary>«وسط بغداد», «جنوب العاصمة دمشق», «ضواحي صنعاء»: a capital after a word for a part of a city or a side of it.</summary>
    private bool IsPartOfCity(AnalyzedText text, ActorMention capital)
    {
        var at = capital.FirstToken - 1;
        if (at >= 0 && text.Tokens[at] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.Al, SuffixLength: 0 } city && text.Core(city).SequenceEqual(_capitalWord))
        {
            at--;
        }

        return at >= 0 && text.Tokens[at] is { Kind: TokenKind.Arabic, SuffixLength: 0 } part && (part.Proclitics & ~(Proclitics.Wa | Proclitics.Fa)) == 0 && _cityParts.Contains(text.Core(part));
    }

    /// <summary>The place right after <paramref name="triggerEnd"/> with «لـ» or after «إلى», a word for a town allowed before it.</summary>
    private bool IsDestinationRightAfter(AnalyzedText text, PlaceMention place, int triggerEnd)
    {
        // («زيارته لمدينة الموصل»: the word for a town takes the «لـ».)
        var head = place.FirstToken - 1 > triggerEnd && text.Tokens[place.FirstToken - 1] is { Kind: TokenKind.Arabic, SuffixLength: 0 } townWord && _partsOf.Contains(text.Core(townWord))
            ? place.FirstToken - 1
            : place.FirstToken;
        return (head == triggerEnd + 1 && (text.Tokens[head].Proclitics & Proclitics.Li) != 0)
               || (head == triggerEnd + 2 && text.Tokens[triggerEnd + 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } toWord && text.Core(toWord).SequenceEqual(_ila));
    }

    /// <summary>The place after «في» nearest to the trigger.</summary>
    private static PlaceMention? NearestPlace(AnalyzedText text, int t, List<PlaceMention> places)
    {
        PlaceMention? best = null;
        foreach (var place in places)
        {
            var before = place.FirstToken > 0 ? text.Tokens[place.FirstToken - 1] : default;
            var inPrep = place.FirstToken > 0 && before.Kind == TokenKind.Arabic && text.Core(before).SequenceEqual("\u0641\u064A");
            if (inPrep && (best is null || Math.Abs(place.FirstToken - t) < Math.Abs(best.FirstToken - t)))
            {
                best = place;
            }
        }

        return best;
    }

    /// <summary>
    /// The last day a sentence gives carries over to the sentences after it that give none. Only a day, and within a
    /// month of the article: a month or an older date is usually background («منذ منتصف يوليو»), not the narrative's time.
    /// </summary>
    private static void CarryDate(List<DateMention> told, Article article, string field, ArticleState state)
    {
        // A day still to come («يوم الثلاثاء المقبل») is a plan, not the time the narrative has reached.
        // (Nor a stretch of recent days, «خلال الأيام القليلة الماضية», told after the day the narrative has reached.)
        bool Told(DateMention d) => !d.Span && !(article.Published is { } published && d.Date is { Value: { } day, Precision: DatePrecision.Day } && day > published);
        var last = told.FindLastIndex(Told);
        if (last >= 0 && told[last].Date is { Value: { } toldDay, Precision: DatePrecision.Day }
            && (article.Published is not { } pubDay || Math.Abs(pubDay.DayNumber - toldDay.DayNumber) <= 31))
        {
            state.LastDate = told[last].Date;

            // The news peg: the first day the body's lead gives, which the title's undated report is about.
            if (field == "text" && state.LeadDate is null && state.SentenceIndex - state.FirstTextSentence < LeadSentences)
            {
                state.LeadDate = told[told.FindIndex(Told)].Date is { Precision: DatePrecision.Day } firstDay ? firstDay : told[last].Date;
            }
        }
    }

    /// <summary>A sentence whose last word before its closing quotes and full stop is a question mark.</summary>
    private static bool IsQuotedQuestion(AnalyzedText text, Sentence sentence)
    {
        var lastAt = sentence.LastToken;
        var closed = false;
        while (lastAt > sentence.FirstToken && text.Tokens[lastAt].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[lastAt].NormStart] is '.' or '"' or '\u00BB' or '\u201D' or ')')
        {
            closed |= text.Normalized[text.Tokens[lastAt].NormStart] != '.';
            lastAt--;
        }

        return closed && text.Tokens[lastAt].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[lastAt].NormStart] == '?';
    }

    private bool IsBoilerplate(AnalyzedText text, Sentence sentence)
    {
        var last = text.Tokens[sentence.LastToken];
        if (last.Kind == TokenKind.Punctuation && text.Normalized[last.NormStart] == '?')
        {
            return true;
        }

        var original = _analyzer.Normalizer.Normalize(text.Original.AsSpan(sentence.Start, sentence.End - sentence.Start));
        foreach (var opener in _boilerplateOpeners)
        {
            if (original.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The appeal to do an act of cooperation or yielding (CAMEO 02): to meet (026), to cooperate (021, 022), for aid (023), to yield (025).</summary>
    private static string? AppealFor(string code) => code[..2] switch
    {
        "03" or "04" => "026",
        "05" => "022",
        "06" => "021",
        "07" => "023",
        "08" => "025",
        _ => null,
    };

    /// <summary>Announced intentions and threats (coding guide §1): the future of an action is an intent (03x) or a threat (13x).</summary>
    private static string? FutureCode(string code) => code[..2] switch
    {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "034",
        "15" or "18" or "19" or "20" => "138",
        "17" => "137",
        "16" => "131",
        "13" => code,
        _ => null,
    };

    /// <summary>Violence with no named perpetrator is coded with unidentified attackers; a protest with no named group, with civilians.</summary>
    // (A blockade, a truce broken or an ethnic cleansing is a state's or an army's, never an unseen
    // gunman's: «وفرض حصار على الشعب الفلسطيني» with no one named is the writer's account, no event.)
    private static string? UnknownSource(string code) => code[..3] switch
    {
        "191" or "196" or "203" => null,
        _ when code[..2] is "18" or "19" or "20" => "UAF",
        _ when code[..2] == "14" => "CVL",
        _ => null,
    };

    private void AddEvent(List<CodedEvent> events, ArticleState state, Article article, string field, AnalyzedText text, Sentence sentence, int sentenceIndex,
        ActorMention source, ActorMention? target, CameoCode cameo, EventPattern pattern, int trigger, int triggerEnd, EventDate date,
        EventPlace? place, Modality modality, double confidence, CodingTrace? trace)
    {
        // «وأكد الجانبان على تكثيف الدعم الدولي للأردن»: of the two sides, the one the act is about does not act on itself.
        // («وأدان الجانبان هجمات حزب العمال الكردستاني»: its own country's armed group is someone else.)
        if (state.Sides.Contains(source) && target?.Country is { } about && about == source.Country && target.Role is null or "GOV")
        {
            return;
        }

        // «ويتهم معارضون نكورونزيزا بمخالفة الدستور»: an opposition of no country named that acts on a government or its
        // leader is that state's own. (Not the other way: a government may act on another state's opposition, «انتقد
        // الكرملين الخطط الأميركية لتوفير غطاء جوي للمعارضة».)
        if (source.Code == "OPP" && target is { Country: { Length: 3 } opposed, Role: "GOV" })
        {
            source = source with { Code = opposed + "OPP" };
        }

        var startTok = text.Tokens[trigger];
        var start = startTok.Start;
        var end = text.Tokens[triggerEnd].End;
        foreach (var a in target is null ? [source] : new[] { source, target })
        {
            if (a.Start >= sentence.Start && a.End <= sentence.End && !(a.FirstToken == trigger && a.Code is "UAF" or "CVL"))
            {
                start = Math.Min(start, a.Start);
                end = Math.Max(end, a.End);
            }
        }

        if (IsMaterialConflict(cameo.Code))
        {
            _ = state.Reported.Add("18-20");
        }

        if (cameo.Code[..2] is not ("11" or "12") && source.Kind != MentionKind.Agent)
        {
            state.LastActor = source;
        }

        if (IsMaterialConflict(cameo.Code))
        {
            state.LastViolent = source;
        }

        if (IsMaterialConflict(cameo.Code) && source.Code is not ("UAF" or "CVL") && source.Country is not null)
        {
            state.Perpetrators[cameo.Code[..3]] = source;
        }

        // Only a meeting, a visit, talks, an intent or an agreement between two sets the pair («ترحب باريس بفكرة المبعوث»,
        // praise or aid, does not); an act by a third country's actor ends it, armed groups included (not its people).
        if ((cameo.Root is "03" or "04" || cameo.Code is "057" or "056" or "019") && target is not null && Party(source) is { } first && Party(target) is { } second && first != second)
        {
            state.LastPair = (source, target);
        }
        else if (state.LastPair is var (one, other) && source.Role is not ("CVL" or "REF" or "MED") && Outside(source, one, other))
        {
            state.LastPair = null;
        }

        if (target is not null && IsMaterialConflict(cameo.Code))
        {
            // An unknown attacker («وقتل أكثر من 40 عنصرا من الحوثيين») is no one's known adversary.
            if (target.Code != "UAF")
            {
                _ = state.Adversaries.TryAdd(source.Code, target);
            }

            if (source.Code != "UAF")
            {
                _ = state.Adversaries.TryAdd(target.Code, source);
            }

            if (target.Code is not ("UAF" or "CVL") && target.Country is not null)
            {
                state.LastEnemy = target;
            }
        }

        // «الحكومة العراقية تعقد جلسة», «وناقش …»: a meeting, a visit or talks are with someone; when the text does not
        // say with whom, there is no interaction to code. (The act still counts while its sentence is read — «التقى وفد
        // … احتجاجا على» is a meeting's purpose, no protest — and is dropped at the end, in Code.)
        if (cameo.Root == "04" && target is null)
        {
            trace?.Add($"  {cameo.Code} at «{text.OriginalOf(startTok)}» names no counterpart: dropped from the output");
        }

        var evidence = new Evidence(field, start, end, text.Original[start..end]);
        var mention = new EventMention(sentenceIndex, evidence, text.OriginalOf(startTok), pattern.Location.ToString());
        var ev = new CodedEvent(
            article.Id,
            sentenceIndex,
            Actor(text, source),
            target is null ? null : Actor(text, target),
            cameo.Code,
            cameo.Name,
            cameo.Root,
            cameo.QuadClass,
            cameo.Goldstein,
            new Plover(cameo.PloverType, cameo.PloverMode, cameo.PloverContext),
            date,
            place,
            evidence,
            modality == Modality.Future ? "future" : "asserted",
            Math.Round(confidence, 2),
            [mention]);
        events.Add(ev);
        if (cameo.Root == "19" && source.Code == "UAF" && target is { Kind: not (MentionKind.Country or MentionKind.Capital or MentionKind.Adjective), Code.Length: > 3, Role: not "CVL" })
        {
            state.AgainstNamedSides.Add(evidence);
        }

        // The responsibility patterns carry their 'with' words (the attack or «مسؤولية»); acknowledging in general
        // («اعترف ب») has none.
        if (cameo.Code == "015" && pattern.With.Count > 0 && modality != Modality.Future && source.Code.EndsWith("REB", StringComparison.Ordinal))
        {
            state.Claims.Add(ev);
        }

        trace?.Add(string.Create(CultureInfo.InvariantCulture, $"  EVENT {ev.Source.Code} → {ev.Target?.Code ?? "-"} {ev.Cameo} ({ev.CameoName}) date {ev.Date.Format() ?? "null"} evidence «{evidence.Text}»"));
    }

    /// <summary>
    /// The two parties of the last «بين X و Y» before <paramref name="mention"/> in its sentence («اختلاف بين واشنطن وأنقرة
    /// بشأن المنطقة التي اتفق عليها الطرفان»), or null.
    /// </summary>
    private (ActorMention First, ActorMention Second)? PairBefore(AnalyzedText text, List<ActorMention> actors, ActorMention mention)
    {
        for (var k = actors.Count - 2; k >= 0; k--)
        {
            var (one, other) = (actors[k], actors[k + 1]);
            if (other.LastToken < mention.FirstToken && Party(one) is { } a && Party(other) is { } b && a != b && one.FirstToken > 0
                && text.Tokens[one.FirstToken - 1] is { Kind: TokenKind.Arabic } between && text.Core(between).SequenceEqual(_between)
                && other.FirstToken == one.LastToken + 1 && (text.Tokens[other.FirstToken].Proclitics & Proclitics.Wa) != 0)
            {
                return (one, other);
            }
        }

        return null;
    }

    /// <summary>
    /// «التي حاولت حركة طالبان اغتيالها», «التي اختطفت جبهة النصرة 13 عنصرا منها»: a pronoun agreeing with the relative
    /// («ـه» for «الذي», «ـها» for «التي», «ـهم» for «الذين», «ـهما» for the duals) on a word of the clause after its verb,
    /// prepositions included, before the clause ends; it makes the actor after the verb its subject.
    /// </summary>
    private bool ResumptiveIn(AnalyzedText text, Token relative, int t, int limit)
    {
        var pronoun = text.Core(relative) switch
        {
            "\u0627\u0644\u0630\u064A" => "\u0647",
            "\u0627\u0644\u062A\u064A" => "\u0647\u0627",
            "\u0627\u0644\u0630\u064A\u0646" => "\u0647\u0645",
            _ => "\u0647\u0645\u0627",
        };
        // (Within the clause: a word joined by «و» or a punctuation mark begins another, «… وهم يؤدون صلاتهم». The word
        // right after the verb with the pronoun is its subject, «التي حذر رئيسها الولايات المتحدة»: the antecedent's own.)
        var end = Math.Min(limit, ClauseEnd(text, t, limit));
        for (var i = t + 2; i < end && i <= t + 10; i++)
        {
            var word = text.Tokens[i];
            if (word.Kind == TokenKind.Punctuation && text.Normalized[word.NormStart] is '\u00AB' or '\u00BB' or '"' or '\u201C' or '\u201D' or '(' or ')')
            {
                continue;
            }

            if (word.Kind is not (TokenKind.Arabic or TokenKind.Number) || (word.Proclitics & (Proclitics.Wa | Proclitics.Fa)) != 0)
            {
                return false;
            }

            if (word.SuffixLength > 0 && text.Suffix(word).SequenceEqual(pronoun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «التي حاولت حركة طالبان اغتيالها»: a pronoun («ـه/ـها/ـهم/ـهما») on the word right after the actor that follows a
    /// verb opening a relative clause makes that actor the verb's subject (further on, «… من أن سياستها», it may be
    /// that actor's own).
    /// </summary>
    private static bool ResumptiveAfterSubject(AnalyzedText text, int t, int limit, List<ActorMention> actors)
        => actors.FirstOrDefault(a => a.FirstToken == t + 1) is { } subject && subject.LastToken + 1 < limit
           && text.Tokens[subject.LastToken + 1] is { Kind: TokenKind.Arabic, SuffixLength: > 0 } word
           && text.Suffix(word) is "\u0647" or "\u0647\u0627" or "\u0647\u0645" or "\u0647\u0645\u0627";

    /// <summary>
    /// Whether a verb after a relative pronoun can have its antecedent as subject: «التي» takes a feminine verb («التي
    /// تستهدف», «التي استهدفت»), «الذي» a masculine one; «القرى التي استهدف الجيش» has a subject of its own.
    /// </summary>
    private static bool AgreesWithRelative(AnalyzedText text, Token relative, Token verb)
    {
        var core = text.Core(verb);
        if (core.Length < 3)
        {
            return true;
        }

        var feminine = core[0] == '\u062A' || core[^1] == '\u062A';
        var masculine = core[0] == '\u064A' || (core[0] != '\u062A' && core[^1] != '\u062A');
        return text.Core(relative) switch
        {
            "\u0627\u0644\u062A\u064A" => feminine,
            "\u0627\u0644\u0630\u064A" => masculine,
            _ => true,
        };
    }

    /// <summary>
    /// Whether the verb at <paramref name="t"/> is «اتفق» and the first «على» after it, within twelve words, takes
    /// something to do rather than a position («على أن», «على ألا», «على أهمية», «على ضرورة», «على ذلك»).
    /// </summary>
    private bool AgreedOnACourse(AnalyzedText text, int t, int limit)
    {
        var core = text.Core(text.Tokens[t]);
        if (!(core.StartsWith("\u0627\u062A\u0641\u0642") || core.StartsWith("\u064A\u062A\u0641\u0642") || core.StartsWith("\u062A\u062A\u0641\u0642")))
        {
            return false;
        }

        for (var i = t + 1; i < limit && i <= t + 12; i++)
        {
            if (text.Tokens[i] is { Kind: TokenKind.Arabic, SuffixLength: 0, Proclitics: Proclitics.None } word && text.Core(word).SequenceEqual("\u0639\u0644\u064A"))
            {
                return i + 1 < limit && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } what && !_stances.Contains(text.Core(what));
            }
        }

        return false;
    }

    /// <summary>Whether an actor of a country or an organisation is neither of the two parties of a pair.</summary>
    private static bool Outside(ActorMention actor, ActorMention one, ActorMention other)
    {
        var party = actor.Code.StartsWith("IGO", StringComparison.Ordinal) ? actor.Code : actor.Country;
        return party is not null && party != (one.Code.StartsWith("IGO", StringComparison.Ordinal) ? one.Code : one.Country)
               && party != (other.Code.StartsWith("IGO", StringComparison.Ordinal) ? other.Code : other.Country);
    }

    /// <summary>A state's government or an international organisation, as one side of talks between two; null for others.</summary>
    private static string? Party(ActorMention a)
        => a.Code.StartsWith("IGO", StringComparison.Ordinal) ? a.Code
            : a.Country is { } country && a.Role is null or "GOV" ? country + "GOV" : null;

    /// <summary>A nominative dual of sides or leaders on its own: «الجانبان», «الطرفان», «الزعيمان» (not «الجانبين المصري والروسي»).</summary>
    private bool IsBareDual(AnalyzedText text, ActorMention mention)
        => mention.FirstToken == mention.LastToken && text.Tokens[mention.FirstToken] is { Kind: TokenKind.Arabic, SuffixLength: 0 } word
           && (word.Proclitics & Proclitics.Al) != 0
           && (_dualSides.Contains(text.Core(word))
               // «ورحب كلا الجانبين»: the oblique dual after «كلا» is the subject too.
               || (mention.FirstToken > 0 && text.Tokens[mention.FirstToken - 1] is { Kind: TokenKind.Arabic } both && text.Core(both).SequenceEqual("\u0643\u0644\u0627")
                   && _obliqueDualSides.Contains(text.Core(word))));

    private static EventActor Actor(AnalyzedText text, ActorMention a) => new(a.Code, a.Name, text.Original[a.Start..a.End], a.Start, a.End);

    /// <summary>
    /// Merges repeated mentions of one event. When the article says an attack is unclaimed (<paramref name="unclaimed"/>),
    /// violence by unknown attackers is never folded into a named side's act.
    /// </summary>
    private static List<CodedEvent> Deduplicate(List<CodedEvent> raw, bool unclaimed)
    {
        var merged = new List<CodedEvent>();
        var index = new Dictionary<(string, string?, string), int>();
        foreach (var ev in raw)
        {
            var key = (ev.Source.Code, ev.Target?.Code, ev.Cameo);
            if (index.TryGetValue(key, out var at))
            {
                merged[at] = Merge(merged[at], ev);
            }
            else if (ev.Cameo[..2] is "18" or "19" or "20"
                     && merged.FindIndex(e => e.Source.Code == ev.Source.Code && e.Target?.Code == ev.Target?.Code && e.Cameo[..2] == ev.Cameo[..2]
                                              && e.Mentions.Any(m => m.Sentence == ev.Sentence)) is var sameAct and >= 0)
            {
                // «شنت تركيا سلسلة من الغارات الجوية»: one sentence's violence by one side against another, read through
                // two of its words (195 and 190), is one act; the first reading stands.
                merged[sameAct] = Merge(merged[sameAct], ev);
            }
            else if (ev.Target is { } target
                     && merged.FindIndex(e => e.Source.Code == ev.Source.Code && e.Cameo == ev.Cameo && e.Target is { } other && other.Code != target.Code
                                              && (other.Code.Length == 3 || target.Code.Length == 3) && e.Evidence.Field == ev.Evidence.Field
                                              && ActorCodes.Primary(other.Code) == ActorCodes.Primary(target.Code) && e.Mentions.Any(m => m.Sentence == ev.Sentence)
                                              && InApposition(other, target)) is var sameTarget and >= 0)
            {
                // «عبر الأزهر عن تعازيه إلى المملكة، قيادة وشعبا»: one act of one sentence addressed to a country and to
                // its parts is one act. Two of its parts named apart («التقى السراج وحفتر») are two.
                merged[sameTarget] = Merge(merged[sameTarget], ev);
            }
            else
            {
                index[key] = merged.Count;
                merged.Add(ev);
            }
        }

        // «شنت طائرات التحالف غارات على مواقع الحوثيين ودمرت مخازن», «كما دمرت غارة أخرى … طقما عسكريا»: a destruction
        // by one side against another, told in a sentence of that side's strike on it, is the strike's outcome, whichever
        // word comes first; the strike's reading stands. (Assault and fighting stay apart: «قتل 14 جنديا في غارة أمريكية»
        // is the strike, «وجه ضربات … وتمكن من قتل» both.)
        for (var i = merged.Count - 1; i >= 0; i--)
        {
            var ev = merged[i];
            if (ev.Cameo != "1712")
            {
                continue;
            }

            var strike = merged.FindIndex(e => e.Cameo[..2] is "18" or "19" or "20" && e.Source.Code == ev.Source.Code && e.Target?.Code == ev.Target?.Code
                                               && e.Mentions.Any(m => ev.Mentions.Any(n => n.Sentence == m.Sentence)));
            if (strike >= 0)
            {
                merged[strike] = Merge(merged[strike], ev);
                merged.RemoveAt(i);
            }
        }

        // «يبحث لافروف … مع نظيره السعودي» … «لافروف سيبحث»: the same source doing the same act with no target named
        // is a further mention of the act that names one, not another act. So is violence of the same kind with no
        // side named at all («شنت طائرات التحالف غارات على مواقع الحوثيين» … «وقصفت»).
        for (var i = merged.Count - 1; i >= 0; i--)
        {
            var ev = merged[i];
            if (ev.Target is not null)
            {
                // «قتل 21 شخصا في هجوم تبنته حركة طالبان»: the victims' passive verb and the claimed attack are one act,
                // told twice in one sentence; the act with a perpetrator is the event.
                // So are the dead and wounded of a battle told in its sentence («قتل 40 شخصا في اشتباكات يخوضها مسلحون»).
                // Not when the sentence tells of a faceless act of its own they may belong to («قتل ثلاثة في انفجار عبوة،
                // فيما قصفت الطائرات …»).
                var casualties = ev.Cameo is "1823" or "180"
                                 && !merged.Any(e => !ReferenceEquals(e, ev) && e.Source.Code == "UAF" && e.Cameo[..2] is "18" or "19" or "20" && e.Cameo is not ("1823" or "180") && e.Mentions.Any(m => m.Sentence == ev.Sentence));
                if (ev.Source.Code == "UAF" && IsMaterialConflict(ev.Cameo) && !unclaimed
                    // («أعدم تنظيم داعش 2070 من مواطني نينوى … وقالت إن الضحايا، الذين قتلوا …»: the same harm to the same people,
                    // told faceless a sentence or two on, is the named act again.)
                    && merged.FindIndex(e => e.Source.Code != "UAF" && e.Cameo[..2] is "18" or "19" or "20"
                                             && ((casualties && e.Mentions.Any(m => m.Sentence == ev.Sentence))
                                                 || (e.Target?.Code == ev.Target.Code && e.Cameo[..2] == ev.Cameo[..2] && e.Mentions.Any(m => m.Sentence == ev.Sentence))
                                                 || (e.Target?.Code == ev.Target.Code && e.Cameo.Length >= 3 && ev.Cameo.Length >= 3 && e.Cameo[..3] == ev.Cameo[..3]
                                                     && e.Mentions.Any(m => Math.Abs(m.Sentence - ev.Sentence) <= 2)))
                                             && (ev.Date.Value is null || e.Date.Value is null || ev.Date == e.Date)) is var named and >= 0)
                {
                    // «وقتل ثلاثة من عناصر القاعدة في غارة أمريكية»: the act that names no victim struck the dead the
                    // passive names.
                    var perpetrated = merged[named];
                    // (The dead of a battle, «قتل 40 شخصا في اشتباكات», fell on either side; shelling and air strikes strike.)
                    var battle = perpetrated.Cameo[..2] == "19" && perpetrated.Cameo is not ("194" or "195");
                    // (Only within one field: an act first told in the title keeps the title's offsets, which the body's victims
                    // would not share.)
                    var struck = perpetrated.Target is null && casualties && !battle && ev.Target.Code != perpetrated.Source.Code
                                 && perpetrated.Evidence.Field == ev.Evidence.Field;
                    merged[named] = Merge(struck ? perpetrated with { Target = ev.Target } : perpetrated, ev);
                    merged.RemoveAt(i);
                }

                continue;
            }

            // Side-less violence joins only an act told in the same or the sentence before, on no other day
            // («… غارات على قطاع غزة. وفي سوريا، اندلعت اشتباكات في ريف حلب يوم الأربعاء» is another act).
            var faceless = ev.Source.Code == "UAF" && IsMaterialConflict(ev.Cameo) && !unclaimed;
            // (Of the same kind, only told in the same or the next sentence: «دعا الغنوشي إلى الحفاظ على البلاد» is not the
            // movement's later appeal to the government.)
            // («قصف طيران التحالف مواقع التنظيم … بينما قتل 29 منهم في استهداف لمنطقة»: dead with no doer and no side
            // named, told in or next to a named side's strike or fight, are its toll, not an act of their own.)
            var full = merged.FindIndex(e => e.Target is not null && (e.Source.Code == ev.Source.Code
                ? e.Cameo == ev.Cameo || (e.Cameo[..Math.Min(3, e.Cameo.Length)] == ev.Cameo[..Math.Min(3, ev.Cameo.Length)] && e.Mentions.Any(m => Math.Abs(ev.Sentence - m.Sentence) <= 1))
                : faceless && e.Source.Code != "UAF" && (e.Cameo[..2] == ev.Cameo[..2] || (DeadOnly(ev) && e.Cameo[..2] is "18" or "19" or "20" && TollOf(ev, e, merged)))
                  && e.Mentions.Any(m => Math.Abs(ev.Sentence - m.Sentence) <= 1)
                  && (ev.Date.Value is null || e.Date.Value is null || ev.Date == e.Date)));
            if (full >= 0)
            {
                merged[full] = Merge(merged[full], ev);
                merged.RemoveAt(i);
            }
        }

        static bool DeadOnly(CodedEvent e) => e.Cameo is "1823" or "180" && e.Target is null;

        // (Not dead elsewhere, «وفي عدن قتل 12», nor dead of a blast or attack their own sentence tells, «في انفجار سيارة
        // مفخخة».)
        static bool TollOf(CodedEvent dead, CodedEvent strike, List<CodedEvent> all)
            => (dead.Place is null || strike.Place is null || dead.Place.Name == strike.Place.Name)
               && !all.Any(o => !ReferenceEquals(o, dead) && o.Source.Code == "UAF" && IsMaterialConflict(o.Cameo) && !DeadOnly(o) && o.Mentions.Any(m => m.Sentence == dead.Sentence));

        // «داعش أعدم أكثر من ألفي عراقي» (title, IRQ) … «أعدم بدم بارد 2070 من مواطني نينوى» (IRQCVL): a country the title
        // names bare is the body's part of it.
        // («القيادة تهنئ رئيس المالديف» (GOV) … «بعث خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس …» (SAUGOV): a bare
        // role the title gives is the body's actor of that role.)
        static bool SameOrNarrower(EventActor body, EventActor title)
            => body.Code == title.Code || (Vague(title) && title.Code != "UAF"
                                           && (ActorCodes.Primary(body.Code) == title.Code
                                               || (ActorCodes.Country(title.Code) is null && ActorCodes.Country(body.Code) is not null && body.Code.EndsWith(title.Code, StringComparison.Ordinal))));

        // «قصف جوي على قرية بريف حلب» (title) … «ألقى طيران النظام براميل على قرية»: a headline summarises the lead. A
        // title act whose sides are faceless or without a country is the body's act of the same kind that names them.
        for (var i = merged.Count - 1; i >= 0; i--)
        {
            var ev = merged[i];
            if (!ev.Mentions.All(m => m.Evidence.Field == "title"))
            {
                continue;
            }

            // «خادم الحرمين يبحث … مع وزير خارجية مصر» (title, 040) … «استقبل خادم الحرمين … وزير الخارجية المصري» (043): the
            // same sides in the same act, or in a family the title names only in general («يبحث», 040), are the one the body
            // tells more precisely. (Not another act of the family: «الحوثي يعتقل 13 صحفيا» is an arrest, 173, beside the
            // seizures the body tells, 171.)
            var sameSides = ev.Target is null ? -1
                : merged.FindIndex(e => !ReferenceEquals(e, ev) && e.Mentions.Any(m => m.Evidence.Field != "title")
                                        && (e.Cameo[..3] == ev.Cameo[..3] || (ev.Cameo.Length == 3 && ev.Cameo[2] == '0' && e.Cameo[..2] == ev.Cameo[..2])
                                            // («وزير الخارجية الفرنسي يزور إيران» … «سيتوجه الى ايران الاسبوع المقبل»: a headline's
                                            // imperfect tells the visit the body announces.)
                                            || (ev.Cameo[..2] == "04" && e.Cameo == "036"))
                                        && SameOrNarrower(e.Source, ev.Source) && e.Target is { } bodyTarget && SameOrNarrower(bodyTarget, ev.Target));
            // (The host's side of that headline visit, 043, is the visitor's announced intent seen from the other end.)
            if (sameSides < 0 && ev.Cameo == "043" && ev.Target is { } guest)
            {
                sameSides = merged.FindIndex(e => !ReferenceEquals(e, ev) && e.Mentions.Any(m => m.Evidence.Field != "title") && e.Cameo == "036"
                                                  && SameOrNarrower(e.Source, guest) && e.Target is { } host && SameOrNarrower(host, ev.Source));
            }

            if (sameSides >= 0)
            {
                merged[sameSides] = Merge(merged[sameSides], ev);
                merged.RemoveAt(i);
                continue;
            }

            if (!Vague(ev.Source) || (ev.Target is { } t && !Vague(t)))
            {
                continue;
            }

            var body = merged.FindIndex(e => !ReferenceEquals(e, ev) && e.Mentions.Any(m => m.Evidence.Field != "title") && e.Cameo[..3] == ev.Cameo[..3]
                                             && (ev.Source.Code == "UAF" || ev.Source.Code == e.Source.Code || e.Source.Code.EndsWith(ev.Source.Code, StringComparison.Ordinal))
                                             && (ev.Target is null || (e.Target is { } bodyTarget && (bodyTarget.Code == ev.Target.Code || bodyTarget.Code.EndsWith(ev.Target.Code, StringComparison.Ordinal)
                                                                                                     || ActorCodes.Primary(bodyTarget.Code) == ActorCodes.Primary(ev.Target.Code)))));
            if (body >= 0)
            {
                merged[body] = Merge(merged[body], ev);
                merged.RemoveAt(i);
            }
        }

        // «أطلقوا النار على السيارة، فقتل النائب»: the victim read as the subject of the unvowelled passive, with the
        // faceless attackers as its target, is the attack told backwards.
        // Fights are coded both ways (guide §3), so only an assault is.
        merged.RemoveAll(e => e.Target?.Code == "UAF" && e.Cameo[..2] is "18" or "20"
                              && merged.Any(o => o.Source.Code == "UAF" && o.Target?.Code == e.Source.Code && o.Cameo[..2] is "18" or "19" or "20"
                                                 && o.Mentions.Any(m => e.Mentions.Any(n => n.Sentence == m.Sentence))));
        return merged;
    }

    /// <summary>
    /// Two targets in apposition, a comma and a space between them («إلى المملكة، قيادة»), not a coordination, whose
    /// «و» is part of the second («مع إيران والميليشيات»: one space).
    /// </summary>
    private static bool InApposition(EventActor a, EventActor b)
    {
        var (left, right) = a.Start <= b.Start ? (a, b) : (b, a);
        return right.Start - left.End == 2;
    }

    /// <summary>An unidentified attacker, or a bare role or a country alone: a side the title leaves vague.</summary>
    private static bool Vague(EventActor actor) => actor.Code.Length == 3;

    /// <summary>One event for two mentions of it: the first's evidence, the first known date and place, all mentions in text order.</summary>
    private static CodedEvent Merge(CodedEvent existing, CodedEvent other) => existing with
    {
        Date = existing.Date.Value is null ? other.Date : existing.Date,
        Place = existing.Place ?? other.Place,
        Mentions = [.. existing.Mentions.Concat(other.Mentions).OrderBy(m => m.Sentence).ThenBy(m => m.Evidence.Start)],
        Confidence = Math.Max(existing.Confidence, other.Confidence),
    };

    private sealed class ArticleState
    {
        public int SentenceIndex { get; set; } = -1;

        public ActorMention? LastSource { get; set; }

        /// <summary>Whether the last source is a speaker who only reported, and did no act in his sentence.</summary>
        public bool LastSourceOnlySpoke { get; set; }

        /// <summary>The last speaker a sentence named, whom «وأضاف أن …» with no subject continues.</summary>
        public ActorMention? LastSpeaker { get; set; }

        /// <summary>The last date the article stated, which a sentence with no date of its own continues.</summary>
        public EventDate? LastDate { get; set; }

        /// <summary>The index of the body's first sentence (after the title's).</summary>
        public int FirstTextSentence { get; set; }

        /// <summary>The first day the body's lead states: the day of the news the title reports.</summary>
        public EventDate? LeadDate { get; set; }

        /// <summary>The last date the article gave an announced act, which later announced acts continue.</summary>
        public EventDate? LastFutureDate { get; set; }

        public List<ActorMention> Known { get; } = [];

        /// <summary>How many places of each country the article has named so far.</summary>
        public Dictionary<string, int> PlaceCountries { get; } = new(StringComparer.Ordinal);

        /// <summary>The last actor of a known country named with each head noun («وفد» of «الوفد المصري»), which a bare «الوفد» repeats.</summary>
        public Dictionary<string, ActorMention> ByHead { get; } = new(StringComparer.Ordinal);

        /// <summary>Each speaker the article named, with the words of his subject up to what he said («مستشار الجيش، الدكتور صلاح الدين عبد الكريم»).</summary>
        public List<(ActorMention Speaker, string Phrase)> SpeakerPhrases { get; } = [];

        /// <summary>The words of the names and titles the article has recognised, which a bare name later repeats («عسيري»).</summary>
        public HashSet<string> NameWords { get; } = new(StringComparer.Ordinal);

        /// <summary>The family names of titled people the lexicon does not know, each with the titled actor it stands for («باترسون»).</summary>
        public Dictionary<string, ActorMention> TitledNames { get; } = new(StringComparer.Ordinal);

        /// <summary>The short forms this article uses for actors it has named in full («التحالف», «شكري»).</summary>
        public ArticleAliases Aliases { get; } = new();

        /// <summary>The source of the last non-reaction event, the act a later criticism or rejection is about.</summary>
        public ActorMention? LastActor { get; set; }

        /// <summary>The source of the last act of violence told, unnamed attackers included, which «هذا العمل الإجرامي» points at.</summary>
        public ActorMention? LastViolent { get; set; }

        /// <summary>The two states of the last meeting, visit, talks or agreement between two, whom «الجانبان» later names.</summary>
        public (ActorMention First, ActorMention Second)? LastPair { get; set; }

        /// <summary>The mentions «الجانبان» was read as, one per party; they face each other, and do no violence.</summary>
        public HashSet<ActorMention> Sides { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>Who each actor has fought in this article so far, for conflict events that leave the other side implicit.</summary>
        public Dictionary<string, ActorMention> Adversaries { get; } = new(StringComparer.Ordinal);

        /// <summary>The last named target of violence in this field: the side the story's fighting is aimed at.</summary>
        public ActorMention? LastEnemy { get; set; }

        /// <summary>Who committed the last act of each kind (three-digit code) in this field, for the same act mentioned again.</summary>
        public Dictionary<string, ActorMention> Perpetrators { get; } = new(StringComparer.Ordinal);

        /// <summary>The article's claims of responsibility by armed groups, for the attacks it reports unattributed.</summary>
        public List<CodedEvent> Claims { get; } = [];

        /// <summary>The kinds of act the article has reported so far, title included («18-20»: violence).</summary>
        public HashSet<string> Reported { get; } = new(StringComparer.Ordinal);

        /// <summary>Every actor the article names, with the field it stands in, for an actor to be found again in another field.</summary>
        public List<(string Field, string Code, int Start, int End)> Named { get; } = [];

        /// <summary>The evidence of fights by unidentified attackers against a named armed group or force (not civilians, a whole country or its capital).</summary>
        public HashSet<Evidence> AgainstNamedSides { get; } = [];
    }
}
