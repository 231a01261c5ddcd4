using System.Collections.Frozen;
using Hadath.Lexicon.Model;

namespace Hadath.Coding.Patterns;

/// <summary>
/// One event pattern (docs/pattern-format.md) after compilation: verb stems, noun cores, the
/// words that must or must not follow, the prepositions that introduce the target, and flags.
/// All forms are already normalised and segmented like article text.
/// </summary>
public sealed record EventPattern(
    string Code,
    string Name,
    WordSet VerbStems,
    WordSet NounCores,
    IReadOnlyList<IReadOnlyList<string>> NounPhrases,
    WordSet With,
    WordSet Without,
    WordSet TargetPrepositions,
    bool DirectObjectTarget,
    bool Symmetric,
    bool Passive,
    int Priority,
    SourceLocation Location)
{
    /// <summary>
    /// Whole verb forms matched on the word rather than its light stem («سيطرت», «تظاهروا»), for verbs
    /// whose stem is also a common noun's; they are read as verbs (subject and object), not as masdars.
    /// </summary>
    public WordSet VerbWords { get; init; } = new([]);

    /// <summary>
    /// Circumstantial participles («مطالبا الحكومة بالرحيل», «مطالبين», «منددا»), read as verbs after a clause:
    /// their subject is the clause's subject and the actor after them their object. Also in <see cref="VerbWords"/>.
    /// </summary>
    public WordSet HalWords { get; init; } = new([]);

    /// <summary>
    /// Verb forms that match only as the source text spells them (<see cref="Spellings"/>): «هنأ» normalises to the
    /// adverb «هنا», and only its written hamza tells them apart. Also in <see cref="VerbWords"/>.
    /// </summary>
    public WordSet SpelledWords { get; init; } = WordSet.Empty;

    /// <summary>The written forms of <see cref="SpelledWords"/>, without vowel marks or tatweel.</summary>
    public IReadOnlyList<string> Spellings { get; init; } = [];

    /// <summary>
    /// The code of the act when its source is not an armed actor: «هاجم الوزير المعارضة» is criticism
    /// (111), «هاجم مسلحون القرية» an assault. Null when the pattern has no such reading.
    /// </summary>
    public string? UnarmedCode { get; init; }

    /// <summary>
    /// The code of the act between two armed sides: «هاجم الحوثيون مواقع المقاومة» is fighting (190), while an attack
    /// on police, civilians or a town stays an assault. Null when the pattern has no such reading.
    /// </summary>
    public string? ArmedCode { get; init; }

    /// <summary>
    /// The code of the act when an armed group with no state behind it does it (REB, an <c>IMG</c> group, unnamed
    /// attackers) and it is not one armed side fighting another: police storming a house raid it (170), while
    /// «اقتحم مسلحون مركزا للشرطة» is an assault (180). Null when the pattern has no such reading.
    /// </summary>
    public string? MilitantCode { get; init; }

    /// <summary>
    /// The noun trigger is a passive participle after the noun it describes («القوات المدعومة من التحالف»):
    /// that noun is the target and the agent after «من» or «ب» the source.
    /// </summary>
    public bool Participle { get; init; }

    /// <summary>
    /// The noun trigger is a judgement predicated, in what a speaker says, of the clause after «أن» («أكد أن التدخلات
    /// الإيرانية مرفوضة»): the speaker is the source and the actor named in that clause, before the trigger, the target.
    /// </summary>
    public bool Predicate { get; init; }

    /// <summary>
    /// A verb of saying whose content names another party but no act the other patterns know («قال كيري إن الاتفاقية
    /// النووية مع طهران …»): a statement by the speaker about that party. It never fires as a trigger; the coder reads it
    /// only for a sentence that codes nothing else.
    /// </summary>
    public bool About { get; init; }

    /// <summary>
    /// The event exists only with a target: «يجب على إيران» says what Iran must do, while «يجب الاهتمام بالتعليم» is
    /// nobody's appeal.
    /// </summary>
    public bool Targeted { get; init; }

    /// <summary>
    /// A noun told impersonally, after «تم/جرى/يتم/يجري» («وتم الاتفاق خلال المباحثات على …»): it fires only there, and its
    /// sides are the two states or bodies that just met or talked.
    /// </summary>
    public bool Impersonal { get; init; }

    /// <summary>
    /// A noun whose doer must be named in its own phrase, by its genitive, a nisba or a pronoun on it («الاتفاق الأميركي مع
    /// تركيا», «اتفاقنا مع الولايات المتحدة»), never found by coreference: «انتقد نتنياهو الاتفاق مع إيران» names no one
    /// who made it.
    /// </summary>
    public bool OwnSource { get; init; }

    /// <summary>
    /// Roles («REB», «MIL») of which an actor after the trigger satisfies the 'with' requirement like a word:
    /// «طردت القوات الحوثيين» drives out fighters, «طردت السفير» does not.
    /// </summary>
    public FrozenSet<string> WithRoles { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// The light stems of the 'with' words, kept apart from the words themselves: a word inside an actor is matched
    /// against the words only («مسؤول», an official, shares the stem of «مسؤولية», responsibility).
    /// </summary>
    public WordSet WithStems { get; init; } = WordSet.Empty;

    /// <summary>The 'with' words in «ـية» without that ending («مسؤولية» → «مسؤول»): the words they must not be taken for.</summary>
    public WordSet AbstractBases { get; init; } = WordSet.Empty;

    /// <summary>The light stems of the 'without' words.</summary>
    public WordSet WithoutStems { get; init; } = WordSet.Empty;

    /// <summary>The 'with' words written «=»: matched as written and inflected, never as another word's stem («=وقف» is not «توقف»).</summary>
    public WordSet WithExact { get; init; } = WordSet.Empty;

    /// <summary>The 'without' words written «=».</summary>
    public WordSet WithoutExact { get; init; } = WordSet.Empty;

    /// <summary>The widest 'with' window: the words a pattern needs may follow past a long subject.</summary>
    public const int MaxWithWindow = 14;

    /// <summary>
    /// How many words after the trigger its 'with' words may stand (never past the end of the clause):
    /// «خرج المتظاهرون إلى الشوارع» needs the street close to the verb, «ويخرج في المساء … ليمشي في الشارع» is a walk.
    /// </summary>
    public int WithWindow { get; init; } = MaxWithWindow;

    /// <summary>
    /// Whether a place the gazetteer knows or a country the lexicon names («@PLACE») meets the 'with' requirement like a
    /// word: «وصل الملك إلى طنجة», «يصل الرئيس إلى الكاميرون» arrive where no list of capitals reaches. The trigger ends
    /// before the place.
    /// </summary>
    public bool WithPlaces { get; init; }

    /// <summary>Whether the pattern needs a 'with' word, role or place after its trigger.</summary>
    public bool NeedsWith => With.Count > 0 || WithRoles.Count > 0 || WithPlaces;

    /// <summary>
    /// First words of multi-word nouns («عملية خطف») that are not nouns of the pattern on their own: such a word
    /// fires only when the rest of its phrase follows.
    /// </summary>
    public WordSet PhraseOnlyHeads { get; init; } = new([]);

    /// <summary>The prepositions accepted when a pattern names none.</summary>
    public static readonly IReadOnlyList<string> DefaultPrepositions = ["\u0627\u0644\u064A", "\u0639\u0644\u064A", "\u0636\u062F", "\u0645\u0639", "\u0644"];
}
