using System.Text.Json;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>Turns a validator's property path (<c>Items[3].PublishedAt</c>) into the JSON one (<c>items[3].publishedAt</c>).</summary>
public static class JsonPath
{
    public static string ToCamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));
}
