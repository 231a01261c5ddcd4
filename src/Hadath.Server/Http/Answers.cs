using System.Globalization;
using Hadath.Server.Api;
using Microsoft.AspNetCore.Http;

namespace Hadath.Server.Http;

/// <summary>The error answers the endpoints share, each with an <see cref="ApiError"/> body.</summary>
internal static class Answers
{
    public static IResult BadRequest(string message) => TypedResults.BadRequest(new ApiError(message));

    public static IResult NotFound(string message) => TypedResults.NotFound(new ApiError(message));

    public static IResult Unauthorized(string message) => TypedResults.Json(new ApiError(message), statusCode: StatusCodes.Status401Unauthorized);

    public static IResult TooLarge(long limit)
        => TypedResults.Json(new ApiError(string.Create(CultureInfo.InvariantCulture, $"the request body is larger than {limit} bytes")), statusCode: StatusCodes.Status413PayloadTooLarge);
}
