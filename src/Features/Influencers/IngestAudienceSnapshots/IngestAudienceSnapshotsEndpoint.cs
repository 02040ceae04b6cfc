using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.IngestAudienceSnapshots;

public sealed class IngestAudienceSnapshotsEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/audience-snapshots",
                async (Guid id, IngestAudienceSnapshotsCommand command, ISender sender, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await sender.Send(command with { InfluencerId = id }, cancellationToken)))
            .RequireAuthorization(AuthPolicies.Admin)
            .WithName("IngestAudienceSnapshots")
            .WithSummary("Upserts up to 1000 daily audience snapshots by date, all or nothing; followers follow the newest.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
