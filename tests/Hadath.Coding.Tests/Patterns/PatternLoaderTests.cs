using Hadath.Coding.Cameo;
using Hadath.Coding.Patterns;
using Hadath.Testing;
using Hadath.Text;
using Hadath.Text.Diagnostics;
using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Coding.Tests.Patterns;

public sealed class PatternLoaderTests
{
    private static readonly Lazy<CameoCatalog> Cameo = new(() => CameoCatalog.Load(Path.Combine(BundledData.Directory, "cameo", "cameo-codes.tsv")));
    private readonly PatternLoader _loader = new(TextAnalyzer.Create(Vocabulary.Create(["هاجم"], new ArabicNormalizer())), Cameo.Value);

    private (List<EventPattern> Patterns, List<Diagnostic> Diagnostics) Parse(string text)
    {
        var patterns = new List<EventPattern>();
        var diagnostics = new List<Diagnostic>();
        _loader.Parse("test.pat", text.Split('\n'), patterns, diagnostics);
        return (patterns, diagnostics);
    }

    [Fact]
    public void Parse_UnarmedReading_IsKeptOnThePattern()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 180 attack
              verb     هاجم
              unarmed  111
            """);
        Assert.Empty(diagnostics);
        Assert.Equal("111", Assert.Single(patterns).UnarmedCode);
    }

    [Fact]
    public void Parse_WithoutOfSeveralWords_IsReportedWithItsLine()
    {
        var (_, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 042 arrive
              verb     هاجم
              without  طائرة تقل | سفينة
            """);
        var error = Assert.Single(diagnostics);
        Assert.Equal(5, error.Line);
        Assert.Contains("طائرة تقل", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ParticipleFlag_IsKeptOnThePattern()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 062 backed by
              noun     مدعومة
              participle
            """);
        Assert.Empty(diagnostics);
        Assert.True(Assert.Single(patterns).Participle);
    }

    [Fact]
    public void Parse_PredicateFlag_IsKeptOnThePattern()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 120 declare rejected
              noun     مرفوضة
              predicate
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.True(pattern.Predicate);
        Assert.False(pattern.Participle);
    }

    [Fact]
    public void Parse_AboutFlag_KeepsThePatternOutOfTheTriggers()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 010 statement about another
              verbform قال | قالت
              about
            event 112 accuse
              verbform قال
              with     متهما
            """);
        Assert.Empty(diagnostics);
        Assert.True(patterns[0].About);
        Assert.False(patterns[1].About);
        var set = new PatternSet(patterns);
        Assert.Equal([patterns[1]], set.ByVerbWord("\u0642\u0627\u0644"));
        Assert.Equal([patterns[0]], set.Statements);
    }

    [Fact]
    public void Parse_ImpersonalFlag_IsKeptOnThePatternAndOnlyOnIt()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 030 agreed (impersonal)
              noun     الاتفاق
              impersonal
            event 030 agree
              verb     اتفق
            """);
        Assert.Empty(diagnostics);
        Assert.True(patterns[0].Impersonal);
        Assert.False(patterns[1].Impersonal);
    }

    [Fact]
    public void Parse_TargetedFlag_IsKeptOnThePattern()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 020 say another must act
              verbform يجب
              target   على
              targeted
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.True(pattern.Targeted);
        Assert.False(pattern.Predicate);
    }

    [Fact]
    public void Parse_HalForms_AreVerbWordsAndCircumstantial()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 020 call for
              verb     هاجم
              hal      مطالبا | مطالبين
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.True(pattern.HalWords.Contains("مطالبا"));
        Assert.True(pattern.VerbWords.Contains("مطالبين"));
    }

    [Fact]
    public void Parse_SpelledForms_KeepTheirWrittenHamza()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 051 congratulate
              verb     هاجم
              spelled  هنأ | هنّأت
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.True(pattern.SpelledWords.Contains("هنا"));
        Assert.True(pattern.VerbWords.Contains("هنا"));
        Assert.Equal(["هنأ", "هنأت"], pattern.Spellings);
    }

    [Fact]
    public void Parse_RoleInWith_IsKeptApartFromTheWords()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 190 drive out
              verb     هاجم
              with     @REB
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.Equal(["REB"], pattern.WithRoles);
        Assert.True(pattern.NeedsWith);
        Assert.Equal(0, pattern.With.Count);
    }

    [Fact]
    public void Parse_WithPlace_IsMetByAPlaceNotAWord()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 042 arrive
              verbform وصل
              with     @PLACE | العاصمة
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.True(pattern.WithPlaces);
        Assert.True(pattern.NeedsWith);
        Assert.Equal(1, pattern.With.Count);
    }

    [Fact]
    public void Parse_UnknownAtForm_IsAnErrorWithItsLine()
    {
        var (_, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 042 arrive
              verbform وصل
              with     @PLACES
            """);
        Assert.Contains(diagnostics, d => d.Line == 5 && d.Message.Contains("@PLACE", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ExactWithWord_KeepsTheWordButNotItsStem()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 073 relief arrives
              verb     هاجم
              with     =مساعدات | إغاثة
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.True(pattern.With.Contains("مساعدات"));
        Assert.True(pattern.With.Contains("اغاثة"));
        Assert.Equal(1, pattern.WithStems.Count);
    }

    [Fact]
    public void Parse_WithWindow_IsKeptOnThePattern()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 141 take to the streets
              verb     خرج
              with     الشوارع
              window   8
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(8, Assert.Single(patterns).WithWindow);
    }

    [Fact]
    public void Parse_NoWindow_UsesTheWidest()
    {
        var (patterns, _) = Parse("""
            @kind patterns
            @source test
            event 141 take to the streets
              verb     خرج
              with     الشوارع
            """);
        Assert.Equal(EventPattern.MaxWithWindow, Assert.Single(patterns).WithWindow);
    }

    [Theory]
    [InlineData("window   0")]
    [InlineData("window   many")]
    [InlineData("window   40")]
    public void Parse_MalformedWindow_IsReportedWithItsLine(string line)
    {
        var (_, diagnostics) = Parse($"""
            @kind patterns
            @source test
            event 141 take to the streets
              verb     خرج
              {line}
            """);
        Assert.Contains(diagnostics, d => d.IsError && d.ToString().Contains("test.pat:5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("with     @rebels")]
    [InlineData("without  @REB")]
    public void Parse_MalformedRole_IsReportedWithItsLine(string line)
    {
        var (_, diagnostics) = Parse($"""
            @kind patterns
            @source test
            event 190 drive out
              verb     هاجم
              {line}
            """);
        Assert.Contains(diagnostics, d => d.IsError && d.ToString().Contains("test.pat:5", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ArmedReading_IsKeptOnThePattern()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 180 attack
              verb     هاجم
              armed    190
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.Equal("190", pattern.ArmedCode);
        Assert.Null(pattern.UnarmedCode);
    }

    [Fact]
    public void Parse_ArmedReadingWithUnknownCode_IsReportedWithItsLine()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 180 attack
              verb     هاجم
              armed    1999
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal(5, d.Line);
        Assert.Contains("1999", d.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(patterns).ArmedCode);
    }

    [Fact]
    public void Parse_MilitantReading_IsKeptOnThePattern()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 170 storm
              verb     اقتحم
              armed    190
              militant 180
            """);
        Assert.Empty(diagnostics);
        var pattern = Assert.Single(patterns);
        Assert.Equal("180", pattern.MilitantCode);
        Assert.Equal("190", pattern.ArmedCode);
    }

    [Fact]
    public void Parse_OwnSourceFlag_IsKeptOnThePattern()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 057 agreement with a party
              noun     اتفاق
              with     مع
              own
            event 057 agreement between parties
              noun     اتفاق
              with     بين
            """);
        Assert.Empty(diagnostics);
        Assert.True(patterns[0].OwnSource);
        Assert.False(patterns[1].OwnSource);
    }

    [Fact]
    public void Parse_MilitantReadingWithUnknownCode_IsReportedWithItsLine()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 170 storm
              verb     اقتحم
              militant 1899
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal(5, d.Line);
        Assert.Contains("1899", d.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(patterns).MilitantCode);
    }

    [Fact]
    public void Parse_UnarmedReadingWithUnknownCode_IsReportedWithItsLine()
    {
        var (_, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 180 attack
              verb     هاجم
              unarmed  999
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal(5, d.Line);
        Assert.Contains("999", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VerbFormOfTwoWords_IsReportedWithItsLine()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 180 attack
              verbform هاجم | هاجم الجيش
            """);
        Assert.Equal(4, Assert.Single(diagnostics).Line);
        Assert.Single(Assert.Single(patterns).VerbWords.Words);
    }

    [Fact]
    public void Parse_EventWithoutTrigger_IsReported()
    {
        var (patterns, diagnostics) = Parse("""
            @kind patterns
            @source test
            event 180 attack
              target   على
            """);
        Assert.Empty(patterns);
        Assert.Equal(3, Assert.Single(diagnostics).Line);
    }
}
