using Hadath.Coding;
using Hadath.Testing;

namespace Hadath.Lexicon.Tests;

/// <summary>The bundled engine, loaded once for the tests that need the real lexicon.</summary>
public sealed class LexiconFixture
{
    private readonly Lazy<HadathEngine> _engine = new(() => HadathEngine.Load(DataDirectory));

    public static string DataDirectory => BundledData.Directory;

    public HadathEngine Engine => _engine.Value;

    public static string? Shared => BundledData.Shared;
}
