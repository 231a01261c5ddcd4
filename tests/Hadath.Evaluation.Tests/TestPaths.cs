namespace Hadath.Evaluation.Tests;

/// <summary>Where the team's shared data lives, seen from a test run.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder with Hadath.slnx), found by walking up from the test binary.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hadath.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    /// <summary>../shared beside the repository, or null when this machine does not have it.</summary>
    public static string? Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("HADATH_SHARED");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            {
                return env;
            }

            var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }
}
