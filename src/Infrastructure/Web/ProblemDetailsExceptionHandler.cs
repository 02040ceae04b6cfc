using System.Globalization;
using System.Text.Json;
using AnalisaAI.Api.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details. Only what the client may know is
/// written: a 500 says nothing about its cause. A database that is away or busy (<see cref="DatabaseErrors.IsTransient"/>,
/// after the execution strategy's retries) is a 503 with Retry-After, never a 500: the client cannot tell a bug
/// from an outage, so the answer tells it to come back.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>A database restart or failover is over within seconds.</summary>
    public static readonly TimeSpan DatabaseRetryAfter = TimeSpan.FromSeconds(3);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            ProblemException known => new ProblemDetails { Status = known.StatusCode, Title = known.Title, Detail = known.Detail },
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Payload Too Large",
                Detail = "The request body is larger than the server accepts.",
            },
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } bad => new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "Unsupported Media Type",
                Detail = bad.Message,
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "Bad Request",
                Detail = bad.InnerException is JsonException ? "The request body is not valid JSON for this operation." : bad.Message,
            },
            JsonException => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Bad Request",
                Detail = "The request body is not valid JSON for this operation.",
            },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ when DatabaseErrors.IsTransient(exception) && !httpContext.RequestAborted.IsCancellationRequested => DatabaseUnavailable(exception, httpContext),
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is ServiceBusyException busy)
        {
            httpContext.Response.Headers.RetryAfter = busy.RetryAfterSeconds;
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable && exception is not ProblemException)
        {
            // The database's 503 (DatabaseUnavailable).
            httpContext.Response.Headers.RetryAfter = ((int)DatabaseRetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await ProblemResponses.WriteAsync(httpContext, problem, exception);
        return true;
    }

    private ProblemDetails DatabaseUnavailable(Exception exception, HttpContext httpContext)
    {
        LogDatabaseUnavailable(exception, httpContext.Request.Method, httpContext.Request.Path);
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Service Unavailable",
            Detail = "The database is unavailable for a moment; send the request again after the time in Retry-After.",
        };
    }

    private static ValidationProblemDetails ValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => JsonPath.ToCamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Path}: answered 503")]
    private partial void LogDatabaseUnavailable(Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
