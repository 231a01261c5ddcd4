namespace Hadath.Testing;

/// <summary>Where the repository's data folder and the team's shared data are, seen from a test run.</summary>
public static class BundledData
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

    /// <summary>The curated data folder of the repository.</summary>
    public static string Directory => Path.Combine(RepoRoot, "data");

    /// <summary>../shared beside the repository (or HADATH_SHARED), or null when this machine does not have it.</summary>
    public static string? Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("HADATH_SHARED");
            if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env))
            {
                return env;
            }

            var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return System.IO.Directory.Exists(candidate) ? candidate : null;
        }
    }
}
