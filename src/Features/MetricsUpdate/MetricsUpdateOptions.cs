using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>The <c>MetricsUpdate</c> settings: when influencers are picked, how long a claim holds and how failures back off.</summary>
public sealed class MetricsUpdateOptions : IValidatableObject
{
    public const string Section = "MetricsUpdate";

    /// <summary>Influencers viewed within this window are "hot": their target age is <see cref="HotTargetAge"/>.</summary>
    public static readonly TimeSpan HotWindow = TimeSpan.FromHours(24);

    /// <summary>Switches off the automatic update on login and refresh (manual recalculation still works).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 100, ErrorMessage = "MetricsUpdate:LoginBatchSize must be between 1 and 100.")]
    public int LoginBatchSize { get; set; } = 5;

    /// <summary>An influencer updated more recently than this is not picked.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "MetricsUpdate:MinAge must be between 0 and 30 days.")]
    public TimeSpan MinAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a claim holds; a run that crashed releases its influencer when this passes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "MetricsUpdate:ClaimDuration must be between 10 seconds and 1 day.")]
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How old metrics may get for an influencer nobody viewed in the last 24 h.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "MetricsUpdate:TargetAge must be between 1 minute and 365 days.")]
    public TimeSpan TargetAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How old metrics may get for an influencer someone viewed in the last 24 h.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "MetricsUpdate:HotTargetAge must be between 1 minute and 365 days.")]
    public TimeSpan HotTargetAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How early an influencer counts as due: one sweep interval (5 minutes when the sweep is off), at most half
    /// the hot target, so the sweep refreshes it before it passes its target rather than up to an interval after.
    /// </summary>
    public TimeSpan Lead
    {
        get
        {
            var interval = Sweep.Interval > TimeSpan.Zero ? Sweep.Interval : TimeSpan.FromMinutes(5);
            return interval < HotTargetAge / 2 ? interval : HotTargetAge / 2;
        }
    }

    /// <summary>
    /// The longest <c>SocialData:InstagramGraph:RefetchMinAge</c> can be and still serve the hot target: a
    /// viewed influencer is picked <see cref="Lead"/> before its data reaches HotTargetAge, and must then be fetchable.
    /// </summary>
    public TimeSpan RefetchMinAgeCap => HotTargetAge - Lead;

    public BackoffSettings FailureBackoff { get; set; } = new();

    public SweepSettings Sweep { get; set; } = new();

    public BudgetSettings Budget { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FailureBackoff.Initial <= TimeSpan.Zero || FailureBackoff.Max < FailureBackoff.Initial)
        {
            yield return new ValidationResult("MetricsUpdate:FailureBackoff:Initial must be positive and not above MetricsUpdate:FailureBackoff:Max.");
        }

        if (Sweep.Interval < TimeSpan.Zero || Sweep.Interval > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("MetricsUpdate:Sweep:Interval must be between 00:00:00 (off) and 1 day.");
        }

        if (Sweep.BatchSize is < 1 or > 10_000)
        {
            yield return new ValidationResult("MetricsUpdate:Sweep:BatchSize must be between 1 and 10,000.");
        }

        foreach (var result in Budget.Validate())
        {
            yield return result;
        }
    }

    /// <summary>After a failed run the influencer is not picked again for Initial, doubling per failure up to Max.</summary>
    public sealed class BackoffSettings
    {
        public TimeSpan Initial { get; set; } = TimeSpan.FromMinutes(1);
        public TimeSpan Max { get; set; } = TimeSpan.FromHours(1);

        public TimeSpan After(int consecutiveFailures)
        {
            var factor = Math.Pow(2, Math.Clamp(consecutiveFailures - 1, 0, 30));
            return TimeSpan.FromTicks((long)Math.Min(Max.Ticks, Initial.Ticks * factor));
        }
    }

    /// <summary>A clustered Quartz job that claims the most overdue influencers, so the catalogue stays fresh without logins.</summary>
    public sealed class SweepSettings
    {
        /// <summary>How often the sweep runs; zero switches it off.</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>
        /// A cap on the influencers one sweep claims. The batch itself follows the source's call budget (the calls
        /// it allows until the next sweep) and the due count; with the <c>Stored</c> source, which has no call
        /// budget, the sweep claims every due influencer up to this cap.
        /// </summary>
        public int BatchSize { get; set; } = 1000;
    }

    /// <summary>How much of an instance the update may take (docs/architecture.md, "Load").</summary>
    public sealed class BudgetSettings
    {
        /// <summary>Runs at once per instance.</summary>
        public int Concurrency { get; set; } = Environment.ProcessorCount;

        /// <summary>Requests in flight at which the foreground counts as busy.</summary>
        public int BusyRequests { get; set; } = Environment.ProcessorCount;

        /// <summary>Thread-pool work items waiting at which the foreground counts as busy.</summary>
        public int BusyQueuedWorkItems { get; set; } = 2 * Environment.ProcessorCount;

        /// <summary>After a request waited for the database's writer, the foreground counts as busy for this long.</summary>
        public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromMilliseconds(200);

        /// <summary>
        /// While the foreground is busy, one run (and one claim) per this interval: the update never starves.
        /// Half a second: a refresh's claim and its run each wait for a turn, so this keeps at least one run a
        /// second under saturation, at about 1 % of two cores.
        /// </summary>
        public TimeSpan BusyInterval { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>Logins and refreshes waiting to be claimed for; beyond this a trigger is dropped and counted.</summary>
        public int TriggerQueueCapacity { get; set; } = 1000;

        internal IEnumerable<ValidationResult> Validate()
        {
            if (Concurrency is < 1 or > 64)
            {
                yield return new ValidationResult("MetricsUpdate:Budget:Concurrency must be between 1 and 64.");
            }

            if (BusyRequests < 1 || BusyQueuedWorkItems < 1)
            {
                yield return new ValidationResult("MetricsUpdate:Budget:BusyRequests and MetricsUpdate:Budget:BusyQueuedWorkItems must be at least 1.");
            }

            if (QuietPeriod < TimeSpan.Zero || QuietPeriod > TimeSpan.FromMinutes(1))
            {
                yield return new ValidationResult("MetricsUpdate:Budget:QuietPeriod must be between 0 and 1 minute.");
            }

            if (BusyInterval <= TimeSpan.Zero || BusyInterval > TimeSpan.FromMinutes(1))
            {
                yield return new ValidationResult("MetricsUpdate:Budget:BusyInterval must be above 0 and at most 1 minute.");
            }

            if (TriggerQueueCapacity is < 1 or > 1_000_000)
            {
                yield return new ValidationResult("MetricsUpdate:Budget:TriggerQueueCapacity must be between 1 and 1,000,000.");
            }
        }
    }
}
