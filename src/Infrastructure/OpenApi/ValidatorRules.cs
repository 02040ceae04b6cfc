using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;

namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// Reads the rules of FluentValidation validators through their descriptors, by property name (the C# name, as
/// FluentValidation keys them). Included validators (<c>Include</c>) count as the validator's own rules.
/// </summary>
public static class ValidatorRules
{
    /// <summary>The validators registered for <paramref name="type"/> (none for a type that no message is).</summary>
    public static IReadOnlyList<IValidator> For(IServiceProvider services, Type type) =>
        type.IsGenericTypeDefinition || type.IsPointer || type.IsByRef || type.IsByRefLike
            ? []
            : [.. services.GetServices(typeof(IValidator<>).MakeGenericType(type)).OfType<IValidator>()];

    public static IReadOnlyDictionary<string, PropertyRules> Read(IEnumerable<IValidator> validators)
    {
        var byProperty = new Dictionary<string, PropertyRules>(StringComparer.Ordinal);
        foreach (var validator in validators)
        {
            Add(validator, byProperty);
        }

        return byProperty;
    }

    private static void Add(IValidator validator, Dictionary<string, PropertyRules> byProperty)
    {
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            if (rule is IIncludeRule)
            {
                foreach (var included in rule.Components.Select(c => Included(c.Validator)).OfType<IValidator>())
                {
                    Add(included, byProperty);
                }

                continue;
            }

            // A rule on the whole object (RuleFor(q => q).Custom) belongs to no property.
            if (string.IsNullOrEmpty(rule.PropertyName))
            {
                continue;
            }

            if (!byProperty.TryGetValue(rule.PropertyName, out var rules))
            {
                byProperty[rule.PropertyName] = rules = new PropertyRules();
            }

            var forEach = IsForEach(rule);
            foreach (var component in rule.Components)
            {
                var always = !rule.HasCondition && !rule.HasAsyncCondition && !component.HasCondition && !component.HasAsyncCondition;
                if (always && component.Validator is INotNullValidator or INotEmptyValidator)
                {
                    if (forEach)
                    {
                        rules.ItemsRequired = true;
                    }
                    else
                    {
                        rules.Required = true;
                    }
                }

                (forEach ? rules.ItemValidators : rules.Validators).Add(component.Validator);
            }
        }
    }

    /// <summary>A RuleForEach: its rules are the items', not the list's.</summary>
    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    /// <summary>
    /// The validator an Include rule runs. FluentValidation hands it out only for a validation context, so an
    /// empty one is made: an Include of an instance returns that instance whatever the context holds.
    /// </summary>
    private static IValidator? Included(IPropertyValidator adaptor)
    {
        var getValidator = adaptor.GetType().GetMethod(nameof(ChildValidatorAdaptor<object, object>.GetValidator));
        if (adaptor is not IChildValidatorAdaptor || getValidator?.GetParameters() is not [var contextParameter, _])
        {
            return null;
        }

        var context = Activator.CreateInstance(contextParameter.ParameterType, [null]);
        return getValidator.Invoke(adaptor, [context, null]) as IValidator;
    }
}
