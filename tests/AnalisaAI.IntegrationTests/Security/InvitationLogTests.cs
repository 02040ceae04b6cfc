using System.Net;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Observability;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 22, item 3: an invitation token, shown once to the admin, leaves no trace in the logs.</summary>
[Collection(LogTests.Name)]
public sealed class InvitationLogTests(InviteOnlyApiFactory factory) : IClassFixture<InviteOnlyApiFactory>
{
    [Fact]
    public async Task No_log_line_holds_an_invitation_token_or_its_hash()
    {
        var admin = await factory.CreateAdminClientAsync();
        var client = factory.CreateClient();
        var used = await admin.InviteAsync(role: "admin");
        var revoked = await admin.InviteAsync();
        (await client.RegisterWithTokenAsync(used.Token)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.RegisterWithTokenAsync(used.Token)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await admin.DeleteAsync($"/api/invitations/{revoked.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.RegisterWithTokenAsync(revoked.Token)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.RegisterWithTokenAsync(used.Token + "x")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/invitations")).StatusCode.Should().Be(HttpStatusCode.OK);

        var lines = factory.Logs.Lines;
        var text = string.Join('\n', lines.Select(line =>
            $"{line.Message} {string.Join(' ', line.Properties.Select(p => $"{p.Key}={p.Value}"))} {line.Exception}"));

        lines.Should().Contain(line => line.Message.StartsWith($"Invitation {used.Id}", StringComparison.Ordinal),
            "the capture sees the invitations' own log lines");
        lines.Should().Contain(line => line.Message.Contains($"created from invitation {used.Id}", StringComparison.Ordinal));
        foreach (var secret in new[] { used.Token, revoked.Token, RefreshTokenSecret.Hash(used.Token), RefreshTokenSecret.Hash(revoked.Token) })
        {
            text.Should().NotContain(secret);
        }
    }
}
