using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Influencers.GetAudience;

public sealed class GetAudienceHandler(AppDbContext db, IPublisher publisher, TimeProvider time) : IQueryHandler<GetAudienceQuery, GetAudienceResponse>
{
    public async ValueTask<GetAudienceResponse> Handle(GetAudienceQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Influencers.AnyAsync(i => i.Id == query.InfluencerId, cancellationToken))
        {
            throw NotFoundException.For("Influencer", query.InfluencerId);
        }

        // Reading the audience is looking at the influencer: interest the update weighs, like the profile.
        await publisher.Publish(new InfluencerViewed(query.InfluencerId), cancellationToken);

        // The validator has accepted both dates.
        query.TryResolve(GetAudienceValidator.Today(time), out var from, out var to);
        var items = await db.AudienceSnapshots.AsNoTracking()
            .Where(s => s.InfluencerId == query.InfluencerId && s.Date >= from && s.Date <= to)
            .OrderBy(s => s.Date)
            .Select(s => new AudienceDayResponse(s.Date, s.Followers, s.Following, s.Gained, s.Lost, s.ProfileViews))
            .ToListAsync(cancellationToken);
        return new GetAudienceResponse(items);
    }
}
