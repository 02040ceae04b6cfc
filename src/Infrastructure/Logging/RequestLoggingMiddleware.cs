using System.Diagnostics;

namespace AnalisaAI.Api.Infrastructure.Logging;

/// <summary>
/// One event per request through the app's own logger, so it reaches every configured sink: method, path
/// (never the query string, which may carry secrets), status, elapsed time, trace id and client address.
/// Bodies and headers are never logged.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            var status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var traceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            // 503 is load shedding (the hashing cap), a warning; any other 5xx is an error.
            var level = status switch
            {
                StatusCodes.Status503ServiceUnavailable => LogLevel.Warning,
                >= StatusCodes.Status500InternalServerError => LogLevel.Error,
                _ => LogLevel.Information,
            };
            LogRequest(level, context.Request.Method, context.Request.Path.Value ?? "", status, elapsed, traceId, client);
        }
    }

    [LoggerMessage(Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (trace {TraceId}, client {ClientAddress})")]
    private partial void LogRequest(LogLevel level, string requestMethod, string requestPath, int statusCode, double elapsed, string traceId, string clientAddress);
}
