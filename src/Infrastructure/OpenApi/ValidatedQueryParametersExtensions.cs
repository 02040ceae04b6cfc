namespace AnalisaAI.Api.Infrastructure.OpenApi;

public static class ValidatedQueryParametersExtensions
{
    /// <summary>Describes the endpoint's query parameters with the rules of <typeparamref name="TMessage"/>'s validator.</summary>
    public static RouteHandlerBuilder WithQueryParametersOf<TMessage>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ValidatedQueryParameters(typeof(TMessage)));
}
