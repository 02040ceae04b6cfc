using AnalisaAI.Api.Features.MetricsUpdate.Freshness;
using AnalisaAI.Api.Features.SocialData.GetSourceStatus;
using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.MetricsUpdate.GetFreshness;

public sealed class GetFreshnessHandler(FreshnessReader freshnessReader, ISender sender, IOptions<MetricsUpdateOptions> options)
    : IQueryHandler<GetFreshnessQuery, GetFreshnessResponse>
{
    public async ValueTask<GetFreshnessResponse> Handle(GetFreshnessQuery query, CancellationToken cancellationToken)
    {
        var freshness = await freshnessReader.ReadAsync(cancellationToken);
        var source = await sender.Send(new GetSourceStatusQuery(), cancellationToken);
        var settings = options.Value;
        var limit = FreshnessLimitCalculator.Calculate(freshness.Hot, freshness.Cold, settings.HotTargetAge, settings.TargetAge, source.CallsPerHour);
        return new GetFreshnessResponse(
            freshness.Influencers,
            freshness.NeverUpdated,
            freshness.DueNow,
            GetFreshnessAges.From(freshness.Age),
            GetFreshnessAges.From(freshness.DataAge),
            freshness.WithinTarget,
            freshness.WithinTargetByData,
            GetFreshnessLimit.From(limit),
            freshness.HotWithinTarget,
            source);
    }
}
