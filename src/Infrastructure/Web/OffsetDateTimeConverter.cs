using System.Text.Json;
using System.Text.Json.Serialization;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Reads a request's date-time only with its offset (<c>Z</c> or <c>+hh:mm</c>), as RFC 3339 and the document's
/// <c>date-time</c> format say: without one the default reader takes the server's time zone, so the same body would
/// mean different instants on differently configured hosts. Writes as the default converter does.
/// </summary>
public sealed class OffsetDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || !HasOffset(text))
        {
            throw new JsonException("A date-time needs its offset: Z or +hh:mm.");
        }

        return reader.GetDateTimeOffset();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.Ordinal);
        return time > 0 && (text.EndsWith('Z') || text.IndexOfAny(['+', '-'], time) > 0);
    }
}
