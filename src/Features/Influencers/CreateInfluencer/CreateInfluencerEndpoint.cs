using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.CreateInfluencer;

public sealed class CreateInfluencerEndpoint : IEndpoint<InfluencersEndpointGroup>
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async (CreateInfluencerCommand command, ISender sender, CancellationToken cancellationToken) =>
            {
                var created = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"{InfluencersEndpointGroup.Prefix}/{created.Id}", created);
            })
            .RequireAuthorization(AuthPolicies.Admin)
            .WithName("CreateInfluencer")
            .WithSummary("Adds an influencer to the catalogue.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
