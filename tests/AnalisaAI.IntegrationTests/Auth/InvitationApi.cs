using System.Net;
using System.Net.Http.Json;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>Invitations and registrations with them, for the registration-policy tests.</summary>
public static class InvitationApi
{
    public sealed record SentInvitation(Guid Id, string Email, string Role, string Token, DateTime ExpiresAt);

    public static Task<HttpResponseMessage> PostInvitationAsync(this HttpClient admin, string? email, string? role) =>
        admin.PostAsJsonAsync("/api/invitations", new { email, role });

    public static async Task<SentInvitation> InviteAsync(this HttpClient admin, string? email = null, string role = "analyst")
    {
        var response = await admin.PostInvitationAsync(email ?? AuthApi.NewEmail(), role);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.CacheControl!.NoStore.Should().BeTrue("the answer carries the token");
        var body = await response.ReadJsonAsync();
        return new SentInvitation(
            body["id"]!.GetValue<Guid>(), body["email"]!.GetValue<string>(), body["role"]!.GetValue<string>(),
            body["token"]!.GetValue<string>(), body["expiresAt"]!.GetValue<DateTime>());
    }

    /// <summary>A registration with <paramref name="token"/>; <paramref name="email"/> is left out of the body when null.</summary>
    public static Task<HttpResponseMessage> RegisterWithTokenAsync(this HttpClient client, string? token, string? email = null, string password = AuthApi.Password)
    {
        var body = new Dictionary<string, string?> { ["password"] = password, ["displayName"] = "Invited User" };
        if (token is not null)
        {
            body["invitationToken"] = token;
        }

        if (email is not null)
        {
            body["email"] = email;
        }

        return client.PostAsJsonAsync("/api/auth/register", body);
    }
}
