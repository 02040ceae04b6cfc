using AnalisaAI.Api.Features.MetricsUpdate.Freshness;
using AnalisaAI.Api.Features.SocialData.GetSourceStatus;
using Mediator;

namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

public sealed class GetFreshnessHandler(FreshnessReader freshnessReader, ISender sender) : IQueryHandler<GetFreshnessQuery, GetFreshnessResponse>
{
    public async ValueTask<GetFreshnessResponse> Handle(GetFreshnessQuery query, CancellationToken cancellationToken)
    {
        var freshness = await freshnessReader.ReadAsync(cancellationToken);
        var source = await sender.Send(new GetSourceStatusQuery(), cancellationToken);
        return new GetFreshnessResponse(
            freshness.Influencers,
            freshness.NeverUpdated,
            freshness.DueNow,
            new GetFreshnessAges(freshness.AgeP50, freshness.AgeP90, freshness.AgeMax),
            freshness.WithinTarget,
            source);
    }
}
