using Hadath.Testing;

namespace Hadath.Cli.Tests;

/// <summary>
/// Golden-file comparison for CLI output. A deliberate change of output is accepted by running the
/// tests once with HADATH_UPDATE_GOLDEN=1, which rewrites the files under tests/Hadath.Cli.Tests/Golden;
/// the diff then shows in review.
/// </summary>
internal static class Golden
{
    public static void Check(string name, string actual)
    {
        var path = Path.Combine(BundledData.RepoRoot, "tests", "Hadath.Cli.Tests", "Golden", name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("HADATH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing: run the tests once with HADATH_UPDATE_GOLDEN=1");

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}
