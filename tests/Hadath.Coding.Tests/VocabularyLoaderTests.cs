using Hadath.Testing;
using Hadath.Text.Normalization;

namespace Hadath.Coding.Tests;

public sealed class VocabularyLoaderTests
{
    [Fact]
    public void Load_LamLamFormOfAnotherNamesWord_IsNotTaughtWhole()
    {
        // «القائد العام للحرس الثوري» beside «الحرس الثوري»: «للحرس» must stay ل+ال+حرس, or the name never matches after «ل».
        var vocabulary = VocabularyLoader.Load(BundledData.Directory, new ArabicNormalizer(), ["الحرس الثوري", "القائد العام للحرس الثوري"]);
        Assert.True(vocabulary.Contains("حرس"));
        Assert.False(vocabulary.Contains("للحرس"));
    }

    [Fact]
    public void Load_ConjunctionLikeStartOfAName_IsStillTaught()
        => Assert.True(VocabularyLoader.Load(BundledData.Directory, new ArabicNormalizer(), ["بوركينا فاسو"]).Contains("فاسو"));

    [Fact]
    public void Load_PatternNounWithPronoun_IsNotTaughtWhole()
    {
        // A pattern listing «غاراتها» must not stop the segmenter from reading غارات+ها everywhere else.
        var vocabulary = VocabularyLoader.Load(BundledData.Directory, new ArabicNormalizer(), [], ["غاراتها", "زيارته"]);
        Assert.False(vocabulary.Contains("غاراتها"));
        Assert.False(vocabulary.Contains("زيارته"));
    }

    [Fact]
    public void Load_NameEndingLikeAPronoun_IsStillTaught()
        => Assert.True(VocabularyLoader.Load(BundledData.Directory, new ArabicNormalizer(), ["ماليه"]).Contains("ماليه"));

    [Fact]
    public void Load_PatternLamLamForm_IsNotTaughtWhole()
    {
        // A pattern listing «للتنديد» and «تنديد» must leave «للتنديد» to the segmenter as ل+ال+تنديد.
        var vocabulary = VocabularyLoader.Load(BundledData.Directory, new ArabicNormalizer(), [], ["تنديد", "للتنديد"]);
        Assert.False(vocabulary.Contains("للتنديد"));
    }
}
