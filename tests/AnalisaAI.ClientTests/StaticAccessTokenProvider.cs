using Microsoft.Kiota.Abstractions.Authentication;

namespace AnalisaAI.ClientTests;

/// <summary>Hands Kiota's bearer provider the access token from a sign-in, for the app's host only.</summary>
public sealed class StaticAccessTokenProvider(string accessToken, string host) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? accessToken : "");
}
