using Mediator;

namespace AnalisaAI.Api.Features.Metrics.Reach;

/// <summary>Stage 2: reach over the window's posts, stories and snapshot days; the result joins the run's unit of work.</summary>
public sealed record ReachCommand(StageContext Context) : ICommand<ReachMetrics>;
