using System.Buffers.Binary;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class PasswordTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int RequiredIterations = 210_000;

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Stored_hash_is_identity_v3_pbkdf2_sha512_with_at_least_210000_iterations()
    {
        var account = await client.RegisterAsync();

        var (prf, iterations) = DecodeV3(await StoredHashAsync(account.Id));

        prf.Should().Be(2u, "PRF 2 is HMAC-SHA512");
        iterations.Should().BeGreaterThanOrEqualTo(RequiredIterations);
    }

    [Fact]
    public async Task A_hash_with_100000_iterations_is_rehashed_on_successful_login()
    {
        var email = AuthApi.NewEmail();
        var userId = Guid.CreateVersion7();
        var weakHasher = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await factory.WithDbAsync(async db =>
        {
            var user = new User
            {
                Id = userId, Email = email, NormalizedEmail = User.Normalize(email), DisplayName = "Old Timer",
                PasswordHash = "", Role = Roles.Analyst, CreatedAt = ApiFactory.Start.UtcDateTime,
            };
            user.PasswordHash = weakHasher.HashPassword(user, AuthApi.Password);
            db.Users.Add(user);
            return await db.SaveChangesAsync();
        });
        DecodeV3(await StoredHashAsync(userId)).Iterations.Should().Be(100_000);

        var failed = await client.PostLoginAsync(email, "not the right password");
        failed.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        DecodeV3(await StoredHashAsync(userId)).Iterations.Should().Be(100_000, "a failed login must not rewrite the hash");

        (await client.PostLoginAsync(email, AuthApi.Password)).EnsureSuccessStatusCode();

        var rehashed = await StoredHashAsync(userId);
        DecodeV3(rehashed).Iterations.Should().BeGreaterThanOrEqualTo(RequiredIterations);
        (await client.PostLoginAsync(email, AuthApi.Password)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task The_hash_never_appears_in_any_response()
    {
        var email = AuthApi.NewEmail();
        var register = await client.PostAsync("/api/auth/register",
            System.Net.Http.Json.JsonContent.Create(new { email, password = AuthApi.Password, displayName = "Hidden" }));
        var registerBody = await register.Content.ReadAsStringAsync();
        var account = new AuthApi.Account((await register.ReadJsonAsync())["id"]!.GetValue<Guid>(), email, AuthApi.Password);
        var hash = await StoredHashAsync(account.Id);

        var login = await client.PostLoginAsync(email, AuthApi.Password);
        var loginBody = await login.Content.ReadAsStringAsync();
        var tokens = await login.ReadTokensAsync();
        var meBody = await (await client.GetWithBearerAsync("/api/auth/me", tokens.AccessToken)).Content.ReadAsStringAsync();
        var refreshBody = await (await client.PostRefreshAsync(tokens.RefreshToken)).Content.ReadAsStringAsync();
        var failedBody = await (await client.PostLoginAsync(email, "wrong password here")).Content.ReadAsStringAsync();

        meBody.Should().Contain(email, "the /me body is a real account answer");
        foreach (var body in new[] { registerBody, loginBody, meBody, refreshBody, failedBody })
        {
            body.Should().NotContain(hash).And.NotContainEquivalentOf("passwordHash");
        }

        // The token's claims are readable by anyone: the hash must not ride along there either.
        var payload = System.Text.Encoding.UTF8.GetString(AuthApi.FromBase64Url(tokens.AccessToken.Split('.')[1]));
        payload.Should().NotContain(hash);
    }

    private Task<string> StoredHashAsync(Guid userId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync());

    /// <summary>Identity v3: 0x01, PRF (uint32 BE), iteration count (uint32 BE), salt length, salt, subkey.</summary>
    private static (uint Prf, int Iterations) DecodeV3(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        bytes[0].Should().Be(0x01, "the hash is in ASP.NET Core Identity's v3 format");
        return (BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)));
    }
}
