using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.SocialData.GetSourceStatus;

public sealed class GetSourceStatusHandler(IOptions<SocialDataOptions> options, IServiceProvider services)
    : IQueryHandler<GetSourceStatusQuery, SourceStatus>
{
    public async ValueTask<SourceStatus> Handle(GetSourceStatusQuery query, CancellationToken cancellationToken) =>
        options.Value.Source == SocialDataSourceKind.Stored
            ? SourceStatus.Stored
            : await services.GetRequiredService<ISocialSourceBudget>().StatusAsync(cancellationToken);
}
