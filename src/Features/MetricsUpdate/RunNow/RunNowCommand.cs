using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.RunNow;

/// <summary>
/// Runs these influencers now, one after another in the order given, and answers when every run has ended. Each
/// is recorded as a manual run, like the one an admin requests, and commits like any run. For start-up work (the
/// demo's first calculation), before the app takes requests: it takes no place in the update's budget and queue.
/// </summary>
public sealed record RunNowCommand(IReadOnlyList<Guid> InfluencerIds) : ICommand<RunNowResult>;
