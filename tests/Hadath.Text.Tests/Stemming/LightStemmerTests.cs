using Hadath.Text.Normalization;
using Hadath.Text.Stemming;

namespace Hadath.Text.Tests.Stemming;

public sealed class LightStemmerTests
{
    private readonly LightStemmer _stemmer = new();
    private readonly ArabicNormalizer _normalizer = new();

    private string Stem(string word) => _stemmer.StemToString(_normalizer.Normalize(word));

    [Theory]
    [InlineData("أعربت")]
    [InlineData("أعرب")]
    [InlineData("يعرب")]
    [InlineData("تعرب")]
    [InlineData("أعربوا")]
    public void Stem_VerbInflectionsOfAaraba_ShareOneStem(string word) => Assert.Equal("عرب", Stem(word));

    [Theory]
    [InlineData("تظاهر")]
    [InlineData("يتظاهر")]
    [InlineData("تظاهرات")]
    [InlineData("يتظاهرون")]
    public void Stem_FormFiveVerbAndNoun_ShareOneStem(string word) => Assert.Equal("ظاهر", Stem(word));

    [Theory]
    [InlineData("اعتقل")]
    [InlineData("يعتقل")]
    [InlineData("اعتقلت")]
    public void Stem_FormEightVerb_SharesOneStem(string word) => Assert.Equal("عتقل", Stem(word));

    [Fact]
    public void Stem_ThreeLetterWord_IsUnchanged() => Assert.Equal("قصف", Stem("قصف"));

    [Fact]
    public void Stem_NeverShorterThanThreeLetters() => Assert.Equal("دعت", Stem("دعت"));

    [Fact]
    public void Stem_FemininePlural_IsRemoved() => Assert.Equal("مظاهر", Stem("مظاهرات"));
}
