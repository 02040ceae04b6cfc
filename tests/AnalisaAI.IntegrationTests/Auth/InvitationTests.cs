using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>Issue 22, item 3: with <c>Auth:Registration</c> InviteOnly, an account needs an admin's invitation.</summary>
public sealed class InvitationTests(InviteOnlyApiFactory factory) : IClassFixture<InviteOnlyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Registering_without_an_invitation_is_a_400_naming_invitationToken()
    {
        var users = await factory.CountUsersAsync();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = AuthApi.NewEmail(), password = AuthApi.Password, displayName = "Uninvited" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["invitationToken"]!.AsArray().Should().NotBeEmpty();
        (await factory.CountUsersAsync()).Should().Be(users);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("admin")]
    public async Task An_invitation_gives_the_account_its_email_and_role_and_the_account_signs_in(string role)
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync(role: role);

        var response = await client.RegisterWithTokenAsync(invitation.Token);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var user = await response.ReadJsonAsync();
        user["email"]!.GetValue<string>().Should().Be(invitation.Email);
        user["role"]!.GetValue<string>().Should().Be(role);
        var tokens = await client.LoginAsync(invitation.Email, AuthApi.Password);
        var me = await (await client.GetWithBearerAsync("/api/auth/me", tokens.AccessToken)).ReadJsonAsync();
        me["role"]!.GetValue<string>().Should().Be(role);
    }

    [Fact]
    public async Task The_invited_email_may_be_repeated_in_another_case_but_not_changed()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();

        var other = await client.RegisterWithTokenAsync(invitation.Token, email: AuthApi.NewEmail());

        other.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await other.ReadProblemAsync())["errors"]!["email"]!.AsArray().Should().NotBeEmpty();
        var same = await client.RegisterWithTokenAsync(invitation.Token, email: "  " + invitation.Email.ToUpperInvariant());
        same.StatusCode.Should().Be(HttpStatusCode.Created, "the refused attempt left the invitation unused");
        (await same.ReadJsonAsync())["email"]!.GetValue<string>().Should().Be(invitation.Email);
    }

    [Fact]
    public async Task A_password_containing_the_invited_emails_name_is_refused()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync($"margarida.{Guid.NewGuid():N}"[..20] + "@analisaai.test");
        var localPart = invitation.Email.Split('@')[0];

        var response = await client.RegisterWithTokenAsync(invitation.Token, password: $"my {localPart} secret");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["password"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_token_works_once()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();
        (await client.RegisterWithTokenAsync(invitation.Token)).StatusCode.Should().Be(HttpStatusCode.Created);

        var again = await client.RegisterWithTokenAsync(invitation.Token, password: "another long passphrase");

        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await again.ReadProblemAsync())["errors"]!["invitationToken"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Two_registrations_racing_with_one_token_create_one_account()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.CreateClient().RegisterWithTokenAsync(invitation.Token)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created).Select(r => r.StatusCode)
            .Should().OnlyContain(s => s == HttpStatusCode.BadRequest || s == HttpStatusCode.Conflict);
        var normalized = invitation.Email.ToUpperInvariant();
        (await factory.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == normalized))).Should().Be(1);
        (await factory.WithDbAsync(db => db.Invitations.SingleAsync(i => i.Id == invitation.Id))).UsedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_the_same_answer_as_an_unknown_one()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();
        invitation.ExpiresAt.Should().Be(factory.Time.GetUtcNow().UtcDateTime.AddDays(7), "Auth:InvitationDays is 7 by default");

        factory.Time.Advance(TimeSpan.FromDays(7));
        var expired = await client.RegisterWithTokenAsync(invitation.Token);
        var unknown = await client.RegisterWithTokenAsync(AuthApi.Base64Url(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

        expired.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await expired.ProblemWithoutTraceIdAsync()).Should().Be(await unknown.ProblemWithoutTraceIdAsync());
    }

    [Fact]
    public async Task A_revoked_invitation_is_refused_and_leaves_the_list()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();

        (await admin.DeleteAsync($"/api/invitations/{invitation.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var response = await client.RegisterWithTokenAsync(invitation.Token);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["invitationToken"]!.AsArray().Should().NotBeEmpty();
        (await admin.DeleteAsync($"/api/invitations/{invitation.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var list = await (await admin.GetAsync("/api/invitations")).ReadJsonAsync();
        list["items"]!.AsArray().Should().NotContain(i => i!["id"]!.GetValue<Guid>() == invitation.Id);
    }

    [Fact]
    public async Task Revoking_a_used_invitation_is_409_and_an_unknown_one_404()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();
        (await client.RegisterWithTokenAsync(invitation.Token)).StatusCode.Should().Be(HttpStatusCode.Created);

        (await admin.DeleteAsync($"/api/invitations/{invitation.Id}")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.DeleteAsync($"/api/invitations/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_shows_invitations_without_tokens_newest_first()
    {
        var admin = await factory.CreateAdminClientAsync();
        var used = await admin.InviteAsync();
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var pending = await admin.InviteAsync(role: "admin");
        (await client.RegisterWithTokenAsync(used.Token)).StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await admin.GetAsync("/api/invitations");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain(used.Token).And.NotContain(pending.Token).And.NotContain("token", "no token, nor its hash, is listed");
        var items = (await response.ReadJsonAsync())["items"]!.AsArray();
        items.Select(i => i!["id"]!.GetValue<Guid>()).Should().ContainInOrder(pending.Id, used.Id);
        var listed = items.Single(i => i!["id"]!.GetValue<Guid>() == pending.Id)!.AsObject();
        listed.Select(p => p.Key).Should().BeEquivalentTo("id", "email", "role", "createdAt", "expiresAt", "usedAt", "createdBy");
        listed["email"]!.GetValue<string>().Should().Be(pending.Email);
        listed["role"]!.GetValue<string>().Should().Be("admin");
        listed["createdAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime);
        listed["expiresAt"]!.GetValue<DateTime>().Should().Be(pending.ExpiresAt);
        listed["usedAt"].Should().BeNull();
        listed["createdBy"]!.GetValue<string>().Should().Be(ApiFactory.AdminEmail);
        items.Single(i => i!["id"]!.GetValue<Guid>() == used.Id)!["usedAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task A_new_invitation_to_the_same_email_replaces_the_pending_one()
    {
        var admin = await factory.CreateAdminClientAsync();
        var first = await admin.InviteAsync();

        var second = await admin.InviteAsync(first.Email.ToUpperInvariant(), "admin");

        (await client.RegisterWithTokenAsync(first.Token)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var response = await client.RegisterWithTokenAsync(second.Token);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.ReadJsonAsync())["role"]!.GetValue<string>().Should().Be("admin");
    }

    [Fact]
    public async Task Inviting_an_email_that_has_an_account_is_409()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();
        (await client.RegisterWithTokenAsync(invitation.Token)).StatusCode.Should().Be(HttpStatusCode.Created);

        (await admin.PostInvitationAsync(invitation.Email, "analyst")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.PostInvitationAsync(ApiFactory.AdminEmail.ToUpperInvariant(), "admin")).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_invitation_whose_email_has_been_taken_since_is_409_at_registration_and_stays_unused()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();
        await factory.WithDbAsync(async db =>
        {
            db.Users.Add(new User
            {
                Id = Guid.CreateVersion7(),
                Email = invitation.Email,
                NormalizedEmail = User.Normalize(invitation.Email),
                DisplayName = "Created meanwhile",
                PasswordHash = "not a hash",
                Role = Roles.Analyst,
            });
            return await db.SaveChangesAsync();
        });

        (await client.RegisterWithTokenAsync(invitation.Token)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        (await factory.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Id == invitation.Id))).UsedAt.Should().BeNull();
    }

    [Theory]
    [InlineData("not-an-email", "analyst", "email")]
    [InlineData("", "analyst", "email")]
    [InlineData("someone@analisaai.test", "owner", "role")]
    [InlineData("someone@analisaai.test", "Admin", "role")]
    [InlineData("someone@analisaai.test", null, "role")]
    public async Task A_bad_invitation_is_a_400_naming_the_field(string email, string? role, string field)
    {
        var admin = await factory.CreateAdminClientAsync();

        var response = await admin.PostInvitationAsync(email, role);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]![field]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Analysts_get_403_and_anonymous_callers_401()
    {
        var admin = await factory.CreateAdminClientAsync();
        var invitation = await admin.InviteAsync();
        (await client.RegisterWithTokenAsync(invitation.Token)).StatusCode.Should().Be(HttpStatusCode.Created);
        var analyst = factory.CreateClient();
        analyst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await analyst.LoginAsync(invitation.Email, AuthApi.Password)).AccessToken);
        var anonymous = factory.CreateClient();
        var invitations = await factory.WithDbAsync(db => db.Invitations.CountAsync());

        foreach (var (caller, status) in new[] { (analyst, HttpStatusCode.Forbidden), (anonymous, HttpStatusCode.Unauthorized) })
        {
            (await caller.PostInvitationAsync(AuthApi.NewEmail(), "admin")).StatusCode.Should().Be(status);
            (await caller.GetAsync("/api/invitations")).StatusCode.Should().Be(status);
            (await caller.DeleteAsync($"/api/invitations/{invitation.Id}")).StatusCode.Should().Be(status);
        }

        (await factory.WithDbAsync(db => db.Invitations.CountAsync())).Should().Be(invitations, "nothing was created");
    }
}
