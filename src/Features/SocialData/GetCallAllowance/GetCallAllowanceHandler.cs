using Mediator;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Features.SocialData.GetCallAllowance;

public sealed class GetCallAllowanceHandler(IOptions<SocialDataOptions> options, IServiceProvider services)
    : IQueryHandler<GetCallAllowanceQuery, int?>
{
    public async ValueTask<int?> Handle(GetCallAllowanceQuery query, CancellationToken cancellationToken) =>
        options.Value.Source == SocialDataSourceKind.Stored
            ? null
            : await services.GetRequiredService<ISocialSourceBudget>().CallsAvailableAsync(query.Ahead, cancellationToken);
}
