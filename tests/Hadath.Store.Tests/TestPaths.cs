namespace Hadath.Store.Tests;

/// <summary>Where the repository, its data and the built CLI are, seen from a test run.</summary>
internal static class TestPaths
{
    public static string RepoRoot => Hadath.Testing.BundledData.RepoRoot;

    public static string Data => Path.Combine(RepoRoot, "data");

    /// <summary>The CLI built beside the tests (the test project references it), run with <c>dotnet exec</c>.</summary>
    public static string CliDll
    {
        get
        {
            var local = Path.Combine(AppContext.BaseDirectory, "hadath.dll");
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name;
            var built = Path.Combine(RepoRoot, "src", "Hadath.Cli", "bin", configuration, "net10.0", "hadath.dll");
            return File.Exists(built) ? built : local;
        }
    }
}
