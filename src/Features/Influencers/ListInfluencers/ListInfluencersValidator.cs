using System.Globalization;
using AnalisaAI.Api.Infrastructure.Web;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Signals;
using FluentValidation;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

public sealed class ListInfluencersValidator : AbstractValidator<ListInfluencersQuery>
{
    public ListInfluencersValidator()
    {
        RuleFor(q => q.Platform)
            .Must(ApiEnum.IsDefined<Platform>).When(q => q.Platform is not null)
            .WithMessage($"platform must be one of: {ApiEnum.List<Platform>()}.");
        RuleFor(q => q.Category)
            .Must(c => c!.Trim().Length is >= 1 and <= Category.NameMaxLength).When(q => q.Category is not null)
            .WithMessage($"category must be 1 to {Category.NameMaxLength} characters.");
        RuleFor(q => q.MinRelevance)
            .Must(v => TryParseRelevance(v, out _)).When(q => q.MinRelevance is not null)
            .WithMessage("minRelevance must be a number from 0 to 100.");
        RuleFor(q => q.Search)
            .MaximumLength(ListInfluencersQuery.SearchMaxLength)
            .WithMessage($"search must be at most {ListInfluencersQuery.SearchMaxLength} characters.")
            .NoHiddenCharacters();
        RuleFor(q => q.Tier)
            .Must(t => FollowerTier.All.Contains(t!.Trim())).When(q => q.Tier is not null)
            .WithMessage($"tier must be one of: {string.Join(", ", FollowerTier.All)}.");
        RuleFor(q => q.MinFollowers)
            .Must(v => TryParseFollowers(v, out _)).When(q => q.MinFollowers is not null)
            .WithMessage($"minFollowers must be a whole number from 0 to {IngestionRules.MaxCount}.");
        RuleFor(q => q.MaxFollowers)
            .Must(v => TryParseFollowers(v, out _)).When(q => q.MaxFollowers is not null)
            .WithMessage($"maxFollowers must be a whole number from 0 to {IngestionRules.MaxCount}.");
        RuleFor(q => q.MinFollowers)
            .Must((q, min) => !(TryParseFollowers(min, out var low) && TryParseFollowers(q.MaxFollowers, out var high) && low > high))
            .WithMessage("minFollowers must not be greater than maxFollowers.");
        RuleFor(q => q.MinEngagementRate)
            .Must(v => TryParseRate(v, out _)).When(q => q.MinEngagementRate is not null)
            .WithMessage("minEngagementRate must be a number from 0 up.");
        RuleFor(q => q.MaxEngagementRate)
            .Must(v => TryParseRate(v, out _)).When(q => q.MaxEngagementRate is not null)
            .WithMessage("maxEngagementRate must be a number from 0 up.");
        RuleFor(q => q.MinEngagementRate)
            .Must((q, min) => !(TryParseRate(min, out var low) && TryParseRate(q.MaxEngagementRate, out var high) && low > high))
            .WithMessage("minEngagementRate must not be greater than maxEngagementRate.");
        RuleFor(q => q.MinErPercentile)
            .Must(v => TryParsePercentile(v, out _)).When(q => q.MinErPercentile is not null)
            .WithMessage("minErPercentile must be a number from 0 to 100.");
        RuleFor(q => q.Flag)
            .Must(f => SignalIds.All.Contains(f!.Trim())).When(q => q.Flag is not null)
            .WithMessage($"flag must be one of: {string.Join(", ", SignalIds.All)}.");
        RuleFor(q => q.NoFlags)
            .Must(v => bool.TryParse(v, out _)).When(q => q.NoFlags is not null)
            .WithMessage("noFlags must be true or false.");
        RuleFor(q => q.Flag)
            .Null().When(q => bool.TryParse(q.NoFlags, out var none) && none)
            .WithMessage("flag asks for a raised flag and noFlags=true for none: send one of them.");
        RuleFor(q => q.Sort)
            .Must(s => ListInfluencersSorts.TryParse(s, out _))
            .WithMessage($"sort must be one of: {ListInfluencersSorts.Names}.");
        RuleFor(q => q.LowConfidenceLast)
            .Must(v => bool.TryParse(v, out _)).When(q => q.LowConfidenceLast is not null)
            .WithMessage("lowConfidenceLast must be true or false.");
        RuleFor(q => q.Page)
            .Must(p => TryParseInt(p, 1, ListInfluencersQuery.MaxPage, out _)).When(q => q.Page is not null)
            .WithMessage($"page must be a whole number from 1 to {ListInfluencersQuery.MaxPage}.");
        RuleFor(q => q.PageSize)
            .Must(p => TryParseInt(p, 1, ListInfluencersQuery.MaxPageSize, out _)).When(q => q.PageSize is not null)
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
