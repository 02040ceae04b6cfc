using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.CreateInfluencer;

public sealed class CreateInfluencerValidator : AbstractValidator<CreateInfluencerCommand>
{
    public CreateInfluencerValidator() => Include(new InfluencerFieldsValidator());
}
