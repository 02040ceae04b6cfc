using System.Net;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed class LoginTests(LoginTests.Factory factory) : IClassFixture<LoginTests.Factory>
{
    private const int MaxFailedAttempts = 3;
    private static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(10);

    private readonly HttpClient client = factory.CreateClient();

    /// <summary>A lockout that differs from the defaults, and a password hasher that counts verifications.</summary>
    public sealed class Factory : ApiFactory
    {
        public CountingPasswordHasher Hasher { get; private set; } = null!;

        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Auth:Lockout:MaxFailedAttempts"] = MaxFailedAttempts.ToString();
            settings["Auth:Lockout:Duration"] = LockoutDuration.ToString();
            return settings;
        }

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IPasswordHasher<User>>(sp =>
                Hasher = new CountingPasswordHasher(new PasswordHasher<User>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>())));
    }

    public sealed class CountingPasswordHasher(IPasswordHasher<User> inner) : IPasswordHasher<User>
    {
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(User user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Login_returns_a_bearer_token_pair()
    {
        var account = await client.RegisterAsync();

        var tokens = await (await client.PostLoginAsync(account.Email.ToUpperInvariant(), account.Password)).ReadTokensAsync();

        tokens.TokenType.Should().Be("Bearer");
        tokens.ExpiresIn.Should().Be(15 * 60);
        tokens.AccessToken.Should().NotBeNullOrEmpty();
        tokens.RefreshToken.Should().NotBeNullOrEmpty();
        tokens.RefreshTokenExpiresAt.Should().Be(factory.Time.GetUtcNow().UtcDateTime.AddDays(30));
    }

    [Fact]
    public async Task Wrong_password_unknown_email_and_locked_account_give_the_same_401()
    {
        var account = await client.RegisterAsync();
        var wrongPassword = await client.PostLoginAsync(account.Email, "not the password");
        var unknownEmail = await client.PostLoginAsync(AuthApi.NewEmail(), account.Password);
        var locked = await client.RegisterAsync();
        await LockAsync(locked);
        var lockedAnswer = await client.PostLoginAsync(locked.Email, locked.Password);

        wrongPassword.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        unknownEmail.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        lockedAnswer.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var expected = await wrongPassword.ProblemWithoutTraceIdAsync();
        (await unknownEmail.ProblemWithoutTraceIdAsync()).Should().Be(expected);
        (await lockedAnswer.ProblemWithoutTraceIdAsync()).Should().Be(expected);
    }

    [Fact]
    public async Task Account_locks_after_max_failed_attempts_and_unlocks_after_the_duration()
    {
        var account = await client.RegisterAsync();

        await LockAsync(account);

        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "the correct password is refused while the account is locked");
        factory.Time.Advance(LockoutDuration - TimeSpan.FromSeconds(1));
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Fewer_failures_than_the_maximum_do_not_lock_and_a_success_resets_the_count()
    {
        var account = await client.RegisterAsync();

        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < MaxFailedAttempts - 1; i++)
            {
                (await client.PostLoginAsync(account.Email, "not the password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            }

            (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Unknown_email_still_verifies_a_password()
    {
        await client.PostLoginAsync(AuthApi.NewEmail(), AuthApi.Password); // warms the dummy hash
        var before = factory.Hasher.Verifications;

        var response = await client.PostLoginAsync(AuthApi.NewEmail(), AuthApi.Password);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (factory.Hasher.Verifications - before).Should().Be(1);
    }

    [Fact]
    public async Task Locked_account_still_verifies_a_password()
    {
        var account = await client.RegisterAsync();
        await LockAsync(account);
        var before = factory.Hasher.Verifications;

        var response = await client.PostLoginAsync(account.Email, account.Password);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (factory.Hasher.Verifications - before).Should().Be(1);
    }

    private async Task LockAsync(AuthApi.Account account)
    {
        for (var i = 0; i < MaxFailedAttempts; i++)
        {
            (await client.PostLoginAsync(account.Email, "not the password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }
    }
}
