using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Text.Tests.Segmentation;

public sealed class CliticSegmenterTests
{
    private static readonly ArabicNormalizer Normalizer = new();

    private static string Segment(string word, params string[] vocabulary)
    {
        var analyzer = TestAnalyzers.With(vocabulary);
        var a = analyzer.Analyze(word, detectDateline: false);
        return a.SegmentedForm(a.Tokens[0]);
    }

    [Theory]
    [InlineData("لإقناع", "ل+اقناع")]
    [InlineData("بزيادة", "ب+زيادة")]
    [InlineData("لتنفيذ", "ل+تنفيذ")]
    [InlineData("لجنة", "لجنة")]
    [InlineData("كافة", "كافة")]
    [InlineData("وحدة", "وحدة")]
    [InlineData("إلقاء", "القاء")]
    [InlineData("وإلغاء", "و+الغاء")]
    [InlineData("بإلزام", "ب+الزام")]
    public void Segment_BundledVocabulary_SplitsCliticsOfFrequentWordsOnly(string word, string expected)
    {
        var a = TestAnalyzers.WithBundledVocabulary.Analyze(word, detectDateline: false);
        Assert.Equal(expected, a.SegmentedForm(a.Tokens[0]));
    }

    [Theory]
    [InlineData("والاتحاد", "و+ال+اتحاد")]
    [InlineData("للولايات", "ل+ل+ولايات")]
    [InlineData("بالسلاح", "ب+ال+سلاح")]
    [InlineData("فالحكومة", "ف+ال+حكومة")]
    [InlineData("كالعادة", "ك+ال+عادة")]
    public void Segment_ArticleChains_AreSplit(string word, string expected) => Assert.Equal(expected, Segment(word));

    [Theory]
    [InlineData("وبريطانيا", "و+بريطانيا")]
    [InlineData("بريطانيا", "بريطانيا")]
    [InlineData("لبنان", "لبنان")]
    [InlineData("كوريا", "كوريا")]
    [InlineData("فلسطين", "فلسطين")]
    [InlineData("والي", "والي")]
    [InlineData("كابول", "كابول")]
    [InlineData("وزير", "وزير")]
    [InlineData("ولبنان", "و+لبنان")]
    public void Segment_KnownWordsStartingWithCliticLetters_StayWhole(string word, string expected)
        => Assert.Equal(expected, Segment(word, "بريطانيا", "لبنان", "كوريا", "فلسطين", "والي", "كابول", "وزير"));

    [Fact]
    public void Segment_ConjunctionBeforeKnownVerb_IsSplit() => Assert.Equal("و+قال", Segment("وقال", "قال"));

    [Fact]
    public void Segment_PrepositionBeforeKnownNoun_IsSplit() => Assert.Equal("ب+صفته", Segment("بصفته", "صفته"));

    [Fact]
    public void Segment_PronounAfterTaMarbuta_RestoresNoun()
    {
        var a = TestAnalyzers.With("حكومة").Analyze("حكومته", detectDateline: false);
        Assert.Equal("حكومت+ه", a.SegmentedForm(a.Tokens[0]));
    }

    [Theory]
    [InlineData("فيه", "في+ه")]
    [InlineData("منها", "من+ها")]
    [InlineData("إليه", "الي+ه")]
    [InlineData("عليهم", "علي+هم")]
    [InlineData("له", "ل+ه")]
    [InlineData("وفيها", "و+في+ها")]
    public void Segment_PrepositionWithPronoun_IsSplit(string word, string expected) => Assert.Equal(expected, Segment(word));

    [Fact]
    public void Segment_FutureParticle_IsSplitBeforeImperfect() => Assert.Equal("س+يزور", Segment("سيزور", "يزور"));

    [Fact]
    public void Segment_UnknownWordWithPluralPronoun_IsSplit() => Assert.Equal("قوات+ها", Segment("قواتها"));

    [Theory]
    [InlineData("عربي")]
    [InlineData("أحيانا")]
    [InlineData("عبدالله")]
    public void Segment_UnknownWordEndingLikeWeakPronoun_StaysWhole(string word)
        => Assert.Equal(Normalizer.Normalize(word), Segment(word));

    [Fact]
    public void Segment_KnownWordEndingInHa_StaysWhole() => Assert.Equal("اتجاه", Segment("اتجاه", "اتجاه"));

    [Fact]
    public void Segment_ShortWord_IsNotSplit() => Assert.Equal("وقع", Segment("وقع"));
}
