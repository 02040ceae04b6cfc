using System.Data.Common;
using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// What a failed run stores and shows every analyst: its stage and a short classified message. The raw
/// exception (which may hold SQL, data or addresses) goes to the log only.
/// </summary>
public static class RunError
{
    /// <summary>Saving the run's results (a concurrent change that kept winning, or a database error).</summary>
    public const string CommitStage = "commit";

    public static (string Stage, string Message) Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var (stage, cause) = exception is StageFailedException failed && failed.InnerException is { } inner
            ? (failed.Stage, inner)
            : (CommitStage, exception);

        var message = cause switch
        {
            // The source's messages are written to be shown: short, without token or URL.
            SocialDataException source => $"The social data source failed: {source.Message}",
            DbUpdateConcurrencyException => "The influencer kept changing while its metrics were saved.",
            DbUpdateException or DbException => "The database refused the run's data.",
            OverflowException or ArithmeticException => "The influencer's data is out of range.",
            _ => "Unexpected error; see the application log.",
        };
        return (stage, message.Length <= MetricRun.ErrorMaxLength ? message : message[..MetricRun.ErrorMaxLength]);
    }

    /// <summary>
    /// A change by someone else while the run computed: the run computes again on the new data.
    /// A key another run inserted first (a manual and an automatic run of one influencer committing at once, both
    /// creating the same row) is the same kind of change: computed again, the run finds that row.
    /// </summary>
    public static bool IsConcurrentChange(Exception exception) =>
        exception is DbUpdateConcurrencyException or StageFailedException { InnerException: DbUpdateConcurrencyException }
        || (exception is DbUpdateException && DatabaseErrors.IsUniqueViolation(exception.InnerException));

    /// <summary>The source says the account cannot be read (not found, not a business account): retrying soon is pointless.</summary>
    public static bool IsPermanent(Exception exception) =>
        exception is StageFailedException { InnerException: SocialDataException { Kind: SocialDataFailureKind.AccountUnavailable } };
}
