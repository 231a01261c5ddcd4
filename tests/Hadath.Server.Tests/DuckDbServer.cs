namespace Hadath.Server.Tests;

/// <summary>The test corpus served from a DuckDB file (the default store).</summary>
public sealed class DuckDbServer(EngineFixture engine) : SeededServer(engine, postgres: false);
