using System.Diagnostics.Metrics;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>
/// <c>analisaai_influencers_due</c> and <c>analisaai_metrics_age_seconds</c> (the oldest metrics' age), observed
/// from the database at most once per <see cref="CacheFor"/> however often they are collected.
/// </summary>
public sealed class MetricsUpdateGauges
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory scopes;
    private readonly Lock gate = new();
    private CatalogueFreshness? cached;
    private long cachedAt;

    public MetricsUpdateGauges(IMeterFactory meters, IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.scopes = scopes;
        var meter = meters.Create(MetricsUpdateTelemetry.Name);
        meter.CreateObservableGauge("analisaai.influencers.due", () => Read().Due,
            description: "Influencers never updated or older than MetricsUpdate:MinAge, neither claimed nor backing off.");
        meter.CreateObservableGauge("analisaai.metrics.age", ObserveAge, unit: "s",
            description: "Age of the oldest stored metrics.");
    }

    private IEnumerable<Measurement<double>> ObserveAge() =>
        Read().OldestAgeSeconds is { } age ? [new Measurement<double>(age)] : [];

    private CatalogueFreshness Read()
    {
        lock (gate)
        {
            if (cached is null || Environment.TickCount64 - cachedAt >= CacheFor.TotalMilliseconds)
            {
                using var scope = scopes.CreateScope();
                cached = scope.ServiceProvider.GetRequiredService<CatalogueFreshnessReader>().Read();
                cachedAt = Environment.TickCount64;
            }

            return cached;
        }
    }
}
