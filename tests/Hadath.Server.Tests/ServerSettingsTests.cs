using Microsoft.Extensions.Configuration;

namespace Hadath.Server.Tests;

public sealed class ServerSettingsTests
{
    private static ServerSettings From(params (string Key, string? Value)[] values)
        => ServerSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void From_Nothing_ServesDefaultFileWithIngestOff()
    {
        var settings = From();

        Assert.Equal("hadath.duckdb", settings.Db);
        Assert.False(settings.IngestEnabled);
        Assert.Equal(1024 * 1024, settings.MaxCodeBody);
    }

    [Fact]
    public void From_EnvironmentKey_TurnsIngestOn()
    {
        var settings = From(("HADATH_API_KEY", "k"), ("Hadath:Db", "x.duckdb"), ("HADATH_DATA", "/d"));

        Assert.True(settings.IngestEnabled);
        Assert.Equal("k", settings.ApiKey);
        Assert.Equal("x.duckdb", settings.Db);
        Assert.Equal("/d", settings.DataDirectory);
    }

    [Fact]
    public void From_BlankKey_LeavesIngestOff()
    {
        Assert.False(From(("HADATH_API_KEY", "  ")).IngestEnabled);
    }
}
