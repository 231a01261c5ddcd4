using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hadath.Server.Http;

/// <summary>Writes the request body of endpoints marked with <see cref="DocumentedBody"/> into the OpenAPI document.</summary>
internal static class BodyDocumentation
{
    public static async Task Apply(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedBody>().FirstOrDefault() is not { } body)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellation).ConfigureAwait(false);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = body.ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = schema }),
        };
    }
}
