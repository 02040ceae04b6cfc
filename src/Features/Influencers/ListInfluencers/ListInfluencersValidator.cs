using System.Globalization;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Infrastructure.Validation;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

public sealed class ListInfluencersValidator : AbstractValidator<ListInfluencersQuery>
{
    public ListInfluencersValidator()
    {
        RuleFor(q => q.Platform)
            .ApiEnumName<ListInfluencersQuery, Platform>()
            .WithMessage($"platform must be one of: {ApiEnum.List<Platform>()}.");
        RuleFor(q => q.Category)
            .TrimmedLength(1, Category.NameMaxLength)
            .WithMessage($"category must be 1 to {Category.NameMaxLength} characters.");
        RuleFor(q => q.MinRelevance)
            .Number(0, 100)
            .WithMessage("minRelevance must be a number from 0 to 100.");
        RuleFor(q => q.Search)
            .MaximumLength(ListInfluencersQuery.SearchMaxLength)
            .WithMessage($"search must be at most {ListInfluencersQuery.SearchMaxLength} characters.")
            .NoHiddenCharacters();
        RuleFor(q => q.Tier)
            .OneOf(FollowerTier.All, t => FollowerTier.All.Contains(t!.Trim()))
            .WithMessage($"tier must be one of: {string.Join(", ", FollowerTier.All)}.");
        RuleFor(q => q.MinFollowers)
            .WholeNumber(0, IngestionRules.MaxCount)
            .WithMessage($"minFollowers must be a whole number from 0 to {IngestionRules.MaxCount}.");
        RuleFor(q => q.MaxFollowers)
            .WholeNumber(0, IngestionRules.MaxCount)
            .WithMessage($"maxFollowers must be a whole number from 0 to {IngestionRules.MaxCount}.");
        RuleFor(q => q.MinFollowers)
            .Must((q, min) => !(TryParseFollowers(min, out var low) && TryParseFollowers(q.MaxFollowers, out var high) && low > high))
            .WithMessage("minFollowers must not be greater than maxFollowers.");
        RuleFor(q => q.MinEngagementRate)
            .Number(0)
            .WithMessage("minEngagementRate must be a number from 0 up.");
        RuleFor(q => q.MaxEngagementRate)
            .Number(0)
            .WithMessage("maxEngagementRate must be a number from 0 up.");
        RuleFor(q => q.MinEngagementRate)
            .Must((q, min) => !(TryParseRate(min, out var low) && TryParseRate(q.MaxEngagementRate, out var high) && low > high))
            .WithMessage("minEngagementRate must not be greater than maxEngagementRate.");
        RuleFor(q => q.MinErPercentile)
            .Number(0, 100)
            .WithMessage("minErPercentile must be a number from 0 to 100.");
        RuleFor(q => q.Flag)
            .OneOf(SignalIds.All, f => SignalIds.All.Contains(f!.Trim()))
            .WithMessage($"flag must be one of: {string.Join(", ", SignalIds.All)}.");
        RuleFor(q => q.NoFlags)
            .TrueOrFalse()
            .WithMessage("noFlags must be true or false.");
        RuleFor(q => q.Flag)
            .Null().When(q => bool.TryParse(q.NoFlags, out var none) && none)
            .WithMessage("flag asks for a raised flag and noFlags=true for none: send one of them.");
        RuleFor(q => q.Sort)
            .OneOf(ListInfluencersSorts.All, s => ListInfluencersSorts.TryParse(s, out _))
            .WithMessage($"sort must be one of: {ListInfluencersSorts.Names}.");
        RuleFor(q => q.LowConfidenceLast)
            .TrueOrFalse()
            .WithMessage("lowConfidenceLast must be true or false.");
        RuleFor(q => q.Page)
            .WholeNumber(1, ListInfluencersQuery.MaxPage)
            .WithMessage($"page must be a whole number from 1 to {ListInfluencersQuery.MaxPage}.");
        RuleFor(q => q.PageSize)
            .WholeNumber(1, ListInfluencersQuery.MaxPageSize)
            .WithMessage($"pageSize must be a whole number from 1 to {ListInfluencersQuery.MaxPageSize}.");
    }

    public static bool TryParseRelevance(string? value, out double relevance) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out relevance)
        && relevance is >= 0 and <= 100;

    public static bool TryParsePercentile(string? value, out double percentile) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out percentile)
        && percentile is >= 0 and <= 100;

    public static bool TryParseFollowers(string? value, out long followers) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out followers) && followers <= IngestionRules.MaxCount;

    /// <summary>An engagement rate bound: a finite number, 0 or more (a percentage, which can pass 100).</summary>
    public static bool TryParseRate(string? value, out double rate) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) && double.IsFinite(rate) && rate >= 0;

    public static bool TryParseInt(string? value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;
}
