using Hadath.Lexicon.Parsing;
using Hadath.Text.Diagnostics;

namespace Hadath.Lexicon.Tests.Parsing;

public sealed class LexiconFileParserTests
{
    private readonly LexiconFileParser _parser = new();

    private LexiconFileParser.Result Parse(string text) => _parser.Parse("test.lex", text.Split('\n'));

    [Fact]
    public void Parse_ValidActorFile_ReadsEntriesAndCodes()
    {
        var r = Parse("""
            @kind actors
            @source test
            actor Fayez al-Sarraj
              names  فايز السراج | فائز السراج   # two spellings
              code   LBYGOV 2016-03-30..2021-03-15
              default LBYELI
            """);
        Assert.Empty(r.Diagnostics);
        var actor = Assert.Single(r.Actors);
        Assert.Equal(["فايز السراج", "فائز السراج"], actor.Names);
        Assert.Equal("LBYELI", actor.Default);
        Assert.Equal("person", actor.Type);
        Assert.Equal(3, actor.Location.Line);
    }

    [Fact]
    public void Parse_GroupingWithMembers_NeedsNoCodeAndKeepsMembers()
    {
        var r = Parse("""
            @kind actors
            @source test
            actor E3
              type     igo
              names    الترويكا الأوروبية
              members  GBR | FRA | DEU
            """);
        Assert.Empty(r.Diagnostics);
        Assert.Equal(["GBR", "FRA", "DEU"], Assert.Single(r.Actors).Members);
    }

    [Fact]
    public void Parse_GroupingWithBadMemberCode_IsReportedWithItsLine()
    {
        var r = Parse("""
            @kind actors
            @source test
            actor E3
              names    الترويكا الأوروبية
              members  GBR | fra
            """);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(5, d.Line);
        Assert.Empty(r.Actors);
    }

    [Fact]
    public void Parse_ActorWithContext_KeepsItsCountries()
    {
        var r = Parse("""
            @kind actors
            @source test
            actor Coalition
              names    التحالف
              code     USAMIL
              context  IRQ | SYR
            """);
        Assert.Empty(r.Diagnostics);
        Assert.Equal(["IRQ", "SYR"], Assert.Single(r.Actors).Context);
    }

    [Fact]
    public void Parse_ContextThatIsNotACountryCode_IsReportedWithItsLine()
    {
        var r = Parse("""
            @kind actors
            @source test
            actor Coalition
              names    التحالف
              code     USAMIL
              context  IRQ | SYRGOV
            """);
        Assert.Equal(6, Assert.Single(r.Diagnostics).Line);
        Assert.Empty(r.Actors);
    }

    [Fact]
    public void Parse_SeveralBadLines_ReportsEveryOneWithItsLine()
    {
        var r = Parse("""
            @kind actors
            @source test
            actor A
              names  ا
              code   lbygov
            actor B
              names  ب
              code   LBYGOV 2021..2016
              colour red
            """);
        Assert.Equal([(DiagnosticCode.LexiconBadCode, 5), (DiagnosticCode.LexiconBadDateRange, 8), (DiagnosticCode.LexiconUnknownField, 9)],
            r.Diagnostics.Select(d => (d.Code, d.Line!.Value)));
        Assert.All(r.Diagnostics, d => Assert.StartsWith("test.lex:", d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MissingHeader_IsAnError()
    {
        var r = Parse("actor A\n  names ا\n  code LBY\n");
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCode.LexiconMissingDirective && d.Message.Contains("@kind", StringComparison.Ordinal));
        Assert.Contains(r.Diagnostics, d => d.Code == DiagnosticCode.LexiconMissingDirective && d.Message.Contains("@source", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EntryOfWrongKind_IsRejected()
    {
        var r = Parse("@kind places\n@source s\ncountry RUS Russia\n  names روسيا\n");
        Assert.Equal(DiagnosticCode.LexiconEntryKindMismatch, Assert.Single(r.Diagnostics).Code);
    }

    [Fact]
    public void Parse_EmptyFormBetweenBars_IsReported()
    {
        var r = Parse("@kind countries\n@source s\ncountry RUS Russia\n  names روسيا || روسيا الاتحادية\n");
        Assert.Equal(DiagnosticCode.LexiconEmptyForm, Assert.Single(r.Diagnostics).Code);
        Assert.Equal(2, r.Countries[0].Names.Count);
    }

    [Fact]
    public void Parse_PlaceWithoutCoordinates_IsAnError()
    {
        var r = Parse("@kind places\n@source s\nplace Tripoli\n  names طرابلس\n  country LBY\n");
        Assert.Equal(DiagnosticCode.LexiconMissingField, Assert.Single(r.Diagnostics).Code);
        Assert.Empty(r.Places);
    }

    [Fact]
    public void Parse_CoordinateOutOfRange_IsAnError()
    {
        var r = Parse("@kind places\n@source s\nplace X\n  names س\n  country LBY\n  coord 132.1 13.2\n");
        Assert.Equal(DiagnosticCode.LexiconBadCoordinate, Assert.Single(r.Diagnostics).Code);
    }

    [Fact]
    public void Parse_FieldOutsideEntry_IsReported()
    {
        var r = Parse("@kind agents\n@source s\n  names حكومة\n");
        Assert.Equal(DiagnosticCode.LexiconFieldOutsideEntry, Assert.Single(r.Diagnostics).Code);
    }
}
