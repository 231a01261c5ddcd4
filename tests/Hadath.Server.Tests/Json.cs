using System.Text.Json;

namespace Hadath.Server.Tests;

/// <summary>The API's JSON conventions (snake_case), for reading answers into the server's own records.</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
