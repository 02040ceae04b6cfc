using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.RecalculateMetrics;

/// <summary>An admin's request for a manual run of one influencer now; the run happens in the background.</summary>
public sealed record RecalculateMetricsCommand(Guid InfluencerId) : ICommand<RecalculateMetricsResponse>;
