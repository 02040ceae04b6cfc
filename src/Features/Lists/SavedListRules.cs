using AnalisaAI.Api.Infrastructure.Web;
using FluentValidation;

namespace AnalisaAI.Api.Features.Lists;

/// <summary>The rules of a list's name, shared by creating and renaming; the name is stored trimmed.</summary>
public static class SavedListRules
{
    public static IRuleBuilderOptions<T, string?> ListName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => name is not null && name.Trim().Length is >= 1 and <= SavedList.NameMaxLength)
            .WithMessage($"name must be 1 to {SavedList.NameMaxLength} characters, not counting spaces around it.")
            .NoHiddenCharacters();

    public static ValidationException LimitReached(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);
}
