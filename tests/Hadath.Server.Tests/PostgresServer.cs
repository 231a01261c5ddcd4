namespace Hadath.Server.Tests;

/// <summary>The test corpus served from a PostgreSQL database of its own (tests skip without HADATH_TEST_PG).</summary>
public sealed class PostgresServer(EngineFixture engine) : SeededServer(engine, postgres: true);
