using Hadath.Text.Normalization;

namespace Hadath.Text.Tests.Normalization;

public sealed class ArabicNormalizerTests
{
    private readonly ArabicNormalizer _normalizer = new();

    [Fact]
    public void Normalize_Harakat_AreRemoved() => Assert.Equal("كتب", _normalizer.Normalize("كَتَبَ"));

    [Fact]
    public void Normalize_ShaddaSukunTanween_AreRemoved() => Assert.Equal("شلت قدرة كتابا", _normalizer.Normalize("شلّت قُدْرةٌ كتاباً"));

    [Fact]
    public void Normalize_DaggerAlef_IsRemoved() => Assert.Equal("هذا", _normalizer.Normalize("هٰذا"));

    [Fact]
    public void Normalize_Tatweel_IsRemoved() => Assert.Equal("السلام", _normalizer.Normalize("الســـلام"));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إيران", "ايران")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("ٱلله", "الله")]
    public void Normalize_AlefVariants_BecomeBareAlef(string input, string expected) => Assert.Equal(expected, _normalizer.Normalize(input));

    [Fact]
    public void Normalize_AlefMaksura_BecomesYa() => Assert.Equal("الي مصطفي", _normalizer.Normalize("إلى مصطفى"));

    [Theory]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    public void Normalize_HamzaCarriers_AreUnified(string input, string expected) => Assert.Equal(expected, _normalizer.Normalize(input));

    [Fact]
    public void Normalize_TaMarbuta_KeptByDefault() => Assert.Equal("حكومة", _normalizer.Normalize("حكومة"));

    [Fact]
    public void Normalize_TaMarbutaOption_FoldsToHa()
        => Assert.Equal("حكومه", new ArabicNormalizer(new NormalizerOptions { FoldTaMarbuta = true }).Normalize("حكومة"));

    [Theory]
    [InlineData("ی", "ي")]
    [InlineData("ک", "ك")]
    public void Normalize_PersianLetters_BecomeArabic(string input, string expected) => Assert.Equal(expected, _normalizer.Normalize(input));

    [Theory]
    [InlineData("٢٠١٩", "2019")]
    [InlineData("۲۰۱۹", "2019")]
    public void Normalize_IndicAndPersianDigits_BecomeAscii(string input, string expected) => Assert.Equal(expected, _normalizer.Normalize(input));

    [Fact]
    public void Normalize_PresentationFormsB_FoldToBaseLetters() => Assert.Equal("سلام", _normalizer.Normalize("\uFEB3\uFEFC\uFEE1"));

    [Fact]
    public void Normalize_LamAlefLigature_ExpandsToTwoLetters() => Assert.Equal("لا", _normalizer.Normalize("\uFEFB"));

    [Fact]
    public void Normalize_AllahLigature_Expands() => Assert.Equal("الله", _normalizer.Normalize("\uFDF2"));

    [Fact]
    public void Normalize_PersianPresentationForms_Fold() => Assert.Equal("ك", _normalizer.Normalize("\uFB8E"));

    [Theory]
    [InlineData("\u200C")]
    [InlineData("\u200D")]
    [InlineData("\u200E")]
    [InlineData("\u200F")]
    [InlineData("\u061C")]
    [InlineData("\u202B")]
    [InlineData("\u2067")]
    [InlineData("\uFEFF")]
    public void Normalize_InvisibleMarks_AreDropped(string mark) => Assert.Equal("ليبيا", _normalizer.Normalize("ليب" + mark + "يا"));

    [Theory]
    [InlineData("،", ",")]
    [InlineData("؛", ";")]
    [InlineData("؟", "?")]
    [InlineData("«", "\"")]
    [InlineData("»", "\"")]
    [InlineData("٫", ".")]
    public void Normalize_ArabicPunctuation_BecomesAscii(string input, string expected) => Assert.Equal(expected, _normalizer.Normalize(input));

    [Theory]
    [InlineData("他的法律，不得更改。")]
    [InlineData("\uFF0C\uFFFD\uFFFF")]
    public void Normalize_CharactersAbovePresentationForms_AreKept(string text) => Assert.Equal(text, _normalizer.Normalize(text));

    [Fact]
    public void Normalize_LatinText_IsUnchanged() => Assert.Equal("Interfax 2019", _normalizer.Normalize("Interfax 2019"));

    [Fact]
    public void NormalizedText_Map_PointsBackToOriginal()
    {
        var text = NormalizedText.Create("قُدْرةٌ", _normalizer);
        Assert.Equal("قدرة", text.Normalized);
        Assert.Equal(0, text.ToOriginalStart(0));
        Assert.Equal(2, text.ToOriginalStart(1));
        Assert.Equal(7, text.ToOriginalEnd(4, _normalizer));
    }
}
