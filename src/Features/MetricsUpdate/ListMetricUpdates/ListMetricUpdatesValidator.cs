using FluentValidation;

namespace AnalisaAI.Api.Features.MetricsUpdate.ListMetricUpdates;

public sealed class ListMetricUpdatesValidator : AbstractValidator<ListMetricUpdatesQuery>
{
    public ListMetricUpdatesValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, ListMetricUpdatesQuery.MaxLimit);
}
