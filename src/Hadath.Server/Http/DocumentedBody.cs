namespace Hadath.Server.Http;

/// <summary>
/// Endpoint metadata naming the body type an endpoint reads by hand. Unlike <c>Accepts</c>, it
/// only documents (in OpenAPI): it does not make routing refuse a request whose Content-Type is
/// not JSON, so <c>curl -d</c> works, and the endpoint itself answers malformed bodies with 400.
/// </summary>
internal sealed record DocumentedBody(Type Type, params string[] ContentTypes);
