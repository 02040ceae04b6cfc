using FluentValidation;

namespace AnalisaAI.Api.Features.Metrics.GetMetricsHistory;

public sealed class GetMetricsHistoryValidator : AbstractValidator<GetMetricsHistoryQuery>
{
    public GetMetricsHistoryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, GetMetricsHistoryQuery.MaxLimit);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
