using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

/// <summary>
/// One run of one influencer's metrics: profile, engagement, reach, growth, relevance, then one commit. Sent by
/// <see cref="LoginRunner"/>, the refresh and sweep jobs and the manual runner. <paramref name="RunId"/> names a
/// run recorded beforehand (a manual request answers with it); otherwise the run gets a new id.
/// </summary>
public sealed record ExecuteRunCommand(Guid InfluencerId, RunTrigger Trigger, Guid? RunId = null)
    : ICommand<RunOutcome>;
