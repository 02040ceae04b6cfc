using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Auth;

public sealed partial class RefreshTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Refresh_returns_a_new_pair_and_consumes_the_presented_token()
    {
        var first = await LoginAsync();

        var second = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();

        second.TokenType.Should().Be("Bearer");
        second.RefreshToken.Should().NotBe(first.RefreshToken);
        second.AccessToken.Should().NotBe(first.AccessToken);
        (await client.GetWithBearerAsync("/api/auth/me", second.AccessToken)).StatusCode.Should().Be(HttpStatusCode.OK);
        var reuse = await client.PostRefreshAsync(first.RefreshToken);
        reuse.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await reuse.ReadProblemAsync();
    }

    [Fact]
    public async Task Reusing_a_consumed_token_revokes_the_whole_family()
    {
        var first = await LoginAsync();
        var second = await (await client.PostRefreshAsync(first.RefreshToken)).ReadTokensAsync();
        var otherSession = await LoginAsync();

        // Past the 10 s double-submit window (api.md since issue 10): the reuse now means a leak.
        factory.Time.Advance(TimeSpan.FromSeconds(11));
        (await client.PostRefreshAsync(first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await client.PostRefreshAsync(second.RefreshToken)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "the newer token belongs to the revoked family");
        (await client.PostRefreshAsync(otherSession.RefreshToken)).StatusCode
            .Should().Be(HttpStatusCode.OK, "another family is not touched");
    }

    [Fact]
    public async Task Two_concurrent_refreshes_with_one_token_give_exactly_one_200()
    {
        var tokens = await LoginAsync();

        var answers = await Task.WhenAll(client.PostRefreshAsync(tokens.RefreshToken), client.PostRefreshAsync(tokens.RefreshToken));

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Unauthorized]);
    }

    [Fact]
    public async Task The_family_expiry_is_kept_across_rotations_and_is_absolute()
    {
        var first = await LoginAsync();
        first.RefreshTokenExpiresAt.Should().Be(factory.Time.GetUtcNow().UtcDateTime.AddDays(30));

        // Refreshed every 6 days (within the 7-day idle limit) up to day 29; on day 30 it has ended anyway.
        var current = first;
        foreach (var days in new[] { 6, 6, 6, 6, 5 })
        {
            factory.Time.Advance(TimeSpan.FromDays(days));
            current = await (await client.PostRefreshAsync(current.RefreshToken)).ReadTokensAsync();
            current.RefreshTokenExpiresAt.Should().Be(first.RefreshTokenExpiresAt);
        }

        factory.Time.Advance(TimeSpan.FromDays(1));
        (await client.PostRefreshAsync(current.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_the_sha256_hex_of_a_token_is_stored()
    {
        var tokens = await LoginAsync();
        var rotated = await (await client.PostRefreshAsync(tokens.RefreshToken)).ReadTokensAsync();

        var stored = await factory.WithDbAsync(db => db.RefreshTokens.Select(t => t.TokenHash).ToListAsync());

        stored.Should().OnlyContain(hash => Sha256Hex().IsMatch(hash));
        stored.Should().Contain(Sha256(tokens.RefreshToken)).And.Contain(Sha256(rotated.RefreshToken));
        var database = ReadDatabaseFiles();
        database.Should().Contain(Sha256(rotated.RefreshToken), "the scan reads the files where rows live");
        database.Should().NotContain(tokens.RefreshToken).And.NotContain(rotated.RefreshToken);
    }

    [Fact]
    public async Task Refresh_tokens_are_256_bit_base64url()
    {
        var tokens = await LoginAsync();

        tokens.RefreshToken.Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        AuthApi.FromBase64Url(tokens.RefreshToken).Should().HaveCount(32);
    }

    [Fact]
    public async Task Unknown_token_is_401_and_empty_token_is_400()
    {
        var unknown = await client.PostRefreshAsync(AuthApi.Base64Url(RandomNumberGenerator.GetBytes(32)));
        var empty = await client.PostRefreshAsync("");

        unknown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await unknown.ReadProblemAsync();
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await empty.ReadProblemAsync())["errors"]!["refreshToken"]!.AsArray().Should().NotBeEmpty();
    }

    private async Task<TokenPair> LoginAsync()
    {
        var account = await client.RegisterAsync();
        return await (await client.PostLoginAsync(account.Email, account.Password)).ReadTokensAsync();
    }

    private static string Sha256(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The SQLite file and its write-ahead log, as text, wherever the rows currently are.</summary>
    private string ReadDatabaseFiles()
    {
        var text = new StringBuilder();
        foreach (var path in new[] { factory.DatabasePath, factory.DatabasePath + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            text.Append(Encoding.Latin1.GetString(memory.ToArray()));
        }

        return text.ToString();
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
