using FluentValidation;
using FluentValidation.Validators;

namespace AnalisaAI.Api.Infrastructure.Validation;

/// <summary>
/// A rule that checks a value and describes what it accepts (<see cref="ValueShape"/>). Like FluentValidation's own
/// rules, it lets a missing value (null) through: NotNull says whether one is required.
/// </summary>
public sealed class ShapedValidator<T, TProperty>(string name, ValueShape shape, Func<TProperty, bool> accepts)
    : PropertyValidator<T, TProperty>, IDescribedValidator
{
    public override string Name => name;

    public ValueShape Shape => shape;

    public override bool IsValid(ValidationContext<T> context, TProperty value) => value is null || accepts(value);

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' is not valid.";
}
