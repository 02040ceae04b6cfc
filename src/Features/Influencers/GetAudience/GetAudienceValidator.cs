using AnalisaAI.Api.Infrastructure.Validation;
using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.GetAudience;

public sealed class GetAudienceValidator : AbstractValidator<GetAudienceQuery>
{
    public GetAudienceValidator(TimeProvider time)
    {
        RuleFor(q => q.From)
            .Day()
            .WithMessage($"from must be a date, {GetAudienceQuery.DateFormat}.");
        RuleFor(q => q.To)
            .Day()
            .WithMessage($"to must be a date, {GetAudienceQuery.DateFormat}.");

        // The range rules only once both ends are readable, so a malformed date is reported alone.
        RuleFor(q => q).Custom((query, context) =>
        {
            if (!query.TryResolve(Today(time), out var from, out var to))
            {
                return;
            }

            if (from > to)
            {
                context.AddFailure("to", "'to' must not be before 'from'.");
            }
            else if (to.DayNumber - from.DayNumber + 1 > GetAudienceQuery.MaxDays)
            {
                context.AddFailure("from", $"from and to may span at most {GetAudienceQuery.MaxDays} days.");
            }
        });
    }

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
