using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.UpdateInfluencer;

public sealed class UpdateInfluencerHandler(AppDbContext db, ISender sender) : ICommandHandler<UpdateInfluencerCommand, InfluencerResponse>
{
    public async ValueTask<InfluencerResponse> Handle(UpdateInfluencerCommand command, CancellationToken cancellationToken)
    {
        var influencer = await db.Influencers.Include(i => i.Categories)
                .SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw NotFoundException.For("Influencer", command.Id);

        await InfluencerWriter.ApplyAsync(db, influencer, command, cancellationToken);
        await InfluencerWriter.EnsureUniqueAsync(db, influencer, cancellationToken);
        await InfluencerWriter.SaveAsync(db, influencer, cancellationToken);
        return await InfluencerResponses.LoadAsync(db, sender, influencer, viewing: false, cancellationToken);
    }
}
