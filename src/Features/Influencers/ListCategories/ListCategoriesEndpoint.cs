using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListCategories;

public sealed class ListCategoriesEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/categories", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListCategoriesQuery(), cancellationToken)))
            .WithName("ListCategories")
            .WithSummary("The categories in use, by name, with how many influencers each has: the list's category filter.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
