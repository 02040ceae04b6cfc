using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Auth.ListUsers;

public sealed class ListUsersEndpoint : IEndpoint<UsersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async ([AsParameters] ListUsersQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithQueryParameterDefault("page", 1)
            .WithQueryParameterDefault("pageSize", ListUsersQuery.DefaultPageSize)
            .WithName("ListUsers")
            .WithSummary("Accounts, a page at a time, by email; search matches part of the email or display name.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
