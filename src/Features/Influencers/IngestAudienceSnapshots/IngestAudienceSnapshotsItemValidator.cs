using System.Globalization;
using AnalisaAI.Api.Infrastructure.Validation;
using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.IngestAudienceSnapshots;

public sealed class IngestAudienceSnapshotsItemValidator : AbstractValidator<IngestAudienceSnapshotsItem>
{
    public IngestAudienceSnapshotsItemValidator(TimeProvider time)
    {
        RuleFor(s => s.Date).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("date is required.")
            .Day().WithMessage($"date must be a day written {IngestAudienceSnapshotsItem.DateFormat}.")
            .Must(d => TryParseDate(d, out var date) && IngestionRules.IsSnapshotDate(date, time))
            .WithMessage("date must lie between 2004-01-01 and tomorrow (UTC).");
        RuleFor(s => s.Followers).RequiredCount("followers");
        RuleFor(s => s.Following).OptionalCount("following");
        RuleFor(s => s.Gained).OptionalCount("gained");
        RuleFor(s => s.Lost).OptionalCount("lost");
        RuleFor(s => s.ProfileViews).OptionalCount("profileViews");
    }

    /// <summary>For a date already validated.</summary>
    public static DateOnly ParseDate(string? value) =>
        DateOnly.ParseExact(value!, IngestAudienceSnapshotsItem.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, IngestAudienceSnapshotsItem.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
