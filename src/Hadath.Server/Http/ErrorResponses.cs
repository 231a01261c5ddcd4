using System.Data.Common;
using Hadath.Server.Api;
using Hadath.Text.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hadath.Server.Http;

/// <summary>
/// Turns what escapes an endpoint into a JSON answer with one readable message, never a stack
/// trace: bad input the engine or the store rejects (a HadathException) is the caller's fault (400),
/// a database failure is the server's (503), anything else 500 and a log entry.
/// </summary>
internal sealed partial class ErrorResponses
{
    private readonly RequestDelegate _next;
    private readonly ILogger<ErrorResponses> _log;

    public ErrorResponses(RequestDelegate next, ILogger<ErrorResponses> log)
    {
        _next = next;
        _log = log;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (HadathException e) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status400BadRequest, string.Join("; ", e.Diagnostics.Select(d => d.ToString()))).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await Write(context, e.StatusCode, e.Message).ConfigureAwait(false);
        }
        catch (DbException e) when (!context.Response.HasStarted)
        {
            LogDatabaseError(_log, e);
            await Write(context, StatusCodes.Status503ServiceUnavailable, "database error: " + e.Message.Split('\n')[0].Trim()).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The last line of defence: any failure becomes a 500 with a message, and is logged.
        catch (Exception e) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            LogUnexpected(_log, e);
            await Write(context, StatusCodes.Status500InternalServerError, "internal error: " + e.GetType().Name).ConfigureAwait(false);
        }
    }

    private static Task Write(HttpContext context, int status, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ApiError(message));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Database error")]
    private static partial void LogDatabaseError(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error")]
    private static partial void LogUnexpected(ILogger logger, Exception error);
}
