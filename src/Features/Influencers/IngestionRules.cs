using AnalisaAI.Api.Infrastructure.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace AnalisaAI.Api.Features.Influencers;

/// <summary>The rules every ingestion batch and item shares; errors are keyed by JSON path (<c>items[3].likes</c>).</summary>
public static class IngestionRules
{
    public const int MaxItems = 1000;

    /// <summary>Keys per IN list when loading a batch's stored rows: well under SQL Server's 2100 parameters.</summary>
    public const int KeysPerQuery = 500;

    public static readonly TimeSpan MaxPublishedAhead = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Counts are 0 to 10^12 (api.md): more than any real audience, and small enough that sums over
    /// millions of rows and every metric computed from them stay far inside a 64-bit integer.
    /// </summary>
    public const long MaxCount = 1_000_000_000_000;

    /// <summary>No social data predates this day (api.md); an older date is a mistake, and one near DateOnly.MinValue would break date arithmetic.</summary>
    public static readonly DateOnly EarliestDate = new(2004, 1, 1);

    public static readonly DateTimeOffset EarliestPublishedAt = new(EarliestDate, TimeOnly.MinValue, TimeSpan.Zero);

    /// <summary>The latest snapshot date accepted: tomorrow (UTC), so a date far ahead cannot pin the newest snapshot.</summary>
    public static DateOnly LatestSnapshotDate(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1);

    public static bool IsBatchSize<TItem>(IReadOnlyList<TItem>? items) => items is { Count: >= 1 and <= MaxItems };

    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> Batch<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule) =>
        rule.NotNull().WithMessage(BatchMessage)
            .ItemCount(1, MaxItems).WithMessage(BatchMessage);

    private static readonly string BatchMessage = $"items must hold 1 to {MaxItems} items.";

    /// <summary>Reports every item whose key an earlier item of the batch already has, on that item's key field.</summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<TItem>?> UniqueBy<T, TItem>(
        this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, Func<TItem, string?> key, string keyField) =>
        rule.Custom((items, context) =>
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var index = 0; index < items!.Count; index++)
            {
                if (items[index] is { } item && key(item) is { } value && !first.TryAdd(value, index))
                {
                    context.AddFailure(new ValidationFailure(
                        $"Items[{index}].{keyField}",
                        $"{JsonName(keyField)} '{value}' appears more than once in the batch (first at items[{first[value]}])."));
                }
            }
        });

    public static IRuleBuilderOptions<T, long?> RequiredCount<T>(this IRuleBuilderInitial<T, long?> rule, string field) =>
        rule.Cascade(CascadeMode.Stop).NotNull().WithMessage($"{field} is required.").OptionalCount(field);

    public static IRuleBuilderOptions<T, long?> OptionalCount<T>(this IRuleBuilder<T, long?> rule, string field) =>
        rule.InclusiveBetween(0, MaxCount).WithMessage($"{field} must be an integer from 0 to 10^12.");

    public static IRuleBuilderOptions<T, string?> ExternalId<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("externalId is required.")
            .MaximumLength(IIngestedItem.ExternalIdMaxLength).WithMessage($"externalId must be at most {IIngestedItem.ExternalIdMaxLength} characters.");

    public static IRuleBuilderOptions<T, DateTimeOffset?> PublishedAt<T>(this IRuleBuilderInitial<T, DateTimeOffset?> rule, TimeProvider time) =>
        rule.Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("publishedAt is required.")
            .Must(at => at <= time.GetUtcNow() + MaxPublishedAhead)
            .WithMessage($"publishedAt may not be more than {MaxPublishedAhead.TotalMinutes:0} minutes in the future.")
            .Must(at => at >= EarliestPublishedAt)
            .WithMessage("publishedAt may not be before 2004-01-01.");

    public static bool IsSnapshotDate(DateOnly date, TimeProvider time) => date >= EarliestDate && date <= LatestSnapshotDate(time);

    private static string JsonName(string field) => char.ToLowerInvariant(field[0]) + field[1..];
}
