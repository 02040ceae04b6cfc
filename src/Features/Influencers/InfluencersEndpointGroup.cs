using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>Every influencer route needs a signed-in user; the writes add the admin policy on top.</summary>
public sealed class InfluencersEndpointGroup : IEndpointGroup
{
    public static string Prefix => "/api/influencers";

    public static RouteGroupBuilder Configure(RouteGroupBuilder group) =>
        group.WithTags("Influencers").RequireAuthorization(AuthPolicies.User);
}
