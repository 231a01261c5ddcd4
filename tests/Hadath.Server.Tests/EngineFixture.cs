using Hadath.Coding;
using Hadath.Testing;

[assembly: AssemblyFixture(typeof(Hadath.Server.Tests.EngineFixture))]

namespace Hadath.Server.Tests;

/// <summary>
/// One engine for the whole test run, built from the repository's data folder: it is immutable
/// and thread-safe, as the server shares it too, and building it costs seconds.
/// </summary>
public sealed class EngineFixture
{
    public HadathEngine Engine { get; } = HadathEngine.Load(BundledData.Directory);
}
