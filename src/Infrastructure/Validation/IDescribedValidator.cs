namespace AnalisaAI.Api.Infrastructure.Validation;

/// <summary>A FluentValidation rule that says what it accepts, for the OpenAPI document.</summary>
public interface IDescribedValidator
{
    ValueShape Shape { get; }
}
