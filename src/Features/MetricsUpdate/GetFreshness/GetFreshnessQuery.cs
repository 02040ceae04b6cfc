using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

/// <summary>How fresh the catalogue is, and the social data source's health: GET /api/metric-updates/freshness.</summary>
public sealed record GetFreshnessQuery : IQuery<GetFreshnessResponse>;
