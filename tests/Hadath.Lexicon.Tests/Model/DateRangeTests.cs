using Hadath.Lexicon.Model;

namespace Hadath.Lexicon.Tests.Model;

public sealed class DateRangeTests
{
    [Fact]
    public void TryParse_ClosedRange_HoldsBothEnds()
    {
        Assert.True(DateRange.TryParse("2016-03-30..2021-03-15", out var r, out _));
        Assert.True(r.Contains(new DateOnly(2016, 3, 30)));
        Assert.True(r.Contains(new DateOnly(2021, 3, 15)));
        Assert.False(r.Contains(new DateOnly(2021, 3, 16)));
    }

    [Fact]
    public void TryParse_OpenEnd_HoldsAnyLaterDay()
    {
        Assert.True(DateRange.TryParse("2016-03-30..", out var r, out _));
        Assert.True(r.Contains(new DateOnly(2090, 1, 1)));
        Assert.False(r.Contains(new DateOnly(2016, 3, 29)));
    }

    [Fact]
    public void TryParse_PartialDates_CoverWholeMonthAndYear()
    {
        Assert.True(DateRange.TryParse("2014-05..2015", out var r, out _));
        Assert.Equal(new DateOnly(2014, 5, 1), r.From);
        Assert.Equal(new DateOnly(2015, 12, 31), r.To);
    }

    [Theory]
    [InlineData("2021-03-15..2016-03-30", "the start is after the end")]
    [InlineData("2016-13-01..", "is not a date")]
    [InlineData("2016-03-30", "expected FROM..TO")]
    public void TryParse_BadRange_ExplainsWhy(string text, string expected)
    {
        Assert.False(DateRange.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeOn_AfterLastRole_IsFormerOfficial()
    {
        var sarraj = new ActorEntry("Sarraj", ["فايز السراج"], [new CodeAssignment("LBYGOV", new DateRange(new DateOnly(2016, 3, 30), new DateOnly(2021, 3, 15)))], null, "person", default);
        Assert.Equal("LBYGOV", sarraj.CodeOn(new DateOnly(2019, 12, 21)));
        Assert.Equal("LBYELI", sarraj.CodeOn(new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void CodeOn_NoDate_UsesDefault()
    {
        var actor = new ActorEntry("X", ["س"], [new CodeAssignment("LBYGOV", new DateRange(new DateOnly(2016, 1, 1), null))], "LBYELI", "person", default);
        Assert.Equal("LBYELI", actor.CodeOn(null));
    }
}
