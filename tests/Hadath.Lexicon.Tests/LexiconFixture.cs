using Hadath.Coding;

namespace Hadath.Lexicon.Tests;

/// <summary>The bundled engine, loaded once for the tests that need the real lexicon.</summary>
public sealed class LexiconFixture
{
    private readonly Lazy<HadathEngine> _engine = new(() => HadathEngine.Load(DataDirectory));

    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public HadathEngine Engine => _engine.Value;

    public static string? Shared
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hadath.slnx")))
            {
                dir = dir.Parent;
            }

            var env = Environment.GetEnvironmentVariable("HADATH_SHARED");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            {
                return env;
            }

            var candidate = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            return candidate is not null && Directory.Exists(candidate) ? candidate : null;
        }
    }
}
