using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListPosts;

public sealed class ListPostsEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/posts", async (Guid id, string? page, string? pageSize, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListPostsQuery(id, page, pageSize), cancellationToken)))
            .WithName("ListPosts")
            .WithSummary("The influencer's posts, newest first, each with its interactions and engagement rate.")
            .WithDescription(
                $"`page` from 1 (default 1); `pageSize` 1 to {ListPostsQuery.MaxPageSize} (default {ListPostsQuery.DefaultPageSize}). " +
                "Ties on publishedAt are ordered by externalId. engagementRate is interactions / the influencer's followers * 100, " +
                "null when the followers are 0 or unknown.")
            .WithQueryParametersOf<ListPostsQuery>()
            .WithQueryParameterDefault("page", 1)
            .WithQueryParameterDefault("pageSize", ListPostsQuery.DefaultPageSize)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
