using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using Mediator;

namespace AnalisaAI.Api.Features.Metrics.Relevance;

/// <summary>Stage 4: the relevance score from the same run's engagement, reach and growth.</summary>
public sealed record RelevanceCommand(
    StageContext Context,
    Platform Platform,
    long? Following,
    EngagementMetrics Engagement,
    ReachMetrics Reach,
    GrowthMetrics Growth) : ICommand<RelevanceScore>;
