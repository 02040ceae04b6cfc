using System.Threading.RateLimiting;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>The instance's cap on concurrent password hashing, with a short first-come queue.</summary>
public sealed partial class PasswordHashingLimiter(IOptions<PasswordHashingOptions> options, ILogger<PasswordHashingLimiter> logger) : IDisposable
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrent,
        QueueLimit = options.Value.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A slot to hash in, to dispose when done; throws <see cref="ServiceBusyException"/> when the queue is full.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        LogBusy(options.Value.MaxConcurrent, options.Value.QueueLimit);
        throw new ServiceBusyException(RetryAfter, "The server is busy verifying passwords; retry after the time in the Retry-After header.");
    }

    public void Dispose() => limiter.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password hashing at capacity ({MaxConcurrent} running, {QueueLimit} waiting): request refused with 503")]
    private partial void LogBusy(int maxConcurrent, int queueLimit);
}
