using AnalisaAI.Api.Infrastructure.OpenApi;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.GetAudience;

public sealed class GetAudienceEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/audience", async (Guid id, string? from, string? to, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetAudienceQuery(id, from, to), cancellationToken)))
            .WithName("GetAudience")
            .WithSummary("The influencer's daily audience snapshots, oldest first.")
            .WithDescription(
                $"`from` and `to` are days (`{GetAudienceQuery.DateFormat}`, both inclusive); by default the {GetAudienceQuery.DefaultDays} days " +
                $"ending today (UTC). At most {GetAudienceQuery.MaxDays} days.")
            .WithQueryParametersOf<GetAudienceQuery>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
