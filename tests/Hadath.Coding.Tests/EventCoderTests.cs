using Hadath.Coding.Model;
using Hadath.Testing;

namespace Hadath.Coding.Tests;

/// <summary>One test per role-assignment and modality rule, on a small lexicon and pattern set written here.</summary>
public sealed class EventCoderTests : IDisposable
{
    private static readonly DateOnly Saturday = new(2019, 12, 21);
    private readonly MiniData _data = new();
    private readonly HadathEngine _engine;

    public EventCoderTests()
    {
        _engine = Hadath.Coding.HadathEngine.Load(_data.Directory);
    }

    public void Dispose() => _data.Dispose();

    private IReadOnlyList<CodedEvent> Code(string text, DateOnly? published = null)
        => _engine.Coder.Code(new Article("t", published ?? Saturday, string.Empty, text));

    /// <summary>Codes <paramref name="text"/> with the small lexicon and patterns plus the extra entries a test needs.</summary>
    private static List<string> KeysWith(string text, string? actors = null, string? patterns = null, string? agents = null, string? places = null)
    {
        using var data = new MiniData(actors, patterns, agents, places: places);
        var engine = Hadath.Coding.HadathEngine.Load(data.Directory);
        return Keys(engine.Coder.Code(new Article("t", Saturday, string.Empty, text)));
    }

    private static List<string> Keys(IEnumerable<CodedEvent> events) => events.Select(e => $"{e.Source.Code}>{e.Target?.Code ?? "-"}:{e.Cameo}").ToList();

    [Fact]
    public void Code_VerbSubjectObject_AssignsSourceAndTarget()
        => Assert.Equal(["TURGOV>LBY:042", "LBY>TURGOV:043"], Keys(Code("زار الرئيس التركي ليبيا.")));

    // The title is read first; a bare role there belongs to the country the body is about.
    [Fact]
    public void Code_BareRoleInTitle_TakesTheBodysMainCountry()
    {
        var article = new Article("a", Saturday, "الرئيس يزور روسيا", "وقالت الحكومة التركية إن الرئيس التركي زار روسيا. وأكد وزير الخارجية التركي ذلك. وقال رئيس الحكومة التركية إن الزيارة مهمة.");
        var title = _engine.Coder.Code(article).Where(e => e.Evidence.Field == "title" || e.Mentions.Any(m => m.Evidence.Field == "title")).ToList();
        Assert.True(title.Any(e => e.Source.Code == "TURGOV" && e.Target?.Code == "RUS" && e.Cameo == "042"), string.Join(" ", Keys(_engine.Coder.Code(article)).Concat(title.Select(e => e.Evidence.Field))));
    }

    [Fact]
    public void Code_SubjectVerbObject_AssignsSourceAndTarget()
        => Assert.Equal(["TURGOV>LBY:042", "LBY>TURGOV:043"], Keys(Code("الرئيس التركي زار ليبيا.")));

    [Fact]
    public void Code_ConcernWithTargetPreposition_FindsTargetInsidePhrase()
        => Assert.Equal(["RUS>TUR:012"], Keys(Code("أعربت روسيا، الجمعة، عن قلقها إزاء احتمال نقل تركيا قوات إلى ليبيا.").Take(1)));

    [Fact]
    public void Code_MasdarWithGenitiveAgent_SourceIsGenitive()
        => Assert.Equal(["ITAGOV>LBY:042", "LBY>ITAGOV:043"], Keys(Code("وأكدت ذلك زيارة وزير الخارجية الإيطالي إلى ليبيا.")));

    [Fact]
    public void Code_CompoundSource_GivesOneEventPerMember()
        => Assert.Equal(["EGY>TUR:111", "GBR>TUR:111", "USA>TUR:111", "IGOEUREEC>TUR:111"], Keys(Code("وانتقدت مصر وبريطانيا والولايات المتحدة والاتحاد الأوروبي تركيا.")));

    [Fact]
    public void Code_CompoundTarget_GivesOneEventPerMember()
        => Assert.Equal(["EGY>TUR:111", "EGY>ITA:111"], Keys(Code("انتقدت مصر تركيا وإيطاليا.")));

    [Fact]
    public void Code_SymmetricVerb_IsCodedBothWays()
        => Assert.Equal(["ITAGOV>LBYMIL:040", "LBYMIL>ITAGOV:040"], Keys(Code("التقى وزير الخارجية الإيطالي المشير خليفة حفتر.")));

    [Fact]
    public void Code_SymmetricVerbWithCompoundSubject_LinksTheMembers()
        => Assert.Equal(["TURGOV>LBYGOV:057", "LBYGOV>TURGOV:057"], Keys(Code("وقع الرئيس التركي ورئيس حكومة طرابلس اتفاقيتين.")));

    [Fact]
    public void Code_PronounAfterAnna_TakesSubjectOfReportingClause()
        => Assert.Equal(["LBYMIL>LBY:190"], Keys(Code("وأعلن الجيش الليبي الجمعة أنه قصف ليبيا.")));

    [Fact]
    public void Code_SentenceInitialVerbWithoutSubject_ContinuesPreviousSubject()
        => Assert.Contains("ITAGOV>TUR:012", Keys(Code("زار وزير الخارجية الإيطالي ليبيا. وأعرب عن قلقه إزاء تركيا.")));

    [Fact]
    public void Code_BareAgent_TakesCodeOfLastActorWithThatRole()
        => Assert.Contains("LBYMIL>TUR:111", Keys(Code("قال الجيش الليبي إنه مستعد. وانتقد الجيش تركيا.")));

    [Theory]
    [InlineData("لم يزر الرئيس التركي ليبيا.")]
    [InlineData("إذا زار الرئيس التركي ليبيا.")]
    [InlineData("ويبدو أن الرئيس التركي زار ليبيا.")]
    [InlineData("هل زار الرئيس التركي ليبيا؟")]
    public void Code_NotAsserted_IsNotCoded(string text) => Assert.Empty(Code(text));

    [Fact]
    public void Code_FutureVisit_IsIntentToMeet() => Assert.Equal(["TURGOV>LBY:036"], Keys(Code("سيزور الرئيس التركي ليبيا.")));

    [Fact]
    public void Code_FutureStrike_IsThreat() => Assert.Equal(["LBYMIL>TUR:138"], Keys(Code("سيقصف الجيش الليبي تركيا.")));

    [Fact]
    public void Code_ViolenceWithoutNamedPerpetrator_HasUnidentifiedSource()
        => Assert.Equal("UAF", Assert.Single(Code("شنت غارات على طرابلس.")).Source.Code);

    [Fact]
    public void Code_Weekday_GivesDateFromPublication() => Assert.Equal("2019-12-17", Assert.Single(Code("زار الرئيس التركي ليبيا الثلاثاء."), e => e.Cameo == "042").Date.Format());

    [Fact]
    public void Code_NoPublicationDate_LeavesDateUnresolved()
    {
        var e = Assert.Single(_engine.Coder.Code(new Article("t", null, string.Empty, "زار الرئيس التركي ليبيا الثلاثاء.")), e => e.Cameo == "042");
        Assert.Null(e.Date.Format());
    }

    [Fact]
    public void Code_RepeatedMentions_AreOneEventWithAllMentions()
    {
        var e = Assert.Single(Code("انتقدت مصر تركيا. وانتقدت مصر تركيا مرة أخرى."));
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void Code_SameActWithoutTarget_IsAMentionOfTheOneWithATarget()
    {
        var e = Assert.Single(Code("وانتقدت مصر أمس. انتقدت مصر تركيا."));
        Assert.Equal("TUR", e.Target?.Code);
        Assert.Equal([0, 1], e.Mentions.Select(m => m.Sentence));
    }

    [Fact]
    public void Code_FacelessViolenceOfTheSameKind_IsAMentionOfTheNamedOne()
    {
        var events = Code("شن الجيش الليبي غارات على طرابلس. وتعرضت مدينة أخرى لقصف عنيف.");
        var e = Assert.Single(events);
        Assert.Equal("LBYMIL", e.Source.Code);
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void Code_Evidence_IsTheExactOriginalSlice()
    {
        const string text = "موسكو - أعربت روسيّا، الجمعة، عن قلقها إزاء تركيا.";
        foreach (var e in Code(text))
        {
            Assert.Equal(text[e.Evidence.Start..e.Evidence.End], e.Evidence.Text);
            Assert.Equal(text[e.Source.Start..e.Source.End], e.Source.Text);
        }
    }

    [Fact]
    public void Code_Title_IsCodedWithTitleOffsets()
    {
        var e = Assert.Single(_engine.Coder.Code(new Article("t", Saturday, "انتقدت مصر تركيا", "نص بلا أحداث.")));
        Assert.Equal("title", e.Evidence.Field);
        Assert.Equal("انتقدت مصر تركيا", e.Evidence.Text);
    }

    [Fact]
    public void Code_EventNounAfterAny_IsHypothetical()
        => Assert.Empty(Code("وحذرت من عواقب أي غارة على ليبيا."));

    [Fact]
    public void Code_YearLongBeforePublication_IsBackground()
        => Assert.Empty(Code("قصف الجيش الليبي تركيا عام 2011."));

    [Fact]
    public void Code_YearOfPublication_IsNews()
        => Assert.Equal(["LBYMIL>TUR:190"], Keys(Code("قصف الجيش الليبي تركيا عام 2019.")));

    [Fact]
    public void Code_NounClaimedByLaterLightVerb_SourceIsThatVerbsSubject()
        => Assert.Equal(["LBYMIL>LBY:195"], Keys(Code("وكانت غارة شنها الجيش الليبي على ليبيا.")));

    [Fact]
    public void Code_UnattributedViolenceNounWithNothingAsserted_IsNotCoded()
        => Assert.Empty(Code("وتحدثت الصحف عن غارات."));

    [Fact]
    public void Code_UnattributedViolenceNounWithCasualties_IsCoded()
        => Assert.Equal(["UAF>-:195"], Keys(Code("وتحدثت الصحف عن غارات أسفرت عن مقتل عشرة.")));

    [Fact]
    public void Code_MasdarWithPronounAfterFinalHamza_IsTriggerWithSubjectAsAgent()
        => Assert.Equal(["TURGOV>ITAGOV:040", "ITAGOV>TURGOV:040"], Keys(Code("وانتقد الرئيس التركي خلال لقائه وزير الخارجية الإيطالي.")).Where(k => k.EndsWith(":040", StringComparison.Ordinal)));

    [Fact]
    public void Code_MeetingInCircumstanceOfAppeal_IsStillCodedButNotWhatTheAppealAsks()
    {
        var keys = Keys(Code("ودعا الرئيس التركي خلال لقائه وزير الخارجية الإيطالي مصر إلى وقف غارات على ليبيا."));
        Assert.Contains("TURGOV>ITAGOV:040", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith(":195", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقصف الجيش الليبي تركيا في أعنف هجوم منذ عام 2011.")]
    [InlineData("قصف الجيش الليبي تركيا، وكان قد قصفها عام 2011.")]
    public void Code_YearAfterSinceOrInAnotherClause_DoesNotMakeTheActBackground(string text)
        => Assert.Contains("LBYMIL>TUR:190", Keys(Code(text)));

    [Fact]
    public void Code_DateAfterSince_IsNotTheDateOfTheAct()
        => Assert.Null(Code("ويقصف الجيش الليبي تركيا منذ 5 ديسمبر.").Single().Date.Format());

    [Fact]
    public void Code_PastDateInAnAnnouncingSentence_DoesNotReplaceTheAnnouncedDay()
    {
        var events = Code("سيزور الرئيس التركي ليبيا غدا بعد اتفاق وقع في 5 ديسمبر. وسيلتقي وزير الخارجية الإيطالي المشير خليفة حفتر.");
        Assert.All(events, e => Assert.Equal("2019-12-22", e.Date.Format()));
    }

    [Fact]
    public void Code_ClauseOfTimeAfterADistantDate_IsBackground()
        => Assert.DoesNotContain(Code("وفي ديسمبر 2011، عندما قصف الجيش الليبي تركيا، انتقدت مصر تركيا."), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));

    [Theory]
    [InlineData("أحداث وقعت في مثل هذا اليوم. 2011 - قصف الجيش الليبي تركيا.", false)]
    [InlineData("أحداث وقعت في مثل هذا اليوم. 1937 – قصف الجيش الليبي تركيا.", false)]
    [InlineData("أحداث وقعت في مثل هذا اليوم. قصف الجيش الليبي تركيا أمس.", true)]
    public void Code_LineOpeningWithAPastYearAndADash_IsBackground(string text, bool coded)
        => Assert.Equal(coded, Keys(Code(text)).Contains("LBYMIL>TUR:190"));

    [Fact]
    public void Code_VerbOrNounAfterAParticleOfTime_IsAVerbWithItsSubject()
        => Assert.Contains("LBYMIL>TUR:190", Keys(Code("وانتقدت مصر ليبيا أمس عندما قصف الجيش الليبي تركيا.")));

    [Fact]
    public void Code_DateFarFromPublication_IsNotCarriedToTheNextSentence()
        => Assert.Null(Code("انتقدت مصر تركيا في 5 يونيو 2018. وزار الرئيس التركي ليبيا.")[^1].Date.Format());

    [Fact]
    public void Code_DayStillToCome_IsNotCarriedToTheNextSentence()
        => Assert.Equal("2019-12-20", Code("انتقدت مصر تركيا أمس. وسيزور الرئيس التركي ليبيا يوم الثلاثاء المقبل. وزار الرئيس التركي ليبيا.")[^1].Date.Format());

    [Fact]
    public void Code_TargetBetweenTriggerAndWithWord_IsFound()
        => Assert.Equal(["TURGOV>LBY:057", "LBY>TURGOV:057"], Keys(Code("وقع الرئيس التركي مع ليبيا اتفاقية.")));

    [Fact]
    public void Code_ActorCodedLikeTheSource_IsNotItsTarget()
        => Assert.Equal(["LBYGOV>-:020"], Keys(Code("دعا فايز السراج حكومة طرابلس إلى الحوار.")));

    [Fact]
    public void Code_SentenceWithoutDate_ContinuesTheLastDayTheArticleStated()
    {
        var events = Code("انتقدت مصر تركيا الثلاثاء. وزار الرئيس التركي ليبيا.");
        Assert.Equal(["2019-12-17", "2019-12-17", "2019-12-17"], events.Select(e => e.Date.Format()));
    }

    [Fact]
    public void Code_SentenceWithoutDate_DoesNotContinueAMonth()
        => Assert.Null(Code("انتقدت مصر تركيا في أواخر نوفمبر. وزار الرئيس التركي ليبيا.")[1].Date.Format());

    [Theory]
    [InlineData("وقال المتحدث إن لقاء تركي - روسي جرى أمس.")]
    [InlineData("وجرى لقاء ثنائي تركي روسي.")]
    public void Code_MutualActWithNisbas_LinksTheNisbaParties(string text)
        => Assert.Equal(["TUR>RUS:040", "RUS>TUR:040"], Keys(Code(text)));

    [Fact]
    public void Code_MutualActWithOneNisba_HasNoPartiesFromIt()
        => Assert.DoesNotContain("TUR>RUS:040", Keys(Code("وجرى لقاء تركي في موسكو.")));

    [Fact]
    public void Code_MutualActWithAGrouping_PairsEachMemberWithTheOtherSideOnly()
    {
        var keys = KeysWith("وقال المتحدث إن لقاء بين تركيا والترويكا الأوروبية جرى أمس.", actors: MiniData.Actors + "\nactor E2\n  type igo\n  names الترويكا الأوروبية\n  members GBR | ITA\n");
        Assert.Equal(["GBR>TUR:040", "ITA>TUR:040", "TUR>GBR:040", "TUR>ITA:040"], keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("=وقف", false)]
    [InlineData("وقف", true)]
    public void Code_WithWordWrittenExact_IsNotMatchedAsTheStemOfAnotherWord(string withWord, bool matches)
    {
        // «توقفت» (it stopped) has the light stem «وقف»: an exact 'with' word does not take it for «وقف» (a ceasefire).
        var keys = KeysWith("أعلن الجيش الليبي أن المدارس توقفت.", patterns: MiniData.Patterns + $"\nevent 0871 declare ceasefire\n  verb أعلن\n  with {withWord} | هدنة\n");
        Assert.Equal(matches, keys.Contains("LBYMIL>-:0871"));
    }

    [Theory]
    [InlineData("هاجم الرئيس التركي إيطاليا.", "TURGOV>ITA:111")]
    [InlineData("هاجم الجيش الليبي إيطاليا.", "LBYMIL>ITA:180")]
    [InlineData("هاجم الرئيس التركي إيطاليا بالصواريخ.", "TURGOV>ITA:180")]
    [InlineData("أثارت تجربة الصواريخ جدلا، فهاجم الرئيس التركي إيطاليا.", "TURGOV>ITA:111")]
    public void Code_AttackWithUnarmedReading_IsCriticismOnlyFromAnUnarmedSource(string text, string key)
        => Assert.Equal([key], KeysWith(text, patterns: MiniData.Patterns + "\nevent 180 attack\n  verb هاجم\n  target *\n  unarmed 111\n"));

    [Theory]
    [InlineData("طالبت روسيا مصر بمساعدات عاجلة.", true)]
    [InlineData("طالبت روسيا مصر بمساعدة عاجلة.", true)]
    [InlineData("طالبت روسيا مصر بالتعاون مع ماليزيا.", false)]
    public void Code_WithWordInflected_FiresOnlyOnAnEndingOfNumberOrGender(string text, bool fires)
    {
        var keys = KeysWith(text, patterns: MiniData.Patterns + "\nevent 023 appeal for aid\n  verb طالب\n  with مساعدة | مالي\n  target *\n");
        Assert.Equal(fires, keys.Contains("RUS>EGY:023"));
    }

    [Fact]
    public void Code_UndatedTitleEvent_TakesTheLeadsDay()
    {
        var events = _engine.Coder.Code(new Article("t", Saturday, "الرئيس التركي يزور ليبيا", "وقال مصدر أمس الجمعة إن الرئيس المصري قلق من التطورات."));
        var title = Assert.Single(events, e => e.Evidence.Field == "title" && e.Cameo == "042");
        Assert.Equal(new DateOnly(2019, 12, 20), title.Date.Value);
    }

    [Fact]
    public void Code_UndatedTitleEventWithUndatedLead_StaysUndated()
    {
        var events = _engine.Coder.Code(new Article("t", Saturday, "الرئيس التركي يزور ليبيا", "وقال مصدر إن الرئيس المصري قلق من التطورات."));
        Assert.Null(Assert.Single(events, e => e.Evidence.Field == "title" && e.Cameo == "042").Date.Value);
    }

    private const string Abduction = MiniData.Patterns + "\nevent 181 abduct\n  verb اختطف | خطف\n  target *\nevent 1823 kill\n  verb قتل\n  target *\n";

    [Theory]
    [InlineData("اختطف مسلحون 15 شخصا.")]
    [InlineData("خطف مسلحون صحفيا.")]
    [InlineData("خطف عشرة مسلحين صحفيا.")]
    public void Code_SoundPluralAfterAnActVerb_IsItsSubjectNotAnAdjective(string text)
        => Assert.Equal(["REB>-:181"], KeysWith(text, patterns: Abduction, agents: MiniData.Agents + "\nagent REB gunmen\n  names مسلحون | مسلحين\n"));

    [Theory]
    [InlineData("قتل خمسة أشخاص في غارة.", true)]
    [InlineData("وجهت إليه تهمة قتل في غارة.", false)]
    public void Code_PassiveKillWithACount_AssertsTheUnattributedViolence(string text, bool coded)
        => Assert.Equal(coded, KeysWith(text, patterns: Abduction).Contains("UAF>-:195"));

    private const string Zinjibar = "place Zinjibar\n  names زنجبار | مدينة زنجبار\n  country LBY\n  coord 13.1 45.4\n  type city\n";

    [Fact]
    public void Code_ViolenceAgainstAPlaceOnly_TargetsItsCountry()
        => Assert.Equal(["TURGOV>LBY:190"], KeysWith("قصف الرئيس التركي مدينة زنجبار.", places: Zinjibar));

    [Fact]
    public void Code_StateForcesWithNoCountryActingInAPlace_AreThatCountrys()
        => Assert.Equal(["LBYMIL>LBY:190"], KeysWith("قصف الجيش مدينة زنجبار.", places: Zinjibar));

    [Fact]
    public void Code_GunmenWithNoCountryActingInAPlace_StayWithoutCountry()
        => Assert.Equal(["REB>LBY:190"], KeysWith("قصف مسلحون مدينة زنجبار.", places: Zinjibar, agents: MiniData.Agents + "\nagent REB gunmen\n  names مسلحون | مسلحين\n"));

    [Fact]
    public void Code_SpeakerBeforeAComplementizerAndANounSubject_IsNotTheActsSource()
        => Assert.Equal(["UAF>-:1823"], KeysWith("وقال وزير الخارجية الإيطالي إن عشرة أشخاص قتلوا.", patterns: Abduction));

    [Fact]
    public void Code_SoundPluralAfterAParticle_IsAnActor()
        => Assert.Equal(["REB>-:181"], KeysWith("وقالت مصادر إن مسلحين اختطفوا 15 شخصا.", patterns: Abduction, agents: MiniData.Agents + "\nagent REB gunmen\n  names مسلحون | مسلحين\n"));

    [Fact]
    public void Code_VerbJoinedByWaWithoutSubject_SharesTheSubjectOfTheActBefore()
        => Assert.Equal("TURGOV", Code("زار الرئيس التركي ليبيا أمس وانتقد بشدة الحصار.").Single(e => e.Cameo == "111").Source.Code);

    [Theory]
    [InlineData("زار الرئيس التركي ليبيا أمس وانتقد إيطاليا.", "TURGOV>ITA:111")]
    [InlineData("وانتقدت إيطاليا مصر.", "ITA>EGY:111")]
    [InlineData("وانتقد وزير الخارجية الإيطالي مصر.", "ITAGOV>EGY:111")]
    [InlineData("زار الرئيس التركي ليبيا أمس وانتقد الحكومة الليبية.", "TURGOV>LBYGOV:111")]
    public void Code_MasculineVerbBeforeAFeminineStateName_TakesItAsObject(string text, string key)
        => Assert.Contains(key, Keys(Code(text)));

    [Fact]
    public void Code_MutualActInTheGenitiveNamingItsParties_IsReported()
    {
        var keys = Keys(Code("وانتقد الرئيس التركي ليبيا بعد اللقاء بين مصر وإيطاليا."));
        Assert.Contains("EGY>ITA:040", keys);
        Assert.Contains("ITA>EGY:040", keys);
    }

    [Fact]
    public void Code_VerbAfterKamaWithoutSubject_SharesTheSubjectOfTheActBefore()
        => Assert.Equal("TURGOV", Code("زار الرئيس التركي ليبيا أمس كما انتقد بشدة الحصار.").Single(e => e.Cameo == "111").Source.Code);

    [Fact]
    public void Code_WordInAnWithoutImperfectPrefix_IsNotAVerb()
        => Assert.DoesNotContain(KeysWith("وقصف الجيش الليبي مواقع في مناطق كتاف ورحبان.", patterns: MiniData.Patterns + "\nevent 051 welcome\n  verb رحب | يرحب\n  target ب\n"), k => k.EndsWith(":051", StringComparison.Ordinal));

    [Theory]
    [InlineData("ووصل الجيش الليبي أمس لقصف تركيا.", false)]
    [InlineData("وتعرضت تركيا لقصف الجيش الليبي.", true)]
    public void Code_ViolenceAfterTheLamOfPurpose_IsAnAimUnlessUndergone(string text, bool coded)
        => Assert.Equal(coded, Keys(Code(text)).Any(k => k.EndsWith(":190", StringComparison.Ordinal)));

    [Fact]
    public void Code_AnnouncedVisit_DoesNotSwallowTheActsAfterIt()
        => Assert.Contains("LBYMIL>EGY:190", Keys(Code("سيزور الرئيس التركي ليبيا بعد أن قصف الجيش الليبي مصر.")));

    [Fact]
    public void Code_VerbWithItsObjectBeforeARelativePronoun_FindsItsWithWordThere()
        => Assert.Contains("TURGOV>EGY:057", Keys(Code("وانتقدت مصر الاتفاق الذي وقعه الرئيس التركي مع مصر.")));

    [Fact]
    public void Code_FightingWithALongSubject_FindsItsOpponentCountingFromTheSubjectsEnd()
        => Assert.Contains("LBYMIL>LBYREB:190", KeysWith(
            "ويخوض الجيش الليبي بقيادة المشير خليفة حفتر منذ أيام معركة حاسمة في العاصمة الليبية لاستعادتها من أيدي الميليشيات.",
            patterns: MiniData.Patterns + "\nevent 190 wage a battle\n  verb خاض | يخوض\n  with معركة\n  target ضد | مع\n",
            agents: MiniData.Agents + "\nagent REB militia\n  names ميليشيات\n"));

    [Fact]
    public void Code_AllyAfterThePrepositionOfTheTarget_IsNotTheTarget()
        => Assert.Equal(["LBYMIL>-:170"], KeysWith("واقتحم الجيش الليبي بدعم من إيطاليا المدينة.", patterns: MiniData.Patterns + "\nevent 170 storm\n  verb اقتحم\n  target * | من\n"));

    [Theory]
    [InlineData("وقصف الجيش الليبي بدعم من إيطاليا المدينة.")]
    [InlineData("وقصف الجيش الليبي بقيادة مصر المدينة.")]
    public void Code_AllyOfTheFighter_IsNotItsOpponent(string text)
        => Assert.Equal(["LBYMIL>-:190"], Keys(Code(text)));

    [Theory]
    [InlineData("قصف الجيش الليبي تركيا أمس. وقُتِل خمسة أشخاص اليوم.", "UAF")]
    [InlineData("قصف الجيش الليبي تركيا. وقتل المدنيين.", "LBYMIL")]
    public void Code_VerbMarkedPassive_TakesNoAgentFromTheSentenceBefore(string text, string source)
        => Assert.Equal(source, KeysWith(text, patterns: Abduction).Last().Split('>')[0]);

    [Theory]
    [InlineData("قصف الجيش الليبي تركيا أمس. وقتل خمسة أشخاص اليوم.", "UAF")]
    [InlineData("قصف الجيش الليبي تركيا. وقتل الجيش خمسة أشخاص.", "LBYMIL")]
    public void Code_CountRightAfterAnUnvowelledVerb_IsItsPassiveSubject(string text, string source)
        => Assert.Equal(source, KeysWith(text, patterns: Abduction.Replace("event 1823 kill\n  verb قتل\n  target *\n", "event 1823 kill\n  verb قتل\n  target *\n  passive\n", StringComparison.Ordinal)).Last().Split('>')[0]);

    [Fact]
    public void Code_NounAfterALightVerb_IsByTheActorBetweenThem()
        => Assert.Contains("LBYMIL>TUR:195", Keys(Code("وأقدم الجيش الليبي على شن غارات على تركيا.")));

    [Fact]
    public void Code_NounAfterAVerbOfOccurrence_IsNotByItsSubject()
        => Assert.Equal(["UAF>-:195"], Keys(Code("وشهدت تركيا غارات أسفرت عن مقتل عشرة.")));

    [Fact]
    public void Code_NationalitiesOfPeople_DoNotMakeTheStorysCountry()
        => Assert.Equal("GOV", Code("شاركت عاملة إيطالية وسائحة إيطالية في الحفل. وانتقد وزير الخارجية ليبيا.").Single().Source.Code);

    [Fact]
    public void Code_WhatAConcernIsAbout_IsNotAnEventOfItsOwn()
        => Assert.Equal(["TURGOV>LBYMIL:012"], Keys(Code("وأعرب الرئيس التركي عن قلقه من قصف الجيش الليبي مصر.")));

    [Fact]
    public void Code_BombingAfterACircumstanceWord_IsNotByTheClauseSubject()
        => Assert.DoesNotContain(KeysWith("وانتقدت مصر تركيا بعد تفجير أودى بحياة عشرة.", patterns: Abduction + "\nevent 183 bombing\n  noun تفجير\n  target *\n"), k => k.StartsWith("EGY>", StringComparison.Ordinal) && k.EndsWith(":183", StringComparison.Ordinal));

    [Fact]
    public void Code_VisitAsThePurposeOfTheClause_IsTheSubjectsIntentionToTheCountryAfterIt()
        => Assert.Equal(["TURGOV>LBY:036"], Keys(Code("وشكل الرئيس التركي وفدا لزيارة ليبيا.")));

    [Fact]
    public void Code_ProtestClaimedByTheVerbOfOrganising_IsByItsSubject()
        => Assert.Contains(Keys(Code("وشارك الآلاف في مظاهرة نظمها الجيش الليبي في ليبيا.")), k => k.StartsWith("LBYMIL>", StringComparison.Ordinal) && k.EndsWith(":141", StringComparison.Ordinal));

    [Fact]
    public void Code_FightingWithNoSideOfItsOwn_IsAgainstTheSideTheStorysFightingLastAimedAt()
        => Assert.Equal(["LBYMIL>TUR:190", "ITAMIL>TUR:190"], Keys(Code("قصف الجيش الليبي تركيا أمس. وقصف الجيش الإيطالي المواقع.")));

    [Theory]
    [InlineData("ونفذ الجيش الليبي عملية خطف في تركيا.", true)]
    [InlineData("ونفذ الجيش الليبي عملية عسكرية في تركيا.", false)]
    public void Code_HeadOfAMultiWordNoun_FiresOnlyWithItsPhrase(string text, bool coded)
        => Assert.Equal(coded, KeysWith(text, patterns: MiniData.Patterns + "\nevent 181 abduct\n  noun عملية خطف\n  target *\n").Any(k => k.EndsWith(":181", StringComparison.Ordinal)));

    [Fact]
    public void Code_DefiniteNounAfterAVerbThatTakesIt_IsAnActThatHappened()
        => Assert.Contains(Keys(Code("وتعرضت تركيا للقصف أمس.")), k => k.EndsWith(":190", StringComparison.Ordinal));

    [Fact]
    public void Code_WhatAnAccusationIsAbout_IsNotAnEventOfItsOwn()
        => Assert.Equal(["EGY>LBYMIL:112"], KeysWith("واتهمت مصر الجيش الليبي بقصف تركيا.", patterns: MiniData.Patterns + "\nevent 112 accuse\n  verb اتهم\n  target *\n"));

    [Fact]
    public void Code_ActAtTheHandsOfAnActor_IsByThatActor()
        => Assert.StartsWith("REB>", KeysWith("وخطف صحفي من منزله على يد عشرة مسلحين.", patterns: Abduction, agents: MiniData.Agents + "\nagent REB gunmen\n  names مسلحون | مسلحين\n").Single(), StringComparison.Ordinal);

    [Fact]
    public void Code_RetreatWithNoSideNamed_IsFromTheSideFightingTheOneThatRetreats()
        => Assert.Contains("TUR>LBYMIL:0874", KeysWith("قصف الجيش الليبي تركيا أمس. وانسحبت تركيا.", patterns: MiniData.Patterns + "\nevent 0874 retreat\n  verbform انسحب | انسحبت\n  target من\n"));

    [Fact]
    public void Code_MeetingASpeakerSpeaksAt_IsTheSpeakersEvenWithTheSpeakerBetween()
        => Assert.Contains("ITAGOV>TURGOV:040", Keys(Code("وأكد وزير الخارجية الإيطالي، في لقاء مع الرئيس التركي، أن مصر شريك.")));

    [Fact]
    public void Code_PredicateRightAfterItsSubject_IsTheSubjectsWithItsComplementAsTarget()
        => Assert.Contains("EGY>LBY:051", KeysWith("وأكد الرئيس التركي أن مصر ملتزمة بدعم ليبيا.", patterns: MiniData.Patterns + "\nevent 051 commit to support\n  noun ملتزمة\n  with دعم\n  target * | ب | ل\n"));

    [Fact]
    public void Code_ActorInsideARelativeClause_IsNotTheSubjectOfTheVerbBefore()
        => Assert.Equal("TURGOV", Code("زار الرئيس التركي ليبيا أمس وانتقد القرار الذي اتخذه الجيش الليبي.").Single(e => e.Cameo == "111").Source.Code);

    [Fact]
    public void Code_AppealWithNoAddressee_IsMadeToWhoeverItsContentAsksToAct()
        => Assert.Contains("TURGOV>LBY:020", Keys(Code("ودعا الرئيس التركي إلى وقف الأطراف الليبية القتال.")));

    [Fact]
    public void Code_AnnouncedActWithoutDate_ContinuesTheLastAnnouncedDay()
    {
        var events = Code("سيزور الرئيس التركي ليبيا غدا. وسيلتقي وزير الخارجية الإيطالي المشير خليفة حفتر.");
        Assert.All(events, e => Assert.Equal("2019-12-22", e.Date.Format()));
        Assert.Equal(3, events.Count);
    }

    [Fact]
    public void Code_FightingByANonCombatant_IsFigurative()
    {
        const string press = MiniData.Agents + "\nagent MED press\n  names صحيفة | الصحف\n";
        Assert.Empty(KeysWith("قصفت الصحف الليبية تركيا.", agents: press));
        Assert.Single(KeysWith("قصف الجيش الليبي تركيا.", agents: press));
    }

    [Fact]
    public void Code_VerbThatReportsAViolenceNoun_DoesNotFireAgain()
        => Assert.Equal(["UAF>LBY:195"], KeysWith("وكانت غارة استهدفت ليبيا أمس.", patterns: MiniData.Patterns + "\nevent 190 target\n  verb استهدف\n  target *\n"));

    [Fact]
    public void Code_VisitWithoutHost_IsToTheCountryItTakesPlaceIn()
        => Assert.Equal(["ITAGOV>LBY:042", "LBY>ITAGOV:043"], Keys(Code("وجاءت زيارة وزير الخارجية الإيطالي في ليبيا.")));

    [Theory]
    [InlineData("سيطر الجيش الليبي على تركيا.", "LBYMIL>TUR:192")]
    [InlineData("الجيش الليبي سيطر على تركيا.", "LBYMIL>TUR:192")]
    public void Code_WholeVerbForm_IsReadAsAVerb(string text, string key)
        => Assert.Equal([key], KeysWith(text, patterns: MiniData.Patterns + "\nevent 192 take control\n  verbform سيطر | سيطرت\n  target على\n"));

    [Fact]
    public void Code_FightingInACircumstanceOfTheClause_IsFoughtByItsSubject()
        => Assert.Contains("LBYMIL>TUR:195", Keys(Code("الجيش الليبي قصف إيطاليا بعد غارات على تركيا.")));

    [Fact]
    public void Code_ActorAfterALocativeNoun_IsNotTheSubject()
        => Assert.DoesNotContain(Keys(Code("وانتقد أمس بوسط ليبيا الرئيس التركي.")), k => k.StartsWith("LBY>", StringComparison.Ordinal));

    [Theory]
    [InlineData("وكان الرئيس التركي قد انتقد إيطاليا.")]
    [InlineData("وكان 300 متظاهرين أتراك قد انتقدوا إيطاليا.")]
    public void Code_SubjectOfKana_IsTheSubjectOfTheVerbAfterIt(string text)
        => Assert.Matches("^(TURGOV|TURCVL)>ITA:111$", Assert.Single(Keys(Code(text))));

    [Fact]
    public void Code_DefiniteEventNounWithNoActorOfItsOwn_RefersBackAndIsNotANewEvent()
        => Assert.DoesNotContain(Keys(Code("انتقدت مصر تركيا. وجاء ذلك قبل اللقاء.")), k => k.EndsWith(":040", StringComparison.Ordinal));

    [Fact]
    public void Code_SentenceAboutSport_IsNotCoded()
    {
        Assert.Empty(Code("انتقدت تركيا إيطاليا بعد المباراة."));
        Assert.Single(Code("انتقدت تركيا إيطاليا بعد اللقاء."));
    }

    [Fact]
    public void Code_TargetFarFromTheVerbButNearTheEndOfItsLongSubject_IsFound()
    {
        // The bundled data, for its long titles: the subject alone takes twelve words.
        var engine = Hadath.Coding.HadathEngine.Load(BundledData.Directory);
        const string text = "التقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة أمس فخامة الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان.";
        var keys = Keys(engine.Coder.Code(new Article("t", new DateOnly(2015, 7, 21), string.Empty, text)));
        Assert.Contains(keys, k => k.StartsWith("SAU", StringComparison.Ordinal) && k.Contains(">RUS", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.StartsWith("RUS", StringComparison.Ordinal) && k.Contains(">RUS", StringComparison.Ordinal));
        var trace = new CodingTrace();
        engine.Coder.Code(new Article("t", new DateOnly(2015, 7, 21), string.Empty, text), trace);
        Assert.Contains(trace.Lines, l => l.Contains("actor SAUGOV «ولي ولي العهد»", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_PronounInTheBody_DoesNotTakeAnActorFromTheTitle()
    {
        // The title's offsets would be read against the body: «روسيا» at 6-11 of the title is «إنها» in the body.
        var engine = Hadath.Coding.HadathEngine.Load(BundledData.Directory);
        var events = engine.Coder.Code(new Article("t", Saturday, "أعربت روسيا عن قلقها من التدخل التركي", "وقالت إنها ترفض أي تدخل عسكري في ليبيا."));
        Assert.DoesNotContain(events, e => e.Evidence.Field == "text" && e.Source.Code.StartsWith("RUS", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_ViolenceWithNoPerpetrator_IsByWhoeverDidTheSameActJustBefore()
    {
        var engine = Hadath.Coding.HadathEngine.Load(BundledData.Directory);
        var events = engine.Coder.Code(new Article("t", Saturday, string.Empty, "شن الجيش الليبي غارات على مصراتة أمس. وانتقدت مصر ذلك. وأسفرت غارات جديدة عن مقتل عشرة."));
        Assert.All(events.Where(e => e.Cameo == "195"), e => Assert.Equal("LBYMIL", e.Source.Code));
    }

    [Fact]
    public void Code_EventNounNamingAKindOfAct_IsNotAnEvent()
    {
        Assert.Empty(Code("وهي خطوات من نوع غارات على ليبيا."));
        Assert.NotEmpty(Code("وهي خطوات تلت غارات على ليبيا."));
    }

    [Fact]
    public void Code_NounGovernedByALightVerbOfPurpose_IsAnAim()
    {
        Assert.DoesNotContain(Keys(Code("واستعد الجيش الليبي لشن غارات على تركيا.")), k => k.EndsWith(":195", StringComparison.Ordinal));
        Assert.Contains(Keys(Code("وشن الجيش الليبي غارات على تركيا.")), k => k.EndsWith(":195", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وأسفرت الغارات الجوية التركية على ليبيا عن مقتل عشرة.")]
    [InlineData("وأسفرت غارات جوية تركية على ليبيا عن مقتل عشرة.")]
    public void Code_NisbaAfterAnAgreeingAdjective_IsTheAgent(string text)
        => Assert.Contains("TUR>LBY:195", Keys(Code(text)));

    // A subject that opens the sentence right before a masdar once read the word before it, out of range.
    [Theory]
    [InlineData("الولايات المتحدة زيارة إلى مصر.")]
    [InlineData("الولايات المتحدة الذي يعتزم زيارة مصر.")]
    public void Code_SubjectOpeningTheSentenceBeforeAMasdar_DoesNotThrow(string text)
        => Assert.NotNull(Keys(Code(text)));

    [Fact]
    public void Code_ActorInTheGenitiveOfAClauseOpeningNoun_IsTheSubject()
        => Assert.Contains("LBYMIL>TUR:190", Keys(Code("وقال إن طائرات الجيش الليبي، قصفت تركيا.")));

    [Fact]
    public void Code_MeetingASpeakerTellsOf_IsTheSpeakersAndItsDualIsTheNoun()
        => Assert.Contains("TURGOV>ITAGOV:040", Keys(Code("وتحدث الرئيس التركي عن لقاءين مع وزير الخارجية الإيطالي.")));

    [Fact]
    public void Code_MeetingASpeakerSpeaksAt_IsTheSpeakers()
        => Assert.Contains("TURGOV>ITAGOV:040", Keys(Code("وقال الرئيس التركي في اللقاء مع وزير الخارجية الإيطالي إنه راض.")));

    [Fact]
    public void Code_ActorAfterAPartitiveMin_IsTheSubject()
        => Assert.Contains("TURCVL>ITA:111", Keys(Code("وانتقد العديد من المتظاهرين الأتراك إيطاليا.")));

    [Fact]
    public void Code_PlaceAfterFi_IsRecorded()
    {
        var data = new MiniData();
        try
        {
            File.WriteAllText(Path.Combine(data.Directory, "lexicon", "places.lex"), "@kind places\n@source test\nplace Tripoli\n  names طرابلس\n  country LBY\n  coord 32.8872 13.1913\n");
            var engine = Hadath.Coding.HadathEngine.Load(data.Directory);
            var e = Assert.Single(engine.Coder.Code(new Article("t", Saturday, string.Empty, "قصف الجيش الليبي تركيا في طرابلس.")));
            Assert.Equal("LBY", e.Place!.Country);
            Assert.Equal("طرابلس", e.Place.Name);
        }
        finally
        {
            data.Dispose();
        }
    }
}
