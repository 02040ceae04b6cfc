using System.Diagnostics;
using Mediator;

namespace AnalisaAI.Api.Infrastructure.Mediator;

/// <summary>
/// Logs each message's name and how long it took. Message contents are never logged: they can hold
/// passwords and tokens.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(MessageName, elapsedMs);
            return response;
        }
        catch (Exception exception)
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var exceptionType = exception.GetType().Name;
            LogFailure(MessageName, elapsedMs, exceptionType);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {MessageName} in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string messageName, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{MessageName} failed after {ElapsedMs:0.0} ms with {ExceptionType}")]
    private partial void LogFailure(string messageName, double elapsedMs, string exceptionType);
}
