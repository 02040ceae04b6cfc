using Mediator;

namespace AnalisaAI.Api.Features.Metrics.Growth;

/// <summary>Stage 3: follower growth from the daily audience snapshots; the result joins the run's unit of work.</summary>
public sealed record GrowthCommand(StageContext Context) : ICommand<GrowthMetrics>;
