using System.Collections.Concurrent;
using System.Net;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>
/// Issue 22, M1: with 16 passwords verified at once, a burst of guesses used to be checked before the first
/// wrong one was counted, so the right one sent 10th or 14th got in. Now at most MaxFailedAttempts (5) passwords
/// are verified per window, and a guess past the limit locks the account at once.
/// </summary>
public sealed class LockoutBurstTests(LockoutBurstTests.Factory factory) : IClassFixture<LockoutBurstTests.Factory>
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(13)]
    [InlineData(29)]
    public async Task A_burst_of_30_guesses_with_the_right_one_anywhere_is_refused_and_verifies_at_most_five(int rightAt)
    {
        var client = factory.CreateClient();
        var account = await client.RegisterAsync();

        var guesses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            client.PostLoginAsync(account.Email, i == rightAt ? account.Password : $"wrong guess number {i}")));

        guesses[rightAt].StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"the right password was guess {rightAt + 1} of a burst of 30");
        guesses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Unauthorized);
        factory.Hasher.VerificationsOf(account.Id).Should().BeInRange(1, 5, "no more than MaxFailedAttempts passwords are verified");
    }

    [Fact]
    public async Task The_right_password_after_four_wrong_ones_in_a_row_still_signs_in()
    {
        // The control: serial use with typos is not a burst.
        var client = factory.CreateClient();
        var account = await client.RegisterAsync();
        for (var i = 0; i < 4; i++)
        {
            (await client.PostLoginAsync(account.Email, $"typo {i}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Hasher.VerificationsOf(account.Id).Should().Be(5);
    }

    /// <summary>The app with 16 hashing slots (a 16-core host's default) and a hasher that counts verifications per account.</summary>
    public sealed class Factory : ApiFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Auth:PasswordHashing:MaxConcurrent"] = "16";
            settings["Auth:PasswordHashing:QueueLimit"] = "64";
            settings["RateLimiting:Login:PermitLimit"] = "1000";
            return settings;
        }

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.AddSingleton<IPasswordHasher<User>>(Hasher);
        }
    }

    public sealed class CountingHasher : IPasswordHasher<User>
    {
        // The app's own work factor, so a verification takes as long as in production.
        private readonly PasswordHasher<User> inner = new(Options.Create(new PasswordHasherOptions { IterationCount = PasswordHashing.Iterations }));
        private readonly ConcurrentDictionary<Guid, int> verifications = new();

        public int VerificationsOf(Guid userId) => verifications.GetValueOrDefault(userId);

        public string HashPassword(User user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            ArgumentNullException.ThrowIfNull(user);
            verifications.AddOrUpdate(user.Id, 1, (_, count) => count + 1);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
