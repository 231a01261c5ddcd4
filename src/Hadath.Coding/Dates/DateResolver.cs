using System.Collections.Frozen;
using System.Globalization;
using Hadath.Coding.Model;
using Hadath.Text;
using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;
using Hadath.Text.Tokenization;

namespace Hadath.Coding.Dates;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the article's publication date
/// (coding guide §4), never against today: weekday names (the latest such day on or before
/// publication, or the next one after it in the future tense), أمس/اليوم/غدا, الأسبوع/الشهر الماضي
/// (month precision), Gregorian and Syro-Aramaic month names (نوفمبر / تشرين الثاني) with a day,
/// a year or أوائل/منتصف/أواخر, and numeric dates (2019-12-20, 20/12/2019). Without a publication
/// date, relative expressions stay unresolved.
/// </summary>
public sealed class DateResolver
{
    private readonly FrozenDictionary<string, DayOfWeek> _weekdays;
    private readonly FrozenDictionary<string, int> _months;
    private readonly FrozenDictionary<string, int> _levantineSecond;

    /// <summary>The first words of the two-word Levantine month names («كانون», «تشرين»).</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _levantineFirstWords;
    private readonly FrozenSet<string> _partOfMonth;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _namingWords;
    private readonly FrozenDictionary<string, int> _ordinals;

    // «يومي»: the two days of a span («يومي الثاني والثالث من أغسطس»).
    private readonly string _twoDays;
    private readonly FrozenSet<string> _dayWords;
    private readonly string _ashar;
    private readonly string _yearWord;
    private readonly string _yearWordOther;
    private readonly string _twenty;
    private readonly string _thirty;

    private static readonly FrozenSet<string> TemporalPrepositions = new[] { "\u0641\u064A", "\u0645\u0646\u0630", "\u062E\u0644\u0627\u0644", "\u062D\u062A\u064A", "\u0642\u0628\u0644", "\u0628\u0639\u062F", "\u0634\u0647\u0631", "\u0645\u0646" }.ToFrozenSet(StringComparer.Ordinal);

    // Nouns a day and month may name: movements («ثورة 25 يناير») and places («قصر 22 مايو» in Aden, «ميدان 6 أكتوبر»).
    private static readonly string[] NamingWords = ["قوى", "حركة", "ثورة", "تحالف", "فريق", "تيار", "ائتلاف", "انتفاضة", "شباب", "معسكر", "جبهة", "كتلة",
        "قصر", "شارع", "ميدان", "جسر", "ساحة", "جامعة", "ملعب", "مستشفى", "مدرسة", "حي", "مدينة", "نفق", "مطار"];
    private static readonly string[] PartOfMonthWords = ["أوائل", "اوائل", "منتصف", "أواخر", "اواخر", "مطلع", "نهاية", "بداية", "أواسط"];
    private static readonly string[] NumericFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "d/M/yyyy", "d-M-yyyy", "yyyy.MM.dd", "d.M.yyyy"];

    public DateResolver(ArabicNormalizer normalizer)
    {
        string N(string s) => normalizer.Normalize(s);
        _weekdays = new Dictionary<string, DayOfWeek>
        {
            [N("أحد")] = DayOfWeek.Sunday,
            [N("اثنين")] = DayOfWeek.Monday,
            [N("إثنين")] = DayOfWeek.Monday,
            [N("ثلاثاء")] = DayOfWeek.Tuesday,
            [N("أربعاء")] = DayOfWeek.Wednesday,
            [N("خميس")] = DayOfWeek.Thursday,
            [N("جمعة")] = DayOfWeek.Friday,
            [N("سبت")] = DayOfWeek.Saturday,
        }.ToFrozenDictionary(StringComparer.Ordinal);

        // «في الثامن من يوليو», «الحادي عشر من سبتمبر», «الخامس والعشرين من يناير»: days written as ordinals.
        _ordinals = new Dictionary<string, int>
        {
            [N("أول")] = 1, [N("حادي")] = 1, [N("ثاني")] = 2, [N("ثالث")] = 3, [N("رابع")] = 4, [N("خامس")] = 5,
            [N("سادس")] = 6, [N("سابع")] = 7, [N("ثامن")] = 8, [N("تاسع")] = 9, [N("عاشر")] = 10,
        }.ToFrozenDictionary(StringComparer.Ordinal);
        _ashar = N("عشر");
        _dayWords = DayWords.Select(N).ToFrozenSet(StringComparer.Ordinal);
        _twoDays = N("يومي");
        _twenty = N("عشرين");
        _yearWord = N("عام");
        _yearWordOther = N("سنة");
        _thirty = N("ثلاثين");

        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        void M(int m, params string[] names)
        {
            foreach (var name in names)
            {
                months[N(name)] = m;
            }
        }

        M(1, "يناير", "كانون الثاني", "جانفي");
        M(2, "فبراير", "شباط", "فيفري");
        M(3, "مارس", "آذار");
        M(4, "أبريل", "ابريل", "إبريل", "نيسان", "أفريل");
        M(5, "مايو", "أيار", "ماي");
        M(6, "يونيو", "يونيه", "حزيران", "جوان");
        M(7, "يوليو", "يوليه", "تموز", "جويلية");
        M(8, "أغسطس", "اغسطس", "آب", "أوت", "غشت");
        M(9, "سبتمبر", "أيلول", "شتنبر");
        M(10, "أكتوبر", "اكتوبر", "تشرين الأول");
        M(11, "نوفمبر", "تشرين الثاني", "نونبر");
        M(12, "ديسمبر", "كانون الأول", "دجنبر");
        _months = months.Where(kv => !kv.Key.Contains(' ', StringComparison.Ordinal)).ToFrozenDictionary(StringComparer.Ordinal);
        _levantineSecond = months.Where(kv => kv.Key.Contains(' ', StringComparison.Ordinal)).ToFrozenDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        _levantineFirstWords = _levantineSecond.Keys.Select(name => name[..name.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _partOfMonth = PartOfMonthWords.Select(N).ToFrozenSet(StringComparer.Ordinal);
        _namingWords = NamingWords.Select(N).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Yesterday = N("أمس");
        LastNight = N("بارحة");
        Today = N("اليوم");
        Tomorrow = N("غدا");
        Week = N("أسبوع");
        MonthWord = N("شهر");
        Past = N("ماضي");
        PastFeminine = N("ماضية");
        Night = N("ليلة");
        Days = N("أيام");
        Few = N("قليلة");
        First = N("أول");
        Min = N("من");
        One = N("واحد");
        _coming = ComingWords.Select(N).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _rangeLinks = RangeLinks.Select(N).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _current = CurrentWords.Select(N).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _agoWords = AgoWords.Select(N).ToFrozenSet(StringComparer.Ordinal);
        _spans = new (string Word, int Count, char Unit)[]
        {
            ("يوم", 1, 'd'), ("يومين", 2, 'd'), ("يومان", 2, 'd'), ("أيام", 0, 'd'),
            ("أسبوع", 1, 'w'), ("أسبوعين", 2, 'w'), ("أسابيع", 0, 'w'),
            ("شهر", 1, 'm'), ("شهرين", 2, 'm'), ("أشهر", 0, 'm'), ("شهور", 0, 'm'),
            ("عام", 1, 'y'), ("عامين", 2, 'y'), ("أعوام", 0, 'y'), ("سنة", 1, 'y'), ("سنتين", 2, 'y'), ("سنوات", 0, 'y'),
        }.ToFrozenDictionary(x => N(x.Word), x => (x.Count, x.Unit), StringComparer.Ordinal);
        _numberWords = new[] { ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("ست", 6), ("سبعة", 7), ("سبع", 7),
            ("ثمانية", 8), ("ثماني", 8), ("تسعة", 9), ("تسع", 9), ("عشرة", 10), ("عشر", 10) }
            .ToFrozenDictionary(x => N(x.Item1), x => x.Item2, StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> _agoWords;
    private readonly FrozenDictionary<string, (int Count, char Unit)> _spans;
    private readonly FrozenDictionary<string, int> _numberWords;

    /// <summary>
    /// «قبل يومين», «قبل ثلاثة أشهر», «قبل 5 سنوات»: a span back from the publication date («منذ يومين» is as often how long). Days give the day; weeks and
    /// months the month (as «الأسبوع الماضي» does); years the year. «قبل عام 2000» names a year, not a span; «قبل أيام»
    /// without a number is vague; «قبل يومين من الهجوم» counts back from another event.
    /// </summary>
    private (EventDate Date, int Last)? SpanAgo(AnalyzedText text, int i, int limit, DateOnly? published)
    {
        if (i + 1 >= limit || text.Tokens[i + 1].Kind is not (TokenKind.Arabic or TokenKind.Number))
        {
            return null;
        }

        int count;
        int unitAt;
        var next = text.Tokens[i + 1];
        if (next.Kind == TokenKind.Number || (next.Kind == TokenKind.Arabic && _numberWords.ContainsKey(text.Core(next).ToString())))
        {
            if (next.Kind == TokenKind.Number ? !int.TryParse(text.Form(next), NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 60
                                              : !_numberWords.TryGetValue(text.Core(next).ToString(), out count))
            {
                return null;
            }

            unitAt = i + 2;
        }
        else
        {
            count = 0;
            unitAt = i + 1;
        }

        if (unitAt >= limit || text.Tokens[unitAt] is not { Kind: TokenKind.Arabic, SuffixLength: 0 } unit
            || !_spans.TryGetValue(text.Core(unit).ToString(), out var span) || (count == 0) == (span.Count == 0)
            || (unitAt + 1 < limit && (text.Tokens[unitAt + 1].Kind == TokenKind.Number || text.Core(text.Tokens[unitAt + 1]).SequenceEqual(Min))))
        {
            return null;
        }

        // «قبل يوم واحد من الهجوم»: «واحد» may stand before the «من» of another anchor.
        if (unitAt + 2 < limit && text.Tokens[unitAt + 1] is { Kind: TokenKind.Arabic } one
            && (text.Core(one).StartsWith(One) || ((one.Proclitics & Proclitics.Wa) != 0 && text.Core(one).SequenceEqual(One.AsSpan(1))))
            && text.Core(text.Tokens[unitAt + 2]).SequenceEqual(Min))
        {
            return null;
        }

        var n = count > 0 ? count : span.Count;
        if (published is not { } p)
        {
            return (EventDate.Unknown, unitAt);
        }

        return span.Unit switch
        {
            'd' => (EventDate.Day(p.AddDays(-n)), unitAt),
            'w' => (p.AddDays(-7 * n) is var w ? EventDate.Month(w.Year, w.Month) : EventDate.Unknown, unitAt),
            'm' => (p.AddMonths(-n) is var m ? EventDate.Month(m.Year, m.Month) : EventDate.Unknown, unitAt),
            _ => (new EventDate(new DateOnly(p.Year - n, 1, 1), DatePrecision.Year), unitAt),
        };
    }

    // «سبتمبر المقبل», «سبتمبر أو اكتوبر المقبلين»: the month to come.
    // Words of the day that may stand before an ordinal day; the temporal prepositions are checked apart.
    private static readonly string[] DayWords = ["يوم", "يومي", "صباح", "مساء", "ليلة", "فجر", "ظهر", "مطلع"];

    private static readonly string[] AgoWords = ["قبل"];

    private static readonly string[] ComingWords = ["مقبل", "مقبلة", "مقبلين", "قادم", "قادمة", "قادمين"];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _coming;

    // «بين 20 و31 يوليو», «من 5 إلى 9 أغسطس», «من 5 حتى 9 أغسطس»: the words that join the two days of a span.
    private static readonly string[] RangeLinks = ["و", "إلى", "حتى"];

    // «الشهر الجاري», «الشهر الحالي»: the month of publication.
    private static readonly string[] CurrentWords = ["جاري", "حالي"];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _current;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _rangeLinks;

    private FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> Weekdays => _weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months => _months.GetAlternateLookup<ReadOnlySpan<char>>();

    private string Yesterday { get; }

    private string LastNight { get; }

    private string Today { get; }

    private string Tomorrow { get; }

    private string Week { get; }

    private string MonthWord { get; }

    private string Past { get; }

    private string PastFeminine { get; }

    private string Night { get; }

    private string Days { get; }

    private string Few { get; }

    private string First { get; }

    private string Min { get; }

    private string One { get; }

    /// <summary>Whether a word (normalised, without clitics) names a month, or begins a two-word Levantine name («كانون»).</summary>
    public bool IsMonthWord(ReadOnlySpan<char> core)
    {
        // (Asked of every word in a pattern's window: both lookups are by span, with no string made.)
        return Months.ContainsKey(core) || _levantineFirstWords.Contains(core);
    }

    public List<DateMention> Find(AnalyzedText text, int first, int limit, DateOnly? published, bool futureContext = false)
    {
        var found = new List<DateMention>();
        var weekdays = Weekdays;
        var months = Months;
        for (var i = first; i < limit; i++)
        {
            var token = text.Tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                if (TryNumeric(text.Form(token), out var numeric))
                {
                    found.Add(new DateMention(i, i, EventDate.Day(numeric), false));
                }

                continue;
            }

            if (token.Kind != TokenKind.Arabic)
            {
                continue;
            }

            var core = text.Core(token);
            var form = text.Form(token);
            if (weekdays.TryGetValue(core, out var weekday) && (token.PrefixLength > 0 || i == first || IsYawm(text, i - 1)))
            {
                // «اليوم الأحد», «أمس السبت», «غدا الاثنين»: the weekday names the same day as the word before it,
                // one mention. After «اليوم» it is the nearest such day (today when they agree); after «أمس» the
                // last one; after «غدا» the next one, whatever the verb's tense.
                var relative = found.Count > 0 && found[^1].FirstToken == i - 1 ? RelativeDay(text.Tokens[i - 1], text) : null;
                if (relative is not null)
                {
                    found.RemoveAt(found.Count - 1);
                }

                // «الاثنين المقبل» / «الاثنين الماضي» in a Monday paper is a week away, not today.
                var next = i + 1 < limit && text.Tokens[i + 1].Kind == TokenKind.Arabic ? text.Core(text.Tokens[i + 1]) : default;
                var coming = relative is null && _coming.Contains(next);
                var past = relative is null && !coming && next.SequenceEqual(Past);
                var day = published is not { } p ? (DateOnly?)null : relative switch
                {
                    _ when coming => Weekday(p.AddDays(1), weekday, future: true),
                    _ when past => Weekday(p.AddDays(-1), weekday, future: false),
                    < 0 => Weekday(p, weekday, future: false),
                    > 0 => Weekday(p, weekday, future: true),
                    0 => Nearest(p, weekday),
                    _ => Weekday(p, weekday, futureContext),
                };
                found.Add(new DateMention(relative is null ? i : i - 1, coming || past ? i + 1 : i, day is { } d ? EventDate.Day(d) : EventDate.Unknown, true));
            }
            else if (form.SequenceEqual(Yesterday) || core.SequenceEqual(Yesterday))
            {
                // «أول من أمس», «أول أمس», «أمس الأول»: the day before yesterday.
                var dayBefore = i - 1 >= first && text.Core(text.Tokens[i - 1]).SequenceEqual(Min) && i - 2 >= first && text.Core(text.Tokens[i - 2]).SequenceEqual(First)
                    ? 2 : i - 1 >= first && text.Core(text.Tokens[i - 1]).SequenceEqual(First) ? 1 : 0;
                var firstAfter = dayBefore == 0 && i + 1 < limit && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } next
                                 && (next.Proclitics & Proclitics.Al) != 0 && text.Core(next).SequenceEqual(First);
                found.Add(new DateMention(i - dayBefore, firstAfter ? i + 1 : i,
                    published is { } p ? EventDate.Day(p.AddDays(dayBefore > 0 || firstAfter ? -2 : -1)) : EventDate.Unknown, false));
            }
            else if (core.SequenceEqual(LastNight) && (token.Proclitics & Proclitics.Al) != 0)
            {
                // «البارحة», «ليلة البارحة»: yesterday.
                found.Add(new DateMention(i, i, published is { } p ? EventDate.Day(p.AddDays(-1)) : EventDate.Unknown, false));
            }
            else if (core.SequenceEqual(Night) && (token.Proclitics & Proclitics.Al) != 0 && token.SuffixLength == 0 && i + 1 < limit
                     && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } nightPast && text.Core(nightPast).SequenceEqual(PastFeminine))
            {
                // «في روما الليلة الماضية»: last night, the evening before the paper.
                found.Add(new DateMention(i, i + 1, published is { } p ? EventDate.Day(p.AddDays(-1)) : EventDate.Unknown, false));
                i++;
            }
            else if (core.SequenceEqual(Days) && (token.Proclitics & Proclitics.Al) != 0 && token.SuffixLength == 0 && PastDaysEnd(text, i, limit) is { } daysEnd)
            {
                // «خلال الأيام الماضية», «في الأيام القليلة الماضية»: the last few days, like «الأسبوع الماضي», give the month
                // they end in.
                found.Add(new DateMention(i, daysEnd, published is { } p && p.AddDays(-1) is var last ? EventDate.Month(last.Year, last.Month) : EventDate.Unknown, false, Span: true));
                i = daysEnd;
            }
            else if (form.SequenceEqual(Today))
            {
                found.Add(new DateMention(i, i, published is { } p ? EventDate.Day(p) : EventDate.Unknown, false));
            }
            else if (core.SequenceEqual(Tomorrow))
            {
                found.Add(new DateMention(i, i, published is { } p ? EventDate.Day(p.AddDays(1)) : EventDate.Unknown, false));
            }
            else if (token.SuffixLength == 0 && (token.Proclitics & ~Proclitics.Wa) == 0 && _agoWords.Contains(core.ToString()) && SpanAgo(text, i, limit, published) is { } ago)
            {
                found.Add(new DateMention(i, ago.Last, ago.Date, false));
                i = ago.Last;
            }
            else if (core.SequenceEqual(MonthWord) && (token.Proclitics & Proclitics.Al) != 0 && i + 1 < limit && text.Tokens[i + 1] is { Kind: TokenKind.Arabic } current
                     && _current.Contains(text.Core(current)) && published is { } thisMonth)
            {
                // «في 12 الشهر الجاري», «في الـ12 من الشهر الحالي»: a day of the month of publication; without one, the month.
                var at = i - 1 >= first && text.Tokens[i - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } of && text.Core(of).SequenceEqual(Min) ? i - 2 : i - 1;
                if (at >= first && DayFigure(text, at) is { } dayOfMonth && dayOfMonth <= DateTime.DaysInMonth(thisMonth.Year, thisMonth.Month))
                {
                    var start = at - 1 >= first && text.Tokens[at - 1] is { Kind: TokenKind.Arabic } article && IsArticleAlone(text, article) ? at - 1 : at;
                    found.Add(new DateMention(start, i + 1, EventDate.Day(new DateOnly(thisMonth.Year, thisMonth.Month, dayOfMonth)), false));
                }
                else
                {
                    found.Add(new DateMention(i, i + 1, EventDate.Month(thisMonth.Year, thisMonth.Month), false));
                }

                i++;
            }
            else if ((core.SequenceEqual(Week) || core.SequenceEqual(MonthWord)) && i + 1 < limit && text.Core(text.Tokens[i + 1]).SequenceEqual(Past))
            {
                var back = published is { } p ? (core.SequenceEqual(Week) ? p.AddDays(-7) : p.AddMonths(-1)) : (DateOnly?)null;
                // «في الرابع عشر من الشهر الماضي»: an ordinal day of last month is that day.
                if (core.SequenceEqual(MonthWord) && back is { } lastMonth && OrdinalDayBefore(text, i, first) is { } ordinal && OpensADay(text, ordinal.Start, first)
                    && ordinal.Day <= DateTime.DaysInMonth(lastMonth.Year, lastMonth.Month))
                {
                    found.Add(new DateMention(ordinal.Start, i + 1, EventDate.Day(new DateOnly(lastMonth.Year, lastMonth.Month, ordinal.Day)), false));
                    i++;
                    continue;
                }

                found.Add(new DateMention(i, i + 1, back is { } b ? EventDate.Month(b.Year, b.Month) : EventDate.Unknown, false));
            }
            else if ((months.ContainsKey(core) || IsLevantineStart(core)) && MonthAt(text, i, limit, out var month, out var monthLast))
            {
                var mention = ResolveMonth(text, i, monthLast, month, first, limit, published, futureContext);
                if (!NamesSomething(text, mention.FirstToken, first))
                {
                    found.Add(mention);
                }

                i = Math.Max(monthLast, mention.LastToken);
            }
        }

        return found;
    }

    /// <summary>Where «الأيام الماضية» or «الأيام القليلة الماضية» ends, its first word at <paramref name="i"/>.</summary>
    private int? PastDaysEnd(AnalyzedText text, int i, int limit)
    {
        var at = i + 1;
        if (at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic } few && (few.Proclitics & Proclitics.Al) != 0 && text.Core(few).SequenceEqual(Few))
        {
            at++;
        }

        return at < limit && text.Tokens[at] is { Kind: TokenKind.Arabic } past && (past.Proclitics & Proclitics.Al) != 0 && text.Core(past).SequenceEqual(PastFeminine)
            ? at : null;
    }

    /// <summary>
    /// «قوى 14 آذار», «ثورة 25 يناير», «قصر 22 مايو»: a day and month after a movement's or a place's noun name it;
    /// they date nothing in the sentence.
    /// </summary>
    private bool NamesSomething(AnalyzedText text, int dateFirst, int sentenceFirst)
    {
        if (dateFirst <= sentenceFirst || text.Tokens[dateFirst].Kind != TokenKind.Number)
        {
            return false;
        }

        // «فريق «8 مارس»»: a quotation mark may open the name.
        var before = dateFirst - 1;
        if (text.Tokens[before].Kind == TokenKind.Punctuation && before > sentenceFirst)
        {
            before--;
        }

        return text.Tokens[before].Kind == TokenKind.Arabic && _namingWords.Contains(text.Core(text.Tokens[before]));
    }

    /// <summary>The day of «الثامن من يوليو», «الحادي عشر من سبتمبر», «الخامس والعشرين من يناير», «العشرين من مايو», and where it starts.</summary>
    private (int Day, int Start)? OrdinalDayBefore(AnalyzedText text, int month, int sentenceFirst)
    {
        var k = month - 1;
        if (k - 1 < sentenceFirst || text.Tokens[k] is not { Kind: TokenKind.Arabic } min || !text.Core(min).SequenceEqual(Min))
        {
            return null;
        }

        k--;
        bool Ordinal(int at, out int unit) => _ordinals.TryGetValue(text.Core(text.Tokens[at]).ToString(), out unit) && text.Tokens[at].Kind == TokenKind.Arabic
                                               && (text.Tokens[at].Proclitics & Proclitics.Al) != 0;
        var core = text.Core(text.Tokens[k]);
        if (text.Tokens[k].Kind != TokenKind.Arabic)
        {
            return null;
        }

        if (core.SequenceEqual(_ashar) && k - 1 >= sentenceFirst && Ordinal(k - 1, out var teen) && teen < 10)
        {
            return (10 + teen, k - 1);
        }

        if ((core.SequenceEqual(_twenty) || core.SequenceEqual(_thirty)) && (text.Tokens[k].Proclitics & Proclitics.Al) != 0)
        {
            var tens = core.SequenceEqual(_twenty) ? 20 : 30;
            if ((text.Tokens[k].Proclitics & Proclitics.Wa) != 0)
            {
                return k - 1 >= sentenceFirst && Ordinal(k - 1, out var unit) && unit < 10 && tens + unit <= 31 ? (tens + unit, k - 1) : null;
            }

            return (tens, k);
        }

        // «يومي الثاني والثالث من أغسطس»: a span of two days («يومي») starts on the first. (Two acts «في الأول والثالث من
        // أغسطس» are on two days, neither the date of both.)
        if (Ordinal(k, out var day) && (text.Tokens[k].Proclitics & Proclitics.Wa) != 0 && k - 2 >= sentenceFirst && Ordinal(k - 1, out var firstDay)
            && firstDay < day && (text.Tokens[k - 1].Proclitics & Proclitics.Wa) == 0
            && text.Tokens[k - 2] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } twoDays && text.Core(twoDays).SequenceEqual(_twoDays))
        {
            return (firstDay, k - 1);
        }

        return Ordinal(k, out day) ? (day, k) : null;
    }

    /// <summary>
    /// An ordinal names a day only after a preposition of time, a word of the day or a punctuation mark («في الثامن من
    /// يوليو», «يوم العاشر من أغسطس»); «الأسبوع الأول من يوليو», «النصف الثاني من يوليو» and «هجمات الحادي عشر من سبتمبر»
    /// are parts of the month or names.
    /// </summary>
    private bool OpensADay(AnalyzedText text, int start, int sentenceFirst)
    {
        if (start <= sentenceFirst || text.Tokens[start - 1].Kind == TokenKind.Punctuation)
        {
            return true;
        }

        var before = text.Tokens[start - 1];
        return before.Kind == TokenKind.Arabic && (TemporalPrepositions.Contains(text.Core(before).ToString()) || _dayWords.Contains(text.Core(before).ToString()));
    }

    private bool IsLevantineStart(ReadOnlySpan<char> core)
        => core.SequenceEqual("\u0643\u0627\u0646\u0648\u0646") || core.SequenceEqual("\u062A\u0634\u0631\u064A\u0646");

    private bool MonthAt(AnalyzedText text, int i, int limit, out int month, out int last)
    {
        last = i;
        var core = text.Core(text.Tokens[i]).ToString();
        if (i + 1 < limit && text.Tokens[i + 1].Kind == TokenKind.Arabic)
        {
            var pair = core + " " + text.Form(text.Tokens[i + 1]).ToString();
            if (_levantineSecond.TryGetValue(pair, out month))
            {
                last = i + 1;
                return true;
            }
        }

        return _months.TryGetValue(core, out month) && LooksLikeDate(text, i, limit);
    }

    /// <summary>
    /// A month name is a date only with a day number before it, a year after it, a part-of-month
    /// word or a temporal preposition before it, or a ب/ف proclitic: «مايو» in «لويجي دي مايو» is a name.
    /// </summary>
    private bool LooksLikeDate(AnalyzedText text, int i, int limit)
    {
        if ((i > 0 && text.Tokens[i - 1].Kind == TokenKind.Number) || (i + 1 < limit && text.Tokens[i + 1].Kind == TokenKind.Number))
        {
            return true;
        }

        var token = text.Tokens[i];
        if ((token.Proclitics & (Proclitics.Bi | Proclitics.Li)) != 0)
        {
            return true;
        }

        if (i == 0 || text.Tokens[i - 1].Kind != TokenKind.Arabic)
        {
            return false;
        }

        var before = text.Core(text.Tokens[i - 1]).ToString();
        return _partOfMonth.Contains(before) || TemporalPrepositions.Contains(before) || _months.ContainsKey(before);
    }

    private DateMention ResolveMonth(AnalyzedText text, int first, int last, int month, int sentenceFirst, int limit, DateOnly? published, bool futureContext = false)
    {
        int? day = null;
        var start = first;
        if (first - 1 >= sentenceFirst && DayFigure(text, first - 1) is { } d)
        {
            day = d;
            start = first - 1;
        }

        // «في الفترة بين 20 و31 يوليو»: a span of days, told as one, happened in the month, on no one day of it; a span of two
        // days («محادثات 12 و13 آب») starts on the first, as «يومي الثاني والثالث من أغسطس» does.
        if (day is { } lastDay && start == first - 1 && first - 3 >= sentenceFirst && DayFigure(text, first - 3) is { } firstDay
            && text.Tokens[first - 2] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None, SuffixLength: 0 } link && _rangeLinks.Contains(text.Core(link)))
        {
            day = firstDay == lastDay - 1 ? firstDay : null;
            start = first - 3;
        }

        // «في الـ3 من أغسطس», «في 3 من أغسطس»: a day in figures may stand before «من» and the month.
        if (day is null && first - 2 >= sentenceFirst && text.Tokens[first - 1] is { Kind: TokenKind.Arabic, Proclitics: Proclitics.None } of && text.Core(of).SequenceEqual(Min)
            && DayFigure(text, first - 2) is { } figure)
        {
            day = figure;
            start = first - 3 >= sentenceFirst && text.Tokens[first - 3] is { Kind: TokenKind.Arabic } article && IsArticleAlone(text, article) ? first - 3 : first - 2;

            // «بين الأول والـ 15 من تموز»: the end of a span of days, which names the month only.
            if (first - 3 >= sentenceFirst && text.Tokens[first - 3] is { Kind: TokenKind.Arabic, SuffixLength: 0 } joined
                && (IsJoinedArticle(text, joined) || (joined.Proclitics == Proclitics.None && _rangeLinks.Contains(text.Core(joined)))))
            {
                day = null;
            }
        }

        var ordinalDay = false;
        if (day is null && OrdinalDayBefore(text, first, sentenceFirst) is { } ordinal && OpensADay(text, ordinal.Start, sentenceFirst))
        {
            (day, start) = ordinal;
            ordinalDay = true;
        }

        int? year = null;
        var end = GlossEnd(text, last, limit);
        var yearAt = end + 1;
        // «فبراير (شباط) عام 2009م»: the word for year may stand before it.
        if (yearAt + 1 < limit && text.Tokens[yearAt] is { Kind: TokenKind.Arabic, PrefixLength: 0, SuffixLength: 0 } yearWord
            && (text.Core(yearWord).SequenceEqual(_yearWord) || text.Core(yearWord).SequenceEqual(_yearWordOther)) && text.Tokens[yearAt + 1].Kind == TokenKind.Number)
        {
            yearAt++;
        }

        if (yearAt < limit && text.Tokens[yearAt].Kind == TokenKind.Number
            && int.TryParse(text.Form(text.Tokens[yearAt]), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
        {
            year = y;
            end = yearAt;
        }

        // «(كانون الأول)» after «ديسمبر»: the gloss repeats the month; nothing else to read.
        var part = start - 1 >= sentenceFirst && _partOfMonth.Contains(text.Core(text.Tokens[start - 1]).ToString());
        if (part)
        {
            start--;
        }

        if (year is null)
        {
            if (published is not { } p)
            {
                return new DateMention(start, end, EventDate.Unknown, false);
            }

            // The latest such month on or before publication; the first after it when the text says it is to
            // come («سبتمبر المقبل»). A future verb alone does not tell («سيلتقي … بعد اتفاق 14 يوليو»).
            var coming = false;
            for (var k = GlossEnd(text, last, limit) + 1; k < limit && k <= last + 4 && text.Tokens[k].Kind == TokenKind.Arabic; k++)
            {
                if (_coming.Contains(text.Core(text.Tokens[k])))
                {
                    coming = true;
                    end = Math.Max(end, k);
                    break;
                }
            }

            year = coming ? (month > p.Month ? p.Year : p.Year + 1) : (month > p.Month ? p.Year - 1 : p.Year);
        }

        // «صلاة التاسع من آب»: an ordinal day still to come in the article's own month, when nothing says it is to come,
        // names an occasion rather than a date; the month alone is kept.
        if (ordinalDay && !futureContext && published is { } pub && day is { } od && od <= DateTime.DaysInMonth(year.Value, month) && new DateOnly(year.Value, month, od) > pub
            && !(end > last))
        {
            day = null;
        }

        if (day is { } dd && !part && dd <= DateTime.DaysInMonth(year.Value, month))
        {
            return new DateMention(start, end, EventDate.Day(new DateOnly(year.Value, month, dd)), false);
        }

        return new DateMention(start, end, EventDate.Month(year.Value, month), false);
    }

    /// <summary>
    /// «16 مايو (أيار) 2003»: the month's other name in brackets stands between it and the year. The last token
    /// of such a gloss, or <paramref name="last"/> when there is none.
    /// </summary>
    private int GlossEnd(AnalyzedText text, int last, int limit)
    {
        // «في الـ3 من أغسطس/آب المقبل», «يناير/كانون الثاني»: the other name may follow a slash.
        if (last + 2 < limit && IsBracket(text, last + 1, '/') && text.Tokens[last + 2].Kind == TokenKind.Arabic)
        {
            var other = text.Core(text.Tokens[last + 2]);
            if (Months.ContainsKey(other))
            {
                return last + 2;
            }

            if (IsLevantineStart(other) && last + 3 < limit && text.Tokens[last + 3].Kind == TokenKind.Arabic)
            {
                return last + 3;
            }
        }

        if (last + 1 >= limit || !IsBracket(text, last + 1, '('))
        {
            return last;
        }

        for (var i = last + 2; i < limit && i <= last + 4; i++)
        {
            if (IsBracket(text, i, ')'))
            {
                return i;
            }

            if (text.Tokens[i].Kind != TokenKind.Arabic)
            {
                return last;
            }
        }

        return last;
    }

    /// <summary>The day of the month a token written in figures gives (1–31), or none.</summary>
    private static int? DayFigure(AnalyzedText text, int i)
        => text.Tokens[i].Kind == TokenKind.Number
           && int.TryParse(text.Form(text.Tokens[i]), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;

    /// <summary>«الـ» or «والـ» written apart before a figure («في الـ3 من أغسطس»): the article with no word of its own.</summary>
    private static bool IsArticleAlone(AnalyzedText text, in Token token)
        => text.Form(token) is "\u0627\u0644" or "\u0648\u0627\u0644";

    /// <summary>«والـ» written apart before a figure: the second of two days joined.</summary>
    private static bool IsJoinedArticle(AnalyzedText text, in Token token) => text.Form(token) is "\u0648\u0627\u0644";

    private static bool IsBracket(AnalyzedText text, int i, char bracket)
        => text.Tokens[i].Kind == TokenKind.Punctuation && text.Normalized[text.Tokens[i].NormStart] == bracket;

    /// <summary>-1 for «أمس», 0 for «اليوم», +1 for «غدا»; null for any other word.</summary>
    private int? RelativeDay(Token token, AnalyzedText text)
    {
        if (token.Kind != TokenKind.Arabic)
        {
            return null;
        }

        var core = text.Core(token);
        var form = text.Form(token);
        return form.SequenceEqual(Yesterday) || core.SequenceEqual(Yesterday) ? -1
            : form.SequenceEqual(Today) ? 0
            : core.SequenceEqual(Tomorrow) ? 1
            : null;
    }

    /// <summary>The <paramref name="weekday"/> nearest to <paramref name="published"/>: the day itself when they agree, else up to three days either side.</summary>
    private static DateOnly Nearest(DateOnly published, DayOfWeek weekday)
    {
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return back <= 3 ? published.AddDays(-back) : published.AddDays(7 - back);
    }

    private bool IsYawm(AnalyzedText text, int i)
        => i >= 0 && text.Tokens[i].Kind == TokenKind.Arabic && text.Core(text.Tokens[i]).SequenceEqual("\u064A\u0648\u0645");

    /// <summary>
    /// The latest <paramref name="weekday"/> on or before <paramref name="published"/>, or in the future tense the
    /// next one on or after it: a Monday paper's «يعقد الاثنين» is today's meeting, since a week ahead is written
    /// «الاثنين المقبل».
    /// </summary>
    public static DateOnly Weekday(DateOnly published, DayOfWeek weekday, bool future)
    {
        if (future)
        {
            return published.AddDays(((int)weekday - (int)published.DayOfWeek + 7) % 7);
        }

        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return published.AddDays(-back);
    }

    private static bool TryNumeric(ReadOnlySpan<char> s, out DateOnly date)
    {
        var inv = CultureInfo.InvariantCulture;
        // Saudi papers also print Hijri dates («1436/2/2»): only Gregorian years of modern news are dates here.
        return DateOnly.TryParseExact(s, NumericFormats, inv, DateTimeStyles.None, out date) && date.Year is >= 1900 and <= 2100;
    }
}
