using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.Auth;
using AnalisaAI.IntegrationTests.Auth;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Security;

/// <summary>Issue 10, items 6, 10 and 11: weak passwords, register timing and lookalike or control-character emails.</summary>
public sealed class AccountRulesTests(AccountRulesTests.Factory factory) : IClassFixture<AccountRulesTests.Factory>
{
    /// <summary>Counts password hashes, to show a duplicate registration does the same work as a new one.</summary>
    public sealed class Factory : ApiFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IPasswordHasher<User>>(Hasher);
    }

    public sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> inner = new();
        private int hashes;

        public int Hashes => Volatile.Read(ref hashes);

        public string HashPassword(User user, string password)
        {
            Interlocked.Increment(ref hashes);
            return inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword) =>
            inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    private readonly HttpClient client = factory.CreateClient();

    private Task<HttpResponseMessage> RegisterAsync(string email, string password = AuthApi.Password) =>
        client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Someone" });

    [Theory]
    [InlineData("password1234")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("Qwertyuiop123")]
    public async Task The_attacks_weak_passwords_are_400_with_a_clear_message(string password)
    {
        var before = await factory.CountUsersAsync();

        var response = await RegisterAsync(AuthApi.NewEmail(), password);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem["errors"]!["password"]![0]!.GetValue<string>().Should().Be(PasswordRules.TooCommonMessage);
        (await factory.CountUsersAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData("Password123!")]
    [InlineData("passwordpassword")]
    [InlineData("P@ssw0rd2026")]
    [InlineData("Passw0rd!!2026")]
    [InlineData("1qaz2wsx1qaz2wsx")]
    [InlineData("Qwerty123456!")]
    public async Task Common_passwords_in_disguise_are_400_too(string password)
    {
        var response = await RegisterAsync(AuthApi.NewEmail(), password);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["password"]![0]!.GetValue<string>().Should().Be(PasswordRules.TooCommonMessage);
    }

    [Theory]
    [InlineData("margarida.silva", "I am MARGARIDA.SILVA, hello")]
    [InlineData("joao_pereira", "joao_pereira is me, ok")]
    [InlineData("mariana", "summer2026mariana!")]
    public async Task A_password_holding_the_emails_local_part_is_400(string local, string password)
    {
        var response = await RegisterAsync($"{local}@d{Guid.NewGuid():N}.test", password);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["password"]![0]!.GetValue<string>().Should().Be(PasswordRules.ContainsEmailMessage);
    }

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("1234password")]
    [InlineData("sunflower orbit 7 kettle!")]
    public async Task Passwords_with_a_listed_word_inside_a_longer_phrase_are_accepted(string password) =>
        (await RegisterAsync(AuthApi.NewEmail(), password)).StatusCode.Should().Be(HttpStatusCode.Created);

    [Fact]
    public async Task A_word_of_the_email_that_is_not_its_whole_local_part_is_fine() =>
        (await RegisterAsync($"long.name@d{Guid.NewGuid():N}.test", "a long enough password")).StatusCode.Should().Be(HttpStatusCode.Created);

    [Fact]
    public async Task A_duplicate_email_is_hashed_like_a_new_one_and_still_409()
    {
        var email = AuthApi.NewEmail();
        (await RegisterAsync(email)).StatusCode.Should().Be(HttpStatusCode.Created);
        var before = factory.Hasher.Hashes;

        var duplicate = await RegisterAsync(email.ToUpperInvariant());

        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        factory.Hasher.Hashes.Should().Be(before + 1, "the password is hashed before the duplicate check, as for a new account");
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001b")]
    [InlineData("\u200b")]
    [InlineData("\u202e")]
    public async Task Emails_with_control_or_invisible_characters_are_400(string character)
    {
        var email = $"user{character}{Guid.NewGuid():N}@analisaai.test";

        var response = await RegisterAsync(email);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync())["errors"]!["email"].Should().NotBeNull();
    }

    [Fact]
    public async Task Lookalike_emails_are_one_account_that_either_spelling_signs_in_to()
    {
        var local = $"ana{Guid.NewGuid():N}"[..16];
        var plain = $"{local}@kelvin.test";
        var fullwidth = string.Concat(local.Select(c => char.IsAsciiLetterLower(c) ? (char)(c - 'a' + '\uFF41') : c)) + "@kelvin.test";
        (await RegisterAsync(plain)).StatusCode.Should().Be(HttpStatusCode.Created);

        (await RegisterAsync(fullwidth)).StatusCode.Should().Be(HttpStatusCode.Conflict, "NFKC folds fullwidth letters to ASCII");
        (await RegisterAsync(plain.Replace('k', '\u212A'))).StatusCode.Should().Be(HttpStatusCode.Conflict, "the Kelvin sign is a K");

        (await client.PostLoginAsync(fullwidth.ToUpperInvariant(), AuthApi.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        var normalized = plain.ToUpperInvariant();
        (await factory.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == normalized))).Should().Be(1);
    }
}
