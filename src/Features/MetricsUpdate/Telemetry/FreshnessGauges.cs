using System.Diagnostics.Metrics;
using AnalisaAI.Api.Features.MetricsUpdate.Freshness;

namespace AnalisaAI.Api.Features.MetricsUpdate.Telemetry;

/// <summary>
/// <c>analisaai_influencers_due</c>, <c>analisaai_metrics_age_seconds</c> (the oldest metrics' age) and
/// <c>analisaai_metrics_data_age_seconds</c> (the data's age: p50, p90 and max, by its <c>quantile</c> tag), observed
/// from the database at most once per <see cref="CacheFor"/> however often they are collected.
/// </summary>
public sealed class FreshnessGauges
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory scopes;
    private readonly Lock gate = new();
    private CatalogueFreshness? cached;
    private long cachedAt;

    public FreshnessGauges(IMeterFactory meters, IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.scopes = scopes;
        var meter = meters.Create(RunTelemetry.Name);
        meter.CreateObservableGauge("analisaai.influencers.due", () => Read().DueNow,
            description: "Influencers never updated or older than their target age, neither claimed nor backing off.");
        meter.CreateObservableGauge("analisaai.metrics.age", ObserveAge, unit: "s",
            description: "Age of the oldest stored metrics.");
        meter.CreateObservableGauge("analisaai.metrics.data_age", ObserveDataAge, unit: "s",
            description: "Age of the influencers' data (last fetch or ingestion): p50, p90 and max by the quantile tag.");
    }

    private IEnumerable<Measurement<double>> ObserveAge() =>
        Read().Age.Max is { } age ? [new Measurement<double>(age)] : [];

    private IEnumerable<Measurement<double>> ObserveDataAge()
    {
        var ages = Read().DataAge;
        return new (string Quantile, double? Age)[] { ("0.5", ages.P50), ("0.9", ages.P90), ("1", ages.Max) }
            .Where(q => q.Age is not null)
            .Select(q => new Measurement<double>(q.Age!.Value, new KeyValuePair<string, object?>("quantile", q.Quantile)));
    }

    private CatalogueFreshness Read()
    {
        lock (gate)
        {
            if (cached is null || Environment.TickCount64 - cachedAt >= CacheFor.TotalMilliseconds)
            {
                using var scope = scopes.CreateScope();
                // Gauge callbacks are synchronous; this runs at most once per CacheFor.
                cached = scope.ServiceProvider.GetRequiredService<FreshnessReader>().ReadAsync(CancellationToken.None).GetAwaiter().GetResult();
                cachedAt = Environment.TickCount64;
            }

            return cached;
        }
    }
}
