using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Auth.Register;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>Issue 22, item 3: <c>Auth:Registration</c> Closed and Open, and the default of each environment.</summary>
public sealed class RegistrationPolicyTests(RegistrationPolicyTests.ClosedApiFactory closed) : IClassFixture<RegistrationPolicyTests.ClosedApiFactory>
{
    public sealed class ClosedApiFactory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Auth:Registration"] = "closed";
            return settings;
        }
    }

    [Fact]
    public async Task Closed_refuses_every_registration_with_403_even_an_invited_or_malformed_one()
    {
        var client = closed.CreateClient();
        var admin = await closed.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();
        var users = await closed.CountUsersAsync();

        var plain = await client.PostAsJsonAsync("/api/auth/register", new { email = AuthApi.NewEmail(), password = AuthApi.Password, displayName = "Someone" });
        var invited = await client.RegisterWithTokenAsync(invitation.Token);
        var invalid = await client.PostAsJsonAsync("/api/auth/register", new { email = "not-an-email", password = "short" });

        foreach (var response in new[] { plain, invited, invalid })
        {
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await response.ReadProblemAsync())["detail"]!.GetValue<string>().Should().Be(RegisterHandler.ClosedMessage);
        }

        (await closed.CountUsersAsync()).Should().Be(users);
    }

    [Fact]
    public async Task Open_still_honours_an_invitation_so_an_admin_can_invite_an_admin()
    {
        using var open = new ApiFactory();
        var admin = await open.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync(role: "admin");
        var client = open.CreateClient();

        var plain = await client.RegisterAsync();
        var bogus = await client.RegisterWithTokenAsync("no-such-invitation", email: AuthApi.NewEmail());
        var invited = await client.RegisterWithTokenAsync(invitation.Token);

        (await open.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == plain.Id).Role))).Should().Be(Roles.Analyst);
        bogus.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a token, once given, must be a valid one");
        (await bogus.ReadProblemAsync())["errors"]!["invitationToken"]!.AsArray().Should().NotBeEmpty();
        invited.StatusCode.Should().Be(HttpStatusCode.Created);
        (await invited.ReadJsonAsync())["role"]!.GetValue<string>().Should().Be(Roles.Admin);
    }

    [Fact]
    public async Task The_default_is_invite_only_in_production()
    {
        using var production = new ConfiguredApiFactory(new Dictionary<string, string?>(), "Production", "Auth:Registration");
        var client = production.CreateClient();

        production.Services.GetRequiredService<IOptions<RegistrationOptions>>().Value.Policy.Should().Be(RegistrationPolicy.InviteOnly);
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = AuthApi.NewEmail(), password = AuthApi.Password, displayName = "Someone" });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["invitationToken"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_default_is_open_in_development()
    {
        using var development = new ConfiguredApiFactory(new Dictionary<string, string?>(), "Development");
        var client = development.CreateClient();

        development.Services.GetRequiredService<IOptions<RegistrationOptions>>().Value.Policy.Should().Be(RegistrationPolicy.Open);
        (await client.RegisterAsync()).Id.Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_invitation_lifetime_is_a_setting()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Auth:InvitationDays"] = "2" });
        var admin = await factory.CreateAdminClientAsync();

        var invitation = await admin.InviteAsync();

        invitation.ExpiresAt.Should().Be(factory.Time.GetUtcNow().UtcDateTime.AddDays(2));
    }
}
