namespace Hadath.Text.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private readonly TextAnalyzer _analyzer = TestAnalyzers.With();

    private string[] Sentences(string text, bool dateline = false)
    {
        var a = _analyzer.Analyze(text, dateline);
        return a.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void Split_ArabicQuestionMark_EndsSentence()
        => Assert.Equal(["هل زار الرئيس ليبيا؟", "لم يزرها."], Sentences("هل زار الرئيس ليبيا؟ لم يزرها."));

    [Fact]
    public void Split_LatinTerminators_EndSentences()
        => Assert.Equal(["قال ذلك.", "ثم غادر!", "لماذا?"], Sentences("قال ذلك. ثم غادر! لماذا?"));

    [Fact]
    public void Split_Paragraphs_EndSentences() => Assert.Equal(["الفقرة الأولى", "الفقرة الثانية"], Sentences("الفقرة الأولى\nالفقرة الثانية"));

    [Fact]
    public void Split_DecimalNumber_DoesNotEndSentence() => Assert.Single(Sentences("ارتفع المؤشر 3.5 بالمئة اليوم."));

    [Fact]
    public void Split_DottedDate_DoesNotEndSentence() => Assert.Single(Sentences("وقع الاتفاق في 2019.12.20 في طرابلس."));

    [Fact]
    public void Split_TerminatorInsideGuillemets_DoesNotEndSentence()
        => Assert.Single(Sentences("وقال «نحن قلقون. الوضع خطير» ثم غادر."));

    [Fact]
    public void Split_ClosingQuoteAfterTerminator_StaysWithSentence()
        => Assert.Equal(["وقال \"نحن قلقون.\"", "ثم غادر."], Sentences("وقال \"نحن قلقون.\" ثم غادر."));

    [Fact]
    public void Split_SingleLetterAbbreviation_DoesNotEndSentence() => Assert.Single(Sentences("التقى د. محمد الوزير."));
}
