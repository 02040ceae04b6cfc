namespace AnalisaAI.Api.Infrastructure.OpenApi;

/// <summary>
/// On a message property that its validator requires but the request body may leave out, because the endpoint
/// fills it from elsewhere before sending the message (<paramref name="reason"/>, for the document): the refresh
/// token, which cookie mode reads from the cookie. The document then lists it as optional, with its other rules.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OptionalInBodyAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
