using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.MetricsUpdate;

/// <summary>The manual trigger lives beside the influencer's metrics it refreshes: /api/influencers/{id}/metrics.</summary>
public sealed class InfluencerMetricsEndpointGroup : IEndpointGroup
{
    public static string Prefix => "/api/influencers/{id:guid}/metrics";

    public static RouteGroupBuilder Configure(RouteGroupBuilder group) =>
        group.WithTags("Metrics").RequireAuthorization(AuthPolicies.Admin);
}
