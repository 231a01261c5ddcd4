namespace Hadath.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Theory]
    [InlineData("tokens")]
    [InlineData("actor")]
    [InlineData("lexicon")]
    [InlineData("code")]
    [InlineData("explain")]
    [InlineData("eval")]
    public async Task Help_EveryVerb_PrintsUsageAndExitsZero(string verb)
    {
        var r = await CliRunner.RunAsync(verb, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Out, StringComparison.Ordinal);
        Assert.Contains(verb, r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownVerb_IsUsageErrorWithExitTwo()
    {
        var r = await CliRunner.RunAsync("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("hadath --help", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadDateOption_IsUsageError()
    {
        var r = await CliRunner.RunAsync("actor", "روسيا", "--date", "21/12/2019");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not a date", r.Error, StringComparison.Ordinal);
    }
}
