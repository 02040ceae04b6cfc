using System.Net;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 10, item 1: parallel guessing counts every guess, so it locks the account (for that address) like serial guessing.</summary>
public sealed class LockoutRaceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Twenty_concurrent_wrong_passwords_lock_the_account()
    {
        var client = factory.CreateClient();
        var account = await client.RegisterAsync();

        var guesses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.PostLoginAsync(account.Email, $"wrong guess number {i}")));

        guesses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Unauthorized);
        var lockedUntil = await factory.WithDbAsync(db => db.LoginThrottles.Where(t => t.UserId == account.Id).Select(t => t.LockedUntil).SingleAsync());
        lockedUntil.Should().NotBeNull("20 failures from one address are well past its limit of 5");
        (await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).Select(u => u.LockoutEndsAt).SingleAsync()))
            .Should().BeNull("one address locks itself out of the account, not everyone");
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "the right password does not open an account locked for its address");

        factory.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the lock ends");
    }

    [Fact]
    public async Task Four_concurrent_wrong_passwords_do_not_lock_and_a_success_resets_the_count()
    {
        // The control: under the limit nothing is locked, and each failure was counted.
        var client = factory.CreateClient();
        var account = await client.RegisterAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => client.PostLoginAsync(account.Email, $"wrong guess number {i}")));

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == account.Id));
        user.FailedLoginCount.Should().Be(4);
        user.LockoutEndsAt.Should().BeNull();
        (await client.PostLoginAsync(account.Email, account.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).Select(u => u.FailedLoginCount).SingleAsync())).Should().Be(0);
    }
}
