using Hadath.Testing;

namespace Hadath.Text.Tests;

/// <summary>Where the bundled data and the team's shared data live, seen from a test run.</summary>
internal static class TestPaths
{
    public static string Data => Path.Combine(AppContext.BaseDirectory, "data");

    public static string RepoRoot => BundledData.RepoRoot;

    public static string? Shared => BundledData.Shared;
}
