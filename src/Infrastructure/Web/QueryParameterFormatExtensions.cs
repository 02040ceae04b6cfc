namespace AnalisaAI.Api.Infrastructure.Web;

public static class QueryParameterFormatExtensions
{
    /// <summary>Declares the OpenAPI <paramref name="type"/> and <paramref name="format"/> of a string-bound query parameter.</summary>
    public static RouteHandlerBuilder WithQueryParameterFormat(this RouteHandlerBuilder builder, string name, string type, string format) =>
        builder.WithMetadata(new QueryParameterFormat(name, type, format));
}
