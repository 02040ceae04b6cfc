using AnalisaAI.Api.Infrastructure.Web;

namespace AnalisaAI.Api.Features.Auth;

public sealed class AuthEndpointGroup : IEndpointGroup
{
    public static string Prefix => "/api/auth";

    public static RouteGroupBuilder Configure(RouteGroupBuilder group) => group.WithTags("Auth");
}
