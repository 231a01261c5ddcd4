namespace Hadath.Text.Tests.Sentences;

public sealed class DatelineDetectorTests
{
    private readonly TextAnalyzer _analyzer = TestAnalyzers.With();

    [Theory]
    [InlineData("موسكو - أعربت روسيا عن قلقها.", "موسكو -", "موسكو")]
    [InlineData("موسكو – أعربت روسيا عن قلقها.", "موسكو –", "موسكو")]
    [InlineData("لندن: «الشرق الأوسط» قال مصدر إن الاجتماع انتهى.", "لندن: «الشرق الأوسط»", "لندن")]
    [InlineData("الرياض - واس - أعلنت الوزارة.", "الرياض - واس -", "الرياض")]
    [InlineData("طرابلس (ليبيا) - أعلن الجيش.", "طرابلس (ليبيا) -", "طرابلس")]
    [InlineData("القاهرة (أ ف ب) - أعلن الجيش.", "القاهرة (أ ف ب) -", "القاهرة")]
    public void Detect_CommonDatelines_AreSetApart(string text, string dateline, string place)
    {
        var a = _analyzer.Analyze(text);
        Assert.NotNull(a.Dateline);
        Assert.Equal(dateline, text[a.Dateline.Start..a.Dateline.End]);
        Assert.Equal(place, a.Dateline.PlaceText(text));
        Assert.DoesNotContain(place, text[a.Sentences[0].Start..a.Sentences[0].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("أعربت روسيا عن قلقها.")]
    [InlineData("قال الوزير إن المحادثات - التي بدأت أمس - انتهت.")]
    public void Detect_OrdinarySentence_HasNoDateline(string text) => Assert.Null(_analyzer.Analyze(text).Dateline);

    [Fact]
    public void Analyze_WithoutDatelineDetection_KeepsFirstWords()
    {
        var a = _analyzer.Analyze("موسكو - أعربت روسيا عن قلقها.", detectDateline: false);
        Assert.Null(a.Dateline);
        Assert.Equal(0, a.Sentences[0].Start);
    }
}
