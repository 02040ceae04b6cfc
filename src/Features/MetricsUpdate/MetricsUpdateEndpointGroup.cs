using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.MetricsUpdate;

public sealed class MetricsUpdateEndpointGroup : IEndpointGroup
{
    public static string Prefix => "/api/metric-updates";

    public static RouteGroupBuilder Configure(RouteGroupBuilder group) =>
        group.WithTags("Metric updates").RequireAuthorization(AuthPolicies.Admin);
}
