using Hadath.Testing;

namespace Hadath.Evaluation.Tests;

/// <summary>Where the team's shared data lives, seen from a test run.</summary>
internal static class TestPaths
{
    public static string RepoRoot => BundledData.RepoRoot;

    public static string? Shared => BundledData.Shared;
}
