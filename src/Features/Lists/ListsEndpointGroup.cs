using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Lists;

/// <summary>Any signed-in user keeps lists; every route reaches only the caller's own (<see cref="OwnedLists"/>).</summary>
public sealed class ListsEndpointGroup : IEndpointGroup
{
    public static string Prefix => "/api/lists";

    public static RouteGroupBuilder Configure(RouteGroupBuilder group) =>
        group.WithTags("Lists").RequireAuthorization(AuthPolicies.User);
}
