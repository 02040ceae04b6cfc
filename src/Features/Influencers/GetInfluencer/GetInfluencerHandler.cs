using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.GetInfluencer;

public sealed class GetInfluencerHandler(AppDbContext db, ISender sender, IPublisher publisher) : IQueryHandler<GetInfluencerQuery, InfluencerResponse>
{
    public async ValueTask<InfluencerResponse> Handle(GetInfluencerQuery query, CancellationToken cancellationToken)
    {
        var influencer = await db.Influencers.AsNoTracking().SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
            ?? throw NotFoundException.For("Influencer", query.Id);
        await publisher.Publish(new InfluencerViewed(influencer.Id), cancellationToken);
        return await InfluencerResponses.LoadAsync(db, sender, influencer, viewing: true, cancellationToken);
    }
}
