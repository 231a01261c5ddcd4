using Hadath.Testing;

namespace Hadath.Lexicon.Tests.Recognition;

public sealed class ActorRecognizerTests : IDisposable
{
    private static readonly DateOnly Published = new(2019, 12, 21);
    private readonly MiniData _data = new();
    private readonly Coding.HadathEngine _engine;

    public ActorRecognizerTests()
    {
        _engine = Hadath.Coding.HadathEngine.Load(_data.Directory);
    }

    public void Dispose() => _data.Dispose();

    /// <summary>
    /// Recognises <paramref name="texts"/> in order as the sentences of one article, with the small lexicon
    /// plus the entries a test needs, and returns the actors of the last one.
    /// </summary>
    private static List<Lexicon.Recognition.ActorMention> FindWith(MiniData data, params string[] texts)
    {
        using (data)
        {
            var engine = Hadath.Coding.HadathEngine.Load(data.Directory);
            var aliases = new Lexicon.Recognition.ArticleAliases();
            List<Lexicon.Recognition.ActorMention> actors = [];
            foreach (var text in texts)
            {
                var analyzed = engine.Analyzer.Analyze(text, detectDateline: false);
                actors = engine.Recognizer.Recognize(analyzed, 0, analyzed.Tokens.Count, Published, aliases).Actors;
            }

            return actors;
        }
    }

    private List<(string Code, string Text)> Find(string text, DateOnly? date = null)
    {
        var analyzed = _engine.Analyzer.Analyze(text, detectDateline: false);
        var (actors, _) = _engine.Recognizer.Recognize(analyzed, 0, analyzed.Tokens.Count, date ?? Published);
        return actors.Select(a => (a.Code, text[a.Start..a.End])).ToList();
    }

    [Theory]
    [InlineData("والاتحاد الأوروبي", "IGOEUREEC")]
    [InlineData("للولايات المتحدة", "USA")]
    [InlineData("وبريطانيا", "GBR")]
    public void Recognize_NameWithProclitics_Matches(string text, string code) => Assert.Equal(code, Assert.Single(Find(text)).Code);

    [Fact]
    public void Recognize_AgentWithNisba_GivesCountryAndRole() => Assert.Equal([("ITAGOV", "وزير الخارجية الإيطالي")], Find("وزير الخارجية الإيطالي"));

    [Fact]
    public void Recognize_AgentAdjectiveWithWordBetween_GivesCountryAndRole() => Assert.Equal("LBYMIL", Assert.Single(Find("الجيش الوطني الليبي")).Code);

    [Fact]
    public void Recognize_AgentWithCapital_GivesCountryGovernment() => Assert.Equal("LBYGOV", Assert.Single(Find("رئيس حكومة طرابلس")).Code);

    [Fact]
    public void Recognize_PersonOnArticleDate_UsesDatedRole() => Assert.Equal("LBYGOV", Assert.Single(Find("فائز السراج")).Code);

    [Fact]
    public void Recognize_PersonAfterRoleEnded_IsFormerOfficial() => Assert.Equal("LBYELI", Assert.Single(Find("فايز السراج", new DateOnly(2023, 1, 1))).Code);

    [Fact]
    public void Recognize_TitleBeforePerson_KeepsPersonsRole() => Assert.Equal("LBYMIL", Assert.Single(Find("المشير خليفة حفتر")).Code);

    [Theory]
    [InlineData("رئيس حكومة طرابلس فايز السراج")]
    [InlineData("رئيس حكومة طرابلس، فايز السراج")]
    public void Recognize_CompositeInAppositionWithPerson_IsOneMention(string text)
    {
        var mention = Assert.Single(Find(text));
        Assert.Equal(("LBYGOV", text), mention);
    }

    [Fact]
    public void Recognize_InstitutionAfterAPersonsName_IsASecondActor()
    {
        const string text = "رئيس حكومة طرابلس فايز السراج الشرطة";
        var found = FindWith(new MiniData(agents: MiniData.Agents + "\nagent COP police\n  names الشرطة\n"), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").ToList();
        Assert.Equal(["LBYGOV|رئيس حكومة طرابلس فايز السراج", "COP|الشرطة"], found);
    }

    [Theory]
    [InlineData("في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي", "ITAGOV|بوزير الخارجية الإيطالي")]
    [InlineData("في مؤتمر صحفي مع وزير الخارجية الليبي", "LBYGOV|وزير الخارجية الليبي")]
    [InlineData("وقتل صحفي ليبي", "LBYMED|صحفي ليبي")]
    public void Recognize_NisbaAgent_IsAnAdjectiveOnlyAfterANounOfWhatIsSaid(string text, string expected)
    {
        var found = FindWith(new MiniData(agents: MiniData.Agents + "\nagent MED journalist\n  names صحفي | صحفيون\n"), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").ToList();
        Assert.Equal([expected], found);
    }

    [Fact]
    public void Recognize_OfficeAfterKa_IsACapacityNotAnActor()
        => Assert.Equal([("LBY", "ليبيا")], Find("زار ليبيا كرئيس"));

    [Fact]
    public void Recognize_AgentEndingOnItsIndefiniteAdjectiveBeforeAnother_AreTwoPhrases()
    {
        const string text = "منظمة حقوقية الحكومة الليبية";
        var found = FindWith(new MiniData(agents: MiniData.Agents + "\nagent NGO rights group\n  names منظمة حقوقية\n"), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").ToList();
        Assert.Equal(["NGO|منظمة حقوقية", "LBYGOV|الحكومة الليبية"], found);
    }

    [Fact]
    public void Recognize_AgentEndingOnItsAdjectiveLinkedByBi_KeepsItsInstitution()
    {
        const string text = "منظمة حقوقية بالحكومة الليبية";
        var found = FindWith(new MiniData(agents: MiniData.Agents + "\nagent NGO rights group\n  names منظمة حقوقية\n"), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").ToList();
        Assert.Equal(["LBYNGO|منظمة حقوقية بالحكومة الليبية"], found);
    }

    [Fact]
    public void Recognize_TitleBeforeAMinistryNounInIya_IsOneConstruct()
    {
        const string text = "وزير خارجية الحكومة الليبية";
        var found = FindWith(new MiniData(agents: MiniData.Agents + "\nagent GOV minister of\n  names وزير خارجية\n"), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").ToList();
        Assert.Equal(["LBYGOV|وزير خارجية الحكومة الليبية"], found);
    }

    [Theory]
    [InlineData("نائب المجلس الرئاسي", "LBYGOV")]
    [InlineData("نائب حزب العدالة", "LBYPTY")]
    public void Recognize_DeputyInConstructWithAnOffice_HoldsItsRole(string text, string expected)
    {
        const string agents = "\nagent LEG member of parliament\n  names نائب\n";
        const string actors = "\nactor Libyan presidential council\n  type organ\n  names المجلس الرئاسي\n  code LBYGOV\nactor Justice party\n  type party\n  names حزب العدالة\n  code LBYPTY\n";
        var found = FindWith(new MiniData(actors: MiniData.Actors + actors, agents: MiniData.Agents + agents), text);
        Assert.Equal(expected, Assert.Single(found).Code);
    }

    [Fact]
    public void Recognize_TitleOfAddressBetweenOfficeAndName_IsOneMention()
        => Assert.Equal([("LBYGOV", "رئيس حكومة طرابلس السيد فايز السراج")], Find("رئيس حكومة طرابلس السيد فايز السراج"));

    [Theory]
    [InlineData("قام مسلحون بخطف وزير الخارجية الليبي", "REB|مسلحون", "LBYGOV|وزير الخارجية الليبي")]
    [InlineData("قام مسلحون بخطف رئيس", "REB|مسلحون", "GOV|رئيس")]
    [InlineData("وقال المتحدث باسم الجيش الليبي", "LBYMIL|المتحدث باسم الجيش الليبي", null)]
    [InlineData("وقال حاكم منطقة بشرق ليبيا", "LBYGOV|حاكم منطقة بشرق ليبيا", null)]
    public void Recognize_AgentBeforeBiAndIndefiniteWord_ComposesOnlyAcrossLinks(string text, string first, string? second)
    {
        const string agents = "\nagent REB armed men\n  names مسلحون\nagent GOV spokesman\n  names المتحدث\nagent GOV governor\n  names حاكم منطقة\n";
        var found = FindWith(new MiniData(agents: MiniData.Agents + agents), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").ToList();
        Assert.Equal(second is null ? [first] : [first, second], found);
    }

    [Fact]
    public void Recognize_OfficeOfOneCountryBeforeAPersonOfAnother_AreTwoActors()
        => Assert.Equal([("ITAGOV", "وزير الخارجية الإيطالي"), ("LBYGOV", "فايز السراج")], Find("وزير الخارجية الإيطالي فايز السراج"));

    [Theory]
    [InlineData("وأكد متظاهرين أن الحكومة الليبية")]
    [InlineData("وأكد متظاهرين إن الحكومة الليبية")]
    public void Recognize_AgentBeforeAClauseParticle_IsNotComposed(string text)
        => Assert.Equal(["CVL|متظاهرين", "LBYGOV|الحكومة الليبية"], FindWith(new MiniData(), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}"));

    [Theory]
    [InlineData("أفرجت حكومة عن متظاهرين ليبيين")]
    [InlineData("أفرجت حكومة على متظاهرين ليبيين")]
    public void Recognize_AgentBeforeAVerbsPreposition_IsNotComposed(string text)
        => Assert.Equal("GOV|حكومة", FindWith(new MiniData(), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").First());

    [Theory]
    [InlineData("سحبت مصر سفيرها من ليبيا")]
    [InlineData("استدعت مصر سفيرها في ليبيا")]
    [InlineData("قال سفيرها لدى ليبيا")]
    public void Recognize_AgentWithItsOwnerBeforeAStatesPreposition_IsNotThatStates(string text)
    {
        var found = FindWith(new MiniData(agents: MiniData.Agents + "\nagent GOV ambassador\n  names سفير\n"), text).Select(a => a.Code).ToList();
        Assert.Contains("LBY", found);
        Assert.DoesNotContain("LBYGOV", found);
    }

    [Fact]
    public void Recognize_DefiniteAgentAfterDefiniteAgent_IsANewPhrase()
    {
        const string text = "استقبل الرئيس السفير الليبي";
        var found = FindWith(new MiniData(agents: MiniData.Agents + "\nagent GOV ambassador\n  names سفير\n"), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}");
        Assert.Equal(["GOV|الرئيس", "LBYGOV|السفير الليبي"], found);
    }

    [Theory]
    [InlineData("وقفت الحكومة مطالبة وزير الخارجية الإيطالي", "GOV|الحكومة", "ITAGOV|وزير الخارجية الإيطالي")]
    [InlineData("وصل المتظاهرين المدعومين من الحكومة الليبية", "CVL|المتظاهرين", "LBYGOV|الحكومة الليبية")]
    public void Recognize_DefiniteHeadBeforeAnIndefiniteWord_EndsThePhrase(string text, string first, string second)
        => Assert.Equal([first, second], FindWith(new MiniData(), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}"));

    [Theory]
    [InlineData("تظاهر آلاف الأتراك", "TURCVL|آلاف الأتراك")]
    [InlineData("تظاهر مئات من الأتراك", "TURCVL|مئات من الأتراك")]
    [InlineData("وصل آلاف الليبي", "LBY|الليبي")]
    public void Recognize_CountedPluralNisba_IsCivilians(string text, string expected)
        => Assert.Equal([expected], FindWith(new MiniData(), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}"));

    [Theory]
    [InlineData("قالت شرطة مصراتة", "LBYCOP|شرطة مصراتة")]
    [InlineData("قالت الشرطة في مصراتة", "COP|الشرطة")]
    public void Recognize_OfficeInConstructWithAPlace_TakesThePlacesCountry(string text, string expected)
    {
        const string place = "place Misrata\n  names مصراتة\n  country LBY\n  coord 32.37 15.09\n  type city\n";
        var found = FindWith(new MiniData(agents: MiniData.Agents + "\nagent COP police\n  names شرطة\n", places: place), text);
        Assert.Equal([expected], found.Select(a => $"{a.Code}|{text[a.Start..a.End]}"));
    }

    [Fact]
    public void Recognize_IndefiniteAgentAfterOtherWords_IsANewPhrase()
    {
        const string text = "قال رئيس شارك متظاهرين";
        Assert.Equal(["GOV|رئيس", "CVL|متظاهرين"], FindWith(new MiniData(), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}"));
    }

    [Theory]
    [InlineData("وصل الوفد إلى طرابلس", "LBY")]
    [InlineData("قالت ليبيا إن الوفد وصل إلى طرابلس", "LBY")]
    [InlineData("قال لبنان إن الوفد وصل إلى طرابلس", "LBN")]
    public void Recognize_PlaceNameSharedByTwoCountries_IsTheOneInTheStory(string text, string country)
    {
        const string places = "place Tripoli (Lebanon)\n  names طرابلس\n  country LBN\n  coord 34.43 35.84\n  type city\n\n"
                              + "place Tripoli\n  names طرابلس\n  country LBY\n  coord 32.88 13.19\n  type city\n  rank 1\n";
        const string lebanon = "\ncountry LBN Lebanon\n  names لبنان\n";
        using var data = new MiniData(places: places, countries: MiniData.Countries.Replace("capital طرابلس", string.Empty, StringComparison.Ordinal) + lebanon);
        var engine = Hadath.Coding.HadathEngine.Load(data.Directory);
        var analyzed = engine.Analyzer.Analyze(text, detectDateline: false);
        var (_, found) = engine.Recognizer.Recognize(analyzed, 0, analyzed.Tokens.Count, Published, new Lexicon.Recognition.ArticleAliases());
        Assert.Equal(country, Assert.Single(found).Place.Country);
    }

    [Theory]
    [InlineData("وهاجم مسلحون دورية عسكرية ليبية", "REB|مسلحون", "LBYMIL|دورية عسكرية ليبية")]
    [InlineData("وهاجم مسلحون قافلة كبيرة ليبية", "REB|مسلحون", "LBY|ليبية")]
    [InlineData("وقال مسؤولون ليبيون", "LBYGOV|مسؤولون ليبيون")]
    [InlineData("وقال مسؤولون في الحكومة الليبية", "LBYGOV|مسؤولون في الحكومة الليبية")]
    [InlineData("وهاجم مسلحون حافلة في طرابلس", "REB|مسلحون", "LBYGOV|طرابلس")]
    [InlineData("وهدد نواب محافظون الرئيس الليبي", "LEG|نواب", "LBYGOV|الرئيس الليبي")]
    public void Recognize_SoundMasculinePluralHead_IsNotInConstruct(string text, params string[] expected)
        => Assert.Equal(expected, FindWith(new MiniData(agents: MiniData.Agents + "\nagent MIL patrol\n  names دورية عسكرية\nagent REB gunmen\n  names مسلحون\nagent GOV officials\n  names مسؤولون\nagent LEG deputies\n  names نواب\n"), text)
            .Select(a => $"{a.Code}|{text[a.Start..a.End]}"));

    [Theory]
    [InlineData("ونقلت وام عن الوزير", "AREMED|وام")]
    [InlineData("هل يعود أم يبقى", "")]
    [InlineData("وقالت روسيا", "RUS|روسيا")]
    [InlineData("تنافس ترامب وكمالا هاريس", "USAGOV|وكمالا هاريس")]
    public void Recognize_NameBeginningWithAProcliticLetter_MatchesOnlyWhole(string text, string expected)
    {
        const string actors = MiniData.Actors + "\nactor Emirati media\n  type media\n  names وام\n  code AREMED\nactor Kamala Harris\n  type person\n  names كمالا هاريس\n  code USAGOV\n";
        Assert.Equal(expected, string.Join(",", FindWith(new MiniData(actors: actors), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}")));
    }

    [Theory]
    [InlineData("قال الحزب الجمهوري التركي", "TURPTY|الحزب الجمهوري التركي")]
    [InlineData("قال الحزب الجمهوري الشعبي التركي", "TURPTY|الحزب الجمهوري الشعبي التركي")]
    [InlineData("قال الحزب الجمهوري الأمريكي", "USAPTY|الحزب الجمهوري")]
    [InlineData("قال الحزب الجمهوري", "USAPTY|الحزب الجمهوري")]
    [InlineData("انتقد الحزب الجمهوري القرار التركي", "USAPTY|الحزب الجمهوري")]
    [InlineData("هاجم الحزب الجمهوري الأتراك", "USAPTY|الحزب الجمهوري")]
    public void Recognize_SharedGroupNameWithAnotherNisba_IsThatCountrysGroup(string text, string expected)
    {
        const string actors = MiniData.Actors + "\nactor US parties\n  type group\n  names الحزب الجمهوري\n  code USAPTY\n";
        Assert.Equal(expected, FindWith(new MiniData(actors: actors), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").First());
    }

    [Theory]
    [InlineData("قالت الجبهة الشعبية لتحرير فلسطين", "PSEREB|الجبهة الشعبية لتحرير فلسطين")]
    [InlineData("قال حزب العدالة والتنمية", "TURPTY|حزب العدالة والتنمية")]
    [InlineData("قالت ليبيا وتركيا", "LBY|ليبيا", "TUR|وتركيا")]
    public void Recognize_NameWithAProcliticInside_MatchesWhole(string text, params string[] expected)
    {
        const string actors = MiniData.Actors + "\nactor PFLP\n  names الجبهة الشعبية لتحرير فلسطين\n  code PSEREB\nactor AKP\n  names حزب العدالة والتنمية\n  code TURPTY\n";
        Assert.Equal(expected, FindWith(new MiniData(actors: actors), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}"));
    }

    [Fact]
    public void Recognize_AgentBeforeAPrepositionOfPlace_IsNotComposed()
        => Assert.Equal([("CVL", "المتظاهرين"), ("GOV", "الحكومة")], Find("احتشد المتظاهرين أمام الحكومة"));

    [Fact]
    public void Recognize_AgentThenMinAndAPerson_AreTwoActors()
        => Assert.Equal([("GOV", "الرئيس"), ("LBYGOV", "فايز السراج")], Find("طلب الرئيس من فايز السراج توضيح موقفه"));

    [Fact]
    public void Recognize_DualOfficeWithCoordinatedNisbas_IsThatOfficeOfEachCountry()
    {
        const string text = "الرئيسين التركي والروسي";
        var actors = FindWith(new MiniData(agents: MiniData.Agents + "\nagent GOV two leaders\n  names الرئيسان | الرئيسين\n"), text);
        Assert.Equal([("TURGOV", "الرئيسين التركي"), ("RUSGOV", "والروسي")], actors.Select(a => (a.Code, text[a.Start..a.End])));
    }

    [Theory]
    [InlineData("الحكومة السورية", "SYRGOV")]
    [InlineData("الحكومة سورية", "GOV")]
    public void Recognize_CountryNameThatIsAlsoTheFeminineNisba_AgreesAfterADefiniteAgent(string text, string firstCode)
    {
        var countries = MiniData.Countries + "\ncountry SYR Syria\n  names سوريا | سورية\n  adj سوري | سوريون\n";
        Assert.Equal(firstCode, FindWith(new MiniData(countries: countries), text)[0].Code);
    }

    [Fact]
    public void Recognize_CoordinatedCountries_AreSeparateMentions()
        => Assert.Equal(["EGY", "TUR", "IGOEUREEC"], Find("مصر وتركيا والاتحاد الأوروبي").Select(a => a.Code));

    [Fact]
    public void Recognize_AgentAlone_GivesRoleOnly() => Assert.Equal("CVL", Assert.Single(Find("المتظاهرون")).Code);

    [Fact]
    public void Recognize_FormerMarker_MakesElite() => Assert.Equal("TURELI", Assert.Single(Find("الرئيس التركي السابق")).Code);

    [Fact]
    public void Recognize_Grouping_IsOneMentionPerMemberOverTheSameWords()
    {
        const string grouping = MiniData.Actors + "\nactor E3\n  type igo\n  names الترويكا الأوروبية | مجموعة 2+1\n  members GBR | ITA\n";
        foreach (var text in new[] { "والترويكا الأوروبية", "ومجموعة 2+1" })
        {
            Assert.Equal([("GBR", text), ("ITA", text)], FindWith(new MiniData(actors: grouping), text).Select(a => (a.Code, text[a.Start..a.End])));
        }
    }

    private const string Coalitions = MiniData.Actors
        + "\nactor Coalition in Libya\n  names التحالف | طيران التحالف\n  code EGYMIL\n  context LBY\n"
        + "\nactor Coalition in Italy\n  names التحالف | طيران التحالف\n  code USAMIL\n  context ITA\n"
        + "\nactor Coalition of Italy (full name)\n  names التحالف الإيطالي الكبير\n  code ITAMIL\n";

    [Theory]
    [InlineData("EGYMIL", "زار الرئيس ليبيا.", "وقصف طيران التحالف مواقع.")]
    [InlineData("USAMIL", "زار الرئيس إيطاليا.", "وقصف طيران التحالف مواقع.")]
    [InlineData("EGYMIL", "وقصف طيران التحالف مواقع في ليبيا.")]
    [InlineData("EGYMIL", "وقصف طيران التحالف مواقع في مدينة زنجبار.")]
    public void Recognize_NameWithContext_MeansTheActorOfTheStorysCountry(string code, params string[] texts)
        => Assert.Equal(code, FindWith(new MiniData(actors: Coalitions, places: "place Zinjibar\n  names زنجبار | مدينة زنجبار\n  country LBY\n  coord 13.1 45.4\n  type city\n"), texts).First().Code);

    [Fact]
    public void Recognize_NameWithContextInAnotherStory_IsNoActor()
        => Assert.Empty(FindWith(new MiniData(actors: Coalitions), "زار الرئيس تركيا.", "وقصف التحالف مواقع."));

    [Fact]
    public void Recognize_LongerNameWithContextInAnotherStory_GivesWayToTheShorterReading()
    {
        var texts = new[] { "زار الرئيس تركيا.", "وقصف طيران التحالف مواقع." };
        var actors = FindWith(new MiniData(actors: Coalitions, agents: MiniData.Agents + "\nagent MIL air force\n  names طيران\n"), texts);
        Assert.Equal([("MIL", "طيران")], actors.Select(a => (a.Code, texts[1][a.Start..a.End])));
    }

    [Fact]
    public void Recognize_ArticlesOwnShortForm_BeatsTheContext()
        => Assert.Equal("ITAMIL", FindWith(new MiniData(actors: Coalitions), "قصف التحالف الإيطالي الكبير مواقع في ليبيا.", "وقصف التحالف مواقع.").Single().Code);

    [Fact]
    public void Recognize_LedByBeforeACountry_IsAPrepositionNotTheLeadership()
    {
        const string text = "الجيش الليبي بقيادة مصر";
        var actors = FindWith(new MiniData(agents: MiniData.Agents + "\nagent GOV leadership\n  names قيادة\n"), text);
        Assert.Equal([("LBYMIL", "الجيش الليبي"), ("EGY", "مصر")], actors.Select(a => (a.Code, text[a.Start..a.End])));
    }

    private const string WithIsis = MiniData.Actors + "\nactor ISIS\n  names داعش\n  code IMGREB\n";

    [Theory]
    [InlineData("قصف الجيش الليبي مواقع داعش.", "وقال التنظيم إنه انسحب.")]
    [InlineData("قصف الجيش الليبي مواقع داعش وقال التنظيم إنه انسحب.")]
    public void Recognize_DescriptionOfTheLastArmedGroup_RefersToIt(params string[] texts)
        => Assert.Contains(FindWith(new MiniData(actors: WithIsis), texts), a => a.Code == "IMGREB" && texts[^1][a.Start..a.End] == "التنظيم");

    [Fact]
    public void Recognize_CountryAfterAPurposeWord_IsNotTheAgentsCountry()
    {
        const string text = "شكلت اللجنة وفد لزيارة مصر";
        var actors = FindWith(new MiniData(agents: MiniData.Agents + "\nagent GOV delegation\n  names وفد\n"), text);
        Assert.Contains(actors, a => a.Code == "EGY" && text[a.Start..a.End] == "مصر");
        Assert.DoesNotContain(actors, a => a.Code == "EGYGOV");
    }

    [Fact]
    public void Recognize_WordOfTimeBetweenAgentAndName_EndsTheAgentPhrase()
    {
        const string text = "قصفت القوات الحكومية الاثنين خليفة حفتر";
        Assert.Contains(FindWith(new MiniData(agents: MiniData.Agents + "\nagent MIL forces\n  names قوات\n"), text), a => text[a.Start..a.End] == "خليفة حفتر");
    }

    [Fact]
    public void Recognize_PerpetratorBeforeAgent_DoesNotTakeItsRole()
    {
        const string text = "خاطفو المتظاهرين الأتراك";
        var actors = FindWith(new MiniData(agents: MiniData.Agents + "\nagent UAF kidnappers\n  names خاطفو | خاطفي\n"), text);
        Assert.Equal([("UAF", "خاطفو"), ("TURCVL", "المتظاهرين الأتراك")], actors.Select(a => (a.Code, text[a.Start..a.End])));
    }

    [Theory]
    [InlineData("وصل الوزير إلى عمّان", null, "JORGOV")]
    [InlineData("وصل الوزير إلى عمان", null, "OMN")]
    [InlineData("وصل الوزير إلى عمان", "قال مسؤول أردني", "JORGOV")]
    public void Recognize_CountryNameThatIsAlsoAForeignCity_ReadsTheCityWhenMarksOrTheArticleSaySo(string text, string? earlier, string code)
    {
        var countries = MiniData.Countries + "\ncountry OMN Oman\n  names عمان\ncountry JOR Jordan\n  names الأردن\n  adj أردني | أردنية\n";
        var data = new MiniData(countries: countries);
        File.WriteAllText(Path.Combine(data.Directory, "lexicon", "places.lex"), "@kind places\n@source test\nplace Amman\n  names عمان\n  country JOR\n  coord 31.95 35.91\n  type city\n");
        var actors = FindWith(data, earlier is null ? [text] : [earlier, text]);
        Assert.Equal(code, Assert.Single(actors, a => a.Kind != Lexicon.Recognition.MentionKind.Agent).Code);
    }

    [Fact]
    public void Recognize_IndefiniteWordAfterDefiniteGap_EndsThePhrase()
        => Assert.Equal([("MIL", "جيش"), ("LBY", "ليبيا")], Find("جيش المدينة مواقع ليبيا"));

    [Fact]
    public void Recognize_FamilyNameAfterFullName_RefersBackWithAliases()
        => Assert.Equal([("LBYGOV", 5)], WithAliases("التقى فايز السراج الوفد.", "وقال السراج إنه راض.").Actors.Select(a => (a.Code, a.Start)));

    [Theory]
    [InlineData("التقى عبد الله السيد الوفد.", "وقال السيد إنه راض.")]
    [InlineData("التقى مصطفى عبد الجليل الوفد.", "وقال الجليل إنه راض.")]
    public void Recognize_TitleOrSecondHalfOfACompoundName_IsNoFamilyName(string earlier, string later)
    {
        var data = new MiniData(actors: MiniData.Actors + "\nactor A\n  names عبد الله السيد\n  code EGYGOV 2010..\nactor B\n  names مصطفى عبد الجليل\n  code LBYGOV 2011..\n");
        Assert.Empty(FindWith(data, earlier, later));
    }

    [Fact]
    public void Recognize_DefiniteHeadWithHamzaOnYa_RefersBack()
    {
        var data = new MiniData(actors: MiniData.Actors + "\nactor HTS\n  names هيئة تحرير الشام\n  code SYRREB\n");
        Assert.Equal("SYRREB", Assert.Single(FindWith(data, "وأعلنت هيئة تحرير الشام ذلك.", "وقالت الهيئة إنها انسحبت.")).Code);
    }

    [Fact]
    public void Recognize_FamilyNameWithoutAliases_IsNotAnActor() => Assert.Empty(Find("وقال السراج إنه راض."));

    [Fact]
    public void Recognize_DefiniteOrganisationHead_RefersBackToTheOrganisation()
    {
        var (actors, aliases) = WithAliases("رحب الاتحاد الأوروبي بالاتفاق.", "وقال الاتحاد إن اتحاد الكرة لا علاقة له.");
        Assert.Equal(["IGOEUREEC"], actors.Select(a => a.Code));
        Assert.Equal(1, aliases.Count);
    }

    private (List<Lexicon.Recognition.ActorMention> Actors, Lexicon.Recognition.ArticleAliases Aliases) WithAliases(string earlier, string later)
    {
        var aliases = new Lexicon.Recognition.ArticleAliases();
        var first = _engine.Analyzer.Analyze(earlier, detectDateline: false);
        _engine.Recognizer.Recognize(first, 0, first.Tokens.Count, Published, aliases);
        var second = _engine.Analyzer.Analyze(later, detectDateline: false);
        return (_engine.Recognizer.Recognize(second, 0, second.Tokens.Count, Published, aliases).Actors, aliases);
    }

    [Fact]
    public void Recognize_Offsets_PointIntoOriginal()
    {
        const string text = "قال وزير الخارجية الإيطالي أمس";
        var analyzed = _engine.Analyzer.Analyze(text, detectDateline: false);
        var (actors, _) = _engine.Recognizer.Recognize(analyzed, 0, analyzed.Tokens.Count, Published);
        var a = Assert.Single(actors);
        Assert.Equal(4, a.Start);
        Assert.Equal("وزير الخارجية الإيطالي", text[a.Start..a.End]);
    }

    [Theory]
    [InlineData("وتبادلت أوكرانيا وانفصاليون مؤيدون لروسيا الاتهامات", "REB|وانفصاليون مؤيدون لروسيا")]
    [InlineData("وقاتل انفصاليون تابعون لروسيا", "RUSREB|انفصاليون تابعون لروسيا")]
    public void Recognize_ArmedMenLoyalToAForeignState_AreNotThatStates(string text, string expected)
        => Assert.Contains(expected, FindWith(new MiniData(agents: MiniData.Agents + "\nagent REB separatists\n  names انفصاليون\n"), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}"));

    [Fact]
    public void Recognize_PersonFollowedByFamilyName_IncludesIt()
    {
        const string text = "وصل محمد بن سلمان آل سعود إلى القاهرة";
        const string actors = MiniData.Actors + "\nactor Mohammed bin Salman\n  type person\n  names محمد بن سلمان\n  code SAUGOV\n";
        Assert.Equal("SAUGOV|محمد بن سلمان آل سعود", FindWith(new MiniData(actors: actors), text).Select(a => $"{a.Code}|{text[a.Start..a.End]}").First());
    }
}
