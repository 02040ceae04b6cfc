using FluentValidation;

namespace AnalisaAI.Api.Features.MetricsUpdate.RecalculateInfluencerMetrics;

public sealed class RecalculateInfluencerMetricsValidator : AbstractValidator<RecalculateInfluencerMetricsCommand>
{
    public RecalculateInfluencerMetricsValidator()
    {
        RuleFor(c => c.InfluencerId).NotEmpty();
        RuleFor(c => c.Trigger).IsInEnum();
        RuleFor(c => c.RunId).NotEqual(Guid.Empty);
    }
}
