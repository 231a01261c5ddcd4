using Hadath.Text.Tokenization;

namespace Hadath.Text.Tests.Tokenization;

public sealed class TokenizerTests
{
    private readonly TextAnalyzer _analyzer = TestAnalyzers.With();

    [Fact]
    public void Analyze_Words_KeepOriginalRanges()
    {
        const string text = "أعربت روسيا، الجمعة";
        var a = _analyzer.Analyze(text, detectDateline: false);
        Assert.Equal(["أعربت", "روسيا", "،", "الجمعة"], a.Tokens.Select(t => text[t.Start..t.End]));
    }

    [Fact]
    public void Tokens_ByReferenceAndAsReadOnlyList_AreTheSameTokens()
    {
        var a = _analyzer.Analyze("أعربت روسيا، الجمعة، عن قلقها.", detectDateline: false);
        IReadOnlyList<Token> asList = a.Tokens;
        Assert.Equal(asList.Count, a.Tokens.Count);
        for (var i = 0; i < a.Tokens.Count; i++)
        {
            Assert.Equal(asList[i], a.Tokens[i]);
        }

        Assert.Equal(asList, a.Tokens.Slice(0, a.Tokens.Count).ToArray());
        Assert.Throws<IndexOutOfRangeException>(() => a.Tokens[a.Tokens.Count]);
    }

    [Fact]
    public void Analyze_DocumentLargerThanScratchList_KeepsEveryTokenAndCanAnalyzeAgain()
    {
        // Over 65,536 tokens: the per-thread scratch list grows past its cap and must shrink without loss.
        var text = string.Join(' ', Enumerable.Repeat("قال الوزير", 40_000));
        var analyzer = TestAnalyzers.WithBundledVocabulary;
        Assert.Equal(80_000, analyzer.Analyze(text, detectDateline: false).Tokens.Count);
        Assert.Equal(2, analyzer.Analyze("قال الوزير", detectDateline: false).Tokens.Count);
    }

    [Fact]
    public void Analyze_DiacritizedWord_RangeCoversTrailingMarks()
    {
        const string text = "شلّتْ القدرةَ";
        var a = _analyzer.Analyze(text, detectDateline: false);
        Assert.Equal("شلّتْ", a.OriginalOf(a.Tokens[0]));
        Assert.Equal("شلت", a.Form(a.Tokens[0]).ToString());
        Assert.Equal("القدرةَ", a.OriginalOf(a.Tokens[1]));
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("2019.12.20")]
    [InlineData("10:30")]
    [InlineData("١٢٫٥")]
    public void Analyze_NumberWithSeparators_IsOneToken(string number)
    {
        var a = _analyzer.Analyze("بلغت " + number + " بالمئة", detectDateline: false);
        Assert.Equal(TokenKind.Number, a.Tokens[1].Kind);
        Assert.Equal(number, a.OriginalOf(a.Tokens[1]));
    }

    [Fact]
    public void Analyze_ArabicAttachedToDigits_SplitsByScript()
    {
        var a = _analyzer.Analyze("عام 2019م", detectDateline: false);
        Assert.Equal([TokenKind.Arabic, TokenKind.Number, TokenKind.Arabic], a.Tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Analyze_Emoji_IsOneSymbolToken()
    {
        var a = _analyzer.Analyze("ليبيا 😀 تونس", detectDateline: false);
        Assert.Equal(TokenKind.Symbol, a.Tokens[1].Kind);
        Assert.Equal(2, a.Tokens[1].Length);
    }

    [Fact]
    public void Analyze_NewLine_MarksLineStart()
    {
        var a = _analyzer.Analyze("قال\nأضاف", detectDateline: false);
        Assert.True(a.Tokens[1].Flags.HasFlag(TokenFlags.LineStart));
        Assert.False(a.Tokens[0].Flags.HasFlag(TokenFlags.LineStart));
    }
}
