using System.Globalization;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;

namespace AnalisaAI.Api.Infrastructure.Validation;

/// <summary>
/// Rules whose limits the OpenAPI document reads (<see cref="ValueShape"/>): for query parameters that bind as text
/// (so that a bad value is a 400 naming it) and for the checks FluentValidation has no rule of its own for.
/// </summary>
public static class ShapedRules
{
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>Text that is a whole number (digits only) from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static IRuleBuilderOptions<T, string?> WholeNumber<T>(this IRuleBuilder<T, string?> rule, long minimum, long maximum) =>
        rule.SetValidator(new ShapedValidator<T, string?>(
            nameof(WholeNumber),
            new ValueShape("integer", maximum > int.MaxValue ? "int64" : "int32", minimum, maximum),
            text => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum));

    /// <summary>Text that is a finite number from <paramref name="minimum"/>, up to <paramref name="maximum"/> when there is one.</summary>
    public static IRuleBuilderOptions<T, string?> Number<T>(this IRuleBuilder<T, string?> rule, double minimum, double? maximum = null) =>
        rule.SetValidator(new ShapedValidator<T, string?>(
            nameof(Number),
            new ValueShape("number", "double", (decimal)minimum, (decimal?)maximum),
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value) && value >= minimum && (maximum is null || value <= maximum)));

    /// <summary>Text that is <c>true</c> or <c>false</c>.</summary>
    public static IRuleBuilderOptions<T, string?> TrueOrFalse<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new ShapedValidator<T, string?>(nameof(TrueOrFalse), new ValueShape("boolean", Values: ["true", "false"]), text => bool.TryParse(text, out _)));

    /// <summary>Text that is a calendar day, <see cref="DayFormat"/>.</summary>
    public static IRuleBuilderOptions<T, string?> Day<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new ShapedValidator<T, string?>(nameof(Day), new ValueShape("string", "date"), text => TryParseDay(text, out _)));

    /// <summary>One of <paramref name="values"/>, exactly, or as <paramref name="accepts"/> says (trimmed, any case).</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, ClosedSet values, Func<string?, bool>? accepts = null) =>
        rule.SetValidator(new ShapedValidator<T, string?>(
            nameof(OneOf), new ValueShape("string", Values: values), accepts ?? (text => values.Contains(text, StringComparer.Ordinal))));

    /// <summary>The name of a member of <typeparamref name="TEnum"/> as the API writes it (<see cref="ApiEnum"/>).</summary>
    public static IRuleBuilderOptions<T, string?> ApiEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.OneOf(ApiEnum.All<TEnum>(), ApiEnum.IsDefined<TEnum>);

    /// <summary>Text of <paramref name="minimum"/> to <paramref name="maximum"/> characters once the spaces around it are trimmed.</summary>
    public static IRuleBuilderOptions<T, string?> TrimmedLength<T>(this IRuleBuilder<T, string?> rule, int minimum, int maximum) =>
        rule.SetValidator(new ShapedValidator<T, string?>(
            nameof(TrimmedLength), new ValueShape("string", MinLength: minimum, MaxLength: maximum), text => text!.Trim().Length >= minimum && text.Trim().Length <= maximum));

    /// <summary>A list of <paramref name="minimum"/> to <paramref name="maximum"/> items.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> ItemCount<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, int minimum, int maximum) =>
        rule.SetValidator(new ShapedValidator<T, IReadOnlyList<TItem>?>(
            nameof(ItemCount), new ValueShape("array", MinItems: minimum, MaxItems: maximum), items => items!.Count >= minimum && items.Count <= maximum));

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
