using System.Net;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>
/// Issue 11 (hashing cap): at most MaxConcurrent logins or registrations hash at once per instance and
/// QueueLimit more wait; beyond that the answer is 503 with Retry-After at once, so a flood cannot take every core.
/// </summary>
public sealed class PasswordHashingCapTests(PasswordHashingCapTests.Factory factory) : IClassFixture<PasswordHashingCapTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public GatedHasher Hasher { get; } = new();

        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Auth:PasswordHashing:MaxConcurrent"] = "1";
            settings["Auth:PasswordHashing:QueueLimit"] = "1";
            return settings;
        }

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IPasswordHasher<User>>(Hasher);
    }

    /// <summary>A real hasher whose verifications wait until the test opens the gate, so requests pile up deterministically.</summary>
    public sealed class GatedHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> inner = new();
        private int entered;
        private int onThreadPool;

        public ManualResetEventSlim Gate { get; } = new(initialState: true);

        public int Entered => Volatile.Read(ref entered);

        /// <summary>Verifications that ran on a thread-pool thread.</summary>
        public int OnThreadPool => Volatile.Read(ref onThreadPool);

        public string HashPassword(User user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref entered);
            if (Thread.CurrentThread.IsThreadPoolThread)
            {
                Interlocked.Increment(ref onThreadPool);
            }

            Gate.Wait(TimeSpan.FromSeconds(30));
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Beyond_the_running_and_queued_logins_the_answer_is_503_with_retry_after()
    {
        var client = factory.CreateClient();
        var account = await client.RegisterAsync();
        factory.Hasher.Gate.Reset();

        var running = client.PostLoginAsync(account.Email, account.Password);
        await TestData.EventuallyAsync(() => Task.FromResult(factory.Hasher.Entered), n => n >= 1);
        var queued = client.PostLoginAsync(account.Email, account.Password);
        await Task.Delay(200);

        var refused = await client.PostLoginAsync(account.Email, account.Password);
        var refusedRegistration = await client.PostAsync("/api/auth/register", System.Net.Http.Json.JsonContent.Create(
            new { email = AuthApi.NewEmail(), password = AuthApi.Password, displayName = "Late" }));
        factory.Hasher.Gate.Set();

        foreach (var busy in new[] { refused, refusedRegistration })
        {
            busy.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            busy.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1));
            (await busy.ReadProblemAsync())["status"]!.GetValue<int>().Should().Be(503);
        }

        (await running).StatusCode.Should().Be(HttpStatusCode.OK);
        (await queued).StatusCode.Should().Be(HttpStatusCode.OK, "one request may wait in the queue");
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the slots are free again");
    }

    [Fact]
    public async Task A_refresh_is_answered_while_every_hashing_slot_is_taken_as_hashing_runs_on_threads_of_its_own()
    {
        var client = factory.CreateClient();
        var account = await client.RegisterAsync();
        var tokens = await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
        factory.Hasher.Gate.Reset();

        var entered = factory.Hasher.Entered;
        var running = client.PostLoginAsync(account.Email, account.Password);
        await TestData.EventuallyAsync(() => Task.FromResult(factory.Hasher.Entered), n => n > entered);

        var refresh = await client.PostRefreshAsync(tokens.RefreshToken);
        factory.Hasher.Gate.Set();

        refresh.StatusCode.Should().Be(HttpStatusCode.OK, "a refresh does not wait for password hashing");
        (await running).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Hasher.OnThreadPool.Should().Be(0, "PBKDF2 never holds a thread-pool thread");
    }
}
