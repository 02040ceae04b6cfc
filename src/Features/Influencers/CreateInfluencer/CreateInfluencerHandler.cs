using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.CreateInfluencer;

public sealed class CreateInfluencerHandler(AppDbContext db, TimeProvider time, ISender sender)
    : ICommandHandler<CreateInfluencerCommand, InfluencerResponse>
{
    public async ValueTask<InfluencerResponse> Handle(CreateInfluencerCommand command, CancellationToken cancellationToken)
    {
        var influencer = new Influencer
        {
            Id = Guid.CreateVersion7(),
            Handle = "",
            NormalizedHandle = "",
            CreatedAt = time.GetUtcNow().UtcDateTime,
            LastUpdateStatus = LatestRunStatus.Never,
            Version = Guid.NewGuid(),
        };
        await InfluencerWriter.ApplyAsync(db, influencer, command, cancellationToken);
        await InfluencerWriter.EnsureUniqueAsync(db, influencer, cancellationToken);

        db.Influencers.Add(influencer);
        await InfluencerWriter.SaveAsync(db, influencer, cancellationToken);
        return await InfluencerResponses.LoadAsync(db, sender, influencer, viewing: false, cancellationToken);
    }
}
