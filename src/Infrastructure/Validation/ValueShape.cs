namespace AnalisaAI.Api.Infrastructure.Validation;

/// <summary>
/// What a rule lets through, as a client should know it: the JSON type a text value stands for (<c>integer</c>,
/// <c>number</c>, <c>boolean</c>) and its format, its range, its allowed values (a <see cref="Web.ClosedSet"/>,
/// which the document refers to by name, or <c>true</c> and <c>false</c>), and for a list its item count.
/// The OpenAPI document is written from it (<see cref="OpenApi.ValidatorRulesFilter"/>), so rule and description
/// cannot drift apart.
/// </summary>
public sealed record ValueShape(
    string? Type = null,
    string? Format = null,
    decimal? Minimum = null,
    decimal? Maximum = null,
    IReadOnlyList<string>? Values = null,
    int? MinLength = null,
    int? MaxLength = null,
    int? MinItems = null,
    int? MaxItems = null);
