using System.Text.Json;

namespace AnalisaAI.Api.Infrastructure.Web;

public static class RequestBodyExampleExtensions
{
    private static readonly JsonSerializerOptions Json = CreateOptions();

    /// <summary>Shows <paramref name="example"/> (serialized as the API's JSON, camelCase) as the request body's example.</summary>
    public static RouteHandlerBuilder WithRequestBodyExample(this RouteHandlerBuilder builder, object example) =>
        builder.WithMetadata(new RequestBodyExample(JsonSerializer.Serialize(example, Json)));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        WebServiceCollectionExtensions.ConfigureJson(options);
        return options;
    }
}
