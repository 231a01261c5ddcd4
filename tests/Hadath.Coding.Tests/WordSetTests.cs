namespace Hadath.Coding.Tests;

/// <summary>The inflection lookup the pattern matcher asks once per word of a pattern's window.</summary>
public sealed class WordSetTests
{
    private static readonly WordSet Words = new(["اتفاقية", "مالي", "هدنة", "مفاوضات"]);

    [Theory]
    [InlineData("اتفاقيتين", true)]
    [InlineData("اتفاقيتان", true)]
    [InlineData("اتفاقيات", true)]
    [InlineData("مفاوضاتي", true)]
    [InlineData("اتفاقية", true)] // its base «اتفاقي» plus «ة»
    [InlineData("ماليزيا", false)] // «مالي» is too short to inflect, and «زيا» is no ending
    [InlineData("هدنتين", false)] // a base of three letters once «ة» is off is too short to tell apart
    [InlineData("اتفاقيتينن", false)]
    [InlineData("", false)]
    public void HasInflectionOf_Word_ListedBasePlusEnding(string word, bool expected)
        => Assert.Equal(expected, Words.HasInflectionOf(word));

    [Fact]
    public void HasInflectionOf_EmptySet_IsFalse() => Assert.False(WordSet.Empty.HasInflectionOf("اتفاقيات"));
}
