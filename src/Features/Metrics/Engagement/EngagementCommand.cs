using Mediator;

namespace AnalisaAI.Api.Features.Metrics.Engagement;

/// <summary>Stage 1: engagement over the window's posts; the result is added to the run's unit of work.</summary>
public sealed record EngagementCommand(StageContext Context) : ICommand<EngagementMetrics>;
