using System.Globalization;

namespace AnalisaAI.Api.Infrastructure.Web;

public static class QueryParameterFormatExtensions
{
    /// <summary>Declares the OpenAPI <paramref name="type"/> and <paramref name="format"/> of a string-bound query parameter.</summary>
    public static RouteHandlerBuilder WithQueryParameterFormat(this RouteHandlerBuilder builder, string name, string type, string format) =>
        builder.WithMetadata(new QueryParameterFormat(name, type, format));

    /// <summary>A whole number (int64 when <paramref name="maximum"/> passes int32's) from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static RouteHandlerBuilder WithQueryParameterInteger(this RouteHandlerBuilder builder, string name, long minimum, long maximum, long? defaultValue = null) =>
        builder.WithMetadata(new QueryParameterFormat(
            name, "integer", maximum > int.MaxValue ? "int64" : "int32", Text(minimum), Text(maximum), Default: defaultValue is { } value ? Text(value) : null));

    /// <summary>A number (double) from <paramref name="minimum"/>, up to <paramref name="maximum"/> when there is one.</summary>
    public static RouteHandlerBuilder WithQueryParameterNumber(this RouteHandlerBuilder builder, string name, double minimum, double? maximum = null) =>
        builder.WithMetadata(new QueryParameterFormat(name, "number", "double", Text(minimum), maximum is { } max ? Text(max) : null));

    /// <summary>One of <paramref name="values"/> (an enum of strings).</summary>
    public static RouteHandlerBuilder WithQueryParameterValues(this RouteHandlerBuilder builder, string name, IEnumerable<string> values, string? defaultValue = null) =>
        builder.WithMetadata(new QueryParameterFormat(name, "string", null, Values: [.. values], Default: defaultValue));

    /// <summary>true or false.</summary>
    public static RouteHandlerBuilder WithQueryParameterBoolean(this RouteHandlerBuilder builder, string name, bool? defaultValue = null) =>
        builder.WithMetadata(new QueryParameterFormat(name, "boolean", null, Values: ["true", "false"], Default: defaultValue is { } value ? (value ? "true" : "false") : null));

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
