using System.Security.Claims;
using AnalisaAI.Api.Features.Influencers.ListInfluencers;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AnalisaAI.Api.Features.Lists.GetListItems;

public sealed class GetListItemsEndpoint : IEndpoint<ListsEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/items", GetAsync)
            .WithName("GetListItems")
            .WithSummary("The list's influencers in the order added, as the catalogue lists them; with Accept: text/csv, as a CSV file.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>JSON, or with <c>Accept: text/csv</c> the catalogue's CSV of the same influencers in the same order.</summary>
    private static async Task<Results<Ok<GetListItemsResponse>, CsvDownload>> GetAsync(
        Guid id, ClaimsPrincipal user, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var ownerId = AccessTokenClaims.UserId(user);
        if (!CsvDownload.IsRequested(request))
        {
            return TypedResults.Ok(await sender.Send(new GetListItemsQuery(id, ownerId), cancellationToken));
        }

        var list = await sender.Send(new GetListItemIdsQuery(id, ownerId), cancellationToken);
        return ListInfluencersCsv.Download(list.Ids, sender, CsvDownload.FileNameFor(list.Name, "list"));
    }
}
