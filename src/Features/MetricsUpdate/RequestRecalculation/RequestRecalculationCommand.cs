using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.RequestRecalculation;

/// <summary>An admin's request to recalculate one influencer now; the run happens in the background.</summary>
public sealed record RequestRecalculationCommand(Guid InfluencerId) : ICommand<RequestRecalculationResponse>;
