using Hadath.Coding.Dates;
using Hadath.Coding.Model;
using Hadath.Text;
using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Coding.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DateOnly Saturday = new(2019, 12, 21);
    private readonly TextAnalyzer _analyzer = TextAnalyzer.Create(Vocabulary.Create(["قال", "أعلن", "فريق"], new ArabicNormalizer()));
    private readonly DateResolver _resolver = new(new ArabicNormalizer());

    private List<DateMention> Find(string text, DateOnly? published, bool future = false)
    {
        var a = _analyzer.Analyze(text, detectDateline: false);
        return _resolver.Find(a, 0, a.Tokens.Count, published, future);
    }

    [Theory]
    [InlineData("أعلنت روسيا، الجمعة، قلقها", "2019-12-20")]
    [InlineData("التقى الوزير الثلاثاء نظيره", "2019-12-17")]
    [InlineData("قال يوم السبت", "2019-12-21")]
    public void Find_WeekdayName_IsLatestOnOrBeforePublication(string text, string expected)
        => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    [Theory]
    [InlineData("عاد في ديسمبر عام 2009", "2009-12")]
    [InlineData("عاد في ديسمبر (كانون الأول) عام 2009م", "2009-12")]
    [InlineData("عاد في 5 ديسمبر سنة 2009", "2009-12-05")]
    public void Find_MonthThenWordForYear_TakesThatYear(string text, string expected)
        => Assert.Equal(expected, Find(text, Saturday)[0].Date.Format());

    [Fact]
    public void Find_WeekdayInFuture_IsNextSuchDay() => Assert.Equal("2019-12-23", Assert.Single(Find("سيلتقي الاثنين", Saturday, future: true)).Date.Format());

    [Theory]
    [InlineData("يلتقي السبت المقبل", "2019-12-28")]
    [InlineData("التقى السبت الماضي", "2019-12-14")]
    [InlineData("التقى الأحد الماضي", "2019-12-15")]
    public void Find_WeekdayWithComingOrPast_IsAWeekAwayOnItsOwnDay(string text, string expected)
        => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    [Theory]
    [InlineData("سيطرت القوات على قصر 22 مايو في عدن")]
    [InlineData("تظاهر المئات في ميدان 6 أكتوبر")]
    public void Find_DayAndMonthNamingAPlace_DatesNothing(string text) => Assert.Empty(Find(text, Saturday));

    [Fact]
    public void Find_TwoOrdinalDaysJoined_IsTheFirst() => Assert.Equal("2019-12-02", Find("زيارة عمل يومي الثاني والثالث من ديسمبر", Saturday)[0].Date.Format());

    [Fact]
    public void Find_WeekdayInFutureOnDayOfPublication_IsThatDay() => Assert.Equal("2019-12-21", Assert.Single(Find("سيلتقي السبت", Saturday, future: true)).Date.Format());

    [Theory]
    [InlineData("قال أمس", "2019-12-20")]
    [InlineData("قال أول من أمس", "2019-12-19")]
    [InlineData("وصل مساء أول أمس", "2019-12-19")]
    [InlineData("أفرج عنه أمس الأول", "2019-12-19")]
    [InlineData("استدعت الوزارة البارحة السفير", "2019-12-20")]
    [InlineData("قال اليوم", "2019-12-21")]
    [InlineData("يصل غدا", "2019-12-22")]
    public void Find_RelativeDay_ResolvesAgainstPublication(string text, string expected)
        => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    // Saturday is 2019-12-21.
    [Theory]
    [InlineData("قصف الجيش المدينة قبل يومين", "2019-12-19")]
    [InlineData("هاجم المسلحون القرية قبل خمسة أيام", "2019-12-16")]
    [InlineData("وقع هجوم مماثل قبل ثلاثة أشهر", "2019-09")]
    [InlineData("اعتقلت الشرطة المتهم قبل أسبوعين", "2019-12")]
    [InlineData("زار الوزير القاهرة قبل عامين", "2017")]
    [InlineData("انسحبت القوات قبل 4 سنوات", "2015")]
    public void Find_SpanAgo_CountsBackFromPublication(string text, string expected)
        => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    [Theory]
    [InlineData("انضم إلى التنظيم قبل أسبوع من الهجوم")]
    [InlineData("وصل قبل يومين من الانفجار")]
    [InlineData("وقع الاتفاق قبل عام 2000")]
    [InlineData("هاجم المسلحون القرية قبل أيام")]
    [InlineData("يحاصره الثوار منذ يومين")]
    public void Find_SpanAgoOfAnotherAnchorOrVague_IsNoDate(string text) => Assert.Empty(Find(text, Saturday).Select(m => m.Date.Format()));

    [Theory]
    [InlineData("سيلتقي اليوم السبت", true, "2019-12-21")]
    [InlineData("قال اليوم الجمعة", false, "2019-12-20")]
    [InlineData("يبدأ غدا الاثنين", false, "2019-12-23")]
    [InlineData("سيصل غدا الأحد", true, "2019-12-22")]
    [InlineData("وصل أمس الخميس", false, "2019-12-19")]
    public void Find_WeekdayAfterRelativeDay_IsOneMentionOfThatDay(string text, bool future, string expected)
        => Assert.Equal(expected, Assert.Single(Find(text, Saturday, future)).Date.Format());

    [Theory]
    [InlineData("مرشح فريق «8 مارس» للرئاسة")]
    [InlineData("قال نائب من قوى 14 آذار")]
    [InlineData("في ذكرى ثورة 25 يناير")]
    public void Find_DayAndMonthNamingAMovement_IsNoDate(string text) => Assert.Empty(Find(text, Saturday));

    // Saturday is 2019-12-21: a month to come is the next one, whichever year it falls in.
    [Theory]
    [InlineData("سيزور المملكة في شهر مارس المقبل", "2020-03")]
    [InlineData("ستعقد القمة في ديسمبر القادم", "2020-12")]
    [InlineData("زار المملكة في شهر مارس", "2019-03")]
    public void Find_MonthSaidToCome_IsTheNextSuchMonth(string text, string expected)
        => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    // Saturday is 2019-12-21.
    [Theory]
    [InlineData("يعقد اجتماعه المقرر في الـ3 من يناير/كانون الثاني المقبل", "2020-01-03")]
    [InlineData("يعقد اجتماعه في 3 من يناير المقبل", "2020-01-03")]
    [InlineData("وقعت الهجمات في حزيران/يونيو 2012", "2012-06")]
    public void Find_FiguresOfADayOrAGlossAfterASlash_AreRead(string text, string expected)
        => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    [Theory]
    [InlineData("يلتقي الوزير نظيره في 12 الشهر الجاري", "2019-12-12")]
    [InlineData("وقع الهجوم في الـ5 من الشهر الحالي", "2019-12-05")]
    [InlineData("يزور الوزير موسكو خلال الشهر الجاري", "2019-12")]
    public void Find_DayOfTheCurrentMonth_IsThatDayOfTheMonthOfPublication(string text, string expected)
        => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    [Theory]
    [InlineData("قتلوا في الفترة بين 20 و31 أكتوبر", "2019-10")]
    [InlineData("أجري المسح في الفترة بين الأول والـ 15 من أكتوبر", "2019-10")]
    [InlineData("تلقى دعوة لمحادثات 12 و13 أكتوبر", "2019-10-12")]
    [InlineData("عقد المؤتمر من 5 إلى 9 أكتوبر", "2019-10")]
    public void Find_SpanOfDays_IsItsMonthOrTheFirstOfTwoDays(string text, string expected)
        => Assert.Equal(expected, Find(text, Saturday).Last().Date.Format());

    [Theory]
    [InlineData("وقع في الرابع عشر من الشهر الماضي", "2019-11-14")]
    [InlineData("وقع في الحادي والثلاثين من الشهر الماضي", "2019-11")]
    [InlineData("وقع الشهر الماضي", "2019-11")]
    public void Find_OrdinalDayOfLastMonth_IsThatDay(string text, string expected)
        => Assert.Equal(expected, Find(text, Saturday).Last().Date.Format());

    [Theory]
    [InlineData("استخدمت موسكو في الثامن من نوفمبر الفيتو", "2019-11-08")]
    [InlineData("وقع في الحادي عشر من سبتمبر", "2019-09-11")]
    [InlineData("خرجوا في الخامس والعشرين من يناير", "2019-01-25")]
    [InlineData("عاد في العشرين من أكتوبر", "2019-10-20")]
    [InlineData("عاد في الأول من ديسمبر", "2019-12-01")]
    public void Find_OrdinalDayOfMonth_IsThatDay(string text, string expected) => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    [Theory]
    [InlineData("زار الوزير روسيا في النصف الثاني من نوفمبر")]
    [InlineData("زار الوزير روسيا في الأسبوع الأول من نوفمبر")]
    public void Find_OrdinalPartOfAMonth_IsTheMonth(string text) => Assert.Equal("2019-11", Assert.Single(Find(text, Saturday)).Date.Format());

    [Fact]
    public void Find_OrdinalDayInAFutureClause_IsThatDay()
        => Assert.Equal("2019-12-28", Assert.Single(Find("سيزور الوزير روسيا في الثامن والعشرين من ديسمبر", Saturday, future: true)).Date.Format());

    [Fact]
    public void Find_OrdinalDayStillToComeInTheMonth_KeepsTheMonthOnly()
        => Assert.Equal("2019-12", Assert.Single(Find("أثناء صلاة الخامس والعشرين من ديسمبر", Saturday)).Date.Format());

    [Fact]
    public void Find_DayAndMonthAfterOrdinaryWord_IsADate() => Assert.Equal("2019-03-14", Assert.Single(Find("قال في 14 آذار", Saturday)).Date.Format());

    [Fact]
    public void Find_LastWeek_HasMonthPrecision()
    {
        var d = Assert.Single(Find("الأسبوع الماضي", Saturday)).Date;
        Assert.Equal(DatePrecision.Month, d.Precision);
        Assert.Equal("2019-12", d.Format());
    }

    [Theory]
    [InlineData("التقى نظيره في روما الليلة الماضية", "2019-12-20")]
    [InlineData("قصفت الطائرات المواقع الليلة الماضية", "2019-12-20")]
    public void Find_LastNight_IsTheDayBefore(string text, string expected) => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    [Theory]
    [InlineData("شن التحالف غارات خلال الأيام الماضية")]
    [InlineData("شن التحالف غارات في الأيام القليلة الماضية")]
    public void Find_PastFewDays_IsTheMonthTheyEndInAndASpan(string text)
    {
        var mention = Assert.Single(Find(text, new DateOnly(2019, 12, 1)));
        Assert.Equal("2019-11", mention.Date.Format());
        Assert.True(mention.Span);
    }

    [Theory]
    [InlineData("وقضى الليلة في الفندق")]
    [InlineData("وعاش الأيام الأخيرة من حياته في القاهرة")]
    public void Find_NightOrDaysWithNoPastWord_IsNoDate(string text) => Assert.Empty(Find(text, Saturday));

    [Theory]
    [InlineData("في أواخر نوفمبر", "2019-11")]
    [InlineData("في أوائل تشرين الثاني", "2019-11")]
    [InlineData("منتصف كانون الأول", "2019-12")]
    public void Find_PartOfMonth_HasMonthPrecision(string text, string expected) => Assert.Equal(expected, Assert.Single(Find(text, Saturday)).Date.Format());

    [Theory]
    [InlineData("في 20 ديسمبر 2019", "2019-12-20")]
    [InlineData("في 3 كانون الأول", "2019-12-03")]
    [InlineData("بتاريخ 2019-12-20", "2019-12-20")]
    [InlineData("في 20/12/2019", "2019-12-20")]
    public void Find_ExplicitDate_HasDayPrecision(string text, string expected) => Assert.Equal(expected, Find(text, Saturday).Last().Date.Format());

    [Fact]
    public void Find_MonthGlossBeforeYear_KeepsTheYear() => Assert.Equal("2003-05-16", Assert.Single(Find("في 16 مايو (أيار) 2003", Saturday)).Date.Format());

    [Fact]
    public void Find_MonthAfterPublicationMonth_IsPreviousYear() => Assert.Equal("2018-12", Assert.Single(Find("في ديسمبر", new DateOnly(2019, 3, 1))).Date.Format());

    [Fact]
    public void Find_WithoutPublicationDate_StaysUnresolved()
    {
        var d = Assert.Single(Find("أعلنت روسيا الجمعة", null)).Date;
        Assert.Null(d.Value);
        Assert.Equal(DatePrecision.None, d.Precision);
    }

    [Fact]
    public void Find_HijriNumericDate_IsNotReadAsGregorian() => Assert.Empty(Find("بتاريخ 1436/2/2", Saturday));

    [Fact]
    public void Find_MonthNameInsidePersonName_IsNotADate() => Assert.Empty(Find("قال لويجي دي مايو", Saturday));
}
