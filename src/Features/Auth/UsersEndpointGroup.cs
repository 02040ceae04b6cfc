using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// Account administration, admins only. Its slices live in Auth because they read and write Auth's own tables
/// (users and refresh-token families), which keeps one owner per table.
/// </summary>
public sealed class UsersEndpointGroup : IEndpointGroup
{
    public static string Prefix => "/api/users";

    public static RouteGroupBuilder Configure(RouteGroupBuilder group) =>
        group.WithTags("Users").RequireAuthorization(AuthPolicies.Admin);
}
