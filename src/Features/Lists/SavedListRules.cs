using AnalisaAI.Api.Infrastructure.Validation;
using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;

namespace AnalisaAI.Api.Features.Lists;

/// <summary>The rules of a list's name, shared by creating and renaming; the name is stored trimmed.</summary>
public static class SavedListRules
{
    public static IRuleBuilderOptions<T, string?> ListName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithMessage(NameMessage)
            .TrimmedLength(1, SavedList.NameMaxLength).WithMessage(NameMessage)
            .NoHiddenCharacters();

    private static readonly string NameMessage = $"name must be 1 to {SavedList.NameMaxLength} characters, not counting spaces around it.";

    public static ValidationException LimitReached(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);
}
