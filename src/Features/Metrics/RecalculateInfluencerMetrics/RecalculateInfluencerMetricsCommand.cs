using Mediator;

namespace AnalisaAI.Api.Features.Metrics.RecalculateInfluencerMetrics;

/// <summary>
/// Recalculates one influencer's metrics as one run: Profile, Engagement, Reach, Growth, Relevance. Sent by
/// the login runner, the refresh job and the manual endpoint's job. <paramref name="RunId"/> names a run
/// row created beforehand (manual requests answer with it); otherwise the run gets a new id.
/// </summary>
public sealed record RecalculateInfluencerMetricsCommand(Guid InfluencerId, RunTrigger Trigger, Guid? RunId = null)
    : ICommand<RecalculationOutcome>;
