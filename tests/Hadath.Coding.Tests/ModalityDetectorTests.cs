using Hadath.Text;
using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Coding.Tests;

public sealed class ModalityDetectorTests
{
    private readonly TextAnalyzer _analyzer = TextAnalyzer.Create(Vocabulary.Create(["زار", "يزور", "زيارة", "أكد", "نقل", "قصف", "هجوم", "منع", "احتجاج", "مظاهرة", "خطف", "ضربات", "هجمات", "مخاوف", "مظاهرات", "عملية", "تفادي", "ردع", "صد", "إطلاق", "وقف", "وزارة", "وكيل", "أمله", "إمكان", "إلغاء", "صدد", "شن", "القرار", "اتخذ", "التصعيد", "سبب", "كبيرة", "أعلن", "تتفادى", "مواجهات", "يؤدي", "تشجيع", "عمليات", "تستمر", "المحادثات", "يقف", "القضاء", "وجه", "منفذي", "تفجير", "المسجد"], new ArabicNormalizer()));
    private readonly ModalityDetector _detector = new(new ArabicNormalizer());

    private (AnalyzedText Text, int Index) At(string text, string trigger)
    {
        var a = _analyzer.Analyze(text, detectDateline: false);
        return (a, a.Tokens.Select((t, i) => (t, i)).First(x => text[x.t.Start..x.t.End] == trigger).i);
    }

    private Modality Detect(string text, string trigger, bool nominal = false)
    {
        var (a, index) = At(text, trigger);
        return _detector.Detect(a, 0, index, nominal);
    }

    [Theory]
    [InlineData("لم يزر الرئيس ليبيا", "يزر")]
    [InlineData("لن يزور الرئيس ليبيا", "يزور")]
    [InlineData("لا يزور الرئيس ليبيا", "يزور")]
    [InlineData("ما زار الرئيس ليبيا", "زار")]
    [InlineData("نفى أن يكون الرئيس زار ليبيا", "زار")]
    public void Detect_Negation_IsNegated(string text, string trigger) => Assert.Equal(Modality.Negated, Detect(text, trigger));

    [Theory]
    [InlineData("لمنعهم حتى من الاحتجاج على القرار", "الاحتجاج")]
    [InlineData("أحبطت الشرطة هجوما على السفارة", "هجوما")]
    [InlineData("منعت السلطات مظاهرة المعارضة", "مظاهرة")]
    public void Detect_PreventedAct_IsNegated(string text, string trigger) => Assert.Equal(Modality.Negated, Detect(text, trigger, nominal: true));

    [Theory]
    [InlineData("لكن الحركة كانت دائما تنفي مقتله", "تنفي")]
    [InlineData("وهي دوما تهاجم المعارضة", "تهاجم")]
    public void Detect_AlwaysBeforeImperfect_IsHabitual(string text, string trigger) => Assert.Equal(Modality.Habitual, Detect(text, trigger));

    [Theory]
    [InlineData("أحبطت مؤامرة لتهريب أسلحة وأعلنت استدعاء سفيرها", "استدعاء")]
    public void Detect_PlotBeforeAJoinedVerb_DoesNotReachPastIt(string text, string trigger) => Assert.Equal(Modality.Asserted, Detect(text, trigger, nominal: true));

    [Theory]
    [InlineData("يتعين أن يزور الرئيس ليبيا", "يزور")]
    [InlineData("ويجب أن يزور الرئيس ليبيا", "يزور")]
    [InlineData("أكد ضرورة زيارة الرئيس ليبيا", "زيارة")]
    public void Detect_Obligation_IsIntended(string text, string trigger) => Assert.Equal(Modality.Intended, Detect(text, trigger));

    [Theory]
    [InlineData("لردع هجوم على المدينة", "هجوم")]
    [InlineData("لتفادي هجوم على المدينة", "هجوم")]
    [InlineData("لصد هجوم على المدينة", "هجوم")]
    [InlineData("الحيلولة دون وقوع احتجاج جديد", "احتجاج")]
    [InlineData("أعلنت الوزارة إلغاء زيارة الرئيس", "زيارة")]
    [InlineData("انسحبت القوات تفاديا لمذبحة في المدينة", "لمذبحة")]
    public void Detect_AvertedAct_IsNegated(string text, string trigger) => Assert.Equal(Modality.Negated, Detect(text, trigger, nominal: true));

    [Theory]
    [InlineData("وستتفادى مواجهات مع الجيش", "مواجهات", "Future")]
    [InlineData("وسيؤدي إلى تشجيع عمليات خطف", "تشجيع", "Future")]
    [InlineData("وسيقف القضاء في وجه منفذي تفجير المسجد", "تفجير", "Asserted")]
    [InlineData("وستستمر المحادثات بعد هجوم على المدينة", "هجوم", "Asserted")]
    public void Detect_EventNounAfterFutureVerb_IsFuture(string text, string trigger, string expected)
        => Assert.Equal(Enum.Parse<Modality>(expected), Detect(text, trigger, nominal: true));

    // «بصدد», «بسبب»: the segmenter takes «ب» off, so the words are looked up by their core.
    [Fact]
    public void Detect_AboutToAct_IsIntended() => Assert.Equal(Modality.Intended, Detect("القرار الذي اتخذته بصدد شن هجوم على المدينة", "هجوم", nominal: true));

    [Fact]
    public void Detect_FearNamedAsCause_IsAsserted() => Assert.Equal(Modality.Asserted, Detect("مخاوف من التصعيد بسبب هجوم على المدينة", "هجوم", nominal: true));

    [Fact]
    public void Detect_RepelledWithoutPurpose_IsAsserted() => Assert.Equal(Modality.Asserted, Detect("صدت القوات هجوما على المدينة", "هجوما", nominal: true));

    [Theory]
    [InlineData("تخشى الحكومة هجمات على المدينة", "هجمات")]
    [InlineData("وسط مخاوف من هجمات جديدة", "هجمات")]
    [InlineData("وسط مخاوف كبيرة من هجمات جديدة", "هجمات")]
    [InlineData("نشرت الشرطة تعزيزات تحسبا من اشتباكات في المدينة", "اشتباكات")]
    public void Detect_FearedAct_IsPossible(string text, string trigger) => Assert.Equal(Modality.Possible, Detect(text, trigger, nominal: true));

    [Theory]
    [InlineData("تستعد قوات المقاومة للبدء في معركة فك الحصار", "معركة")]
    [InlineData("واستعدت القوات لشن هجوم على الرمادي", "هجوم")]
    [InlineData("للبدء في معركة فك الحصار وصولا إلى تحريرها من الميليشيات", "تحريرها")]
    public void Detect_ActPreparedForOrAimedAt_IsFuture(string text, string trigger) => Assert.Equal(Modality.Future, Detect(text, trigger, nominal: true));

    [Theory]
    [InlineData("بدءا من تحرير عدن وصولا إلى لقاء وزير الخارجية المصري مع نظيره")]
    [InlineData("بدءًا من قيادة السعودية للتحالف، ووصولًا إلى لقاء سعودي روسي")]
    public void Detect_EndOfARange_IsAsserted(string text)
        => Assert.Equal(Modality.Asserted, Detect(text, "لقاء", nominal: true));

    [Theory]
    [InlineData("أثار مخاوفهم الناتجة عن قصف المدينة", "قصف")]
    [InlineData("مخاوف من الانتقام بعد هجوم المسلحين", "هجوم")]
    public void Detect_FearCausedByAct_IsAsserted(string text, string trigger) => Assert.Equal(Modality.Asserted, Detect(text, trigger, nominal: true));

    [Theory]
    [InlineData("مؤامرة لخطف أحد الأشخاص", "لخطف")]
    [InlineData("يخطط الحزب لخروج مظاهرات", "مظاهرات")]
    [InlineData("خطة الهجوم على المدينة", "الهجوم")]
    [InlineData("كان في نية المسلحين تفجير النفق", "تفجير")]
    [InlineData("القرار الذي اتخذته بلاده بصدد شن هجوم", "شن")]
    [InlineData("تلقت القوات أوامر بإطلاق النار", "بإطلاق")]
    [InlineData("لإيجاد ذريعة لتنفيذ المداهمات", "لتنفيذ")]
    [InlineData("أعرب عن أمله في أن يقوم بزيارة", "بزيارة")]
    [InlineData("يأمل الرئيس زيارة المدينة", "زيارة")]
    public void Detect_PlannedAct_IsIntended(string text, string trigger) => Assert.Equal(Modality.Intended, Detect(text, trigger, nominal: true));

    [Fact]
    public void Detect_ActAfterAStop_IsNegated() => Assert.Equal(Modality.Negated, Detect("على الحركة وقف إطلاق الصواريخ", "إطلاق", nominal: true));

    [Theory]
    [InlineData("أثناء محاولتهم إطلاق صواريخ", "إطلاق")]
    [InlineData("حاول المسلحون قصف المدينة", "قصف")]
    public void Detect_AttemptedAct_IsPossible(string text, string trigger) => Assert.Equal(Modality.Possible, Detect(text, trigger, nominal: true));

    [Fact]
    public void Detect_OptionOfAct_IsPossible() => Assert.Equal(Modality.Possible, Detect("ثمة خيار شن ضربات جوية", "ضربات", nominal: true));

    [Fact]
    public void Detect_ImperfectAfterWhen_IsConditional() => Assert.Equal(Modality.Conditional, Detect("عندما يزور الرئيس ليبيا", "يزور"));

    [Fact]
    public void Detect_PerfectAfterWhen_IsAsserted() => Assert.Equal(Modality.Asserted, Detect("عندما زار الرئيس ليبيا", "زار"));

    [Fact]
    public void Detect_AdamBeforeNoun_IsNegated() => Assert.Equal(Modality.Negated, Detect("عدم زيارة الرئيس", "زيارة", nominal: true));

    [Theory]
    [InlineData("وكان مسلح قد نفذ هجوما على المنتجع", "هجوما")]
    [InlineData("وقد نقل الجيش قواته إلى الحدود", "نقل")]
    [InlineData("وكان الإقليم قد تعرض لقصف صاروخي", "تعرض")]
    [InlineData("وقد تلقى الرئيس اتصالا هاتفيا", "تلقى")]
    [InlineData("وقد تمكنت قوات الأمن من اعتقال المشتبه", "تمكنت")]
    public void Detect_QadBeforePerfectStartingWithNun_IsAsserted(string text, string trigger) => Assert.Equal(Modality.Asserted, Detect(text, trigger, nominal: true));

    [Theory]
    [InlineData("قد يزور الرئيس ليبيا", "يزور")]
    [InlineData("احتمال نقل تركيا قوات", "نقل")]
    [InlineData("ربما يزور الرئيس ليبيا", "يزور")]
    public void Detect_Possibility_IsPossible(string text, string trigger) => Assert.Equal(Modality.Possible, Detect(text, trigger, nominal: true));

    [Theory]
    [InlineData("نستطيع منع عبور القناة", "منع")]
    [InlineData("بإمكانها شن هجوم على المدينة", "هجوم")]
    [InlineData("القوات قادرة على اقتحام المدينة", "اقتحام")]
    public void Detect_AbilityToAct_IsPossible(string text, string trigger) => Assert.Equal(Modality.Possible, Detect(text, trigger, nominal: true));

    private bool FollowsUndergo(string text, string trigger)
    {
        var (a, index) = At(text, trigger);
        return _detector.FollowsUndergoVerb(a, 0, index);
    }

    [Theory]
    [InlineData("تعرضت المدينة لقصف عنيف", "لقصف")]
    [InlineData("تعرض قيادي في حركة حماس هو وكيل وزارة النقل الفلسطينية الثلاثاء، للخطف", "للخطف")]
    public void FollowsUndergoVerb_SubjectAndTimeBetween_IsTrue(string text, string trigger) => Assert.True(FollowsUndergo(text, trigger));

    [Theory]
    [InlineData("تعرضت المدينة لقصف، وأرسل الجيش قوات لقتال المسلحين", "لقتال")]
    [InlineData("تعرضت المدينة لقصف وأرسل الجيش قوات لقتال المسلحين", "لقتال")]
    public void FollowsUndergoVerb_AnotherClauseBetween_IsFalse(string text, string trigger) => Assert.False(FollowsUndergo(text, trigger));

    [Fact]
    public void Detect_ManagedToAct_IsAsserted() => Assert.Equal(Modality.Asserted, Detect("استطاعت القوات اقتحام المدينة", "اقتحام", nominal: true));

    [Fact]
    public void Detect_InnocentOfAct_IsNegated() => Assert.Equal(Modality.Negated, Detect("إن التيار بريء من اختطافهم", "اختطافهم", nominal: true));

    [Fact]
    public void Detect_InnocentWithoutMin_IsAsserted() => Assert.Equal(Modality.Asserted, Detect("قتل مدنيين أبرياء وخطف آخرين", "وخطف", nominal: true));

    [Fact]
    public void Detect_QadWithPerfect_IsAsserted() => Assert.Equal(Modality.Asserted, Detect("وقد زار الرئيس ليبيا", "زار"));

    [Fact]
    public void Detect_Conditional_IsConditional() => Assert.Equal(Modality.Conditional, Detect("إذا زار الرئيس ليبيا", "زار"));

    [Fact]
    public void Detect_Speculation_IsSpeculative() => Assert.Equal(Modality.Speculative, Detect("ويبدو أن الرئيس زار ليبيا", "زار"));

    [Theory]
    [InlineData("وتوقع المحلل أن تلجأ إسرائيل إلى شن عمليات", "شن")]
    [InlineData("وحسب شائعة فإن دبابة أطلقت النار", "أطلقت")]
    [InlineData("لكن هل هو حقا وراء اغتيال وقتل مئات الكوادر", "وقتل")]
    public void Detect_PredictionOrRumour_IsSpeculative(string text, string trigger) => Assert.Equal(Modality.Speculative, Detect(text, trigger));

    [Fact]
    public void Detect_PredictionFarBackInTheSameClause_IsSpeculative()
        => Assert.Equal(Modality.Speculative, Detect("فقد تكهن الفلكي سمير بانتشار التوتر عبر لبنان وتحول البلد الى ميدان معركة بين ايران والولايات المتحدة", "معركة", nominal: true));

    [Theory]
    [InlineData("فقد تكهن الفلكي سمير بانتشار التوتر في لبنان، وتحول البلد امس الى ميدان معركة بين ايران والولايات المتحدة", "معركة")]
    [InlineData("الهيئة لم توقع أي اتفاق مع وزارة الإسكان بعد، ولكنها ناقشت في اجتماعها الأخير مع الوزير عدة أفكار", "ناقشت")]
    [InlineData("وقال إن طائرات حربية يعتقد أنها تابعة للتحالف الذي تقوده الولايات المتحدة قصفت مواقع لجبهة النصرة بعد هجوم شنته الجبهة", "شنته")]
    public void Detect_PredictionOrHedgeFarBackPastAPunctuationMark_IsAsserted(string text, string trigger)
        => Assert.Equal(Modality.Asserted, Detect(text, trigger));

    [Theory]
    [InlineData("سيزور الرئيس ليبيا", "سيزور")]
    [InlineData("سوف يزور الرئيس ليبيا", "يزور")]
    public void Detect_Future_IsFuture(string text, string trigger) => Assert.Equal(Modality.Future, Detect(text, trigger));

    [Fact]
    public void Detect_RelativeMa_IsNotNegation() => Assert.Equal(Modality.Asserted, Detect("وهو ما أكدته زيارة الوزير", "زيارة", nominal: true));

    [Fact]
    public void Detect_NegationInEarlierClause_DoesNotCarryOver() => Assert.Equal(Modality.Asserted, Detect("لم يعلق الوزير، وزار الرئيس ليبيا", "وزار"));

    [Theory]
    [InlineData("خشية هجوم ألماني محتمل على فرنسا", "هجوم", Modality.Possible)]
    [InlineData("بالتزامن مع الهجوم التركي المرتقب", "الهجوم", Modality.Speculative)]
    [InlineData("وقع الهجوم التركي على القرية", "الهجوم", Modality.Asserted)]
    public void Detect_ModalAdjectiveAfterEventNoun_GivesItsModality(string text, string trigger, Modality expected)
        => Assert.Equal(expected, Detect(text, trigger, nominal: true));

    [Fact]
    public void Detect_DesireBeforeMasdar_IsIntended() => Assert.Equal(Modality.Intended, Detect("من يريدون زيارة ليبيا", "زيارة", nominal: true));

    [Theory]
    [InlineData("تعرضت المدينة لقصف عنيف", "لقصف", Modality.Asserted)]
    [InlineData("حشدت قواتها لقصف المدينة", "لقصف", Modality.Intended)]
    public void Detect_LamAfterAVerbThatTakesIt_IsNoPurpose(string text, string trigger, Modality expected)
        => Assert.Equal(expected, Detect(text, trigger, nominal: true));
}
