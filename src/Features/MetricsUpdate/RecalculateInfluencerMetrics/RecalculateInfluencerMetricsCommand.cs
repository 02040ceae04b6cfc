using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.RecalculateInfluencerMetrics;

/// <summary>
/// One run of one influencer's metrics: profile, engagement, reach, growth, relevance, then one commit. Sent by
/// the login runner and by the Quartz job (refresh and manual triggers). <paramref name="RunId"/> names a run
/// recorded beforehand (a manual request answers with it); otherwise the run gets a new id.
/// </summary>
public sealed record RecalculateInfluencerMetricsCommand(Guid InfluencerId, RunTrigger Trigger, Guid? RunId = null)
    : ICommand<RunOutcome>;
