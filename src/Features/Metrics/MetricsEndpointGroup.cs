using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Metrics;

/// <summary>An influencer's metrics live under the influencer: /api/influencers/{id}/metrics.</summary>
public sealed class MetricsEndpointGroup : IEndpointGroup
{
    public static string Prefix => "/api/influencers/{id:guid}/metrics";

    public static RouteGroupBuilder Configure(RouteGroupBuilder group) =>
        group.WithTags("Metrics").RequireAuthorization(AuthPolicies.User);
}
