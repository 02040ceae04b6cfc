using FluentValidation;

namespace AnalisaAI.Api.Features.MetricsUpdate.Execution;

public sealed class ExecuteRunValidator : AbstractValidator<ExecuteRunCommand>
{
    public ExecuteRunValidator()
    {
        RuleFor(c => c.InfluencerId).NotEmpty();
        RuleFor(c => c.Trigger).IsInEnum();
        RuleFor(c => c.RunId).NotEqual(Guid.Empty);
    }
}
