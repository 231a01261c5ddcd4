namespace Hadath.Server.Tests;

public sealed class PostgresReadEndpointTests(PostgresServer server) : ReadEndpointTests(server), IClassFixture<PostgresServer>;
