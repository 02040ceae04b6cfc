using System.Globalization;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>The instance is at capacity for this kind of work: 503 with Retry-After, so clients back off instead of piling on.</summary>
public sealed class ServiceBusyException(TimeSpan retryAfter, string detail)
    : ProblemException(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", detail)
{
    public string RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
