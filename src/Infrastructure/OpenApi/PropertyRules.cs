using FluentValidation.Validators;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// What the validators of a type check on one of its properties: whether a value is required (NotNull or NotEmpty
/// under no condition), the rules on the value, and those on each item (RuleForEach).
/// </summary>
public sealed class PropertyRules
{
    public bool Required { get; set; }

    public List<IPropertyValidator> Validators { get; } = [];

    public bool ItemsRequired { get; set; }

    public List<IPropertyValidator> ItemValidators { get; } = [];
}
