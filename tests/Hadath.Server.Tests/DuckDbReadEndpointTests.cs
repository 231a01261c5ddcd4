namespace Hadath.Server.Tests;

public sealed class DuckDbReadEndpointTests(DuckDbServer server) : ReadEndpointTests(server), IClassFixture<DuckDbServer>;
