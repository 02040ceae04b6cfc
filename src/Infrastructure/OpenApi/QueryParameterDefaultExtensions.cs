namespace AnalisaAI.Api.Infrastructure.OpenApi;

public static class QueryParameterDefaultExtensions
{
    /// <summary>Shows <paramref name="value"/> (a number, true or false, or text) as the default of query parameter <paramref name="name"/>.</summary>
    public static RouteHandlerBuilder WithQueryParameterDefault(this RouteHandlerBuilder builder, string name, object value) =>
        builder.WithMetadata(new QueryParameterDefault(name, value));
}
