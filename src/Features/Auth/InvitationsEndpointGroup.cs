using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// Invitations to register, admins only. Their slices live in Auth, the owner of the invitations table, which
/// registration consumes.
/// </summary>
public sealed class InvitationsEndpointGroup : IEndpointGroup
{
    public static string Prefix => "/api/invitations";

    public static RouteGroupBuilder Configure(RouteGroupBuilder group) =>
        group.WithTags("Invitations").RequireAuthorization(AuthPolicies.Admin);
}
