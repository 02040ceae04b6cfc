using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.UpdateInfluencer;

public sealed class UpdateInfluencerValidator : AbstractValidator<UpdateInfluencerCommand>
{
    public UpdateInfluencerValidator() => Include(new InfluencerFieldsValidator());
}
